/**
 * Each member agency's view of an operation plan: only the visits that need it, and only the fields its task
 * needs (the victim-screening order stays in every view that takes part in a visit with it).
 */
import type { AgencyKind, IsoDate } from "@timpora/models";
import type { AgencyNeedCode, VisitStepKind } from "./operation-messages.js";
import type { OperationPlan, VisitStep } from "./operation-plan.js";
import type { TargetKind } from "./operation-targets.js";
import { OversightError } from "./oversight-error.js";

/**
 * One visit as an agency sees it.
 *
 * @example
 * ```ts
 * const line = (v: AgencyVisit): string => `${v.day} ${v.place.kind} ${v.place.regionCode ?? v.area}: ${v.steps.map((s) => s.kind).join(", ")}`;
 * ```
 */
export interface AgencyVisit {
  /** The day. */
  day: IsoDate;
  /** The area (regency code, or `"unknown"`). */
  area: string;
  /** The place: kind, record id and region (where to go). */
  place: { kind: TargetKind; id: string; regionCode?: string };
  /** Why the agency is needed there. */
  needs: AgencyNeedCode[];
  /** Victim screening comes first on this visit (UU 21/2007 Art. 18). */
  victimScreeningFirst: boolean;
  /** The steps of its own task, with the people (case positions) they are for. */
  steps: VisitStep[];
}

/**
 * An agency's view of a plan.
 *
 * @example
 * ```ts
 * const days = (view: AgencyView): string[] => [...new Set(view.visits.map((v) => v.day))];
 * ```
 */
export interface AgencyView {
  /** The agency's id. */
  agencyId: string;
  /** Its kind. */
  kind: AgencyKind;
  /** The window. */
  window: OperationPlan["window"];
  /** Its visits, in plan order. */
  visits: AgencyVisit[];
}

/** The steps each kind of agency takes (others come for access: the harbour master, the navy post). */
const TASKS: Partial<Record<AgencyKind, readonly VisitStepKind[]>> = {
  "uptd-ppa": ["victim-screening", "child-protection"],
  "social-affairs": ["victim-screening", "child-protection"],
  "manpower-office": ["labour-inspection"],
  "immigration-office": ["immigration-examination"],
};

/**
 * One member agency's view of a plan: only the visits where it answers a need, with the place, the needs it
 * answers, whether victim screening comes first, and only the steps of its own task (UPTD PPA and social
 * affairs: victim screening and child protection; the manpower office: labour inspection; the immigration
 * office: the immigration examination, which always follows victim screening). No indicators, levels,
 * reasons or case ids: an agency sees the people of its steps by case position only.
 *
 * @param plan - the plan of `planOperation`
 * @param agencyId - one of the plan's agencies
 * @throws {@link OversightError} `option.invalid` (an agency not in the plan)
 * @example
 * ```ts
 * declare const plan: OperationPlan; // from planOperation, with the manpower office "ag-disnaker" among its agencies
 * const view = agencyView(plan, "ag-disnaker");
 * view.visits.every((v) => v.steps.every((s) => s.kind === "labour-inspection")); // true: its own task only
 * view.visits.every((v) => v.needs.includes("need.labour")); // true: only the visits that need it
 * ```
 */
export function agencyView(plan: OperationPlan, agencyId: string): AgencyView {
  const agency = plan.agencies.find((a) => a.id === agencyId);
  if (agency === undefined) throw new OversightError("option.invalid", { field: "agencyId" });
  const tasks = TASKS[agency.kind] ?? [];
  const visits: AgencyVisit[] = [];
  for (const v of plan.visits) {
    const needs = v.needs.filter((n) => n.agencyIds.includes(agencyId)).map((n) => n.reason.code);
    if (needs.length === 0) continue;
    const t = v.target;
    visits.push({
      day: v.day,
      area: v.area,
      place: { kind: t.kind, id: t.id, ...(t.regionCode === undefined ? {} : { regionCode: t.regionCode }) },
      needs,
      victimScreeningFirst: v.victimScreeningFirst,
      steps: v.steps.filter((s) => tasks.includes(s.kind)),
    });
  }
  return { agencyId, kind: agency.kind, window: { ...plan.window }, visits };
}

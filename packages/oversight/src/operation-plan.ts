/**
 * The plan of a joint operation (Permenimipas 2/2025 Art. 53; `immigration.md` §3): a window, the team's member
 * agencies, a capacity per day; targets assigned by area and day; the agencies each visit needs; and the
 * order of steps on each visit, victim screening before any immigration action (UU 21/2007 Art. 18).
 */
import {
  type Agency,
  type AgencyKind,
  addDays,
  compareDates,
  daysBetween,
  type IsoDate,
  type Reason,
} from "@timpora/models";
import {
  type AgencyNeedCode,
  agencyNeedMessages,
  type VisitStepKind,
  visitStepLabels,
} from "./operation-messages.js";
import type { OperationTarget } from "./operation-targets.js";
import { OversightError } from "./oversight-error.js";
import { dateOption } from "./presence.js";

/**
 * An agency a visit needs: any one of the kinds, and the team's agencies of those kinds.
 *
 * @example
 * ```ts
 * const lacking = (visit: PlannedVisit): AgencyNeed[] => visit.needs.filter((n) => n.agencyIds.length === 0); // ask before the day
 * ```
 */
export interface AgencyNeed {
  /** Why, with its message. */
  reason: Reason<AgencyNeedCode>;
  /** Any one of these kinds will do. */
  anyOf: AgencyKind[];
  /** Ids of the team's agencies of those kinds (empty: the team lacks one; ask for it before the day). */
  agencyIds: string[];
}

/**
 * One step of a visit, for some of the people there (by case position).
 *
 * @example
 * ```ts
 * const order = (visit: PlannedVisit): string[] => visit.steps.map((s: VisitStep) => `${s.label.id} (${s.people.length})`);
 * ```
 */
export interface VisitStep {
  /** Which step. */
  kind: VisitStepKind;
  /** Its name in Indonesian and English. */
  label: { id: string; en: string };
  /** Positions of the cases of the people it is for. */
  people: number[];
}

/**
 * One target on one day.
 *
 * @example
 * ```ts
 * const onDay = (plan: OperationPlan, day: string): PlannedVisit[] => plan.visits.filter((v) => v.day === day);
 * ```
 */
export interface PlannedVisit {
  /** The day. */
  day: IsoDate;
  /** The area: the regency code (`"35.78"`) of the place, `"unknown"` without one. */
  area: string;
  /** The target. */
  target: OperationTarget;
  /** The agencies the visit needs. */
  needs: AgencyNeed[];
  /** Someone there carries a means or purpose indicator: victim screening comes first, before any immigration action. */
  victimScreeningFirst: boolean;
  /** The steps, in the order they are taken. */
  steps: VisitStep[];
}

/**
 * The plan of a joint operation.
 *
 * @example
 * ```ts
 * const plan: OperationPlan = planOperation([], { window: { from: "2025-07-01", until: "2025-07-03" }, agencies: [], capacityPerDay: 4 });
 * plan; // { window: { from: "2025-07-01", until: "2025-07-03" }, capacityPerDay: 4, agencies: [], visits: [], unassigned: [] }
 * ```
 */
export interface OperationPlan {
  /** First and last day. */
  window: { from: IsoDate; until: IsoDate };
  /** Targets a day at most. */
  capacityPerDay: number;
  /** The team's member agencies (id and kind). */
  agencies: { id: string; kind: AgencyKind }[];
  /** The visits, by day and, within a day, by area. */
  visits: PlannedVisit[];
  /** Targets the window had no room for, in rank order. */
  unassigned: OperationTarget[];
}

/**
 * Options of {@link planOperation}.
 *
 * @example
 * ```ts
 * import { AgencySchema } from "@timpora/models";
 * const options: PlanOptions = {
 *   window: { from: "2025-07-01", until: "2025-07-03" }, capacityPerDay: 4,
 *   agencies: [AgencySchema.parse({ schemaVersion: 1, id: "ag-imi", kind: "immigration-office", name: "Kanim Contoh" })],
 * };
 * planOperation([], options).agencies; // [{ id: "ag-imi", kind: "immigration-office" }]
 * ```
 */
export interface PlanOptions {
  /** First and last day (`YYYY-MM-DD`). */
  window: { from: string; until: string };
  /** The team's member agencies. */
  agencies: readonly Agency[];
  /** Targets a day at most (a positive integer). */
  capacityPerDay: number;
}

const NEED_KINDS: Record<AgencyNeedCode, AgencyKind[]> = {
  "need.minor": ["uptd-ppa", "social-affairs"],
  "need.vessel": ["harbour-master", "navy-lanal", "navy-lantamal"],
  "need.labour": ["manpower-office"],
  "need.immigration": ["immigration-office"],
};

/** The agencies a target needs (a minor, a vessel, a labour route, an immigration route). */
export function needsOf(target: OperationTarget, agencies: readonly Agency[]): AgencyNeed[] {
  const codes: AgencyNeedCode[] = [];
  if (target.people.some((p) => p.minor)) codes.push("need.minor");
  if (target.kind === "vessel" || target.lodgingKind === "vessel") codes.push("need.vessel");
  if (target.people.some((p) => p.routes.includes("labour"))) codes.push("need.labour");
  if (target.people.some((p) => p.routes.includes("immigration"))) codes.push("need.immigration");
  return codes.map((code) => {
    const anyOf = NEED_KINDS[code];
    return {
      reason: { code, message: agencyNeedMessages[code] },
      anyOf: [...anyOf],
      agencyIds: agencies.filter((a) => anyOf.includes(a.kind)).map((a) => a.id),
    };
  });
}

/** The steps of a visit: victim screening first, then child protection, labour, and immigration last. */
export function stepsOf(target: OperationTarget): VisitStep[] {
  const step = (kind: VisitStepKind, people: number[]): VisitStep[] =>
    people.length === 0 ? [] : [{ kind, label: visitStepLabels[kind], people }];
  const who = (test: (p: OperationTarget["people"][number]) => boolean) =>
    target.people.filter(test).map((p) => p.index);
  return [
    ...step(
      "victim-screening",
      who((p) => p.meansOrPurpose || p.level === "refer"),
    ),
    ...step(
      "child-protection",
      who((p) => p.minor),
    ),
    ...step(
      "labour-inspection",
      who((p) => p.routes.includes("labour")),
    ),
    ...step(
      "immigration-examination",
      who((p) => p.routes.includes("immigration")),
    ),
  ];
}

const areaOf = (t: OperationTarget) => (t.regionCode === undefined ? "unknown" : t.regionCode.slice(0, 5));

function checkPlanOptions(options: PlanOptions): { from: IsoDate; until: IsoDate; capacity: number } {
  if (typeof options !== "object" || options === null)
    throw new OversightError("option.required", { field: "window" });
  for (const key of Object.keys(options))
    if (key !== "window" && key !== "agencies" && key !== "capacityPerDay")
      throw new OversightError("option.unknown", { field: key });
  if (typeof options.window !== "object" || options.window === null)
    throw new OversightError("option.required", { field: "window" });
  const from = dateOption(options.window.from, "window.from");
  const until = dateOption(options.window.until, "window.until");
  if (compareDates(from, until) > 0) throw new OversightError("option.invalid", { field: "window" });
  if (!Array.isArray(options.agencies)) throw new OversightError("option.required", { field: "agencies" });
  const capacity = options.capacityPerDay;
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new OversightError("option.invalid", { field: "capacityPerDay" });
  return { from, until, capacity };
}

/**
 * Plans a joint operation over the targets of {@link operationTargets}: areas (regencies) are taken in the
 * order of their best-ranked target, and within an area targets in rank order, filling each day up to the
 * capacity before the next; what does not fit the window is left unassigned, in rank order. Each visit says
 * which agencies it needs (a minor: UPTD PPA or social affairs; a vessel: the harbour master or the navy post;
 * the labour route: the manpower office; the immigration route: the immigration office), and the team's
 * agencies that can answer each need (none: the team lacks one). Anyone with a means or purpose indicator
 * (and anyone referred) is routed to victim screening before any immigration action (UU 21/2007 Art. 18,
 * non-punishment; `tppo.md` §5.5 item 7): the steps are in that order and `victimScreeningFirst` says so.
 *
 * @param targets - the targets, ranked
 * @param options - `window`, `agencies`, `capacityPerDay`
 * @throws {@link OversightError} `date.invalid`, `option.required`, `option.invalid`, `option.unknown`
 * @example
 * ```ts
 * import { AgencySchema } from "@timpora/models";
 * import { generateCases } from "@timpora/testkit";
 * import { createEvaluator } from "@timpora/tppo";
 * const cases = [...generateCases({ seed: "op", count: 300, plant: { "forced-labour-observed": 0.02 } })];
 * const evaluator = createEvaluator({ asOf: "2025-06-30" });
 * const assessments = await Promise.all(cases.map((c) => evaluator.evaluate(c)));
 * const agencies = [AgencySchema.parse({ schemaVersion: 1, id: "ag-imi", kind: "immigration-office", name: "Kanim Contoh" })];
 * const plan = planOperation(operationTargets(cases, assessments), { window: { from: "2025-07-01", until: "2025-07-02" }, agencies, capacityPerDay: 4 });
 * plan.visits[0]?.steps.map((s) => s.kind); // ["victim-screening", "immigration-examination"]
 * [plan.visits.length, plan.unassigned.length]; // [8, 10]: 4 a day for 2 days, the rest left in rank order
 * ```
 */
export function planOperation(targets: readonly OperationTarget[], options: PlanOptions): OperationPlan {
  const { from, until, capacity } = checkPlanOptions(options);
  const days = daysBetween(from, until) + 1;
  const ordered = [...targets].sort((a, b) => a.rank - b.rank);
  const areas = new Map<string, OperationTarget[]>();
  for (const t of ordered) {
    const list = areas.get(areaOf(t)) ?? [];
    list.push(t);
    areas.set(areaOf(t), list);
  }
  const visits: PlannedVisit[] = [];
  const unassigned: OperationTarget[] = [];
  let slot = 0;
  for (const [area, list] of areas)
    for (const target of list) {
      const dayIndex = Math.floor(slot / capacity);
      if (dayIndex >= days) {
        unassigned.push(target);
        continue;
      }
      slot++;
      visits.push({
        day: addDays(from, dayIndex),
        area,
        target,
        needs: needsOf(target, options.agencies),
        victimScreeningFirst: target.people.some((p) => p.meansOrPurpose),
        steps: stepsOf(target),
      });
    }
  unassigned.sort((a, b) => a.rank - b.rank);
  return {
    window: { from, until },
    capacityPerDay: capacity,
    agencies: options.agencies.map((a) => ({ id: a.id, kind: a.kind })),
    visits,
    unassigned,
  };
}

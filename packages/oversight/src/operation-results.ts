/**
 * After the visits: observations go back into the cases, re-screening shows what changed per person, and the
 * operation report counts outcomes by legal basis with no personal data.
 */
import { type Case, type LabelTable, type Observation, type ParseIssue, parseCase } from "@timpora/models";
import type { Assessment, Level } from "@timpora/tppo";
import type { OperationPlan } from "./operation-plan.js";
import type { TargetKind } from "./operation-targets.js";
import { OversightError } from "./oversight-error.js";
import { checkedCase } from "./presence.js";

/**
 * One observation recorded on a visit, for the case at a position of the plan's input.
 *
 * @example
 * ```ts
 * const result: VisitResult = { index: 3, observation: { schemaVersion: 1, id: "o-op-1", observedAt: "2025-07-01T10:00:00+08:00",
 *   agencyId: "ag-imi", officerId: "off-1", mode: "asked", answers: { guarded: true } } };
 * ```
 */
export interface VisitResult {
  /** Position of the case in the input of `operationTargets`. */
  index: number;
  /** The officer's field check (`Observation` of @timpora/models, with the checklist's answers). */
  observation: Observation;
}

/**
 * The cases with the visits' observations, and the results that could not be recorded.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * const observation = { schemaVersion: 1, id: "o-op-1", observedAt: "2025-07-01T10:00:00+08:00", agencyId: "ag-imi",
 *   officerId: "off-1", mode: "asked", answers: { guarded: true } } as const;
 * const typo = { ...observation, id: "o-op-2", answers: { hoursPerDay: 30 } }; // more than 24 hours a day
 * const r: RecordedResults = recordResults([generateCase({ seed: 1 })], [{ index: 0, observation }, { index: 0, observation: typo }]);
 * [r.updated, r.refused.map((x) => [x.result, x.issues[0]?.code, x.issues[0]?.path])];
 * // [[0], [[1, "number.out-of-range", ["observations", 1, "answers", "hoursPerDay"]]]]
 * ```
 */
export interface RecordedResults {
  /** The cases, in input order, each with its new observations (parsed records). */
  cases: Case[];
  /** Positions of the cases that received an observation. */
  updated: number[];
  /** Results refused: the position of the result in `results`, and the issues of the case it would make. */
  refused: { result: number; issues: ParseIssue[] }[];
}

/**
 * Records the observations of the visits in the cases: each result's observation is appended to the case at
 * its position and the case parsed again; a result that would make an invalid case (a bad answer, such as more
 * than 24 working hours a day) is refused with the issues, and the case stays as it was. Observation ids are
 * not checked for uniqueness (`parseCase` of @timpora/models does not check them): give each observation a new
 * id. Screen the returned cases again and compare with {@link compareScreenings}.
 *
 * @param cases - the cases given to `operationTargets`, in the same order
 * @param results - the observations recorded on the visits
 * @throws {@link OversightError} `case.invalid` (a case that is not a valid record), `option.invalid` (a position outside the cases)
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * const { cases, updated, refused } = recordResults([generateCase({ seed: 1 })], [
 *   { index: 0, observation: { schemaVersion: 1, id: "o-op-1", observedAt: "2025-07-01T10:00:00+08:00",
 *     agencyId: "ag-imi", officerId: "off-1", mode: "asked", answers: { documentHolder: "self" } } },
 * ]);
 * [updated, refused, cases[0]?.observations.length]; // [[0], [], 1]
 * ```
 */
export function recordResults(cases: readonly Case[], results: readonly VisitResult[]): RecordedResults {
  const out = cases.map((c, i) => checkedCase(c, i));
  const updated = new Set<number>();
  const refused: RecordedResults["refused"] = [];
  results.forEach((r, i) => {
    const c = out[r.index];
    if (!Number.isInteger(r.index) || c === undefined)
      throw new OversightError("option.invalid", { field: `results[${i}].index` });
    const parsed = parseCase({ ...c, observations: [...c.observations, r.observation] });
    if (!parsed.ok) refused.push({ result: i, issues: parsed.issues });
    else {
      out[r.index] = parsed.value;
      updated.add(r.index);
    }
  });
  return { cases: out, updated: [...updated].sort((a, b) => a - b), refused };
}

/**
 * What re-screening changed for one person.
 *
 * @example
 * ```ts
 * const raised = (changes: readonly ScreeningChange[]): string[] =>
 *   changes.filter((c) => c.level.before !== c.level.after).map((c) => `${c.caseId}: ${c.level.before} → ${c.level.after}`);
 * ```
 */
export interface ScreeningChange {
  /** Case id. */
  caseId: string;
  /** Level before and after. */
  level: { before: Level; after: Level };
  /** Indicators that fired after and not before, and the reverse. */
  indicators: { added: string[]; removed: string[] };
  /** Routes added and removed. */
  routes: { added: string[]; removed: string[] };
}

const diff = (before: readonly string[], after: readonly string[]) => ({
  added: after.filter((x) => !before.includes(x)),
  removed: before.filter((x) => !after.includes(x)),
});

/**
 * What re-screening changed per person (matched by `caseId`): level, indicators and routes; people with no
 * change are left out.
 *
 * @param before - the assessments the plan was made from
 * @param after - the assessments of the cases with the visits' observations
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * import { createEvaluator } from "@timpora/tppo";
 * const evaluator = createEvaluator({ asOf: "2025-06-30" });
 * const c = generateCase({ seed: 1 });
 * const { cases: [seen] } = recordResults([c], [{ index: 0, observation: { schemaVersion: 1, id: "o-op-1",
 *   observedAt: "2025-06-30T10:00:00+08:00", agencyId: "ag-imi", officerId: "off-1", mode: "asked", answers: { guarded: true } } }]);
 * const [change] = compareScreenings([await evaluator.evaluate(c)], [await evaluator.evaluate(seen!)]);
 * [change?.level, change?.indicators]; // [{ before: "none", after: "review" }, { added: ["movement-restricted"], removed: [] }]
 * ```
 */
export function compareScreenings(
  before: Iterable<Assessment>,
  after: Iterable<Assessment>,
): ScreeningChange[] {
  const earlier = new Map<string, Assessment>();
  for (const a of before) earlier.set(a.caseId, a);
  const out: ScreeningChange[] = [];
  for (const a of after) {
    const b = earlier.get(a.caseId);
    if (b === undefined) continue;
    const indicators = diff(
      b.fired.map((f) => f.id),
      a.fired.map((f) => f.id),
    );
    const routes = diff(
      b.routes.map((r) => r.route),
      a.routes.map((r) => r.route),
    );
    const same =
      a.level === b.level &&
      indicators.added.length + indicators.removed.length + routes.added.length + routes.removed.length === 0;
    if (!same) out.push({ caseId: a.caseId, level: { before: b.level, after: a.level }, indicators, routes });
  }
  return out;
}

/**
 * Codes of the outcomes an operation report counts, each with its legal basis:
 * - `uu6-2011.art78`: overstay (UU 6/2011 Art. 78: a charge, or deportation past 60 days);
 * - `uu6-2011.art122`: a stay permit used outside its purpose (UU 6/2011 Art. 122);
 * - `uu6-2011.art123`: false information to obtain a visa or permit (UU 6/2011 Art. 123);
 * - `tppo.referral`: referred for victim screening (UU 21/2007);
 * - `child-protection.referral`: a minor with an indicator, to child-protection services;
 * - `labour.referral`: wages, hours or deductions at issue, to labour inspection.
 *
 * @example
 * ```ts
 * const code: OutcomeCode = "tppo.referral";
 * ```
 */
export type OutcomeCode =
  | "uu6-2011.art78"
  | "uu6-2011.art122"
  | "uu6-2011.art123"
  | "tppo.referral"
  | "child-protection.referral"
  | "labour.referral";

/**
 * The name of each {@link OutcomeCode} in Indonesian and English.
 *
 * @example
 * ```ts
 * outcomeLabels["uu6-2011.art78"].en; // "Overstay (UU 6/2011 Art. 78)"
 * ```
 */
export const outcomeLabels: LabelTable<OutcomeCode> = {
  "uu6-2011.art78": { id: "Melebihi izin tinggal (UU 6/2011 Pasal 78)", en: "Overstay (UU 6/2011 Art. 78)" },
  "uu6-2011.art122": {
    id: "Izin tinggal disalahgunakan (UU 6/2011 Pasal 122)",
    en: "Stay permit used outside its purpose (UU 6/2011 Art. 122)",
  },
  "uu6-2011.art123": {
    id: "Keterangan palsu untuk visa atau izin tinggal (UU 6/2011 Pasal 123)",
    en: "False information for a visa or stay permit (UU 6/2011 Art. 123)",
  },
  "tppo.referral": {
    id: "Dirujuk untuk penapisan korban TPPO (UU 21/2007)",
    en: "Referred for victim screening (UU 21/2007)",
  },
  "child-protection.referral": { id: "Rujukan perlindungan anak", en: "Child-protection referral" },
  "labour.referral": { id: "Rujukan pengawasan ketenagakerjaan", en: "Labour-inspection referral" },
};

/**
 * The report of an operation: counts only, no case, person or place.
 *
 * @example
 * ```ts
 * const summary = (r: OperationReport): string =>
 *   `${r.window.from}–${r.window.until}: ${r.people} people, ${r.outcomes["tppo.referral"]} referred, ${r.victimScreenedFirst} screened first`;
 * ```
 */
export interface OperationReport {
  /** First and last day. */
  window: { from: string; until: string };
  /** Visits planned, by kind of place. */
  visits: Record<TargetKind, number>;
  /** People at the visited places. */
  people: number;
  /** People with each outcome after re-screening (a person may have several). */
  outcomes: Record<OutcomeCode, number>;
  /** People screened as possible victims before any immigration action. */
  victimScreenedFirst: number;
  /** People whose level went up, down, or stayed, from before the visits to after. */
  levels: { raised: number; lowered: number; same: number };
}

const LEVELS: readonly Level[] = ["none", "note", "review", "refer"];
const BASIS: Partial<Record<string, OutcomeCode>> = {
  "immigration.overstay": "uu6-2011.art78",
  "immigration.permit-misuse": "uu6-2011.art122",
  "immigration.false-statement": "uu6-2011.art123",
  "labour.working-conditions": "labour.referral",
  "child-protection.minor-indicator": "child-protection.referral",
};

/**
 * The report of an operation for the team's meeting: visits by kind of place, people at the visited places,
 * and their outcomes after re-screening by legal basis (UU 6/2011 Art. 78, 122 and 123 from the immigration
 * route's reasons; TPPO referrals from level `refer`; child-protection and labour referrals from their
 * routes), how many were screened as possible victims before any immigration action, and how levels moved.
 * Counts only: no case id, position, name, place or region.
 *
 * @param plan - the plan of {@link planOperation}
 * @param before - the assessments the plan was made from
 * @param after - the assessments after {@link recordResults} and re-screening
 * @example
 * ```ts
 * import type { Assessment } from "@timpora/tppo";
 * declare const plan: OperationPlan; // from planOperation
 * declare const before: Assessment[]; // the screening the plan was made from
 * declare const after: Assessment[]; // the screening of recordResults(…).cases
 * const report = operationReport(plan, before, after);
 * Object.values(report.visits).reduce((a, b) => a + b, 0) === plan.visits.length; // true
 * report.outcomes["uu6-2011.art78"]; // people with the overstay route (UU 6/2011 Art. 78) after the visits
 * ```
 */
export function operationReport(
  plan: OperationPlan,
  before: Iterable<Assessment>,
  after: Iterable<Assessment>,
): OperationReport {
  if (typeof plan !== "object" || plan === null || !Array.isArray(plan.visits))
    throw new OversightError("option.invalid", { field: "plan" });
  const earlier = new Map<string, Assessment>();
  for (const a of before) earlier.set(a.caseId, a);
  const later = new Map<string, Assessment>();
  for (const a of after) later.set(a.caseId, a);
  const visits: Record<TargetKind, number> = { address: 0, employer: 0, sponsor: 0, vessel: 0 };
  const seen = new Set<string>();
  const screenedFirst = new Set<string>();
  for (const v of plan.visits) {
    visits[v.target.kind]++;
    for (const p of v.target.people) seen.add(p.caseId);
    const first = v.steps.find((s) => s.kind === "victim-screening");
    for (const p of v.target.people) if (first?.people.includes(p.index)) screenedFirst.add(p.caseId);
  }
  const outcomes: Record<OutcomeCode, number> = {
    "uu6-2011.art78": 0,
    "uu6-2011.art122": 0,
    "uu6-2011.art123": 0,
    "tppo.referral": 0,
    "child-protection.referral": 0,
    "labour.referral": 0,
  };
  const levels = { raised: 0, lowered: 0, same: 0 };
  for (const id of seen) {
    const a = later.get(id) ?? earlier.get(id);
    if (a === undefined) continue;
    const codes = new Set<OutcomeCode>();
    if (a.level === "refer") codes.add("tppo.referral");
    for (const r of a.routes)
      for (const reason of r.reasons) {
        const code = BASIS[reason.code];
        if (code !== undefined) codes.add(code);
      }
    for (const code of codes) outcomes[code]++;
    const b = earlier.get(id);
    if (b !== undefined) {
      const move = LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level);
      if (move > 0) levels.raised++;
      else if (move < 0) levels.lowered++;
      else levels.same++;
    }
  }
  return {
    window: { ...plan.window },
    visits,
    people: seen.size,
    outcomes,
    victimScreenedFirst: screenedFirst.size,
    levels,
  };
}

import type { Case, Labels } from "@timpora/models";
import type { HolidayCalendar, PolicyTable, StayStatus } from "@timpora/permits";
import type * as z from "zod";
import type { KeyCounts } from "./key-counts.js";
import type { Thresholds } from "./thresholds.js";

/**
 * Counts across a population of cases: for each cross-record fact id, counts by key (a sponsor id, an address
 * id, a phone number, "flight|date", …): the number of distinct cases (or households) that carry that key.
 * Built by `buildPopulationIndex` (its count maps are compact `KeyCountTable`s); read by cross-record facts
 * through {@link crossRecordCount}. A `Map<string, number>` per fact serves as well.
 *
 * @example
 * ```ts
 * import { generateGroup } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * // six households at one villa
 * const villa = generateGroup({ seed: 3, asOf, pattern: "villa-cluster" }).map((l) => l.case);
 * const index: PopulationIndex = await buildPopulationIndex(villa, { asOf });
 * index.size; // 6
 * index.maps.get("addressForeignerCount")?.size; // 1 (one address key)
 * ```
 */
export interface PopulationIndex {
  /** Evaluation date the index was built for. */
  asOf: string;
  /** Number of cases read. */
  size: number;
  /** Counts by key, by cross-record fact id. */
  maps: ReadonlyMap<string, KeyCounts>;
}

/**
 * Everything a fact's derivation may read.
 *
 * @example
 * ```ts
 * // a team fact's derivation: overstaying longer than the team's own threshold (a local choice, not law)
 * const longOverstay = (ctx: FactContext): boolean =>
 *   ctx.stay.status === "overstay" && ctx.stay.overstayDays > (ctx.thresholds.teamLongOverstayDays ?? 60);
 * ```
 */
export interface FactContext {
  /** The case being evaluated. */
  case: Case;
  /** Evaluation date (YYYY-MM-DD). */
  asOf: string;
  /**
   * IANA zone of the place of stay: the evaluator's `zoneOf`, else the zone of the region of the case's permits
   * or residence, else the fallback "Asia/Jakarta" (then `zoneKnown` is false). No built-in fact reads it: the
   * evaluation date is a calendar date, and instants on a case (lodging check-in/out, observation times) carry
   * their own UTC offset and are read by the calendar date written in that offset. A team fact that turns an
   * instant into a day with this zone should check `zoneKnown` and return an explicit "unknown" value
   * instead of trusting the fallback.
   */
  zone: string;
  /** False when no zone was given or derivable from the case and `zone` is the "Asia/Jakarta" fallback. */
  zoneKnown: boolean;
  /** Stay status on `asOf` from @timpora/permits. */
  stay: StayStatus;
  /** Policy table in use. */
  policy: PolicyTable;
  /** Holiday calendar in use. */
  calendar: HolidayCalendar;
  /** Population index for cross-record facts, when given. */
  index?: PopulationIndex;
  /** Precomputed cross-record counts (fact id to number), when given. */
  counts?: Readonly<Record<string, number>>;
  /** Thresholds in force (defaults, then the rule set's, then the caller's). */
  thresholds: Thresholds;
}

/**
 * What a cross-record fact's key function may read when the population index is built.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * // the keys under which a case is counted: here, each employer on file
 * const employerKeys = (ctx: IndexKeyContext): string[] => ctx.case.employers.map((e) => `employer:${e.id}`);
 * const c = generateCase({ seed: "demo", asOf: "2025-03-01", plant: ["working-on-visit-permit"] });
 * employerKeys({ case: c, asOf: "2025-03-01" }); // ["employer:case-1ea482-0-emp"]
 * ```
 */
export interface IndexKeyContext {
  /** The case being indexed. */
  case: Case;
  /** Evaluation date (YYYY-MM-DD). */
  asOf: string;
}

/**
 * One fact a rule may test: its type, privacy flags and derivation from a case.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 *
 * const longOverstay: FactDefinition<boolean> = {
 *   id: "teamLongOverstay",
 *   type: z.boolean(),
 *   label: { id: "Melebihi izin tinggal lebih dari 60 hari", en: "Overstay of more than 60 days" },
 *   personal: false,
 *   protected: false,
 *   derive: (ctx) => ctx.stay.overstayDays > 60,
 * };
 * const evaluator = createEvaluator({ asOf: "2025-03-01", facts: [...defaultFacts, longOverstay] });
 * ```
 */
export interface FactDefinition<T = unknown> {
  /** Id used in rule conditions: `{ fact: "person", path: "age" }`. */
  id: string;
  /** zod type of the value, used by `validateRuleSet` to check paths and operator fit. */
  type: z.ZodType<T>;
  /** Name in Indonesian and English. */
  label: Labels;
  /** Longer explanation. */
  description?: Labels;
  /** The value is personal data: shown as `{ redacted: true }` in explanations unless revealPersonal. */
  personal: boolean;
  /** The value is a protected attribute (nationality, sex, religion, ethnicity). */
  protected: boolean;
  /**
   * The value describes the setting rather than the person's situation (e.g. the employer's sector or venue
   * type). `validateRuleSet` rejects a rule with a branch that tests only context and protected facts.
   */
  context?: boolean;
  /** Needs a population index or precomputed counts; derives `undefined` without them. */
  crossRecord?: boolean;
  /**
   * For cross-record facts: the keys under which this case is counted in the population index
   * (each distinct key once per case). `buildPopulationIndex` counts cases per key under this fact's id.
   */
  indexKeys?: (ctx: IndexKeyContext) => readonly string[];
  /**
   * For cross-record facts that count distinct members rather than cases (e.g. households: a family of six at
   * one address counts once): the member this case counts as. Cases with the same member count once per key.
   * Without it, every case counts once.
   */
  indexMember?: (ctx: IndexKeyContext) => string;
  /**
   * Paths (plain dotted, as in conditions) where the derived value may be `undefined` because the record does
   * not hold the answer (e.g. `travel.lastEntryAccompaniedBy` when the border did not record whom a minor
   * travelled with). A condition on such a path with no value is NOT EVALUATED (reason `data-gap`), never passed
   * or failed, so the gap is visible without being read as evidence. Every other value is explicit.
   */
  dataGaps?: readonly string[];
  /** Pure derivation; absence is explicit (e.g. `hasEmployerData: false`), never a bare undefined. */
  derive(ctx: FactContext): T;
}

/**
 * A fact definition of any value type, as held in a catalogue.
 *
 * @example
 * ```ts
 * const byId = new Map<string, AnyFactDefinition>(defaultFacts.map((f) => [f.id, f]));
 * byId.get("stay")?.label.en; // "Stay status"
 * byId.get("addressForeignerCount")?.crossRecord; // true
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: a catalogue holds facts of many value types
export type AnyFactDefinition = FactDefinition<any>;

/**
 * The count for a cross-record fact: the caller's precomputed `counts[factId]` if given, else the largest
 * count in the population index over `keys` (0 when no key is indexed), else `undefined` (not evaluated).
 *
 * @example
 * ```ts
 * const counts = { sponsorForeignerCount: 7 };
 * crossRecordCount({ counts }, "sponsorForeignerCount", ["s-1"]); // 7 (the caller's count)
 * const maps = new Map([["teamFact", new Map([["k-1", 4], ["k-2", 2]])]]);
 * const index = { asOf: "2025-03-01", size: 9, maps };
 * crossRecordCount({ index }, "teamFact", ["k-1", "k-2", "k-3"]); // 4 (the largest over the keys)
 * crossRecordCount({}, "teamFact", ["k-1"]); // undefined (no index, no counts: not evaluated)
 * ```
 */
export function crossRecordCount(
  ctx: Pick<FactContext, "index" | "counts">,
  factId: string,
  keys: readonly string[],
): number | undefined {
  const given =
    ctx.counts !== undefined && Object.hasOwn(ctx.counts, factId) ? ctx.counts[factId] : undefined;
  if (typeof given === "number") return given;
  if (ctx.index === undefined) return undefined;
  const map = ctx.index.maps.get(factId);
  let best = 0;
  for (const key of keys) best = Math.max(best, map?.get(key) ?? 0);
  return best;
}

import type { Case } from "@timpora/models";
import { readRecord } from "./batch-record.js";
import type { AnyFactDefinition, PopulationIndex } from "./fact-definition.js";
import { defaultFacts } from "./facts/index.js";
import { type RereadableSource, readSource } from "./record-source.js";

/** Options of {@link buildPopulationIndex}. */
export interface PopulationIndexOptions {
  /** Evaluation date (YYYY-MM-DD), passed to the facts' key functions. */
  asOf: string;
  /** The fact catalogue; its cross-record facts with `indexKeys` define the count maps. Default: `defaultFacts`. */
  facts?: readonly AnyFactDefinition[];
}

/**
 * Counts, for every cross-record fact with an `indexKeys` function, how many distinct cases carry each key
 * (foreigners per sponsor, per non-hotel address, per phone or email, per flight and date, …), or, for a fact
 * with `indexMember`, how many distinct members (households) do. Records that
 * do not parse as a `Case` are skipped and counted in `skipped`, whatever they are: a promise or an object with
 * a `then` method is never awaited, and a record whose getters or Proxy traps throw is skipped too, so
 * `size + skipped` is the number of records read. Each case counts once per key, itself included. Memory grows
 * with the number of distinct keys, not with the records. When the source itself fails (its iterator throws or
 * rejects), the returned promise rejects with a `SourceFailedError` that says how many records were read.
 *
 * @example
 * ```ts
 * const index = await buildPopulationIndex(cases, { asOf: "2025-03-01" });
 * const evaluator = createEvaluator({ asOf: "2025-03-01" });
 * for await (const r of evaluator.evaluateMany(cases, { index })) console.log(r.ok && r.assessment.level);
 * ```
 */
export async function buildPopulationIndex(
  source: RereadableSource,
  options: PopulationIndexOptions,
): Promise<PopulationIndex & { skipped: number }> {
  const keyed = (options.facts ?? defaultFacts).filter(
    (f): f is AnyFactDefinition & { indexKeys: NonNullable<AnyFactDefinition["indexKeys"]> } =>
      f.crossRecord === true && typeof f.indexKeys === "function",
  );
  const tallies = new Map<string, Map<string, Tally>>(keyed.map((f) => [f.id, new Map()]));
  let size = 0;
  let skipped = 0;
  for await (const { value } of readSource(source)) {
    const parsed = readRecord(value);
    if (!parsed.ok) {
      skipped++;
      continue;
    }
    size++;
    addCase(parsed.value, options.asOf, keyed, tallies);
  }
  const maps = new Map<string, Map<string, number>>();
  for (const [id, tally] of tallies) maps.set(id, new Map([...tally].map(([key, t]) => [key, countOf(t)])));
  return { asOf: options.asOf, size, skipped, maps };
}

/** Per key: a count of cases, or the distinct members seen (one member kept as a string, more as a set). */
type Tally = number | string | Set<string>;

function countOf(t: Tally): number {
  return typeof t === "number" ? t : typeof t === "string" ? 1 : t.size;
}

function tallied(t: Tally | undefined, member: string | undefined): Tally {
  if (member === undefined) return (typeof t === "number" ? t : 0) + 1;
  if (t === undefined || typeof t === "number") return member;
  if (typeof t === "string") return t === member ? t : new Set([t, member]);
  t.add(member);
  return t;
}

function addCase(
  c: Case,
  asOf: string,
  keyed: readonly (AnyFactDefinition & { indexKeys: NonNullable<AnyFactDefinition["indexKeys"]> })[],
  tallies: Map<string, Map<string, Tally>>,
): void {
  for (const fact of keyed) {
    const map = tallies.get(fact.id)!;
    const member = fact.indexMember?.({ case: c, asOf });
    for (const key of new Set(fact.indexKeys({ case: c, asOf }))) map.set(key, tallied(map.get(key), member));
  }
}

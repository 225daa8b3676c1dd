import { type Case, parseCase } from "@timpora/models";
import type { AnyFactDefinition, PopulationIndex } from "./fact-definition.js";
import { defaultFacts } from "./facts/index.js";

/**
 * Records to read more than once: an array, or a function that opens the stream again each time it is called
 * (returning a sync or async iterable).
 */
export type RereadableSource<T = unknown> = readonly T[] | (() => Iterable<T> | AsyncIterable<T>);

/** Records to read once: any sync or async iterable, or a rereadable source. */
export type RecordSource<T = unknown> = Iterable<T> | AsyncIterable<T> | RereadableSource<T>;

/** Opens a source for one pass. */
export function openSource<T>(source: RecordSource<T>): Iterable<T> | AsyncIterable<T> {
  return typeof source === "function" ? source() : source;
}

/** Options of {@link buildPopulationIndex}. */
export interface PopulationIndexOptions {
  /** Evaluation date (YYYY-MM-DD), passed to the facts' key functions. */
  asOf: string;
  /** The fact catalogue; its cross-record facts with `indexKeys` define the count maps. Default: `defaultFacts`. */
  facts?: readonly AnyFactDefinition[];
}

/**
 * Counts, for every cross-record fact with an `indexKeys` function, how many distinct cases carry each key
 * (foreigners per sponsor, per non-hotel address, per phone or email, per flight and date, …). Records that
 * do not parse as a `Case` are skipped (and counted in `skipped`); each case counts once per key, itself
 * included. Memory grows with the number of distinct keys, not with the records.
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
  const maps = new Map<string, Map<string, number>>(keyed.map((f) => [f.id, new Map()]));
  let size = 0;
  let skipped = 0;
  for await (const record of openSource(source)) {
    const parsed = parseCase(record);
    if (!parsed.ok) {
      skipped++;
      continue;
    }
    size++;
    addCase(parsed.value, options.asOf, keyed, maps);
  }
  return { asOf: options.asOf, size, skipped, maps };
}

function addCase(
  c: Case,
  asOf: string,
  keyed: readonly (AnyFactDefinition & { indexKeys: NonNullable<AnyFactDefinition["indexKeys"]> })[],
  maps: Map<string, Map<string, number>>,
): void {
  for (const fact of keyed) {
    const map = maps.get(fact.id)!;
    for (const key of new Set(fact.indexKeys({ case: c, asOf }))) map.set(key, (map.get(key) ?? 0) + 1);
  }
}

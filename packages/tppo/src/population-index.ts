import { readRecord } from "./batch-record.js";
import type { AnyFactDefinition, PopulationIndex } from "./fact-definition.js";
import { defaultFacts } from "./facts/index.js";
import { KeyCountTable } from "./key-counts.js";
import { type RereadableSource, readSource } from "./record-source.js";

/**
 * Options of {@link buildPopulationIndex}.
 *
 * @example
 * ```ts
 * const options: PopulationIndexOptions = { asOf: "2025-03-01", facts: defaultFacts };
 * const index = await buildPopulationIndex([], options);
 * [...index.maps.keys()];
 * // ["sponsorForeignerCount", "addressForeignerCount", "sharedContactCount", "groupArrivalCount",
 * //  "venueGroupCount", "brokerMarriageCount"]
 * ```
 */
export interface PopulationIndexOptions {
  /** Evaluation date (YYYY-MM-DD), passed to the facts' key functions. */
  asOf: string;
  /** The fact catalogue; its cross-record facts with `indexKeys` define the count maps. Default: `defaultFacts`. */
  facts?: readonly AnyFactDefinition[];
}

/**
 * Counts, for every cross-record fact with an `indexKeys` function, how many distinct cases carry each key
 * (foreigners per sponsor, per non-hotel address, per phone or email, per flight and date, …), or, for a fact
 * with `indexMember`, how many distinct members (households) do. One streaming pass: each record is read,
 * validated and counted, then dropped. Records that do not parse as a `Case` are skipped and counted in
 * `skipped`, whatever they are: a promise or an object with a `then` method is never awaited, and a record whose
 * getters or Proxy traps throw is skipped too, so `size + skipped` is the number of records read. Each case counts
 * once per key, itself included.
 *
 * Memory is bounded by the keys, not the records: each count map is a {@link KeyCountTable} holding every
 * distinct key once (its text, exact) with its count in flat typed arrays, about 45 bytes a key; a household
 * count keeps one 64-bit hash of the first household per key and, only for keys shared by two or more
 * households, one (key, household hash) pair each, only while building. The key text is in SharedArrayBuffers
 * where the platform has them and the slots move to one when the index is first shared, so worker threads read
 * the index without copying it. When the source itself fails (its iterator throws
 * or rejects), the returned promise rejects with a `SourceFailedError` that says how many records were read.
 *
 * @example
 * ```ts
 * import { generateGroup } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * // six households at one villa
 * const cases = generateGroup({ seed: 3, asOf, pattern: "villa-cluster" }).map((l) => l.case);
 * const index = await buildPopulationIndex(cases, { asOf });
 * for await (const r of createEvaluator({ asOf }).evaluateMany(cases, { index })) {
 *   console.log(r.ok && r.assessment.fired.map((f) => f.id)); // ["address-cluster"] (each of the six)
 * }
 * ```
 */
export async function buildPopulationIndex(
  source: RereadableSource,
  options: PopulationIndexOptions,
): Promise<PopulationIndex & { skipped: number }> {
  const keyed = (options.facts ?? defaultFacts).filter(
    (f): f is KeyedFact => f.crossRecord === true && typeof f.indexKeys === "function",
  );
  const tables = new Map<string, KeyCountTable>(
    keyed.map((f) => [f.id, new KeyCountTable(typeof f.indexMember === "function")]),
  );
  const counters = keyed.map((f) => ({ fact: f, table: tables.get(f.id)! }));
  let size = 0;
  let skipped = 0;
  for await (const { value } of readSource(source)) {
    const parsed = readRecord(value);
    if (!parsed.ok) {
      skipped++;
      continue;
    }
    size++;
    const ctx = { case: parsed.value, asOf: options.asOf };
    for (const { fact, table } of counters) {
      const member = fact.indexMember?.(ctx);
      const keys = fact.indexKeys(ctx);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        // each case counts once per key
        if (keys.indexOf(key) === i) table.add(key, member);
      }
    }
  }
  for (const table of tables.values()) table.finish();
  return { asOf: options.asOf, size, skipped, maps: tables };
}

/** A cross-record fact with its key function. */
type KeyedFact = AnyFactDefinition & { indexKeys: NonNullable<AnyFactDefinition["indexKeys"]> };

import { parseCase } from "@timpora/models";
import { type AnyFactDefinition, defaultFacts, type PopulationIndex } from "@timpora/tppo";
import { KeyCounts } from "./key-counts.js";

/**
 * The population index of `buildPopulationIndex` (@timpora/tppo) with the same counts, its count maps kept as
 * {@link KeyCounts} (hashes in typed arrays) instead of `Map`s of strings: for 100,000 cases about 9 MB instead of
 * about 45 MB, which is what keeps a large screening within its memory bound. It reads the same public parts of
 * the fact catalogue (`crossRecord`, `indexKeys`, `indexMember`): each case counts once per distinct key, or once
 * per distinct member for a fact with `indexMember`; records that do not parse as a case are skipped. When the
 * library's own index is as compact (issue 10), this goes and the command calls `buildPopulationIndex`.
 */
export async function buildCompactPopulationIndex(
  source: () => AsyncIterable<unknown>,
  options: { asOf: string; facts?: readonly AnyFactDefinition[] },
): Promise<PopulationIndex & { skipped: number }> {
  const keyed = (options.facts ?? defaultFacts).filter(
    (f): f is AnyFactDefinition & { indexKeys: NonNullable<AnyFactDefinition["indexKeys"]> } =>
      f.crossRecord === true && typeof f.indexKeys === "function",
  );
  const maps = new Map(keyed.map((f) => [f.id, new KeyCounts()]));
  let size = 0;
  let skipped = 0;
  for await (const value of source()) {
    const parsed = parseCase(value);
    if (!parsed.ok) {
      skipped++;
      continue;
    }
    size++;
    const ctx = { case: parsed.value, asOf: options.asOf };
    for (const fact of keyed) {
      const counts = maps.get(fact.id)!;
      const member = fact.indexMember?.(ctx);
      for (const key of new Set(fact.indexKeys(ctx))) counts.add(key, member);
    }
  }
  return { asOf: options.asOf, size, skipped, maps };
}

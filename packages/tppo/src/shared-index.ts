import type { PopulationIndex } from "./fact-definition.js";
import { type KeyCountBuffers, type KeyCounts, KeyCountTable } from "./key-counts.js";

/** A population index as buffers, to hand to worker threads (SharedArrayBuffers are shared, not copied). */
export interface SharedPopulationIndex {
  /** Evaluation date the index was built for. */
  asOf: string;
  /** Number of cases read. */
  size: number;
  /** The count tables by fact id. */
  tables: [factId: string, buffers: KeyCountBuffers][];
}

/** The index as buffers: its own tables as they are, any other count map (a `Map` built by hand) copied once. */
export function sharedIndex(index: PopulationIndex): SharedPopulationIndex {
  const tables: SharedPopulationIndex["tables"] = [];
  for (const [id, counts] of index.maps) {
    const table = counts instanceof KeyCountTable ? counts : KeyCountTable.of(entriesOf(counts));
    tables.push([id, table.buffers()]);
  }
  return { asOf: index.asOf, size: index.size, tables };
}

function entriesOf(counts: KeyCounts): Iterable<readonly [string, number]> {
  if (counts instanceof Map) return counts as Map<string, number>;
  const iterable = counts as Partial<Iterable<readonly [string, number]>>;
  if (typeof iterable[Symbol.iterator] === "function") return iterable as Iterable<readonly [string, number]>;
  throw new TypeError("a count map of the population index can be neither shared nor iterated");
}

/** The index read from its buffers (in a worker thread). */
export function indexFromShared(shared: SharedPopulationIndex): PopulationIndex {
  return {
    asOf: shared.asOf,
    size: shared.size,
    maps: new Map(shared.tables.map(([id, buffers]) => [id, KeyCountTable.fromBuffers(buffers)])),
  };
}

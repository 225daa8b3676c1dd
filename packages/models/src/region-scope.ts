import type { RegionTable } from "./region-table.js";

/**
 * The full region table of the parse call under way, if its caller passed one. The parse functions
 * run zod synchronously, so setting it around `safeParse` and restoring it afterwards is enough for
 * `RegionCodeSchema` to see the caller's table without a schema per table.
 */
let active: RegionTable | undefined;

/** The table passed to the parse call under way, or `undefined`. */
export function activeRegionTable(): RegionTable | undefined {
  return active;
}

/** Runs `run` (synchronous) with `regions` as the active table, then restores the previous one. */
export function withRegionTable<T>(regions: RegionTable | undefined, run: () => T): T {
  const previous = active;
  active = regions;
  try {
    return run();
  } finally {
    active = previous;
  }
}

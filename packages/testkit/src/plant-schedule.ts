/**
 * Decides, unit by unit, whether the next unit of a stream is a planted pattern or a clean case, so
 * that each pattern ends up at its rate. Every emitted case earns each pattern `rate` credits; a
 * pattern is planted once its credit reaches its next group size times a random factor in [0.5, 1.5),
 * and planting spends the group size. The planted count therefore stays within about 1.5 groups of
 * `rate × count`, while the positions stay irregular. Memory is one number per pattern.
 */
import { PATTERNS, type PatternId } from "./pattern-catalogue.js";
import type { Random } from "./random.js";
import { TestkitError } from "./testkit-error.js";

/**
 * Planting rates: for each pattern, the fraction of generated cases that should carry it.
 *
 * @example
 * ```ts
 * const plant: PlantRates = { overstay: 0.02, "villa-cluster": 0.01 };
 * ```
 */
export type PlantRates = Readonly<Partial<Record<PatternId, number>>>;

/** What the next unit should be. */
export type ScheduledUnit =
  | { readonly kind: "pattern"; readonly pattern: PatternId; readonly size: number }
  | { readonly kind: "clean" };

interface Slot {
  readonly pattern: PatternId;
  readonly rate: number;
  credit: number;
  size: number;
  threshold: number;
}

/** Checks planting rates: each in [0, 1], known pattern ids, total at most 1. */
export function validateRates(rates: PlantRates): void {
  let total = 0;
  for (const [id, rate] of Object.entries(rates)) {
    if (!(id in PATTERNS)) throw new TestkitError("pattern.unknown", { field: "plant" });
    if (typeof rate !== "number" || !(rate >= 0 && rate <= 1)) {
      throw new TestkitError("options.invalid", { field: "plant" });
    }
    total += rate;
  }
  if (total > 1) throw new TestkitError("options.invalid", { field: "plant" });
}

/** A stateful schedule over the patterns with a positive rate. */
export interface PlantSchedule {
  /** The next unit, given how many cases are still to be emitted. */
  next(remaining: number): ScheduledUnit;
  /** Records that `emitted` cases were emitted for `unit`. */
  record(unit: ScheduledUnit, emitted: number): void;
}

/** Creates a schedule for the given rates. */
export function createPlantSchedule(rates: PlantRates, random: Random): PlantSchedule {
  validateRates(rates);
  const drawSize = (pattern: PatternId): number => {
    const [min, max] = PATTERNS[pattern].groupSize;
    return random.int(min, max);
  };
  const slots: Slot[] = [];
  for (const pattern of Object.keys(PATTERNS) as PatternId[]) {
    const rate = rates[pattern] ?? 0;
    if (rate <= 0) continue;
    const size = drawSize(pattern);
    slots.push({ pattern, rate, credit: 0, size, threshold: size * (0.5 + random.next()) });
  }
  return {
    next(remaining) {
      let best: Slot | undefined;
      for (const slot of slots) {
        if (slot.size > remaining || slot.credit < slot.threshold) continue;
        if (!best || slot.credit / slot.size > best.credit / best.size) best = slot;
      }
      return best ? { kind: "pattern", pattern: best.pattern, size: best.size } : { kind: "clean" };
    },
    record(unit, emitted) {
      for (const slot of slots) slot.credit += slot.rate * emitted;
      if (unit.kind !== "pattern") return;
      const slot = slots.find((s) => s.pattern === unit.pattern);
      if (!slot) return;
      slot.credit -= emitted;
      slot.size = drawSize(slot.pattern);
      slot.threshold = slot.size * (0.5 + random.next());
    },
  };
}

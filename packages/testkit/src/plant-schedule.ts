/**
 * Decides, unit by unit, whether the next unit of a stream is a planted pattern, a look-alike group or a clean
 * case, so that each ends up at its rate. Every emitted case earns each pattern and each look-alike kind `rate`
 * credits; one is planted once its credit reaches its next group size times a random factor in [0.5, 1.5), and
 * planting spends the group size. The planted count therefore stays within about 1.5 groups of
 * `rate × count`, while the positions stay irregular. Memory is one number per pattern and kind.
 */
import {
  LOOK_ALIKE_KINDS,
  LOOK_ALIKES,
  type LookAlikeKind,
  type LookAlikeRates,
} from "./look-alike-catalogue.js";
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
  | { readonly kind: "look-alike"; readonly lookAlike: LookAlikeKind; readonly size: number }
  | { readonly kind: "clean" };

interface Slot {
  readonly unit:
    | { readonly kind: "pattern"; readonly pattern: PatternId }
    | { readonly kind: "look-alike"; readonly lookAlike: LookAlikeKind };
  readonly range: readonly [number, number];
  readonly rate: number;
  credit: number;
  size: number;
  threshold: number;
}

function checkRate(rate: unknown, field: string): number {
  if (typeof rate !== "number" || !(rate >= 0 && rate <= 1))
    throw new TestkitError("options.invalid", { field });
  return rate;
}

/** Checks planting and look-alike rates: each in [0, 1], known ids, all together at most 1. */
export function validateRates(rates: PlantRates, lookAlikes: LookAlikeRates = {}): void {
  let total = 0;
  for (const [id, rate] of Object.entries(rates)) {
    if (!(id in PATTERNS)) throw new TestkitError("pattern.unknown", { field: "plant" });
    total += checkRate(rate, "plant");
  }
  for (const [id, rate] of Object.entries(lookAlikes)) {
    if (!(id in LOOK_ALIKES)) throw new TestkitError("look-alike.unknown", { field: "lookAlikes" });
    total += checkRate(rate, "lookAlikes");
  }
  if (total > 1) throw new TestkitError("options.invalid", { field: "plant" });
}

/** A stateful schedule over the patterns and look-alike kinds with a positive rate. */
export interface PlantSchedule {
  /** The next unit, given how many cases are still to be emitted. */
  next(remaining: number): ScheduledUnit;
  /** Records that `emitted` cases were emitted for `unit`. */
  record(unit: ScheduledUnit, emitted: number): void;
}

const sameUnit = (slot: Slot, unit: ScheduledUnit): boolean =>
  (slot.unit.kind === "pattern" && unit.kind === "pattern" && slot.unit.pattern === unit.pattern) ||
  (slot.unit.kind === "look-alike" && unit.kind === "look-alike" && slot.unit.lookAlike === unit.lookAlike);

/** Creates a schedule for the given rates (patterns first, then look-alike kinds, each in catalogue order). */
export function createPlantSchedule(
  rates: PlantRates,
  random: Random,
  lookAlikes: LookAlikeRates = {},
): PlantSchedule {
  validateRates(rates, lookAlikes);
  const drawSize = (range: readonly [number, number]): number => random.int(range[0], range[1]);
  const slots: Slot[] = [];
  const add = (unit: Slot["unit"], range: readonly [number, number], rate: number): void => {
    if (rate <= 0) return;
    const size = drawSize(range);
    slots.push({ unit, range, rate, credit: 0, size, threshold: size * (0.5 + random.next()) });
  };
  for (const pattern of Object.keys(PATTERNS) as PatternId[]) {
    add({ kind: "pattern", pattern }, PATTERNS[pattern].groupSize, rates[pattern] ?? 0);
  }
  for (const lookAlike of LOOK_ALIKE_KINDS) {
    add({ kind: "look-alike", lookAlike }, LOOK_ALIKES[lookAlike].groupSize, lookAlikes[lookAlike] ?? 0);
  }
  return {
    next(remaining) {
      let best: Slot | undefined;
      for (const slot of slots) {
        if (slot.size > remaining || slot.credit < slot.threshold) continue;
        if (!best || slot.credit / slot.size > best.credit / best.size) best = slot;
      }
      return best ? { ...best.unit, size: best.size } : { kind: "clean" };
    },
    record(unit, emitted) {
      for (const slot of slots) slot.credit += slot.rate * emitted;
      if (unit.kind === "clean") return;
      const slot = slots.find((s) => sameUnit(s, unit));
      if (!slot) return;
      slot.credit -= emitted;
      slot.size = drawSize(slot.range);
      slot.threshold = slot.size * (0.5 + random.next());
    },
  };
}

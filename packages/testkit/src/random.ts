/**
 * A small seeded pseudo-random number generator (sfc32, seeded through the cyrb128 string hash).
 * It uses only 32-bit integer arithmetic (`Math.imul`, `>>>`), so the same seed gives the same
 * sequence on every platform and Node version. Not for cryptography.
 */

import { TestkitError } from "./testkit-error.js";

/**
 * A weighted choice: `weight` is relative (need not sum to 1).
 *
 * @example
 * ```ts
 * const table: Weighted<string>[] = [{ value: "a", weight: 3 }, { value: "b", weight: 1 }];
 * createRandom(1).weighted(table); // "a" three times as often as "b"
 * ```
 */
export interface Weighted<T> {
  /** The value chosen. */
  readonly value: T;
  /** Relative weight, > 0. */
  readonly weight: number;
}

/**
 * A deterministic source of random choices.
 *
 * @example
 * ```ts
 * const random = createRandom("seed-1");
 * random.int(1, 6); // the same number on every run
 * ```
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One value from a non-empty weighted table. */
  weighted<T>(table: readonly Weighted<T>[]): T;
  /** A new independent generator derived from this one's seed and a label (does not advance this one). */
  fork(label: string): Random;
}

/** cyrb128: hashes a string into four 32-bit words (public-domain hash by bryc). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 step function over four 32-bit words of state; returns a float in [0, 1). */
function sfc32(seedWords: [number, number, number, number]): () => number {
  let [a, b, c, d] = seedWords;
  const step = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32 mixes weakly during its first few steps.
  for (let i = 0; i < 12; i++) step();
  return step;
}

/**
 * Creates a deterministic generator from a seed (number or string).
 *
 * @example
 * ```ts
 * const a = createRandom(42);
 * const b = createRandom(42);
 * a.next() === b.next(); // true
 * ```
 */
export function createRandom(seed: number | string): Random {
  const key = String(seed);
  const next = sfc32(cyrb128(key));
  const random: Random = {
    next,
    int(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
        throw new TestkitError("random.bad-range");
      }
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      return next() < p;
    },
    pick(items) {
      if (items.length === 0) throw new TestkitError("random.empty", { field: "items" });
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted(table) {
      let total = 0;
      for (const row of table) total += row.weight;
      if (!(total > 0)) throw new TestkitError("random.empty", { field: "table" });
      let target = next() * total;
      for (const row of table) {
        target -= row.weight;
        if (target < 0) return row.value;
      }
      return (table[table.length - 1] as Weighted<(typeof table)[number]["value"]>).value;
    },
    fork(label) {
      return createRandom(`${key}/${label}`);
    },
  };
  return random;
}

/**
 * Religion and ethnicity on generated people. Both are protected attributes (design principle 3): no rule may
 * fire on them, and they never leave in a sharing envelope. A realistic population fills them in on a share
 * of all cases, drawn independently of everything else (nationality, sex, age, what was planted) from
 * neutral code lists, so that a test which says they never matter has values to vary and can fail.
 */
import type { Person } from "@timpora/models";
import type { Random } from "./random.js";

/**
 * The neutral codes the generator writes into `person.religion` and `person.ethnicity`: opaque labels, not
 * real religions or ethnic groups, so that no code carries a link to a nationality or a stereotype.
 *
 * @example
 * ```ts
 * PROTECTED_ATTRIBUTE_CODES.religion.length; // 8
 * ```
 */
export const PROTECTED_ATTRIBUTE_CODES: {
  /** Codes written into `person.religion`. */
  readonly religion: readonly string[];
  /** Codes written into `person.ethnicity`. */
  readonly ethnicity: readonly string[];
} = {
  religion: [
    "religion-a",
    "religion-b",
    "religion-c",
    "religion-d",
    "religion-e",
    "religion-f",
    "religion-g",
    "religion-h",
  ],
  ethnicity: [
    "ethnicity-a",
    "ethnicity-b",
    "ethnicity-c",
    "ethnicity-d",
    "ethnicity-e",
    "ethnicity-f",
    "ethnicity-g",
    "ethnicity-h",
    "ethnicity-i",
    "ethnicity-j",
    "ethnicity-k",
    "ethnicity-l",
  ],
};

/**
 * The share of cases of a realistic population on which each of religion and ethnicity is recorded (each
 * drawn on its own): a LOCAL ASSUMPTION, illustrative (records often leave both out).
 *
 * @example
 * ```ts
 * PROTECTED_ATTRIBUTE_RATE; // 0.4
 * ```
 */
export const PROTECTED_ATTRIBUTE_RATE = 0.4;

/**
 * Records religion and ethnicity on a person, each with probability `rate`, the code drawn uniformly from
 * {@link PROTECTED_ATTRIBUTE_CODES}. `random` must be a stream of its own (not one that builds the case), so
 * the values are independent of everything else.
 */
export function fillProtectedAttributes(
  person: Person,
  random: Random,
  rate = PROTECTED_ATTRIBUTE_RATE,
): void {
  if (random.chance(rate)) person.religion = random.pick(PROTECTED_ATTRIBUTE_CODES.religion);
  if (random.chance(rate)) person.ethnicity = random.pick(PROTECTED_ATTRIBUTE_CODES.ethnicity);
}

/**
 * What every generator call starts from: the evaluation date checked, the seed's root random stream, the tag
 * and offset that make ids and numbers unique under the seed, and the law as the generator asks it.
 */
import { dayNumberOrUndefined } from "@timpora/models";
import type { CaseContext } from "./case-context.js";
import type { LabelledCase } from "./labelled-case.js";
import { fillProtectedAttributes } from "./protected-attributes.js";
import { createRandom, type Random } from "./random.js";
import { createStayLaw, type StayLaw } from "./stay-law.js";
import { TestkitError } from "./testkit-error.js";

/**
 * The evaluation date used when none is given.
 *
 * @example
 * ```ts
 * generateCase({ seed: 1 }); // as it stands on DEFAULT_AS_OF, "2025-06-30"
 * ```
 */
export const DEFAULT_AS_OF = "2025-06-30";
/**
 * The earliest evaluation date the generator accepts (its permit rules follow the 2024 visa-index regime).
 *
 * @example
 * ```ts
 * generateCase({ seed: 1, asOf: "2023-12-31" }); // throws TestkitError "options.invalid" (field "asOf")
 * ```
 */
export const MIN_AS_OF = "2024-01-01";

/** The state of one generator call. */
export interface Setup {
  /** The seed's root random stream; every unit forks its own from it. */
  readonly root: Random;
  /** Evaluation date. */
  readonly asOf: string;
  /** Six hex digits from the seed, in every case id. */
  readonly tag: string;
  /** Seed-derived offset for the serial scrambles (phones, passport numbers). */
  readonly offset: number;
  /** The stay lengths and entry rules, from the law tables of @timpora/permits. */
  readonly law: StayLaw;
}

/** Starts a generator call: checks `asOf` (a real date, not before {@link MIN_AS_OF}) and derives the ids. */
export function setup(seed: number | string, asOf: string | undefined): Setup {
  const date = asOf ?? DEFAULT_AS_OF;
  if (dayNumberOrUndefined(date) === undefined) throw new TestkitError("date.invalid", { field: "asOf" });
  if (date < MIN_AS_OF) throw new TestkitError("options.invalid", { field: "asOf" });
  const root = createRandom(seed);
  const ids = root.fork("ids");
  const tag = ids.int(0, 0xffffff).toString(16).padStart(6, "0");
  return { root, asOf: date, tag, offset: ids.int(0, 99_999_999), law: createStayLaw() };
}

/** The context of the case with serial `serial`, drawing from `random`. */
export function caseContext(s: Setup, random: Random, serial: number): CaseContext {
  return { random, asOf: s.asOf, caseId: `case-${s.tag}-${serial}`, serial, offset: s.offset, law: s.law };
}

/** Throws `options.invalid` (naming `what`) unless `n` is a whole number ≥ 0. */
export function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new TestkitError("options.invalid", { field: what });
}

/** Fills in religion and ethnicity on a case of a realistic population, from a stream of its own. */
export function withProtectedAttributes(s: Setup, labelled: LabelledCase, serial: number): LabelledCase {
  fillProtectedAttributes(labelled.case.person, s.root.fork(`protected/${serial}`));
  return labelled;
}

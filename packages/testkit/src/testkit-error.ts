import { type LabelTable, TimporaError, type TimporaErrorOptions } from "@timpora/models";

/**
 * Codes of {@link TestkitError}, thrown for calls that are impossible on their face:
 * - `random.bad-range`: `int(min, max)` with bounds that are not integers or with `min > max`;
 * - `random.empty`: `pick` or `weighted` on an empty table (or one without positive weight);
 * - `date.invalid`: `asOf` is not an existing ISO calendar date `YYYY-MM-DD`;
 * - `options.invalid`: an option outside its allowed values (`field` names it): `asOf` before
 *   `MIN_AS_OF`; `count`, `index` or `size` not a whole number ≥ 0, a pattern group over 20, or a look-alike
 *   group outside its kind's sizes; `familyRate`, a planting rate or a look-alike rate outside [0, 1], or rates
 *   adding up to more than 1; a profile that only occurs in families; `population` other than `"realistic"`,
 *   or `lookAlikes` without it;
 * - `pattern.unknown`: a pattern id not in `PATTERN_IDS`;
 * - `pattern.needs-group`: a group pattern given to `generateCase` (use `generateGroup` or `generateCases`);
 * - `pattern.incompatible`: patterns combined in one case whose bases do not fit (e.g. `crew-no-shore-leave`
 *   after a pattern that builds a worker);
 * - `look-alike.unknown`: a look-alike kind not in `LOOK_ALIKE_KINDS`;
 * - `law.not-covered`: the law tables of @timpora/permits hold no row for a rule the generator needs on a date.
 *
 * @example
 * ```ts
 * const code: TestkitErrorCode = "pattern.needs-group";
 * testkitErrorMessages[code].id; // "Pola kelompok memerlukan generateGroup atau generateCases"
 * ```
 */
export type TestkitErrorCode =
  | "random.bad-range"
  | "random.empty"
  | "date.invalid"
  | "options.invalid"
  | "pattern.unknown"
  | "pattern.needs-group"
  | "pattern.incompatible"
  | "look-alike.unknown"
  | "law.not-covered";

/**
 * The message of each {@link TestkitErrorCode} in Indonesian and English (fixed texts, never a generated
 * value, so safe to log).
 *
 * @example
 * ```ts
 * testkitErrorMessages["pattern.unknown"].en; // "Unknown pattern id"
 * ```
 */
export const testkitErrorMessages: LabelTable<TestkitErrorCode> = {
  "random.bad-range": {
    id: "Batas bilangan acak harus bilangan bulat dengan min ≤ max",
    en: "Random bounds must be integers with min ≤ max",
  },
  "random.empty": {
    id: "Pilihan acak memerlukan tabel yang tidak kosong dengan bobot positif",
    en: "A random choice needs a non-empty table with positive weight",
  },
  "date.invalid": {
    id: "Bukan tanggal kalender ISO yang ada (YYYY-MM-DD)",
    en: "Not an existing ISO calendar date (YYYY-MM-DD)",
  },
  "options.invalid": {
    id: "Nilai opsi di luar nilai yang diizinkan",
    en: "An option is outside its allowed values",
  },
  "pattern.unknown": { id: "Id pola tidak dikenal", en: "Unknown pattern id" },
  "pattern.needs-group": {
    id: "Pola kelompok memerlukan generateGroup atau generateCases",
    en: "A group pattern needs generateGroup or generateCases",
  },
  "pattern.incompatible": {
    id: "Pola-pola ini tidak dapat digabung dalam satu kasus",
    en: "These patterns cannot be combined in one case",
  },
  "look-alike.unknown": { id: "Jenis kasus mirip tidak dikenal", en: "Unknown look-alike kind" },
  "law.not-covered": {
    id: "Tabel hukum @timpora/permits tidak mencakup aturan yang diperlukan pada tanggal ini",
    en: "The law tables of @timpora/permits do not cover a rule needed on this date",
  },
};

/**
 * Thrown by @timpora/testkit for programmer errors only (a bad option, an unknown pattern id), with a code
 * from {@link TestkitErrorCode} and its message from {@link testkitErrorMessages}. Messages never contain
 * generated personal data, only the name of the offending option.
 *
 * @example
 * ```ts
 * try { generateCase({ seed: 1, asOf: "2025-02-30" }); }
 * catch (e) { if (e instanceof TestkitError) console.log(e.code, e.field); } // "date.invalid" "asOf"
 * ```
 */
export class TestkitError extends TimporaError<TestkitErrorCode> {
  /**
   * @param code - stable code; the message comes from {@link testkitErrorMessages}
   * @param options - the offending option (`field`) and the cause
   */
  constructor(code: TestkitErrorCode, options: TimporaErrorOptions = {}) {
    super(code, testkitErrorMessages[code], options);
    this.name = "TestkitError";
  }
}

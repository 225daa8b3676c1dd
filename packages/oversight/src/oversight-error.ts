import { type LabelTable, TimporaError, type TimporaErrorOptions } from "@timpora/models";

/**
 * Codes of {@link OversightError}, each naming a call that is impossible on its face:
 * - `date.invalid`: a date that is not an existing ISO calendar date (`YYYY-MM-DD`);
 * - `option.unknown`, `option.invalid`, `option.required`: the options object;
 * - `case.invalid`: a case that is not a valid record (parse it with `parseCase` first);
 * - `area.overlap`: two work areas that share a place (a person would be counted twice in the map's total).
 *
 * @example
 * ```ts
 * const code: OversightErrorCode = "option.invalid";
 * ```
 */
export type OversightErrorCode =
  | "date.invalid"
  | "option.unknown"
  | "option.invalid"
  | "option.required"
  | "case.invalid"
  | "area.overlap";

/**
 * The message of each {@link OversightErrorCode} in Indonesian and English (fixed texts, safe to log).
 *
 * @example
 * ```ts
 * oversightErrorMessages["area.overlap"].en; // "Two work areas share a place"
 * ```
 */
export const oversightErrorMessages: LabelTable<OversightErrorCode> = {
  "date.invalid": {
    id: "Bukan tanggal kalender ISO yang ada (YYYY-MM-DD)",
    en: "Not an existing ISO calendar date (YYYY-MM-DD)",
  },
  "option.unknown": { id: "Opsi tidak dikenal", en: "Unknown option" },
  "option.invalid": { id: "Nilai opsi tidak valid", en: "Invalid option value" },
  "option.required": { id: "Opsi wajib tidak diberikan", en: "A required option is missing" },
  "case.invalid": {
    id: "Kasus bukan catatan yang valid (uraikan dengan parseCase lebih dulu)",
    en: "The case is not a valid record (parse it with parseCase first)",
  },
  "area.overlap": { id: "Dua wilayah kerja memuat tempat yang sama", en: "Two work areas share a place" },
};

/**
 * The one error of @timpora/oversight, thrown only for programmer errors (a bad date or option, a case that is
 * not a parsed record, overlapping work areas). Messages never echo a value.
 *
 * @example
 * ```ts
 * try {
 *   presenceOn([], { on: "2024-02-30" });
 * } catch (e) {
 *   if (e instanceof OversightError) console.log(e.code, e.field); // "date.invalid" "on"
 * }
 * ```
 */
export class OversightError extends TimporaError<OversightErrorCode> {
  /**
   * @param code - stable code; the message comes from {@link oversightErrorMessages}
   * @param options - the offending field and the cause
   */
  constructor(code: OversightErrorCode, options: TimporaErrorOptions = {}) {
    super(code, oversightErrorMessages[code], options);
    this.name = "OversightError";
  }
}

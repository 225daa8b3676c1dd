import type { LabelTable } from "./labels.js";
import { TimporaError, type TimporaErrorOptions } from "./timpora-error.js";

/**
 * Codes of {@link ModelsError}, thrown by the calendar-date and region functions for calls that are impossible on their
 * face:
 * - `date.invalid`: not an existing ISO calendar date `YYYY-MM-DD` (or not a string);
 * - `date.out-of-range`: a result would fall outside 0000-01-01 … 9999-12-31;
 * - `date.order`: an end date before its start (e.g. an age on a day before the birth);
 * - `days.invalid` / `months.invalid` / `years.invalid`: a count that is not a safe whole number;
 * - `regions.invalid`: a `regions` argument or option that is not a region table (see `RegionTable`);
 * - `mrz.charset`: a check digit asked of text outside the MRZ alphabet (`MrzCharsetError`);
 * - `mrz.field-too-long` / `mrz.field-charset`: an MRZ field that cannot be printed (`MrzFormatError`).
 *
 * @example
 * ```ts
 * const codeOf = (e: unknown): ModelsErrorCode | undefined => (e instanceof ModelsError ? e.code : undefined);
 * try { addMonths("2024-01-31", 1.5); } catch (e) { codeOf(e); } // "months.invalid"
 * ```
 */
export type ModelsErrorCode =
  | "date.invalid"
  | "date.out-of-range"
  | "date.order"
  | "days.invalid"
  | "months.invalid"
  | "years.invalid"
  | "regions.invalid"
  | "mrz.charset"
  | "mrz.field-too-long"
  | "mrz.field-charset";

/**
 * The message of each {@link ModelsErrorCode} in Indonesian and English (fixed texts, safe to log); a
 * {@link ModelsError}'s `labels` come from here.
 *
 * @example
 * ```ts
 * modelsErrorMessages["date.order"].id; // "Tanggal akhir sebelum tanggal awal"
 * try {
 *   ageOn("2010-05-01", "2009-01-01");
 * } catch (e) {
 *   if (e instanceof ModelsError) e.message; // "The end date is before the start date (on)"
 * }
 * ```
 */
export const modelsErrorMessages: LabelTable<ModelsErrorCode> = {
  "date.invalid": {
    id: "Bukan tanggal kalender ISO yang ada (YYYY-MM-DD)",
    en: "Not an existing ISO calendar date (YYYY-MM-DD)",
  },
  "date.out-of-range": {
    id: "Tanggal di luar rentang 0000-01-01 sampai 9999-12-31",
    en: "Date outside 0000-01-01 to 9999-12-31",
  },
  "date.order": { id: "Tanggal akhir sebelum tanggal awal", en: "The end date is before the start date" },
  "days.invalid": { id: "Jumlah hari harus bilangan bulat", en: "A number of days must be a whole number" },
  "months.invalid": {
    id: "Jumlah bulan harus bilangan bulat",
    en: "A number of months must be a whole number",
  },
  "years.invalid": {
    id: "Jumlah tahun harus bilangan bulat",
    en: "A number of years must be a whole number",
  },
  "regions.invalid": {
    id: "Tabel wilayah tidak sah (gunakan regions dari @timpora/models/regions)",
    en: "Not a region table (use regions from @timpora/models/regions)",
  },
  "mrz.charset": {
    id: "Karakter di luar alfabet MRZ (A-Z, 0-9, <)",
    en: "A character outside the MRZ alphabet (A-Z, 0-9, <)",
  },
  "mrz.field-too-long": {
    id: "Kolom MRZ terlalu panjang untuk tata letaknya",
    en: "MRZ field too long for the layout",
  },
  "mrz.field-charset": { id: "Kolom MRZ berisi karakter tidak sah", en: "MRZ field with invalid characters" },
};

/**
 * Thrown by @timpora/models for programmer errors, with a code from {@link ModelsErrorCode}.
 *
 * @example
 * ```ts
 * try { daysBetween("2024-01-01", "not a date"); } catch (e) { if (e instanceof ModelsError) e.code; } // "date.invalid"
 * ```
 */
export class ModelsError extends TimporaError<ModelsErrorCode> {
  /**
   * @param code - stable code; the message comes from {@link modelsErrorMessages}
   * @param options - the offending field and the cause
   */
  constructor(code: ModelsErrorCode, options: TimporaErrorOptions = {}) {
    super(code, modelsErrorMessages[code], options);
    this.name = "ModelsError";
  }
}

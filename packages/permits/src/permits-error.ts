import {
  type LabelTable,
  ModelsError,
  type ParseIssue,
  TimporaError,
  type TimporaErrorOptions,
} from "@timpora/models";

/**
 * Codes of {@link PermitsError}, each naming a call that is impossible on its face:
 * - `permit.invalid` / `case.invalid`: a permit or a case that is not a valid record (see the error's `issues`);
 * - `date.invalid`, `datetime.invalid`, `date.out-of-range`, `date.order`, `days.invalid`, `months.invalid`,
 *   `years.invalid`: calendar arguments (the same codes as `ModelsError`, whose errors permits rethrows);
 * - `zone.required`, `zone.invalid`: an instant without the zone of the place of stay, or an unknown zone;
 * - `option.unknown`, `option.invalid`, `option.required`: the options object;
 * - `policy.invalid`, `calendar.invalid`: a policy table or holiday calendar that cannot be read;
 * - `nationality.invalid`, `basis.invalid`, `visa-index.invalid`, `region.invalid`, `confidence.invalid`,
 *   `report.invalid`: other arguments.
 *
 * @example
 * ```ts
 * const code: PermitsErrorCode = "zone.required";
 * permitsErrorMessages[code].en; // 'An instant needs the zone of the place of stay (e.g. "Asia/Makassar")'
 * ```
 */
export type PermitsErrorCode =
  | "permit.invalid"
  | "case.invalid"
  | "date.invalid"
  | "datetime.invalid"
  | "date.out-of-range"
  | "date.order"
  | "days.invalid"
  | "months.invalid"
  | "years.invalid"
  | "zone.required"
  | "zone.invalid"
  | "option.unknown"
  | "option.invalid"
  | "option.required"
  | "policy.invalid"
  | "calendar.invalid"
  | "nationality.invalid"
  | "basis.invalid"
  | "visa-index.invalid"
  | "region.invalid"
  | "confidence.invalid"
  | "report.invalid";

/**
 * The message of each {@link PermitsErrorCode} in Indonesian and English (fixed texts, safe to log).
 *
 * @example
 * ```ts
 * permitsErrorMessages["zone.required"].id; // 'Waktu (instan) memerlukan zona waktu tempat tinggal (mis. "Asia/Makassar")'
 * ```
 */
export const permitsErrorMessages: LabelTable<PermitsErrorCode> = {
  "permit.invalid": {
    id: "Izin tinggal bukan catatan yang valid (lihat issues)",
    en: "The permit is not a valid record (see issues)",
  },
  "case.invalid": {
    id: "Kasus bukan catatan yang valid (lihat issues)",
    en: "The case is not a valid record (see issues)",
  },
  "date.invalid": {
    id: "Bukan tanggal kalender ISO yang ada (YYYY-MM-DD)",
    en: "Not an existing ISO calendar date (YYYY-MM-DD)",
  },
  "datetime.invalid": {
    id: "Bukan tanggal-waktu ISO dengan offset (mis. 2024-01-01T08:00:00+08:00)",
    en: "Not an ISO date-time with an offset (e.g. 2024-01-01T08:00:00+08:00)",
  },
  "date.out-of-range": {
    id: "Tanggal di luar rentang 0000-01-01 sampai 9999-12-31",
    en: "Date outside 0000-01-01 to 9999-12-31",
  },
  "date.order": { id: "Tanggal akhir sebelum tanggal awal", en: "The end date is before the start date" },
  "days.invalid": {
    id: "Jumlah hari bukan bilangan bulat yang diizinkan",
    en: "The number of days is not an allowed whole number",
  },
  "months.invalid": {
    id: "Jumlah bulan bukan bilangan bulat yang diizinkan",
    en: "The number of months is not an allowed whole number",
  },
  "years.invalid": {
    id: "Jumlah tahun bukan bilangan bulat yang diizinkan",
    en: "The number of years is not an allowed whole number",
  },
  "zone.required": {
    id: 'Waktu (instan) memerlukan zona waktu tempat tinggal (mis. "Asia/Makassar")',
    en: 'An instant needs the zone of the place of stay (e.g. "Asia/Makassar")',
  },
  "zone.invalid": { id: "Bukan zona waktu IANA yang valid", en: "Not a valid IANA time zone" },
  "option.unknown": { id: "Opsi tidak dikenal", en: "Unknown option" },
  "option.invalid": { id: "Nilai opsi tidak valid", en: "Invalid option value" },
  "option.required": { id: "Opsi wajib tidak diberikan", en: "A required option is missing" },
  "policy.invalid": {
    id: "Tabel kebijakan tidak dapat dibaca (struktur tidak valid)",
    en: "The policy table cannot be read (invalid structure)",
  },
  "calendar.invalid": {
    id: "Kalender hari libur tidak dapat dibaca (struktur tidak valid)",
    en: "The holiday calendar cannot be read (invalid structure)",
  },
  "nationality.invalid": {
    id: "Kewarganegaraan harus kode ICAO 1-3 huruf kapital",
    en: "The nationality must be an ICAO code of 1-3 capital letters",
  },
  "basis.invalid": { id: "Dasar izin tidak dikenal", en: "Unknown permit basis" },
  "visa-index.invalid": {
    id: "Bukan kode indeks visa (huruf kapital, 1-3 angka, huruf opsional)",
    en: "Not a visa index code (a capital letter, 1-3 digits, an optional letter)",
  },
  "region.invalid": {
    id: "Kode wilayah harus berupa daftar teks",
    en: "Region codes must be a list of strings",
  },
  "confidence.invalid": { id: "Tingkat keyakinan tidak dikenal", en: "Unknown confidence" },
  "report.invalid": {
    id: "Laporan harus berupa objek dengan checkIn",
    en: "The report must be an object with checkIn",
  },
};

/**
 * Options of a {@link PermitsError}.
 *
 * @example
 * ```ts
 * const options: PermitsErrorOptions = { field: "permit", issues: [] };
 * new PermitsError("permit.invalid", options).message; // "The permit is not a valid record (see issues) (permit)"
 * ```
 */
export interface PermitsErrorOptions extends TimporaErrorOptions {
  /** For `permit.invalid` and `case.invalid`: the coded parse issues (paths and codes, never values). */
  issues?: readonly ParseIssue[] | undefined;
}

/**
 * The one error of @timpora/permits, thrown only for programmer errors (a permit or case that is not a valid
 * record, an instant without a zone, a date that does not exist, an end before a start, an unknown option).
 * Questions the law cannot answer never throw: they return `unknown` with a reason. Calendar errors raised
 * by @timpora/models (`ModelsError`) are rethrown as a `PermitsError` with the same code and field (the
 * `ModelsError` is the `cause`), so a caller of permits catches one class. Messages never echo a value.
 *
 * @example
 * ```ts
 * const permit = { schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival", validFrom: "2024-01-01",
 *   validUntil: "2024-01-30", status: "active", purpose: "tourism", extensions: null };
 * try {
 *   permitStatus(permit as never, { on: "2024-01-10" });
 * } catch (e) {
 *   if (e instanceof PermitsError) console.log(e.code, e.issues[0]?.path); // "permit.invalid" ["extensions"]
 * }
 * ```
 */
export class PermitsError extends TimporaError<PermitsErrorCode> {
  /** The coded parse issues behind `permit.invalid` or `case.invalid` (empty for other codes). */
  readonly issues: readonly ParseIssue[];

  /**
   * @param code - stable code; the message comes from {@link permitsErrorMessages}
   * @param options - the offending field, the cause and, for invalid records, the parse issues
   */
  constructor(code: PermitsErrorCode, options: PermitsErrorOptions = {}) {
    super(code, permitsErrorMessages[code], { field: options.field, cause: options.cause });
    this.name = "PermitsError";
    this.issues = options.issues ?? [];
  }
}

/** The calendar codes of models that permits rethrows unchanged. */
const PASSED_THROUGH: ReadonlySet<string> = new Set([
  "date.invalid",
  "date.out-of-range",
  "date.order",
  "days.invalid",
  "months.invalid",
  "years.invalid",
] satisfies PermitsErrorCode[]);

/**
 * A `ModelsError` becomes a `PermitsError` with the same code and field for the calendar codes; any other
 * (a bad region table or an MRZ field, which permits never passes on) becomes `option.invalid`. Other errors
 * are returned as they are.
 */
function asPermitsError(error: unknown): unknown {
  if (!(error instanceof ModelsError)) return error;
  const code: PermitsErrorCode = PASSED_THROUGH.has(error.code)
    ? (error.code as PermitsErrorCode)
    : "option.invalid";
  return new PermitsError(code, { field: error.field, cause: error });
}

/**
 * Runs the body of a public function so that every calendar error it meets leaves as a {@link PermitsError}.
 *
 * @example
 * ```ts
 * export function f(date: string): string { return guarded(() => addDays(date, 1)); }
 * ```
 */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw asPermitsError(error);
  }
}

import type { LabelTable } from "./labels.js";

/**
 * The stable codes of parse issues. New codes may be added in a minor release; existing codes never
 * change meaning.
 *
 * - `type.invalid`: wrong JSON type (a string where an object belongs, an array for an object, ...)
 * - `required`: a required field is missing (or `undefined`)
 * - `enum.unknown`: not one of the allowed values (also an unknown discriminator such as a permit `kind`)
 * - `date.invalid`: not an existing calendar date `YYYY-MM-DD`
 * - `datetime.invalid`: not an ISO date-time with an offset
 * - `string.too-long` / `string.too-short`: outside the length limits (empty ids and names are too short)
 * - `string.pattern`: does not have the required form (e.g. NIB is 13 digits, a visa index like `E33G`)
 * - `number.invalid`: not a finite number, or not a whole number where one is required
 * - `number.out-of-range`: outside the allowed range
 * - `array.too-long`: more items than allowed
 * - `key.unknown`: a key the record does not have (catches typos; includes `__proto__` and `constructor`); a
 *   key longer than 32 characters shows as `(long key)` in the path, never as itself
 * - `key.unknown-many`: more than 20 unknown keys in one object; the first 20 are reported
 * - `field.not-allowed`: a known field that must not be given here (e.g. `statusFrom` on an active permit)
 * - `date.order`: dates in the wrong order (e.g. `validFrom` after `validUntil`)
 * - `nik.invalid`: not a structurally valid NIK
 * - `region.unknown`: not a known Kemendagri region code
 * - `nationality.unknown`: not an ICAO 9303 nationality or state code
 * - `mrz.invalid` / `mrz.check-digit`: MRZ of the wrong form / with a failing check digit
 * - `schema-version.unsupported`: `schemaVersion` is not one this version reads (1)
 * - `input.too-deep` / `input.too-large` / `input.too-wide`: nested too deep, too many values, or too many keys
 *   in one object (default 1,000); checked before anything else
 * - `input.unreadable`: reading the input threw (e.g. a throwing getter or proxy)
 * - `value.invalid`: any other invalid value
 * - `issues.truncated`: more issues were found than are reported
 *
 * @example
 * ```ts
 * const r = parsePerson({ schemaVersion: 1, id: "p-1", names: { primary: "SYNTHETIC" }, sex: "F",
 *   nationality: "XYZ", birthDate: "2023-02-29" });
 * const codes: IssueCode[] = r.ok ? [] : r.issues.map((i) => i.code); // ["date.invalid", "nationality.unknown"]
 * ```
 */
export type IssueCode =
  | "type.invalid"
  | "required"
  | "enum.unknown"
  | "date.invalid"
  | "datetime.invalid"
  | "string.too-long"
  | "string.too-short"
  | "string.pattern"
  | "number.invalid"
  | "number.out-of-range"
  | "array.too-long"
  | "key.unknown"
  | "key.unknown-many"
  | "field.not-allowed"
  | "date.order"
  | "nik.invalid"
  | "region.unknown"
  | "nationality.unknown"
  | "mrz.invalid"
  | "mrz.check-digit"
  | "schema-version.unsupported"
  | "input.too-deep"
  | "input.too-large"
  | "input.too-wide"
  | "input.unreadable"
  | "value.invalid"
  | "issues.truncated";

/**
 * The message of each issue code in Indonesian and English. Messages are fixed texts: they never
 * contain the value that was given, so they are safe to log. A {@link ParseIssue}'s `message` is taken from here.
 *
 * @example
 * ```ts
 * issueMessages["date.invalid"].id; // "Tanggal tidak valid (format YYYY-MM-DD)"
 * issueMessages["region.unknown"].en; // "Unknown Kemendagri region code"
 * ```
 */
export const issueMessages: LabelTable<IssueCode> = {
  "type.invalid": { id: "Jenis data tidak sesuai", en: "Wrong type of value" },
  required: { id: "Wajib diisi", en: "Required" },
  "enum.unknown": { id: "Nilai tidak termasuk pilihan yang diizinkan", en: "Not one of the allowed values" },
  "date.invalid": { id: "Tanggal tidak valid (format YYYY-MM-DD)", en: "Not a valid date (YYYY-MM-DD)" },
  "datetime.invalid": {
    id: "Waktu tidak valid (format ISO dengan zona waktu, mis. +07:00)",
    en: "Not a valid ISO date-time with an offset (e.g. +07:00)",
  },
  "string.too-long": { id: "Teks terlalu panjang", en: "Text too long" },
  "string.too-short": { id: "Teks terlalu pendek atau kosong", en: "Text too short or empty" },
  "string.pattern": { id: "Format tidak sesuai", en: "Not in the required format" },
  "number.invalid": { id: "Bukan angka yang valid", en: "Not a valid number" },
  "number.out-of-range": {
    id: "Angka di luar rentang yang diizinkan",
    en: "Number out of the allowed range",
  },
  "array.too-long": { id: "Daftar terlalu panjang", en: "Too many items" },
  "key.unknown": { id: "Kolom tidak dikenal", en: "Unknown field" },
  "key.unknown-many": {
    id: "Terlalu banyak kolom tidak dikenal; sisanya tidak dilaporkan",
    en: "Too many unknown fields; the rest are not reported",
  },
  "field.not-allowed": { id: "Kolom ini tidak boleh diisi di sini", en: "This field is not allowed here" },
  "date.order": { id: "Urutan tanggal tidak benar", en: "Dates in the wrong order" },
  "nik.invalid": { id: "NIK tidak valid", en: "Not a valid NIK" },
  "region.unknown": { id: "Kode wilayah Kemendagri tidak dikenal", en: "Unknown Kemendagri region code" },
  "nationality.unknown": {
    id: "Kode kewarganegaraan ICAO tidak dikenal",
    en: "Unknown ICAO nationality code",
  },
  "mrz.invalid": { id: "MRZ tidak valid", en: "Not a valid MRZ" },
  "mrz.check-digit": { id: "Digit pemeriksa MRZ tidak cocok", en: "MRZ check digit does not match" },
  "schema-version.unsupported": {
    id: "Versi skema tidak didukung",
    en: "Unsupported schema version",
  },
  "input.too-deep": { id: "Data bersarang terlalu dalam", en: "Input nested too deeply" },
  "input.too-large": { id: "Data terlalu besar", en: "Input too large" },
  "input.too-wide": { id: "Terlalu banyak kolom dalam satu objek", en: "Too many fields in one object" },
  "input.unreadable": { id: "Data tidak dapat dibaca", en: "Input could not be read" },
  "value.invalid": { id: "Nilai tidak valid", en: "Invalid value" },
  "issues.truncated": {
    id: "Terlalu banyak masalah; sisanya tidak dilaporkan",
    en: "Too many issues; the rest are not reported",
  },
};

/** True when the string is one of the {@link IssueCode}s. */
export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === "string" && Object.hasOwn(issueMessages, value);
}

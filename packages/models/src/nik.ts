import type { Labels } from "./labels.js";
import { isKnownRegionCode } from "./region-code.js";
import { assertRegionTable, type RegionTable } from "./region-table.js";

/**
 * Why a NIK failed the structure check. Stable codes:
 * - `nik.length`: not 16 characters; `nik.digits`: a character other than 0–9;
 * - `nik.province`: `PP` is not a province code of the region table;
 * - `nik.regency` / `nik.district`: `KK` / `CC` is `00`;
 * - `nik.day`: `DD` is not 01–31 (men) or 41–71 (women), or the day does not exist in that month;
 * - `nik.month`: `MM` is not 01–12;
 * - `nik.serial`: `SSSS` is `0000`.
 *
 * @example
 * ```ts
 * const r = checkNik("3510011313900000"); // month 13, serial 0000
 * const codes: NikIssueCode[] = r.ok ? [] : r.issues.map((i) => i.code); // ["nik.month", "nik.serial"]
 * ```
 */
export type NikIssueCode =
  | "nik.length"
  | "nik.digits"
  | "nik.province"
  | "nik.regency"
  | "nik.district"
  | "nik.day"
  | "nik.month"
  | "nik.serial";

/**
 * Fixed messages of the NIK issue codes; they never contain the NIK. A {@link NikIssue}'s `message` is taken
 * from here.
 *
 * @example
 * ```ts
 * nikIssueMessages["nik.day"].en; // "Invalid birth day in the NIK (01–31, women +40)"
 * ```
 */
export const nikIssueMessages: Readonly<Record<NikIssueCode, Labels>> = {
  "nik.length": { id: "NIK harus 16 digit", en: "A NIK has 16 digits" },
  "nik.digits": { id: "NIK hanya berisi angka", en: "A NIK contains digits only" },
  "nik.province": { id: "Kode provinsi NIK tidak dikenal", en: "Unknown province code in the NIK" },
  "nik.regency": { id: "Kode kabupaten/kota NIK tidak valid", en: "Invalid regency/city code in the NIK" },
  "nik.district": { id: "Kode kecamatan NIK tidak valid", en: "Invalid district code in the NIK" },
  "nik.day": {
    id: "Tanggal lahir NIK tidak valid (01–31, perempuan +40)",
    en: "Invalid birth day in the NIK (01–31, women +40)",
  },
  "nik.month": { id: "Bulan lahir NIK tidak valid (01–12)", en: "Invalid birth month in the NIK (01–12)" },
  "nik.serial": { id: "Nomor urut NIK tidak boleh 0000", en: "The NIK serial cannot be 0000" },
};

/**
 * One problem found in a NIK; `path` is `["nik"]` or `["nik", part]` (e.g. `["nik", "day"]`).
 *
 * @example
 * ```ts
 * const r = checkNik("3510013102900001"); // 31 February
 * const issue: NikIssue | undefined = r.ok ? undefined : r.issues[0];
 * issue?.path; // ["nik", "day"]
 * issue?.message.id; // "Tanggal lahir NIK tidak valid (01–31, perempuan +40)"
 * ```
 */
export interface NikIssue {
  /** Stable issue code. */
  code: NikIssueCode;
  /** `["nik"]` for the whole value, `["nik", part]` for one part. */
  path: (string | number)[];
  /** Fixed message in Indonesian and English; never contains the NIK. */
  message: Labels;
}

/**
 * The parts of a structurally valid NIK.
 *
 * @example
 * ```ts
 * const r = checkNik("3510010107050001");
 * if (r.ok) {
 *   const parts: NikParts = r.value;
 *   `${parts.sex} ${parts.birthDay}/${parts.birthMonth}/${parts.birthYearTwoDigits}`; // "M 1/7/5"
 * }
 * ```
 */
export interface NikParts {
  /** `PP`, e.g. `"35"`. */
  provinceCode: string;
  /** `PP.KK`, e.g. `"35.10"` (where the NIK was first issued). */
  regencyCode: string;
  /** `PP.KK.CC`, e.g. `"35.10.01"` (kecamatan of first registration; it does not change on moving). */
  districtCode: string;
  /** Whether {@link NikParts.regencyCode} is in the current region table. */
  regencyKnown: boolean;
  /**
   * Whether {@link NikParts.districtCode} is in the current region table; present only when the full
   * table was passed to {@link checkNik} (`regions` from `@timpora/models/regions`), absent otherwise.
   */
  districtKnown?: boolean;
  /** Day of birth, 1–31 (the +40 for women removed). */
  birthDay: number;
  /** Month of birth, 1–12. */
  birthMonth: number;
  /** Last two digits of the birth year, 0–99 (the century is not in the NIK). */
  birthYearTwoDigits: number;
  /** `"F"` when `DD` is 41–71, `"M"` when 01–31. */
  sex: "F" | "M";
  /** Serial number, 1–9999. */
  serial: number;
}

/**
 * Result of {@link checkNik}.
 *
 * @example
 * ```ts
 * const firstIssue = (r: NikCheckResult): string | undefined => (r.ok ? undefined : r.issues[0]?.code);
 * firstIssue(checkNik("3510015008900001")); // undefined
 * firstIssue(checkNik("35100150089")); // "nik.length"
 * ```
 */
export type NikCheckResult = { ok: true; value: NikParts } | { ok: false; issues: NikIssue[] };

const issue = (code: NikIssueCode, part?: string): NikIssue => ({
  code,
  path: part === undefined ? ["nik"] : ["nik", part],
  message: nikIssueMessages[code],
});

/** Days in a month; 29 February is possible when YY is divisible by 4 (19YY or 20YY is then a leap year). */
const maxDay = (month: number, yy: number): number =>
  month === 2 ? (yy % 4 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * Checks the structure of a NIK (Nomor Induk Kependudukan), `PP KK CC DD MM YY SSSS`
 * (Dukcapil; UU 23/2006 as amended by UU 24/2013). A structural check only: it cannot tell whether
 * the NIK was issued.
 *
 * - `PP` must be a province of the region table; `KK` and `CC` must not be `00`. Whether `PP.KK` and
 *   `PP.KK.CC` are in today's table is reported (`regencyKnown`, and `districtKnown` when the full table
 *   is passed as `regions`) but not required: the codes are those of first registration, and regions
 *   have since been split and renumbered.
 * - `DD` is the day of birth, +40 for women (a woman born on the 10th has `50`); it must exist in
 *   month `MM`. 29 February is accepted when `YY` is divisible by 4: the century is ambiguous, but
 *   both 19YY and 20YY are then leap years except 1900, so `00` is accepted as possibly 2000;
 *   for other `YY` neither century has a 29 February.
 * - `SSSS` runs from 0001.
 *
 * Issues never contain the NIK. A value that is not a string (at run time) gives `nik.length`.
 *
 * @param nik - the 16 digits
 * @param regions - the full region table (`regions` from `@timpora/models/regions`), to report `districtKnown`
 * @throws ModelsError `regions.invalid` when `regions` is given but is not a region table
 *
 * @example
 * ```ts
 * import { regions } from "@timpora/models/regions";
 * checkNik("3510015008900001");
 * // { ok: true, value: { provinceCode: "35", regencyCode: "35.10", districtCode: "35.10.01", regencyKnown: true,
 * //   birthDay: 10, birthMonth: 8, birthYearTwoDigits: 90, sex: "F", serial: 1 } }
 * const full = checkNik("3510015008900001", regions);
 * full.ok && full.value.districtKnown; // true
 * checkNik("3510013208900001"); // { ok: false, issues: [{ code: "nik.day", path: ["nik", "day"], message: … }] }
 * ```
 */
export function checkNik(nik: string, regions?: RegionTable): NikCheckResult {
  assertRegionTable(regions);
  if (typeof nik !== "string" || nik.length !== 16) return { ok: false, issues: [issue("nik.length")] };
  if (!/^\d{16}$/.test(nik)) return { ok: false, issues: [issue("nik.digits")] };
  const num = (from: number) => Number(nik.slice(from, from + 2));
  const provinceCode = nik.slice(0, 2);
  const regencyCode = `${provinceCode}.${nik.slice(2, 4)}`;
  const districtCode = `${regencyCode}.${nik.slice(4, 6)}`;
  const [dd, mm, yy] = [num(6), num(8), num(10)];
  const serial = Number(nik.slice(12));
  const sex = dd > 40 ? "F" : "M";
  const day = sex === "F" ? dd - 40 : dd;

  const issues: NikIssue[] = [];
  if (!isKnownRegionCode(provinceCode)) issues.push(issue("nik.province", "province"));
  if (num(2) === 0) issues.push(issue("nik.regency", "regency"));
  if (num(4) === 0) issues.push(issue("nik.district", "district"));
  const monthOk = mm >= 1 && mm <= 12;
  if (!monthOk) issues.push(issue("nik.month", "month"));
  if (day < 1 || day > (monthOk ? maxDay(mm, yy) : 31)) issues.push(issue("nik.day", "day"));
  if (serial === 0) issues.push(issue("nik.serial", "serial"));
  if (issues.length > 0) return { ok: false, issues };

  return {
    ok: true,
    value: {
      provinceCode,
      regencyCode,
      districtCode,
      regencyKnown: isKnownRegionCode(regencyCode),
      ...(regions === undefined ? {} : { districtKnown: isKnownRegionCode(districtCode, regions) }),
      birthDay: day,
      birthMonth: mm,
      birthYearTwoDigits: yy,
      sex,
      serial,
    },
  };
}

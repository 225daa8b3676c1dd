import type { Labels } from "./labels.js";
import { mrzCharValue, mrzCheckDigit } from "./mrz-check-digit.js";
import {
  detectMrzFormat,
  documentCodeLetters,
  type MrzCheckName,
  type MrzCheckSpec,
  type MrzFieldName,
  type MrzFormat,
  type MrzLayout,
  type MrzSpan,
  mrzLayouts,
  readSpan,
} from "./mrz-layout.js";
import { type IcaoNationality, isIcaoNationality } from "./nationality.js";

/**
 * Why an MRZ was rejected. Stable codes:
 * - `mrz.length`: the lines do not have the lengths of any layout (3 × 30, 2 × 36, 2 × 44);
 * - `mrz.charset`: a character outside `A–Z0–9<` (lower case and spaces included);
 * - `mrz.check-digit`: a check digit does not match the characters it covers;
 * - `mrz.document-code`: the document code does not fit the layout (`P…` for TD3, `I`/`A`/`C` for TD1/TD2);
 * - `mrz.issuing-state` / `mrz.nationality`: not an ICAO 9303 code;
 * - `mrz.sex`: not `M`, `F`, `X` or `<`;
 * - `mrz.date`: a date of birth or expiry that cannot exist (month 13, 31 April, …);
 * - `mrz.name`: the name field holds digits or has no primary identifier.
 *
 * @example
 * ```ts
 * const r = parseMrz(["p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]);
 * // ["mrz.charset"]: ICAO 9303 allows capitals only
 * const codes: MrzIssueCode[] = r.ok ? [] : r.issues.map((i) => i.code);
 * ```
 */
export type MrzIssueCode =
  | "mrz.length"
  | "mrz.charset"
  | "mrz.check-digit"
  | "mrz.document-code"
  | "mrz.issuing-state"
  | "mrz.nationality"
  | "mrz.sex"
  | "mrz.date"
  | "mrz.name";

/**
 * Fixed messages of the MRZ issue codes; they never contain MRZ text. An {@link MrzIssue}'s `message` is taken
 * from here.
 *
 * @example
 * ```ts
 * mrzIssueMessages["mrz.check-digit"].id; // "Digit pemeriksa MRZ tidak cocok"
 * ```
 */
export const mrzIssueMessages: Readonly<Record<MrzIssueCode, Labels>> = {
  "mrz.length": {
    id: "Jumlah atau panjang baris MRZ tidak sesuai format ICAO (3×30, 2×36, 2×44)",
    en: "MRZ lines do not match an ICAO layout (3×30, 2×36, 2×44)",
  },
  "mrz.charset": {
    id: "MRZ hanya boleh berisi A–Z, 0–9 dan <",
    en: "MRZ may only contain A–Z, 0–9 and <",
  },
  "mrz.check-digit": { id: "Digit pemeriksa MRZ tidak cocok", en: "MRZ check digit does not match" },
  "mrz.document-code": {
    id: "Kode dokumen tidak sesuai format MRZ",
    en: "Document code does not fit the MRZ layout",
  },
  "mrz.issuing-state": {
    id: "Kode negara penerbit bukan kode ICAO",
    en: "Issuing state is not an ICAO code",
  },
  "mrz.nationality": { id: "Kode kewarganegaraan bukan kode ICAO", en: "Nationality is not an ICAO code" },
  "mrz.sex": { id: "Kode jenis kelamin harus M, F, X atau <", en: "Sex must be M, F, X or <" },
  "mrz.date": { id: "Tanggal dalam MRZ tidak mungkin ada", en: "Date in the MRZ cannot exist" },
  "mrz.name": {
    id: "Kolom nama MRZ tidak valid (angka atau tanpa nama utama)",
    en: "MRZ name field is invalid (digits, or no primary identifier)",
  },
};

/**
 * One problem found in an MRZ. `path` is `["mrz"]` for the whole input or `["mrz", line, position]`
 * with the 1-based line and position of the ICAO tables (for a check digit: where the digit is printed).
 *
 * @example
 * ```ts
 * // the ICAO specimen with its document-number check digit changed from 6 to 7
 * const r = parseMrz(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C37UTO7408122F1204159ZE184226B<<<<<10"]);
 * const first: MrzIssue | undefined = r.ok ? undefined : r.issues[0];
 * first?.code; // "mrz.check-digit"
 * first?.path; // ["mrz", 2, 10]
 * ```
 */
export interface MrzIssue {
  /** Stable issue code. */
  code: MrzIssueCode;
  /** Where: `["mrz"]` or `["mrz", line, position]`, both 1-based. */
  path: (string | number)[];
  /** Fixed message in Indonesian and English; never contains MRZ text. */
  message: Labels;
}

/**
 * The result of one check digit.
 *
 * @example
 * ```ts
 * const r = parseMrz(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]);
 * const birth: MrzCheck | undefined = r.ok ? r.value.checks.find((c) => c.name === "birthDate") : undefined;
 * birth; // { name: "birthDate", valid: true, expected: 2, actual: "2", line: 2, position: 20 }
 * ```
 */
export interface MrzCheck {
  /** Which check digit. */
  name: MrzCheckName;
  /** Whether the printed digit matches. */
  valid: boolean;
  /** The digit computed from the covered characters. */
  expected: number;
  /** The character printed at the check-digit position. */
  actual: string;
  /** 1-based line of the check digit. */
  line: number;
  /** 1-based position of the check digit. */
  position: number;
}

/**
 * A date as printed in the MRZ (`YYMMDD`), with the full date when it could be resolved.
 *
 * @example
 * ```ts
 * const specimen = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];
 * const r = parseMrz(specimen, { referenceDate: "2010-01-01" });
 * const birth: MrzDate | undefined = r.ok ? r.value.birthDate : undefined; // { raw: "740812", iso: "1974-08-12" }
 * ```
 */
export interface MrzDate {
  /** The six characters as printed; `<` marks an unknown part. */
  raw: string;
  /**
   * The full date `YYYY-MM-DD`, present only when `referenceDate` was given and the raw date is
   * complete. Birth dates take the latest century not after the reference date; expiry dates the
   * century that puts them within 50 years of it.
   */
  iso?: string;
}

/**
 * The fields read from a valid MRZ. Fillers are removed; `<` inside names becomes a space.
 *
 * @example
 * ```ts
 * const r = parseMrz(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]);
 * if (r.ok) {
 *   const mrz: ParsedMrz = r.value;
 *   mrz.names; // { primary: "ERIKSSON", secondary: "ANNA MARIA" }
 *   mrz.optionalData; // "ZE184226B"
 * }
 * ```
 */
export interface ParsedMrz {
  /** The layout. */
  format: MrzFormat;
  /** Document code without fillers, e.g. `"P"`, `"I"`, `"V"`, `"PN"`. */
  documentCode: string;
  /** Issuing state or organisation. */
  issuingState: IcaoNationality;
  /** `primary`: the primary identifier (surname); `secondary`: given names, absent when none. */
  names: { primary: string; secondary?: string };
  /** Document number; for TD1/TD2 including characters overflowed into the optional data. */
  documentNumber: string;
  /** Nationality of the holder. */
  nationality: IcaoNationality;
  /** Date of birth. */
  birthDate: MrzDate;
  /** `"F"`, `"M"`, or `"X"` for unspecified (printed `<` or `X`). */
  sex: "F" | "M" | "X";
  /** Date of expiry. */
  expiryDate: MrzDate;
  /** Optional data (TD3: personal number; TD1: line 1), without the overflowed document number. */
  optionalData: string;
  /** TD1 only: optional data of line 2 (positions 19–29). */
  optionalData2?: string;
  /** Every check digit of the layout with its result (all valid when `ok` is true). */
  checks: MrzCheck[];
}

/**
 * Result of {@link parseMrz}.
 *
 * @example
 * ```ts
 * const describe = (r: MrzParseResult): string =>
 *   r.ok ? `${r.value.format} ${r.value.issuingState}` : r.issues.map((i) => i.message.en).join("; ");
 * const specimen = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];
 * describe(parseMrz(specimen)); // "TD3 UTO"
 * describe(parseMrz("P<UTO")); // "MRZ lines do not match an ICAO layout (3×30, 2×36, 2×44)"
 * ```
 */
export type MrzParseResult = { ok: true; value: ParsedMrz } | { ok: false; issues: MrzIssue[] };

/**
 * Options of {@link parseMrz}.
 *
 * @example
 * ```ts
 * const options: ParseMrzOptions = { referenceDate: "2010-01-01" };
 * const specimen = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];
 * const r = parseMrz(specimen, options);
 * r.ok && r.value.expiryDate.iso; // "2012-04-15"
 * ```
 */
export interface ParseMrzOptions {
  /** `YYYY-MM-DD` used to resolve the century of the two-digit years; without it no `iso` dates are given. */
  referenceDate?: string;
}

const issueAt = (code: MrzIssueCode, line?: number, position?: number): MrzIssue => ({
  code,
  path: line === undefined ? ["mrz"] : ["mrz", line, position ?? 1],
  message: mrzIssueMessages[code],
});

const stripFillers = (text: string): string => text.replace(/<+$/, "");

function charsetIssues(lines: readonly string[]): MrzIssue[] {
  const issues: MrzIssue[] = [];
  lines.forEach((line, i) => {
    for (let j = 0; j < line.length; j++) {
      if (mrzCharValue(line.charAt(j)) === undefined) {
        issues.push(issueAt("mrz.charset", i + 1, j + 1));
        return;
      }
    }
  });
  return issues;
}

const daysInMonth = (month: number, yy: number | undefined): number =>
  month === 2 ? (yy === undefined || yy % 4 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Whether a `YYMMDD` MRZ date (with `<` for unknown parts) can exist. 29 Feb needs a year divisible by 4. */
function isPossibleMrzDate(raw: string): boolean {
  const part = (i: number) => raw.slice(i, i + 2);
  const num = (s: string) => (/^\d\d$/.test(s) ? Number(s) : undefined);
  if (!/^[0-9<]{6}$/.test(raw)) return false;
  const [yy, mm, dd] = [num(part(0)), num(part(2)), num(part(4))];
  if (mm !== undefined && (mm < 1 || mm > 12)) return false;
  if (dd !== undefined && (dd < 1 || dd > (mm === undefined ? 31 : daysInMonth(mm, yy)))) return false;
  return true;
}

function resolveDate(raw: string, kind: "birth" | "expiry", referenceDate: string | undefined): MrzDate {
  if (referenceDate === undefined || !/^\d{6}$/.test(raw) || !/^\d{4}-\d\d-\d\d/.test(referenceDate)) {
    return { raw };
  }
  const refYear = Number(referenceDate.slice(0, 4));
  const yy = Number(raw.slice(0, 2));
  let year = refYear - (refYear % 100) + yy;
  const iso = (y: number) => `${String(y).padStart(4, "0")}-${raw.slice(2, 4)}-${raw.slice(4, 6)}`;
  if (kind === "birth") {
    if (iso(year) > referenceDate.slice(0, 10)) year -= 100;
  } else if (year > refYear + 50) year -= 100;
  else if (year <= refYear - 50) year += 100;
  // 29 Feb in a century year that is not a leap year (e.g. 1900) cannot be resolved.
  if (raw.slice(2) === "0229" && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return { raw };
  return { raw, iso: iso(year) };
}

function parseNames(field: string): { primary: string; secondary?: string } | undefined {
  if (!/^[A-Z<]*$/.test(field)) return undefined;
  const split = field.indexOf("<<");
  const clean = (s: string) => s.replace(/<+/g, " ").trim();
  const primary = clean(split === -1 ? field : field.slice(0, split));
  const secondary = split === -1 ? "" : clean(field.slice(split + 2));
  if (primary === "") return undefined;
  return secondary === "" ? { primary } : { primary, secondary };
}

interface DocumentNumberReading {
  documentNumber: string;
  optionalData: string;
  /** The text the document-number check digit covers, and where that digit is. */
  checkText: string;
  checkAt: { line: number; position: number };
}

/** Reads the document number, following the TD1/TD2 overflow into the optional data (Doc 9303 Part 5/6 §4.2.4 note j). */
function readDocumentNumber(lines: readonly string[], layout: MrzLayout): DocumentNumberReading {
  const numberSpan = layout.fields.documentNumber as MrzSpan;
  const optionalSpan = layout.fields.optionalData as MrzSpan;
  const spec = layout.checks.find((c) => c.name === "documentNumber") as MrzCheckSpec;
  const head = readSpan(lines, numberSpan);
  const optional = readSpan(lines, optionalSpan);
  const checkChar = (lines[spec.at.line - 1] ?? "").charAt(spec.at.position - 1);
  const plain = { documentNumber: stripFillers(head), optionalData: stripFillers(optional), checkText: head };
  if (!layout.documentNumberOverflow || checkChar !== "<") return { ...plain, checkAt: spec.at };
  const filler = optional.indexOf("<");
  const extension = filler === -1 ? optional : optional.slice(0, filler);
  if (extension.length === 0) return { ...plain, checkAt: spec.at };
  const full = head + extension.slice(0, -1);
  return {
    documentNumber: full,
    optionalData: stripFillers(optional.slice(extension.length + 1)),
    checkText: full,
    checkAt: { line: optionalSpan.line, position: optionalSpan.start + extension.length - 1 },
  };
}

function evaluateChecks(lines: readonly string[], layout: MrzLayout, doc: DocumentNumberReading): MrzCheck[] {
  return layout.checks.map((spec) => {
    const at = spec.name === "documentNumber" ? doc.checkAt : spec.at;
    const text =
      spec.name === "documentNumber" ? doc.checkText : spec.covers.map((s) => readSpan(lines, s)).join("");
    const expected = mrzCheckDigit(text);
    const actual = (lines[at.line - 1] ?? "").charAt(at.position - 1);
    // An unused optional-data (personal number) field may carry `<` instead of 0 (Doc 9303 Part 4 §4.2.2).
    const emptyOptional = spec.name === "optionalData" && /^<*$/.test(text) && actual === "<";
    return {
      name: spec.name,
      valid: actual === String(expected) || emptyOptional,
      expected,
      actual,
      line: at.line,
      position: at.position,
    };
  });
}

/**
 * The lines of an MRZ given as one string (split at `\n` or `\r\n`) or as an array: whitespace
 * around each line is removed and blank lines are dropped (spaces and tabs are never MRZ characters,
 * so this cannot change a valid MRZ). `undefined` for input that is neither a string nor an array of
 * strings (wrong types at run time never throw).
 */
function mrzLines(input: unknown): string[] | undefined {
  const raw: unknown[] | undefined =
    typeof input === "string" ? input.split(/\r?\n|\r/) : Array.isArray(input) ? [...input] : undefined;
  if (raw === undefined || raw.length > 16) return undefined;
  if (!raw.every((line): line is string => typeof line === "string")) return undefined;
  return raw.map((line) => line.trim()).filter((line) => line !== "");
}

/**
 * Parses and validates a machine-readable zone of a TD1 (3 × 30), TD2 (2 × 36) or TD3 (2 × 44)
 * document or an MRV-A (2 × 44) / MRV-B (2 × 36) visa per ICAO Doc 9303 Parts 3–7: layout, character
 * set, every check digit, document code, ICAO state codes, sex and possible dates. Issues never
 * contain MRZ text.
 *
 * Written here rather than wrapping the `mrz` package: `mrz` 5.0.2 rejects ICAO's specimen state
 * `UTO` and reads a 44-character MRV-A visa as a TD3 passport (then fails its passport-only checks),
 * and it offers no formatter; this module also follows the TD1/TD2 document-number overflow and
 * reports each check digit with its position. The `mrz` package is kept as a cross-check in the tests.
 *
 * @param input the lines, as an array or one string joined by `\n` (`\r\n` accepted). Whitespace
 *   around each line and blank lines are ignored; nothing else is corrected (lower case is
 *   `mrz.charset`: ICAO 9303 Part 3 allows capitals only). Input of any other type gives `mrz.length`.
 * @example
 * ```ts
 * const result = parseMrz([
 *   "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
 *   "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
 * ]);
 * if (result.ok) result.value.documentNumber; // "L898902C3"
 * ```
 */
export function parseMrz(input: string | readonly string[], options: ParseMrzOptions = {}): MrzParseResult {
  const referenceDate = typeof options?.referenceDate === "string" ? options.referenceDate : undefined;
  const lines = mrzLines(input);
  if (lines === undefined) return { ok: false, issues: [issueAt("mrz.length")] };
  const format = detectMrzFormat(lines);
  const issues = charsetIssues(lines);
  if (format === undefined) issues.unshift(issueAt("mrz.length"));
  if (format === undefined || issues.length > 0) return { ok: false, issues };

  const layout = mrzLayouts[format];
  const spanOf = (name: MrzFieldName) => layout.fields[name] as MrzSpan;
  const read = (name: MrzFieldName) => readSpan(lines, spanOf(name));
  const issueOn = (code: MrzIssueCode, name: MrzFieldName) =>
    issues.push(issueAt(code, spanOf(name).line, spanOf(name).start));

  const doc = readDocumentNumber(lines, layout);
  const checks = evaluateChecks(lines, layout, doc);
  for (const c of checks) if (!c.valid) issues.push(issueAt("mrz.check-digit", c.line, c.position));

  const documentCode = read("documentCode");
  if (!documentCodeLetters[format].includes(documentCode.charAt(0)) || documentCode.charAt(0) === "<") {
    issueOn("mrz.document-code", "documentCode");
  }
  const issuingState = stripFillers(read("issuingState"));
  if (!isIcaoNationality(issuingState)) issueOn("mrz.issuing-state", "issuingState");
  const nationality = stripFillers(read("nationality"));
  if (!isIcaoNationality(nationality)) issueOn("mrz.nationality", "nationality");
  const sexChar = read("sex");
  if (!"MFX<".includes(sexChar)) issueOn("mrz.sex", "sex");
  const birthRaw = read("birthDate");
  if (!isPossibleMrzDate(birthRaw)) issueOn("mrz.date", "birthDate");
  const expiryRaw = read("expiryDate");
  if (!isPossibleMrzDate(expiryRaw)) issueOn("mrz.date", "expiryDate");
  const names = parseNames(read("names"));
  if (names === undefined) issueOn("mrz.name", "names");

  if (
    issues.length > 0 ||
    names === undefined ||
    !isIcaoNationality(issuingState) ||
    !isIcaoNationality(nationality)
  ) {
    return { ok: false, issues };
  }
  const value: ParsedMrz = {
    format,
    documentCode: stripFillers(documentCode),
    issuingState,
    names,
    documentNumber: doc.documentNumber,
    nationality,
    birthDate: resolveDate(birthRaw, "birth", referenceDate),
    sex: sexChar === "M" || sexChar === "F" ? sexChar : "X",
    expiryDate: resolveDate(expiryRaw, "expiry", referenceDate),
    optionalData: doc.optionalData,
    checks,
  };
  if (format === "TD1") value.optionalData2 = stripFillers(read("optionalData2"));
  return { ok: true, value };
}

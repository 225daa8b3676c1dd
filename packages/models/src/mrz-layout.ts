/**
 * Field positions of the five ICAO 9303 MRZ layouts, as data. Positions are 1-based as in the ICAO
 * tables; lines are 1-based too.
 *
 * - TD3 (passports, 2 × 44): Doc 9303 Part 4 §4.2.2.
 * - TD1 (ID cards, 3 × 30): Doc 9303 Part 5 §4.2.2.
 * - TD2 (2 × 36): Doc 9303 Part 6 §4.2.2.
 * - MRV-A (2 × 44) and MRV-B (2 × 36) visas: Doc 9303 Part 7 §4.2 and §5.2 — no composite check
 *   digit and no check digit over the optional data.
 */

/**
 * The MRZ layouts this module reads and writes.
 *
 * @example
 * ```ts
 * const r = parseMrz(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]);
 * const format: MrzFormat | undefined = r.ok ? r.value.format : undefined; // "TD3"
 * ```
 */
export type MrzFormat = "TD1" | "TD2" | "TD3" | "MRV-A" | "MRV-B";

/**
 * The named fields of an MRZ. `optionalData2` exists in TD1 only (line 2, positions 19–29).
 *
 * @example
 * ```ts
 * let field: MrzFieldName | undefined;
 * try {
 *   formatMrz("TD3", { documentCode: "P", issuingState: "UTO", names: { primary: "ERIKSSON" },
 *     documentNumber: "L898902C3XX", nationality: "UTO", birthDate: "740812", sex: "F", expiryDate: "120415" });
 * } catch (e) {
 *   if (e instanceof MrzFormatError) field = e.field; // "documentNumber" (TD3 holds 9 characters)
 * }
 * ```
 */
export type MrzFieldName =
  | "documentCode"
  | "issuingState"
  | "names"
  | "documentNumber"
  | "nationality"
  | "birthDate"
  | "sex"
  | "expiryDate"
  | "optionalData"
  | "optionalData2";

/**
 * The check digits of an MRZ.
 *
 * @example
 * ```ts
 * const r = parseMrz(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]);
 * const names: MrzCheckName[] = r.ok ? r.value.checks.map((c) => c.name) : [];
 * names; // ["documentNumber", "birthDate", "expiryDate", "optionalData", "composite"]
 * ```
 */
export type MrzCheckName = "documentNumber" | "birthDate" | "expiryDate" | "optionalData" | "composite";

/** A run of characters on one line: 1-based line, 1-based start, length. */
export interface MrzSpan {
  /** Line number, 1-based. */
  readonly line: number;
  /** First position, 1-based. */
  readonly start: number;
  /** Number of characters. */
  readonly length: number;
}

/** A check digit: where it is printed and which spans it covers, in order. */
export interface MrzCheckSpec {
  /** Which check digit. */
  readonly name: MrzCheckName;
  /** Where the digit is printed (1-based line and position). */
  readonly at: { readonly line: number; readonly position: number };
  /** The spans it is computed over, concatenated in this order. */
  readonly covers: readonly MrzSpan[];
}

/** The layout of one MRZ format. */
export interface MrzLayout {
  /** Line lengths, one per line. */
  readonly lineLengths: readonly number[];
  /** Field spans. */
  readonly fields: Readonly<Partial<Record<MrzFieldName, MrzSpan>>>;
  /** Check digits. */
  readonly checks: readonly MrzCheckSpec[];
  /** Whether a document number longer than 9 characters may overflow into the optional data (TD1, TD2). */
  readonly documentNumberOverflow: boolean;
}

const span = (line: number, start: number, end: number): MrzSpan => ({
  line,
  start,
  length: end - start + 1,
});
const check = (name: MrzCheckName, line: number, position: number, covers: MrzSpan[]): MrzCheckSpec => ({
  name,
  at: { line, position },
  covers,
});

/** Line 2 of TD3, TD2 and both visas shares its first 28 positions. */
const line2Head = {
  documentNumber: span(2, 1, 9),
  nationality: span(2, 11, 13),
  birthDate: span(2, 14, 19),
  sex: span(2, 21, 21),
  expiryDate: span(2, 22, 27),
} as const;
const line2HeadChecks = [
  check("documentNumber", 2, 10, [span(2, 1, 9)]),
  check("birthDate", 2, 20, [span(2, 14, 19)]),
  check("expiryDate", 2, 28, [span(2, 22, 27)]),
];

/** The layouts, keyed by format. */
export const mrzLayouts: Readonly<Record<MrzFormat, MrzLayout>> = {
  TD3: {
    lineLengths: [44, 44],
    fields: {
      documentCode: span(1, 1, 2),
      issuingState: span(1, 3, 5),
      names: span(1, 6, 44),
      ...line2Head,
      optionalData: span(2, 29, 42),
    },
    checks: [
      ...line2HeadChecks,
      check("optionalData", 2, 43, [span(2, 29, 42)]),
      check("composite", 2, 44, [span(2, 1, 10), span(2, 14, 20), span(2, 22, 43)]),
    ],
    documentNumberOverflow: false,
  },
  TD2: {
    lineLengths: [36, 36],
    fields: {
      documentCode: span(1, 1, 2),
      issuingState: span(1, 3, 5),
      names: span(1, 6, 36),
      ...line2Head,
      optionalData: span(2, 29, 35),
    },
    checks: [
      ...line2HeadChecks,
      check("composite", 2, 36, [span(2, 1, 10), span(2, 14, 20), span(2, 22, 35)]),
    ],
    documentNumberOverflow: true,
  },
  TD1: {
    lineLengths: [30, 30, 30],
    fields: {
      documentCode: span(1, 1, 2),
      issuingState: span(1, 3, 5),
      documentNumber: span(1, 6, 14),
      optionalData: span(1, 16, 30),
      birthDate: span(2, 1, 6),
      sex: span(2, 8, 8),
      expiryDate: span(2, 9, 14),
      nationality: span(2, 16, 18),
      optionalData2: span(2, 19, 29),
      names: span(3, 1, 30),
    },
    checks: [
      check("documentNumber", 1, 15, [span(1, 6, 14)]),
      check("birthDate", 2, 7, [span(2, 1, 6)]),
      check("expiryDate", 2, 15, [span(2, 9, 14)]),
      check("composite", 2, 30, [span(1, 6, 30), span(2, 1, 7), span(2, 9, 15), span(2, 19, 29)]),
    ],
    documentNumberOverflow: true,
  },
  "MRV-A": {
    lineLengths: [44, 44],
    fields: {
      documentCode: span(1, 1, 2),
      issuingState: span(1, 3, 5),
      names: span(1, 6, 44),
      ...line2Head,
      optionalData: span(2, 29, 44),
    },
    checks: line2HeadChecks,
    documentNumberOverflow: false,
  },
  "MRV-B": {
    lineLengths: [36, 36],
    fields: {
      documentCode: span(1, 1, 2),
      issuingState: span(1, 3, 5),
      names: span(1, 6, 36),
      ...line2Head,
      optionalData: span(2, 29, 36),
    },
    checks: line2HeadChecks,
    documentNumberOverflow: false,
  },
};

/**
 * The letters a document code may start with, per layout: `P` for TD3 passports (Doc 9303 Part 4),
 * `A`, `C` or `I` for TD1/TD2 cards (Parts 5 and 6), `V` for visas (Part 7).
 */
export const documentCodeLetters: Readonly<Record<MrzFormat, string>> = {
  TD3: "P",
  TD1: "IAC",
  TD2: "IAC",
  "MRV-A": "V",
  "MRV-B": "V",
};

/**
 * The format whose line lengths match, using the first letter of the document code to tell visas
 * (`V`) from TD3/TD2 documents of the same size. `undefined` when no layout has these line lengths.
 */
export function detectMrzFormat(lines: readonly string[]): MrzFormat | undefined {
  const lengths = lines.map((line) => line.length).join(",");
  const isVisa = lines[0]?.startsWith("V") ?? false;
  if (lengths === "30,30,30") return "TD1";
  if (lengths === "44,44") return isVisa ? "MRV-A" : "TD3";
  if (lengths === "36,36") return isVisa ? "MRV-B" : "TD2";
  return undefined;
}

/** The text of a span, or `""` when the line is missing. */
export function readSpan(lines: readonly string[], s: MrzSpan): string {
  return (lines[s.line - 1] ?? "").slice(s.start - 1, s.start - 1 + s.length);
}

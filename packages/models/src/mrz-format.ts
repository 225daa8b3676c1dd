import { mrzCheckDigit } from "./mrz-check-digit.js";
import { type MrzFieldName, type MrzFormat, type MrzSpan, mrzLayouts, readSpan } from "./mrz-layout.js";

/** The fields to print in an MRZ. Texts use `A–Z0–9`; names use `A–Z` and spaces. */
export interface MrzFields {
  /** Document code, 1–2 characters (`"P"`, `"PN"`, `"I"`, `"ID"`, `"V"`, …). */
  documentCode: string;
  /** Issuing state or organisation, an ICAO code (not checked here; `parseMrz` checks it). */
  issuingState: string;
  /** Primary identifier (surname) and secondary identifier (given names), `A–Z` and spaces. */
  names: { primary: string; secondary?: string };
  /** Document number; TD1/TD2 numbers longer than 9 characters overflow into the optional data. */
  documentNumber: string;
  /** Nationality, an ICAO code. */
  nationality: string;
  /** Date of birth as `YYMMDD` (`<` for unknown parts). */
  birthDate: string;
  /** `"F"`, `"M"`, or `"X"` for unspecified (printed as `<`). */
  sex: "F" | "M" | "X";
  /** Date of expiry as `YYMMDD`. */
  expiryDate: string;
  /** Optional data (TD3 personal number; TD1 line 1). Default empty. */
  optionalData?: string;
  /** TD1 only: optional data of line 2. Default empty. */
  optionalData2?: string;
}

/**
 * Thrown by the MRZ formatters for fields that cannot be printed (too long, wrong characters).
 * Messages name the field, never its value.
 */
export class MrzFormatError extends Error {
  /** Stable error code: `mrz.field-too-long` or `mrz.field-charset`. */
  readonly code: "mrz.field-too-long" | "mrz.field-charset";
  /** The field that could not be printed. */
  readonly field: MrzFieldName;
  constructor(code: "mrz.field-too-long" | "mrz.field-charset", field: MrzFieldName) {
    super(
      `MRZ field ${field}: ${code === "mrz.field-too-long" ? "too long for the layout" : "invalid characters"}`,
    );
    this.name = "MrzFormatError";
    this.code = code;
    this.field = field;
  }
}

const pad = (text: string, length: number, field: MrzFieldName): string => {
  if (text.length > length) throw new MrzFormatError("mrz.field-too-long", field);
  return text + "<".repeat(length - text.length);
};

const requireChars = (text: string, pattern: RegExp, field: MrzFieldName): string => {
  if (!pattern.test(text)) throw new MrzFormatError("mrz.field-charset", field);
  return text;
};

function nameField(names: MrzFields["names"]): string {
  const token = (s: string) =>
    requireChars(s.trim(), /^[A-Z ]*$/, "names")
      .split(/ +/)
      .filter(Boolean)
      .join("<");
  const primary = token(names.primary);
  if (primary === "") throw new MrzFormatError("mrz.field-charset", "names");
  const secondary = token(names.secondary ?? "");
  return secondary === "" ? primary : `${primary}<<${secondary}`;
}

/**
 * Prints an MRZ from its fields, computing every check digit (ICAO Doc 9303 Parts 3–7). Returns
 * the lines. An empty TD3 optional-data field gets the check digit `0` (ICAO allows `0` or `<`).
 * Long names are not truncated (ICAO's truncation rules are not implemented): they throw.
 *
 * @throws {@link MrzFormatError} when a field is too long or holds characters outside its alphabet.
 * @example
 * ```ts
 * formatMrz("TD3", {
 *   documentCode: "P", issuingState: "UTO", names: { primary: "ERIKSSON", secondary: "ANNA MARIA" },
 *   documentNumber: "L898902C3", nationality: "UTO", birthDate: "740812", sex: "F",
 *   expiryDate: "120415", optionalData: "ZE184226B",
 * });
 * // ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
 * ```
 */
export function formatMrz(format: MrzFormat, fields: MrzFields): string[] {
  const layout = mrzLayouts[format];
  const lines = layout.lineLengths.map((n) => Array.from({ length: n }, () => "<"));
  const write = (s: MrzSpan, text: string) => {
    const line = lines[s.line - 1] as string[];
    for (let i = 0; i < text.length; i++) line[s.start - 1 + i] = text.charAt(i);
  };
  const put = (name: MrzFieldName, text: string) => {
    const s = layout.fields[name];
    if (s !== undefined) write(s, pad(text, s.length, name));
  };
  const alnum = /^[A-Z0-9<]*$/;
  const documentNumber = requireChars(fields.documentNumber, alnum, "documentNumber");
  let optionalData = requireChars(fields.optionalData ?? "", alnum, "optionalData");
  const numberSpan = layout.fields.documentNumber as MrzSpan;
  const overflow = documentNumber.length > numberSpan.length && layout.documentNumberOverflow;
  if (overflow) {
    const extension = documentNumber.slice(numberSpan.length);
    optionalData = `${extension}${mrzCheckDigit(documentNumber)}<${optionalData}`;
  }

  put("documentCode", requireChars(fields.documentCode, /^[A-Z][A-Z<]?$/, "documentCode"));
  put("issuingState", requireChars(fields.issuingState, /^[A-Z]{1,3}$/, "issuingState"));
  put("names", nameField(fields.names));
  put("documentNumber", overflow ? documentNumber.slice(0, numberSpan.length) : documentNumber);
  put("nationality", requireChars(fields.nationality, /^[A-Z]{1,3}$/, "nationality"));
  put("birthDate", requireChars(fields.birthDate, /^[0-9<]{6}$/, "birthDate"));
  put("sex", fields.sex === "X" ? "<" : fields.sex);
  put("expiryDate", requireChars(fields.expiryDate, /^[0-9<]{6}$/, "expiryDate"));
  put("optionalData", optionalData);
  put("optionalData2", requireChars(fields.optionalData2 ?? "", alnum, "optionalData2"));

  // Checks in layout order: the composite comes last because it covers the other digits.
  for (const spec of layout.checks) {
    if (spec.name === "documentNumber" && overflow) continue; // stays `<`; the digit is in the optional data
    const current = lines.map((l) => l.join(""));
    const digit = mrzCheckDigit(spec.covers.map((s) => readSpan(current, s)).join(""));
    write({ line: spec.at.line, start: spec.at.position, length: 1 }, String(digit));
  }
  return lines.map((l) => l.join(""));
}

/** {@link formatMrz} for a TD3 passport (2 × 44). */
export const formatTd3 = (fields: MrzFields): string[] => formatMrz("TD3", fields);
/** {@link formatMrz} for a TD1 card (3 × 30). */
export const formatTd1 = (fields: MrzFields): string[] => formatMrz("TD1", fields);
/** {@link formatMrz} for a TD2 document (2 × 36). */
export const formatTd2 = (fields: MrzFields): string[] => formatMrz("TD2", fields);
/** {@link formatMrz} for an MRV-A visa (2 × 44). */
export const formatMrvA = (fields: MrzFields): string[] => formatMrz("MRV-A", fields);
/** {@link formatMrz} for an MRV-B visa (2 × 36). */
export const formatMrvB = (fields: MrzFields): string[] => formatMrz("MRV-B", fields);

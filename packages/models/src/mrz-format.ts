import { ModelsError } from "./models-error.js";
import { mrzCheckDigit } from "./mrz-check-digit.js";
import {
  documentCodeLetters,
  type MrzFieldName,
  type MrzFormat,
  type MrzSpan,
  mrzLayouts,
  readSpan,
} from "./mrz-layout.js";

/**
 * The fields to print in an MRZ. Texts use `A–Z0–9`; names use `A–Z` and spaces.
 *
 * @example
 * ```ts
 * const fields: MrzFields = { documentCode: "I", issuingState: "UTO", names: { primary: "SPECIMEN" },
 *   documentNumber: "D23145890", nationality: "UTO", birthDate: "740812", sex: "X", expiryDate: "120415" };
 * formatMrz("TD2", fields)[1]; // "D231458907UTO7408122<1204159<<<<<<<6"
 * ```
 */
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
 *
 * @example
 * ```ts
 * try {
 *   formatMrz("TD3", { documentCode: "P", issuingState: "UTO", names: { primary: "Eriksson" },
 *     documentNumber: "L898902C3", nationality: "UTO", birthDate: "740812", sex: "F", expiryDate: "120415" });
 * } catch (e) {
 *   if (e instanceof MrzFormatError && e.code === "mrz.field-charset") e.field; // "names" (capitals only)
 * }
 * ```
 */
export class MrzFormatError extends ModelsError {
  /** The field that could not be printed. */
  declare readonly field: MrzFieldName;
  /**
   * @param code - `mrz.field-too-long` or `mrz.field-charset`
   * @param field - the field that could not be printed
   */
  constructor(code: "mrz.field-too-long" | "mrz.field-charset", field: MrzFieldName) {
    super(code, { field });
    this.name = "MrzFormatError";
  }
}

const pad = (text: string, length: number, field: MrzFieldName): string => {
  if (text.length > length) throw new MrzFormatError("mrz.field-too-long", field);
  return text + "<".repeat(length - text.length);
};

const requireChars = (text: string, pattern: RegExp, field: MrzFieldName): string => {
  if (typeof text !== "string" || !pattern.test(text)) throw new MrzFormatError("mrz.field-charset", field);
  return text;
};

/** Cuts a name text to `length` characters, dropping a trailing filler run the cut leaves. */
const cut = (text: string, length: number): string => text.slice(0, length).replace(/<+$/, "");

/**
 * The name field: `PRIMARY<<SECONDARY`, spaces as `<`. A name too long for the field is truncated as
 * ICAO Doc 9303 Part 3 §4.6 asks: the secondary identifier first, character by character from the
 * end; when the primary identifier alone does not leave room for `<<` and one letter, it is cut too
 * and the secondary identifier dropped. A full field that ends in a letter signals possible truncation.
 */
function mrzNameField(names: MrzFields["names"], length: number): string {
  const token = (s: unknown) => {
    if (typeof s !== "string") throw new MrzFormatError("mrz.field-charset", "names");
    return requireChars(s.trim(), /^[A-Z ]*$/, "names")
      .split(/ +/)
      .filter(Boolean)
      .join("<");
  };
  const primary = token(names.primary);
  if (primary === "") throw new MrzFormatError("mrz.field-charset", "names");
  const secondary = token(names.secondary ?? "");
  const full = secondary === "" ? primary : `${primary}<<${secondary}`;
  if (full.length <= length) return full;
  if (secondary === "" || primary.length + 3 > length) return cut(primary, length);
  return `${primary}<<${cut(secondary, length - primary.length - 2)}`;
}

/**
 * Prints an MRZ from its fields, computing every check digit (ICAO Doc 9303 Parts 3–7). Returns
 * the lines. An empty TD3 optional-data field gets the check digit `0` (ICAO allows `0` or `<`).
 * Names too long for the field are truncated (ICAO Doc 9303 Part 3 §4.6: the given names first, from the end;
 * the surname only when it alone does not fit);
 * a TD1/TD2 document number longer than 9 characters overflows into the optional data.
 *
 * @throws {@link MrzFormatError} when a field is too long or holds characters outside its alphabet,
 *   when the document code does not fit the layout (`P…` for TD3, `A`/`C`/`I` for TD1/TD2, `V…` for
 *   visas), or when `sex` is not `F`, `M` or `X`.
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

  const documentCode = requireChars(fields.documentCode, /^[A-Z][A-Z<]?$/, "documentCode");
  if (!documentCodeLetters[format].includes(documentCode.charAt(0))) {
    throw new MrzFormatError("mrz.field-charset", "documentCode");
  }
  if (fields.sex !== "F" && fields.sex !== "M" && fields.sex !== "X") {
    throw new MrzFormatError("mrz.field-charset", "sex");
  }
  put("documentCode", documentCode);
  put("issuingState", requireChars(fields.issuingState, /^[A-Z]{1,3}$/, "issuingState"));
  const namesSpan = layout.fields.names as MrzSpan;
  put("names", mrzNameField(fields.names, namesSpan.length));
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

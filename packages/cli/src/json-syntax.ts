import type { LabelTable } from "@timpora/models";
import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";

/** What a JSON parser expected where it stopped, as jsonc-parser names it. */
export type JsonProblem = ReturnType<typeof printParseErrorCode>;

/** The place and kind of the first syntax error in a JSON text. */
export interface JsonSyntaxError {
  /** Offset in the text (in UTF-16 code units) where the error is. */
  offset: number;
  /** What went wrong there. */
  problem: JsonProblem;
}

/**
 * The first syntax error in a JSON text as strict JSON reads it (no comments, no trailing commas), found by
 * jsonc-parser, which reports positions (JSON.parse does not always, and its message quotes the input).
 * Undefined when jsonc-parser finds none.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  return first === undefined
    ? undefined
    : { offset: first.offset, problem: printParseErrorCode(first.error) };
}

/** Line (1-based), column (1-based, in characters) and byte offset of a text offset. */
export function positionOf(text: string, offset: number): { line: number; column: number; byte: number } {
  const before = text.slice(0, offset);
  let line = 1;
  let lineStart = 0;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: [...before.slice(lineStart)].length + 1, byte: Buffer.byteLength(before) };
}

/** What each JSON syntax problem means, in Indonesian and English. */
export const jsonProblemLabels: LabelTable<JsonProblem> = {
  InvalidSymbol: { id: "simbol tidak valid", en: "invalid symbol" },
  InvalidNumberFormat: { id: "format angka tidak valid", en: "invalid number" },
  PropertyNameExpected: { id: "seharusnya nama properti", en: "property name expected" },
  ValueExpected: { id: "seharusnya nilai", en: "value expected" },
  ColonExpected: { id: "seharusnya titik dua", en: "colon expected" },
  CommaExpected: { id: "seharusnya koma", en: "comma expected" },
  CloseBraceExpected: { id: "seharusnya }", en: "} expected" },
  CloseBracketExpected: { id: "seharusnya ]", en: "] expected" },
  EndOfFileExpected: { id: "ada teks setelah akhir nilai JSON", en: "text after the end of the JSON value" },
  InvalidCommentToken: { id: "komentar tidak diizinkan dalam JSON", en: "comments are not allowed in JSON" },
  UnexpectedEndOfComment: { id: "komentar tidak ditutup", en: "unterminated comment" },
  UnexpectedEndOfString: { id: "string tidak ditutup", en: "unterminated string" },
  UnexpectedEndOfNumber: { id: "angka terpotong", en: "number cut off" },
  InvalidUnicode: { id: "escape Unicode tidak valid", en: "invalid Unicode escape" },
  InvalidEscapeCharacter: { id: "karakter escape tidak valid", en: "invalid escape character" },
  InvalidCharacter: { id: "karakter tidak valid", en: "invalid character" },
  "<unknown ParseErrorCode>": { id: "kesalahan sintaks", en: "syntax error" },
};

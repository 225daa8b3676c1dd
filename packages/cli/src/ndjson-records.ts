import { jsonSyntaxError, positionOf } from "./json-syntax.js";
import { readLines } from "./line-reader.js";
import type { RawRecord } from "./record-location.js";
import { decodeText, firstNonTextByte } from "./utf8-check.js";

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Reads NDJSON (one JSON value per line; JSON Lines): each non-blank line is one record. A byte-order mark at the
 * start and `\r\n` line ends are accepted. A line that is not UTF-8 text, not JSON, or longer than `maxBytes`
 * is reported with its line (and column and byte for a syntax error) and reading goes on with the next line.
 */
export async function* ndjsonRecords(
  chunks: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<RawRecord> {
  for await (const { line, byte, bytes } of readLines(chunks, maxBytes)) {
    if (bytes === undefined) {
      yield { ok: false, problem: { code: "record.too-large", limit: maxBytes }, at: { line, byte } };
      continue;
    }
    let start = 0;
    if (line === 1 && BOM.every((b, i) => bytes[i] === b)) start = 3;
    let end = bytes.length;
    if (end > start && bytes[end - 1] === 13) end--;
    const body = bytes.subarray(start, end);
    const text = decodeText(body);
    if (text === undefined) {
      const bad = Math.max(0, firstNonTextByte(body));
      yield { ok: false, problem: { code: "text.not-utf8" }, at: { line, byte: byte + start + bad } };
      continue;
    }
    if (text.trim() === "") continue;
    try {
      yield { ok: true, value: JSON.parse(text), at: { line, byte: byte + start } };
    } catch {
      const error = jsonSyntaxError(text);
      const pos = positionOf(text, error?.offset ?? 0);
      yield {
        ok: false,
        problem: { code: "json.syntax", problem: error?.problem ?? "<unknown ParseErrorCode>" },
        at: { line, byte: byte + start + pos.byte, column: pos.column },
      };
    }
  }
}

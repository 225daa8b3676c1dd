import { jsonSyntaxError, positionOf } from "./json-syntax.js";
import type { RawRecord, RecordLocation } from "./record-location.js";
import { decodeText, firstNonTextByte } from "./utf8-check.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** Where the reader is: before the `[`, between elements, inside one, or after the `]`. */
type Phase = "start" | "between" | "element" | "end";

/**
 * Reads a JSON array of records in bounded memory: the array is scanned byte by byte (strings and nesting
 * tracked; JSON's structural characters are ASCII, so UTF-8 text needs no decoding to be split) and each
 * element is parsed on its own. An element that is not JSON is reported with its line, column and byte and the
 * next one is read; an element larger than `maxBytes` is skipped as it streams past; a missing comma is reported
 * and reading goes on; a file that ends before the `]` reports the record it cuts off (`json.truncated`), or,
 * between records, the position where it ends. The caller has checked that the text starts with `[`.
 */
export async function* jsonArrayRecords(
  chunks: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<RawRecord> {
  let phase: Phase = "start";
  let expectValue = true;
  let afterComma = false;
  let line = 1;
  let offset = 0;
  // the element being read
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** The element's value is whole (a closed object, array or string, or a scalar followed by white space). */
  let complete = false;
  let at: RecordLocation = { line: 1, byte: 0 };
  const pending: RawRecord[] = [];

  const finish = () => {
    pending.push(
      overflow
        ? { ok: false, problem: { code: "record.too-large", limit: maxBytes }, at }
        : parseElement(Buffer.concat(parts, size), at),
    );
    parts = [];
    size = 0;
    overflow = false;
    phase = "between";
    expectValue = false;
  };

  for await (const chunk of chunks) {
    let elementFrom = phase === "element" ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (phase === "element") {
        if (inString) {
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) {
            inString = false;
            if (depth === 0) complete = true;
          } else if (b === NEWLINE) line++;
          continue;
        }
        const boundary = depth === 0 && (b === COMMA || b === CLOSE_BRACKET || (complete && !isSpace(b)));
        if (boundary) {
          // the element ends here: at a comma or the closing bracket, or where a next value starts without a comma
          append(chunk.subarray(elementFrom, i));
          finish();
          elementFrom = -1;
        } else {
          if (b === QUOTE) inString = true;
          else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
          else if ((b === CLOSE_BRACE || b === CLOSE_BRACKET) && depth > 0) {
            depth--;
            if (depth === 0) complete = true;
          } else if (depth === 0 && isSpace(b)) complete = true;
          if (b === NEWLINE) line++;
          continue;
        }
      }
      if (b === NEWLINE) {
        line++;
        continue;
      }
      if (isSpace(b) || (phase === "start" && offset + i < 3 && (b === 0xef || b === 0xbb || b === 0xbf)))
        continue;
      if (phase === "start") {
        phase = "between"; // the caller checked that this byte is "["
        continue;
      }
      if (phase === "end") {
        pending.push(syntax("EndOfFileExpected", { line, byte: offset + i }));
        yield* pending.splice(0);
        return;
      }
      if (b === CLOSE_BRACKET) {
        if (afterComma) pending.push(syntax("ValueExpected", { line, byte: offset + i }));
        phase = "end";
      } else if (b === COMMA) {
        if (expectValue) pending.push(syntax("ValueExpected", { line, byte: offset + i }));
        expectValue = true;
        afterComma = true;
      } else {
        if (!expectValue) pending.push(syntax("CommaExpected", { line, byte: offset + i }));
        phase = "element";
        afterComma = false;
        at = { line, byte: offset + i };
        depth = b === OPEN_BRACE || b === OPEN_BRACKET ? 1 : 0;
        inString = b === QUOTE;
        escaped = false;
        complete = false;
        elementFrom = i;
      }
    }
    if (phase === "element" && elementFrom !== -1) append(Buffer.from(chunk.subarray(elementFrom)));
    offset += chunk.length;
    if (pending.length > 0) yield* pending.splice(0);
  }
  const last = phase as Phase;
  if (last === "element") pending.push({ ok: false, problem: { code: "json.truncated" }, at });
  else if (last !== "end")
    pending.push({ ok: false, problem: { code: "json.truncated" }, at: { line, byte: offset } });
  yield* pending;

  function append(bytes: Buffer): void {
    if (overflow) return;
    if (size + bytes.length > maxBytes) {
      overflow = true;
      parts = [];
      return;
    }
    parts.push(bytes);
    size += bytes.length;
  }
}

function syntax(
  problem: "EndOfFileExpected" | "ValueExpected" | "CommaExpected",
  at: RecordLocation,
): RawRecord {
  return { ok: false, problem: { code: "json.syntax", problem }, at };
}

function parseElement(bytes: Buffer, at: RecordLocation): RawRecord {
  const text = decodeText(bytes);
  if (text === undefined) {
    return {
      ok: false,
      problem: { code: "text.not-utf8" },
      at: { ...at, byte: at.byte + Math.max(0, firstNonTextByte(bytes)) },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text), at };
  } catch {
    const error = jsonSyntaxError(text);
    const pos = positionOf(text, error?.offset ?? 0);
    return {
      ok: false,
      problem: { code: "json.syntax", problem: error?.problem ?? "<unknown ParseErrorCode>" },
      at: {
        line: at.line + pos.line - 1,
        byte: at.byte + pos.byte,
        ...(pos.line === 1 ? {} : { column: pos.column }),
      },
    };
  }
}

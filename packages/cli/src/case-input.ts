import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, open, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { closestNames } from "@timpora/tppo/engine";
import { parse as parseCsv } from "csv-parse/sync";
import type { CliIo } from "./cli-io.js";
import { caseFromCsvRow, type DateFormat } from "./csv-case.js";
import { CSV_COLUMNS, type CsvColumn } from "./csv-columns.js";
import { readCsvRecords } from "./csv-lines.js";
import { exitCodes } from "./exit-code.js";
import { jsonArrayRecords } from "./json-array-records.js";
import { jsonSyntaxError, positionOf } from "./json-syntax.js";
import { fail } from "./messages.js";
import { ndjsonRecords } from "./ndjson-records.js";
import { MAX_RECORD_BYTES, type RawRecord } from "./record-location.js";
import { removeAtExit, removedAlready } from "./spool-folders.js";
import { decodeText, firstNonTextByte } from "./utf8-check.js";

/** The formats of a file of cases: a JSON array (or one case), NDJSON (one case a line), or CSV (one case a row). */
export type InputFormat = "json" | "ndjson" | "csv";

/** The formats `--input-format` accepts. */
export const INPUT_FORMATS: readonly InputFormat[] = ["json", "ndjson", "csv"];

/** How to read a file of cases. */
export interface CaseInputOptions {
  /** The format; default: from the file's extension, else from its first character. */
  format?: InputFormat | undefined;
  /** CSV delimiter; default: `;` when the header row has more of them than `,`. */
  delimiter?: "," | ";" | undefined;
  /** How CSV dates are written. */
  dateFormat: DateFormat;
  /** Largest record read (default {@link MAX_RECORD_BYTES}). */
  maxRecordBytes?: number;
}

/** A file of cases, opened: read its records as often as needed (the population index, then screening). */
export interface CaseInput {
  /** The name to show in messages (`-` for standard input). */
  name: string;
  /** The format it is read as. */
  format: InputFormat;
  /** Its size in bytes. */
  size: number;
  /** Reads the records from the start, each with its location. */
  records(): AsyncGenerator<RawRecord>;
  /** Removes the temporary copy of standard input, if any. */
  close(): Promise<void>;
}

const HEAD_BYTES = 64 * 1024;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Opens a file of cases, or standard input for `-` (copied to a temporary file first, so that it can be read
 * twice; the copy is removed by `close()`, or at the latest when the process exits). Refuses, with exit code 2,
 * a file that is missing, empty, binary, or a CSV file whose header names unknown, repeated or too few columns.
 */
export async function openCaseInput(
  arg: string,
  io: Pick<CliIo, "cwd"> & Partial<Pick<CliIo, "stdin">>,
  options: CaseInputOptions,
): Promise<CaseInput> {
  const maxBytes = options.maxRecordBytes ?? MAX_RECORD_BYTES;
  let spoolDir: string | undefined;
  let path = resolve(io.cwd, arg);
  const name = arg;
  const close = async () => {
    if (spoolDir === undefined) return;
    await rm(spoolDir, { recursive: true, force: true });
    removedAlready(spoolDir);
  };
  try {
    if (arg === "-") {
      if (io.stdin === undefined) fail(exitCodes.usage, "input.not-found", { file: arg });
      spoolDir = await mkdtemp(join(tmpdir(), "timpora-stdin-"));
      removeAtExit(spoolDir);
      path = join(spoolDir, "stdin");
      await pipeline(io.stdin, createWriteStream(path));
    } else {
      const info = await stat(path).catch(() => undefined);
      if (info === undefined) fail(exitCodes.usage, "input.not-found", { file: name });
      if (!info.isFile()) fail(exitCodes.usage, "input.unreadable", { file: name });
    }
    const size = (await stat(path)).size;
    const head = await readHead(path, name);
    const text = head.subarray(head.subarray(0, 3).equals(BOM) ? 3 : 0);
    const binary = firstNonTextByte(text, true);
    if (binary !== -1)
      fail(exitCodes.usage, "input.binary", { file: name, byte: binary + (head.length - text.length) });
    const first = text.findIndex((b) => !isSpace(b));
    if (first === -1) fail(exitCodes.usage, "input.empty", { file: name });
    const chunks = () => createReadStream(path, { highWaterMark: 256 * 1024 });
    const format = options.format ?? formatOf(arg, text[first]!);
    if (format === "csv") {
      const csv = csvSetup(text, name, options);
      return {
        name,
        format,
        size,
        records: () => csvRecords(chunks(), csv.columns, csv.delimiter, options.dateFormat, maxBytes),
        close,
      };
    }
    if (format === "json" && text[first] === 0x5b) {
      return { name, format, size, records: () => jsonArrayRecords(chunks(), maxBytes), close };
    }
    if (format === "json" && text[first] !== 0x7b) fail(exitCodes.usage, "json.not-cases", { file: name });
    const whole = format === "json" && !firstLineIsJson(text.subarray(first));
    return {
      name,
      format,
      size,
      records: whole ? () => wholeFileRecord(path, maxBytes) : () => ndjsonRecords(chunks(), maxBytes),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function readHead(path: string, name: string): Promise<Buffer> {
  try {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return fail(exitCodes.usage, "input.unreadable", { file: name });
  }
}

function formatOf(arg: string, firstByte: number): InputFormat {
  const ext = extname(arg).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson";
  if (ext === ".json") return "json";
  if (firstByte === 0x5b) return "json";
  if (firstByte === 0x7b) return "ndjson";
  return "csv";
}

/** True when the first line of a text starting with `{` is a whole JSON value (so the file is NDJSON). */
function firstLineIsJson(text: Buffer): boolean {
  const nl = text.indexOf(10);
  const line = decodeText(text.subarray(0, nl === -1 ? text.length : nl));
  if (line === undefined) return false;
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** A JSON file holding one case, pretty-printed over several lines: one record. */
async function* wholeFileRecord(path: string, maxBytes: number): AsyncGenerator<RawRecord> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      yield { ok: false, problem: { code: "record.too-large", limit: maxBytes }, at: { line: 1, byte: 0 } };
      return;
    }
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  const start = bytes.subarray(0, 3).equals(BOM) ? 3 : 0;
  const text = decodeText(bytes.subarray(start));
  if (text === undefined) {
    const bad = Math.max(0, firstNonTextByte(bytes.subarray(start)));
    yield { ok: false, problem: { code: "text.not-utf8" }, at: { line: 1, byte: start + bad } };
    return;
  }
  try {
    yield { ok: true, value: JSON.parse(text), at: { line: 1, byte: start } };
  } catch {
    const error = jsonSyntaxError(text);
    const pos = positionOf(text, error?.offset ?? text.length);
    yield {
      ok: false,
      problem: { code: "json.syntax", problem: error?.problem ?? "<unknown ParseErrorCode>" },
      at: { line: pos.line, column: pos.column, byte: start + pos.byte },
    };
  }
}

interface CsvSetup {
  columns: CsvColumn[];
  delimiter: "," | ";";
}

function csvSetup(head: Buffer, name: string, options: CaseInputOptions): CsvSetup {
  const nl = head.indexOf(10);
  const headerText = (decodeText(head.subarray(0, nl === -1 ? head.length : nl)) ?? "").replace(/\r$/, "");
  const delimiter = options.delimiter ?? delimiterOf(headerText);
  let names: string[] = [];
  try {
    names = (parseCsv(headerText, { delimiter, relax_column_count: true }) as string[][])[0] ?? [];
  } catch {
    names = headerText.split(delimiter);
  }
  const checked = checkHeader(names);
  if ("unknown" in checked) {
    const column = checked.unknown;
    fail(exitCodes.usage, "csv.header-unknown", {
      file: name,
      column,
      suggestions: closestNames(
        column,
        CSV_COLUMNS.map((c) => c.name),
      ),
    });
  }
  if ("repeated" in checked)
    fail(exitCodes.usage, "csv.header-repeated", { file: name, columns: checked.repeated });
  if ("missing" in checked)
    fail(exitCodes.usage, "csv.header-missing", { file: name, columns: checked.missing });
  return { columns: checked.columns, delimiter };
}

function checkHeader(
  names: readonly string[],
): { columns: CsvColumn[] } | { unknown: string } | { repeated: string[] } | { missing: string[] } {
  const byName = new Map(CSV_COLUMNS.map((c) => [c.name, c]));
  const seen = new Set<string>();
  const repeated: string[] = [];
  const columns: CsvColumn[] = [];
  for (const raw of names) {
    const key = raw.trim().toLowerCase();
    const column = byName.get(key);
    if (column === undefined) return { unknown: raw.trim() };
    if (seen.has(key)) repeated.push(key);
    seen.add(key);
    columns.push(column);
  }
  if (repeated.length > 0) return { repeated };
  const missing = CSV_COLUMNS.filter((c) => c.required && !seen.has(c.name)).map((c) => c.name);
  return missing.length > 0 ? { missing } : { columns };
}

/** `;` when the header row has more semicolons than commas outside quotes, else `,`. */
export function delimiterOf(headerText: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerText) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

async function* csvRecords(
  chunks: AsyncIterable<Buffer>,
  columns: readonly CsvColumn[],
  delimiter: "," | ";",
  dateFormat: DateFormat,
  maxBytes: number,
): AsyncGenerator<RawRecord> {
  let row = 0;
  let header = true;
  for await (const { line, byte, bytes } of readCsvRecords(chunks, maxBytes)) {
    if (header) {
      header = false;
      continue;
    }
    if (bytes === undefined) {
      row++;
      yield { ok: false, problem: { code: "record.too-large", limit: maxBytes }, at: { line, byte, row } };
      continue;
    }
    const text = decodeText(bytes);
    if (text === undefined) {
      row++;
      const bad = Math.max(0, firstNonTextByte(bytes));
      yield { ok: false, problem: { code: "text.not-utf8" }, at: { line, byte: byte + bad, row } };
      continue;
    }
    const body = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (body.trim() === "") continue;
    row++;
    const at = { line, byte, row };
    let fields: string[];
    try {
      const rows = parseCsv(body, { delimiter, relax_column_count: true }) as string[][];
      if (rows.length !== 1) throw new Error("not one row");
      fields = rows[0]!;
    } catch {
      yield { ok: false, problem: { code: "csv.syntax" }, at };
      continue;
    }
    if (fields.length !== columns.length) {
      yield {
        ok: false,
        problem: { code: "csv.field-count", expected: columns.length, actual: fields.length },
        at,
      };
      continue;
    }
    const built = caseFromCsvRow(columns, fields, dateFormat);
    if (built.ok) yield { ok: true, value: built.value, at, columns: built.columns };
    else yield { ok: false, problem: built.problem, at };
  }
}

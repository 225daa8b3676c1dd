/**
 * Where a record (or a problem) is in an input file: its line (1-based), its byte offset (0-based, from the start
 * of the file, a byte-order mark included), and for CSV its data row (1-based, the header not counted) and for a
 * syntax error the column (1-based, in characters) on that line.
 */
export interface RecordLocation {
  /** Line of the file (1-based) where the record starts. */
  line: number;
  /** Byte offset in the file (0-based) where the record, or the problem, starts. */
  byte: number;
  /** CSV data row (1-based, the header row not counted). */
  row?: number;
  /** Column on the line (1-based, in characters), for a syntax error. */
  column?: number;
}

/**
 * A problem with one record that keeps it from being screened; the rest of the file is still read. Codes:
 * - `json.syntax`: not valid JSON (`problem` names what the parser expected);
 * - `json.truncated`: the file ends inside this record;
 * - `text.not-utf8`: bytes that are not UTF-8 text (binary data);
 * - `record.too-large`: a line or record larger than the limit (it is skipped, not read into memory);
 * - `csv.field-count`: a CSV row with more or fewer fields than the header;
 * - `csv.syntax`: a CSV row that the CSV reader cannot read (a stray quote);
 * - `csv.value`: a CSV value that is not of its column's kind (a date in another format, a yes/no column).
 */
export type ReadProblem =
  | { code: "json.syntax"; problem: string }
  | { code: "json.truncated" }
  | { code: "text.not-utf8" }
  | { code: "record.too-large"; limit: number }
  | { code: "csv.field-count"; expected: number; actual: number }
  | { code: "csv.syntax" }
  | { code: "csv.value"; column: string; expected: string };

/** One record as read from a file: its value, or the problem that kept it from being read; and where it is. */
export type RawRecord =
  | { ok: true; value: unknown; at: RecordLocation; columns?: ColumnMap }
  | { ok: false; problem: ReadProblem; at: RecordLocation };

/** For a record built from a CSV row: the CSV column behind each field path (`permits.0.validUntil`). */
export type ColumnMap = ReadonlyMap<string, string>;

/** The largest record (a line of NDJSON, an element of a JSON array, a CSV row) read: 8 MiB. */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024;

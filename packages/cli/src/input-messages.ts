import type { Labels, Locale } from "@timpora/models";
import { type JsonProblem, jsonProblemLabels } from "./json-syntax.js";
import type { MessageTable } from "./message-table.js";
import type { RecordLocation } from "./record-location.js";

/**
 * Parameters of the messages about reading input files, by code.
 *
 * @example
 * ```ts
 * const p: InputMessageParams["input.binary"] = { file: "cases.csv", byte: 12 };
 * ```
 */
export interface InputMessageParams {
  /** The file does not exist. */
  "input.not-found": { file: string };
  /** The file cannot be read (a folder, no permission). */
  "input.unreadable": { file: string };
  /** The file is empty (or holds only white space). */
  "input.empty": { file: string };
  /** The file holds bytes that are not text. */
  "input.binary": { file: string; byte: number };
  /** Not one record of the file could be read. */
  "input.no-records": { file: string; problems: number };
  /** A CSV header names a column that is not one of the documented columns. */
  "csv.header-unknown": { file: string; column: string; suggestions: string[] };
  /** A CSV header lacks required columns. */
  "csv.header-missing": { file: string; columns: string[] };
  /** A CSV header names a column twice. */
  "csv.header-repeated": { file: string; columns: string[] };
  /** A JSON file holds one value that is neither a case nor an array of cases. */
  "json.not-cases": { file: string };
  /** A JSON file (a rule set, a test file) is not valid JSON. */
  "source.json-syntax": { file: string; line: number; column: number; problem: JsonProblem };
  /** A YAML file is not valid YAML (`problem` is the YAML parser's error code, e.g. `bad-indent`). */
  "source.yaml-syntax": { file: string; line: number; column: number; problem: string };
  /** A record is not JSON. */
  "json.syntax": { problem: JsonProblem };
  /** The file ends inside a record, or before the array is closed. */
  "json.truncated": Record<string, never>;
  /** A record holds bytes that are not UTF-8 text. */
  "text.not-utf8": Record<string, never>;
  /** A record is larger than the limit and was skipped. */
  "record.too-large": { limit: number };
  /** A CSV row has more or fewer fields than the header. */
  "csv.field-count": { expected: number; actual: number };
  /** A CSV row that the CSV reader cannot read. */
  "csv.syntax": Record<string, never>;
  /** A CSV value that is not of its column's kind. */
  "csv.value": { column: string; expected: string };
  /** A record is not a valid case: the number of issues. */
  "record.invalid": { issues: number };
}

const list = (names: string[]) => names.join(", ");
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const problem = (p: JsonProblem): Labels => jsonProblemLabels[p];

/** Messages about reading input files, in Indonesian and English. */
export const inputMessages: MessageTable<InputMessageParams> = {
  "input.not-found": {
    id: (p) => `${p.file}: berkas tidak ditemukan`,
    en: (p) => `${p.file}: no such file`,
  },
  "input.unreadable": {
    id: (p) => `${p.file}: berkas tidak dapat dibaca (folder atau tanpa izin)`,
    en: (p) => `${p.file}: cannot be read (a folder, or no permission)`,
  },
  "input.empty": {
    id: (p) => `${p.file}: berkas kosong, tidak ada rekaman untuk dibaca`,
    en: (p) => `${p.file}: the file is empty; there is no record to read`,
  },
  "input.binary": {
    id: (p) => `${p.file}: bukan teks (JSON, NDJSON atau CSV): data biner pada byte ${p.byte}`,
    en: (p) => `${p.file}: not text (JSON, NDJSON or CSV): binary data at byte ${p.byte}`,
  },
  "input.no-records": {
    id: (p) => `${p.file}: tidak satu rekaman pun dapat dibaca (${p.problems} masalah, lihat di atas)`,
    en: (p) =>
      `${p.file}: not one record could be read (${p.problems} ${p.problems === 1 ? "problem" : "problems"}, see above)`,
  },
  "csv.header-unknown": {
    id: (p) =>
      `${p.file}: kolom "${p.column}" tidak dikenal pada baris judul${p.suggestions.length > 0 ? `; maksud Anda ${list(p.suggestions)}?` : ""} (lihat timpora screen --help)`,
    en: (p) =>
      `${p.file}: unknown column "${p.column}" in the header row${p.suggestions.length > 0 ? `; did you mean ${list(p.suggestions)}?` : ""} (see timpora screen --help)`,
  },
  "csv.header-missing": {
    id: (p) => `${p.file}: baris judul tidak memuat kolom wajib ${list(p.columns)}`,
    en: (p) => `${p.file}: the header row lacks the required columns ${list(p.columns)}`,
  },
  "csv.header-repeated": {
    id: (p) => `${p.file}: kolom ganda pada baris judul: ${list(p.columns)}`,
    en: (p) => `${p.file}: columns named twice in the header row: ${list(p.columns)}`,
  },
  "json.not-cases": {
    id: (p) =>
      `${p.file}: berkas JSON harus berisi satu kasus, larik kasus, atau satu kasus per baris (NDJSON)`,
    en: (p) => `${p.file}: a JSON file must hold a case, an array of cases, or one case per line (NDJSON)`,
  },
  "source.json-syntax": {
    id: (p) => `${p.file}:${p.line}:${p.column}: bukan JSON yang valid: ${problem(p.problem).id}`,
    en: (p) => `${p.file}:${p.line}:${p.column}: not valid JSON: ${problem(p.problem).en}`,
  },
  "source.yaml-syntax": {
    id: (p) => `${p.file}:${p.line}:${p.column}: bukan YAML yang valid (${p.problem})`,
    en: (p) => `${p.file}:${p.line}:${p.column}: not valid YAML (${p.problem})`,
  },
  "json.syntax": {
    id: (p) => `bukan JSON yang valid: ${problem(p.problem).id}`,
    en: (p) => `not valid JSON: ${problem(p.problem).en}`,
  },
  "json.truncated": {
    id: () => "berkas berakhir di tengah rekaman (JSON terpotong)",
    en: () => "the file ends inside this record (JSON cut off)",
  },
  "text.not-utf8": {
    id: () => "bukan teks UTF-8 (data biner)",
    en: () => "not UTF-8 text (binary data)",
  },
  "record.too-large": {
    id: (p) => `rekaman lebih besar dari ${mib(p.limit)}, dilewati`,
    en: (p) => `record larger than ${mib(p.limit)}, skipped`,
  },
  "csv.field-count": {
    id: (p) => `${p.actual} kolom, padahal baris judul memuat ${p.expected}`,
    en: (p) => `${p.actual} fields where the header row has ${p.expected}`,
  },
  "csv.syntax": {
    id: () => "baris CSV tidak dapat dibaca (tanda kutip tidak berpasangan)",
    en: () => "the CSV row cannot be read (unbalanced quotes)",
  },
  "csv.value": {
    id: (p) => `kolom ${p.column}: seharusnya ${p.expected === "yes/no" ? "ya/tidak" : p.expected}`,
    en: (p) => `column ${p.column}: expected ${p.expected}`,
  },
  "record.invalid": {
    id: (p) => `bukan kasus yang valid (${p.issues} masalah)`,
    en: (p) => `not a valid case (${p.issues} ${p.issues === 1 ? "issue" : "issues"})`,
  },
};

/** Where a record is, in words: `line 17, column 5 (byte 1234)` or `row 5 (line 6)`. */
export function whereText(at: RecordLocation, locale: Locale): string {
  const id = locale === "id";
  const line = `${id ? "baris" : "line"} ${at.line}`;
  if (at.row !== undefined) return `${id ? "baris data" : "row"} ${at.row} (${line})`;
  const column = at.column === undefined ? "" : `, ${id ? "kolom" : "column"} ${at.column}`;
  return `${line}${column} (byte ${at.byte})`;
}

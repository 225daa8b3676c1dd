import type { LabelTable, ParseIssue } from "@timpora/models";

/**
 * Stable codes of what {@link verifyLog} finds, each at the index of the record where it shows (`path: [index]`):
 * - `record.invalid`: not a log record (shape);
 * - `record.changed`: the record's content no longer gives its hash (changed after it was written);
 * - `link.broken`: the record does not point at the hash of the record before it, while their positions follow
 *   on (the record before was changed and its hash recomputed, or this link was changed);
 * - `record.removed`: records are missing before this one (their positions are not in the log);
 * - `record.reordered`: the record is out of its place (its position is elsewhere, or comes again);
 * - `log.truncated`: fewer records than the expected head says (records cut off at the end; path: the first
 *   missing index);
 * - `head.mismatch`: the record at the expected head's position does not have the head's hash (the log up to
 *   there was rewritten, hashes and all: the change cannot be located from the log alone).
 *
 * @example
 * ```ts
 * const code: LogIssueCode = "record.removed";
 * ```
 */
export type LogIssueCode =
  | "record.invalid"
  | "record.changed"
  | "link.broken"
  | "record.removed"
  | "record.reordered"
  | "log.truncated"
  | "head.mismatch";

/**
 * One finding of {@link verifyLog}: code, path `[index]`, and a fixed message in `id` and `en`.
 *
 * @example
 * ```ts
 * const issue: LogIssue = { code: "record.changed", index: 41, path: [41], message: logIssueMessages["record.changed"] };
 * ```
 */
export interface LogIssue extends Omit<ParseIssue, "code"> {
  /** Stable code. */
  code: LogIssueCode;
  /** Index of the record in the log (for `log.truncated`, the first missing index). */
  index: number;
}

/**
 * The message of each {@link LogIssueCode} (data, one row a code).
 *
 * @example
 * ```ts
 * logIssueMessages["record.changed"].en; // "The record was changed after it was written"
 * ```
 */
export const logIssueMessages: LabelTable<LogIssueCode> = {
  "record.invalid": { id: "Bukan rekaman log pengungkapan", en: "Not a disclosure log record" },
  "record.changed": {
    id: "Rekaman diubah setelah ditulis",
    en: "The record was changed after it was written",
  },
  "link.broken": {
    id: "Rantai putus: rekaman sebelumnya atau tautan ini diubah",
    en: "Broken chain: the record before, or this link, was changed",
  },
  "record.removed": { id: "Rekaman sebelum ini telah dihapus", en: "Records before this one were removed" },
  "record.reordered": { id: "Urutan rekaman diubah", en: "The records were reordered" },
  "log.truncated": {
    id: "Log lebih pendek dari kepala yang diharapkan: rekaman terakhir dipotong",
    en: "The log is shorter than the expected head: records were cut off at the end",
  },
  "head.mismatch": {
    id: "Hash pada posisi kepala tidak sesuai: log ditulis ulang",
    en: "The hash at the head's position differs: the log was rewritten",
  },
};

/** Builds an issue with the message of its code. */
export function logIssue(code: LogIssueCode, index: number): LogIssue {
  return { code, index, path: [index], message: logIssueMessages[code] };
}

import { type IssueCode, issueMessages, type LabelTable, type ParseIssue } from "@timpora/models";

/**
 * Codes a batch gives a bad record besides the parse codes of `parseCase`:
 * - `record.thenable`: the record is a promise or has a `then` method; records are plain data and are never
 *   awaited (awaiting one could hang the batch or run its code);
 * - `evaluation.failed`: the record parsed as a case, but evaluating it failed (e.g. a team fact threw);
 * - `record.json-invalid`: in a worker-thread batch, a record given as JSON text (a string) is not valid JSON.
 * A record that cannot be read at all (a throwing getter or Proxy) gets the parse code `input.unreadable`.
 *
 * @example
 * ```ts
 * const code: BatchIssueCode = "evaluation.failed";
 * batchIssueMessages[code].en; // "Evaluating this record failed; the batch goes on"
 * ```
 */
export type BatchIssueCode = "record.thenable" | "evaluation.failed" | "record.json-invalid";

/**
 * The code of a {@link RecordIssue}: a parse code of @timpora/models or a {@link BatchIssueCode}.
 *
 * @example
 * ```ts
 * const byCode = new Map<RecordIssueCode, number>();
 * const records = [{ id: "x" }, "text", Promise.resolve({})];
 * for await (const r of createEvaluator({ asOf: "2025-03-01" }).evaluateMany(records)) {
 *   if (!r.ok) for (const i of r.issues) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
 * }
 * [...byCode]; // [["required", 2], ["type.invalid", 1], ["record.thenable", 1]]
 * ```
 */
export type RecordIssueCode = IssueCode | BatchIssueCode;

/**
 * The message of each {@link BatchIssueCode} in Indonesian and English (fixed texts, safe to log).
 *
 * @example
 * ```ts
 * batchIssueMessages["record.thenable"].en; // "The record is a promise or has a then method; records must be plain data"
 * ```
 */
export const batchIssueMessages: LabelTable<BatchIssueCode> = {
  "record.thenable": {
    id: "Rekaman berupa promise atau memiliki metode then; rekaman harus data biasa",
    en: "The record is a promise or has a then method; records must be plain data",
  },
  "evaluation.failed": {
    id: "Evaluasi catatan ini gagal; batch dilanjutkan",
    en: "Evaluating this record failed; the batch goes on",
  },
  "record.json-invalid": {
    id: "Rekaman berupa teks bukan JSON yang valid",
    en: "The record is text that is not valid JSON",
  },
};

/**
 * A problem with one record of a batch: the shape of @timpora/models' `ParseIssue` (code, path, message in
 * `id` and `en`), with the parse codes and the batch's own codes. The message never contains the record's values.
 *
 * @example
 * ```ts
 * for await (const r of createEvaluator({ asOf: "2025-03-01" }).evaluateMany(["not a case"])) {
 *   const issues: RecordIssue[] = r.ok ? [] : r.issues;
 *   issues.map((i) => [i.code, i.path]); // [["type.invalid", []]] (at the record itself)
 * }
 * ```
 */
export interface RecordIssue extends Omit<ParseIssue, "code"> {
  /** Stable code: a case parse code, or a {@link BatchIssueCode}. */
  code: RecordIssueCode;
}

/** The issue of a code at the record itself (path `[]`), its message from the tables. */
export function recordIssue(code: RecordIssueCode): RecordIssue {
  const message = Object.hasOwn(batchIssueMessages, code)
    ? batchIssueMessages[code as BatchIssueCode]
    : issueMessages[code as Exclude<RecordIssueCode, BatchIssueCode>];
  return { code, path: [], message };
}

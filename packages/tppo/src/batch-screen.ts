import type { CrossRecordContext } from "./case-assessment.js";
import type { BatchResult, RecordScreen } from "./evaluator.js";
import { recordIssue } from "./record-issue.js";

/** A batch as it travels to a worker: the index of its first record, and the records serialized (node:v8). */
export interface SerializedBatch {
  /** Index of the first record in the whole stream. */
  first: number;
  /** The records, serialized with `v8.serialize` (the bytes are moved, not copied). */
  records: Uint8Array;
}

/** A batch of records: the records and the index of the first in the whole stream. */
export interface RecordBatch {
  /** Index of the first record in the whole stream. */
  first: number;
  /** The records: values, or strings of JSON text (parsed here, in the worker). */
  records: readonly unknown[];
}

/**
 * Screens a batch of records in order: a string is JSON text and is parsed first (text that is not JSON gives
 * `record.json-invalid`); everything else is screened as `evaluateMany` screens it.
 */
export async function screenBatch(
  screen: RecordScreen,
  batch: RecordBatch,
  cross: CrossRecordContext,
): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(batch.records.length);
  for (let i = 0; i < batch.records.length; i++) {
    const recordIndex = batch.first + i;
    let value = batch.records[i];
    if (typeof value === "string") {
      try {
        value = JSON.parse(value);
      } catch {
        results[i] = { ok: false, recordIndex, issues: [recordIssue("record.json-invalid")] };
        continue;
      }
    }
    const result = screen(value, recordIndex, cross);
    results[i] = result instanceof Promise ? await result : result;
  }
  return results;
}

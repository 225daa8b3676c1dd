import { type Case, parseCase } from "@timpora/models";
import { type RecordIssue, recordIssue } from "./record-issue.js";

/** A record of a batch read as a case, or the issues that make it a bad record. */
export type RecordRead = { ok: true; value: Case } | { ok: false; issues: RecordIssue[] };

const ignore = (): undefined => undefined;

/**
 * `record.thenable` for a promise or an object with a `then` method, `input.unreadable` when reading `then`
 * throws (a throwing getter or Proxy), else undefined. A native promise is marked handled: if it rejects, its
 * bad-record result is the report, not an unhandled rejection.
 */
function thenableIssue(record: unknown): "record.thenable" | "input.unreadable" | undefined {
  if (record === null || (typeof record !== "object" && typeof record !== "function")) return undefined;
  try {
    if (typeof (record as { then?: unknown }).then !== "function") return undefined;
  } catch {
    return "input.unreadable";
  }
  try {
    if (record instanceof Promise) Promise.prototype.then.call(record, undefined, ignore);
  } catch {
    // not a native promise after all (e.g. a Proxy of one): nothing to mark
  }
  return "record.thenable";
}

/**
 * Reads one record of a batch as a case, never throwing and never awaiting it: a thenable record is a bad record
 * (`record.thenable`), one that cannot be read is `input.unreadable`, and anything else goes through `parseCase`
 * with its coded issues.
 */
export function readRecord(record: unknown): RecordRead {
  const hostile = thenableIssue(record);
  if (hostile !== undefined) return { ok: false, issues: [recordIssue(hostile)] };
  try {
    return parseCase(record);
  } catch {
    return { ok: false, issues: [recordIssue("input.unreadable")] };
  }
}

import { type Assessment, buildPopulationIndex, type PopulationIndex, type RecordIssue } from "@timpora/tppo";
import type { CaseInput } from "./case-input.js";
import type { ColumnMap, RawRecord, RecordLocation } from "./record-location.js";
import type { Screener } from "./screener.js";

/** What a screening run tells its caller as it goes. */
export interface ScreenEvents {
  /** A record that could not be read (not JSON, cut off, a bad CSV row). */
  unreadable(record: Extract<RawRecord, { ok: false }>): void;
  /** A record that was read but is not a valid case. */
  invalid(
    issues: readonly RecordIssue[],
    at: RecordLocation,
    columns: ColumnMap | undefined,
    caseId: string | undefined,
  ): void;
  /** An assessment, in input order. */
  assessed(assessment: Assessment, at: RecordLocation): Promise<void> | void;
  /**
   * Progress: while the index is built, bytes read of the file's size; while screening, records done of all
   * records.
   */
  progress(phase: "index" | "screen", done: number, total: number): void;
}

/** The counts of a screening run. */
export interface ScreenTotals {
  /** Records in the file (read or not). */
  records: number;
  /** Records screened. */
  screened: number;
  /** Records that could not be read. */
  unreadable: number;
  /** Records read that are not valid cases. */
  invalid: number;
}

/**
 * Screens a file of cases in two passes over the file, in bounded memory: the first builds the population index
 * (counts by key, for the cross-record indicators), the second screens each record with it and hands the
 * assessments to `events` in input order. Records that cannot be read are reported in the second pass only.
 * The locations of the records in flight wait in a queue, so results that come back later (from worker threads)
 * still meet their line numbers.
 */
export async function screenInput(
  input: CaseInput,
  screener: Screener,
  asOf: string,
  events: ScreenEvents,
): Promise<ScreenTotals> {
  let total = 0;
  let readable = 0;
  async function* indexSource(): AsyncGenerator<unknown> {
    for await (const record of input.records()) {
      total++;
      if (total % 200 === 0) events.progress("index", record.at.byte, input.size);
      if (!record.ok) continue;
      readable++;
      yield record.value;
    }
  }
  events.progress("index", 0, input.size);
  const index: PopulationIndex | undefined = await buildPopulationIndex(indexSource, { asOf });
  events.progress("index", input.size, input.size);

  const totals: ScreenTotals = { records: 0, screened: 0, unreadable: 0, invalid: 0 };
  const waiting: { at: RecordLocation; columns: ColumnMap | undefined; caseId: string | undefined }[] = [];
  async function* screenSource(): AsyncGenerator<unknown> {
    for await (const record of input.records()) {
      totals.records++;
      if (!record.ok) {
        totals.unreadable++;
        events.unreadable(record);
        continue;
      }
      waiting.push({ at: record.at, columns: record.columns, caseId: caseIdOf(record.value) });
      yield record.value;
    }
  }
  events.progress("screen", 0, total);
  let done = 0;
  if (readable > 0 || total > 0) {
    for await (const result of screener.screen(screenSource, index)) {
      const { at, columns, caseId } = waiting.shift()!;
      if (result.ok) {
        totals.screened++;
        await events.assessed(result.assessment, at);
      } else {
        totals.invalid++;
        events.invalid(result.issues, at, columns, caseId);
      }
      if (++done % 100 === 0) events.progress("screen", totals.records, total);
    }
  }
  events.progress("screen", totals.records, total);
  return totals;
}

/** The case id of a record, when it has a plain one (ids are not personal data), for messages. */
export function caseIdOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" && id.length > 0 && id.length <= 128 ? id : undefined;
}

/**
 * Screens an NDJSON stream: one case a line in, one assessment a line out, in input order and bounded memory
 * (`evaluateMany` pulls one record at a time; the output waits when its reader is slow). A line that is not JSON
 * or not a case gives an error line and the stream goes on. A stream is read once, so the cross-record
 * indicators get precomputed `counts`, or an index built from a file beforehand; `timpora screen` reads a file
 * twice for that.
 */
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { createEvaluator, type PopulationIndex } from "@timpora/tppo";

/** Counts of a screened stream. */
export interface StreamTotals {
  /** Lines with a case screened. */
  screened: number;
  /** Lines that were not JSON or not a case. */
  rejected: number;
}

/** Reads NDJSON cases from `input` and writes NDJSON assessments (or `{ line, error }` lines) to `output`. */
export async function screenStream(
  input: Readable,
  output: Writable,
  options: { asOf: string; index?: PopulationIndex },
): Promise<StreamTotals> {
  const evaluator = createEvaluator({ asOf: options.asOf, locale: "en" });
  const lineNumbers: number[] = [];
  const failures = new Map<number, string>();
  async function* records(): AsyncGenerator<unknown> {
    let n = 0;
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      n++;
      if (line.trim() === "") continue;
      lineNumbers.push(n);
      try {
        yield JSON.parse(line);
      } catch {
        failures.set(n, "json.syntax");
        yield undefined; // still one result for this line, in order
      }
    }
  }
  const totals: StreamTotals = { screened: 0, rejected: 0 };
  const context = options.index === undefined ? {} : { index: options.index };
  for await (const result of evaluator.evaluateMany(records, context)) {
    const line = lineNumbers.shift()!;
    const text = result.ok
      ? JSON.stringify(result.assessment)
      : JSON.stringify({ line, error: failures.get(line) ?? result.issues.map((i) => i.code).join(",") });
    if (result.ok) totals.screened++;
    else totals.rejected++;
    if (!output.write(`${text}\n`)) await once(output, "drain");
  }
  return totals;
}

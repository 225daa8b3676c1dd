import { availableParallelism } from "node:os";
import { serialize } from "node:v8";
import Tinypool from "tinypool";
import { type RecordBatch, type SerializedBatch, screenBatch } from "./batch-screen.js";
import type { CrossRecordContext } from "./case-assessment.js";
import { EvaluatorOptionError } from "./errors.js";
import { type BatchResult, createEvaluator, screenOf } from "./evaluator.js";
import { evaluatorOptionsOf, type ParallelOptions, workerSetup } from "./parallel-setup.js";
import { type RecordSource, readSource } from "./record-source.js";

/**
 * Where the worker module is: beside this one when built (`batch-worker.js`); when running from the TypeScript
 * sources (the package's own tests), a bootstrap that lets tsx load `batch-worker.ts`.
 */
function workerModule(): { filename: string; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    return {
      filename: new URL("./batch-worker-source.mjs", here).href,
      execArgv: ["--conditions=@timpora/source"],
    };
  }
  return { filename: new URL("./batch-worker.js", here).href, execArgv: [] };
}

function whole(field: string, value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new EvaluatorOptionError(field);
  }
  return value;
}

/**
 * Screens a stream of records over worker threads (a tinypool pool), yielding the same results as
 * `evaluateMany` in input order: the records are read here and sent in batches; each worker parses (a string
 * record is JSON text, parsed in the worker), derives, evaluates and explains; at most `maxBatchesInFlight`
 * batches are out at a time, so memory stays bounded however long the stream. The population index is built
 * once by the caller and shared with every worker as SharedArrayBuffers, never copied. Options that are
 * functions (team facts, operators, `zoneOf`) are given as module paths that each worker imports; a function
 * given directly is refused (`TppoError` `option.function`). A batch that cannot be sent to a worker (a record
 * that is a promise, a Proxy or has a function in it) is screened in this thread instead, with the same result
 * as `evaluateMany`. The pool is closed when the stream ends, fails or the caller stops reading.
 *
 * @throws TppoError `option.function`, EvaluatorOptionError, RuleSetInvalidError (before any worker starts);
 *   SourceFailedError when the source fails (after the results of the records read before)
 * @example
 * ```ts
 * import { buildPopulationIndex } from "@timpora/tppo";
 * import { evaluateManyParallel } from "@timpora/tppo/node";
 * import { generateCases } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * // a rereadable source (read twice: for the index, then to screen)
 * const cases = () => generateCases({ seed: 7, count: 1_000, asOf, plant: { "passport-withheld": 0.01 } });
 * const index = await buildPopulationIndex(cases, { asOf });
 * const levels = new Map<string, number>();
 * for await (const r of evaluateManyParallel(cases, { asOf, index, concurrency: 2 })) {
 *   if (r.ok) levels.set(r.assessment.level, (levels.get(r.assessment.level) ?? 0) + 1);
 * }
 * [...levels]; // [["none", 990], ["review", 10]] (as `evaluateMany` gives, in input order)
 * ```
 */
export async function* evaluateManyParallel(
  source: RecordSource,
  options: ParallelOptions,
): AsyncGenerator<BatchResult, void, undefined> {
  const setup = workerSetup(options);
  const concurrency = whole("concurrency", options.concurrency, availableParallelism(), 256);
  const batchSize = whole("batchSize", options.batchSize, 256, 1_000_000);
  const inFlightLimit = whole("maxBatchesInFlight", options.maxBatchesInFlight, 2 * concurrency, 100_000);
  // the same evaluator here: it validates everything before a worker starts, and screens what cannot be sent
  const local = screenOf(createEvaluator(await evaluatorOptionsOf(setup)));
  const cross: CrossRecordContext = options.index === undefined ? {} : { index: options.index };
  const { filename, execArgv } = workerModule();
  const pool = new Tinypool({
    filename,
    execArgv,
    minThreads: concurrency,
    maxThreads: concurrency,
    idleTimeout: 60_000,
    workerData: setup,
  });
  const inFlight: Promise<BatchResult[]>[] = [];
  const send = (batch: RecordBatch): void => {
    // The batch is serialized here, once, and its bytes moved to the worker: a batch that cannot be serialized
    // (a record that is a promise, a Proxy, has a throwing getter or a function) never reaches the pool, and is
    // screened in this thread instead, with evaluateMany's results.
    let bytes: Uint8Array | undefined;
    try {
      bytes = serialize(batch.records);
      // moved, not copied: the bytes must own their whole buffer (never a slice of a shared pool)
      if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength)
        bytes = new Uint8Array(bytes);
    } catch {
      bytes = undefined;
    }
    const done =
      bytes === undefined
        ? screenBatch(local, batch, cross)
        : (pool.run({ first: batch.first, records: bytes } satisfies SerializedBatch, {
            transferList: [bytes.buffer as ArrayBuffer],
          }) as Promise<BatchResult[]>);
    done.catch(() => undefined); // awaited in order below; this only keeps an early stop from leaving it unhandled
    inFlight.push(done);
  };
  try {
    let records: unknown[] = [];
    let first = 0;
    let read = 0;
    let failure: unknown;
    try {
      for await (const { value } of readSource(source)) {
        records.push(value);
        read++;
        if (records.length < batchSize) continue;
        send({ first, records });
        first = read;
        records = [];
        while (inFlight.length >= inFlightLimit) yield* await inFlight.shift()!;
      }
      if (records.length > 0) send({ first, records });
    } catch (error) {
      failure = error;
      if (records.length > 0) send({ first, records });
    }
    while (inFlight.length > 0) yield* await inFlight.shift()!;
    if (failure !== undefined) throw failure;
  } finally {
    await pool.destroy();
  }
}

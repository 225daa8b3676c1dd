/**
 * @timpora/tppo/node: bulk screening over worker threads, for Node.js only (it imports `node:os`,
 * `node:worker_threads` through tinypool and `node:url`); the main entry stays free of Node built-ins.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { evaluateManyParallel } from "@timpora/tppo/node";
 *
 * // one case a line (NDJSON): each line is JSON text, parsed in a worker
 * const lines = readFileSync("cases.ndjson", "utf8").split("\n").filter((line) => line !== "");
 * for await (const r of evaluateManyParallel(lines, { asOf: "2025-03-01" })) console.log(r.recordIndex, r.ok);
 * ```
 *
 * @module @timpora/tppo/node
 */

/**
 * `evaluateManyParallel`: the results of `evaluateMany`, in input order, with the work spread over one worker
 * thread per core; the population index shared, memory bounded.
 */
export { evaluateManyParallel } from "./parallel-batches.js";
/**
 * The options of `evaluateManyParallel`: data options as for `createEvaluator`, module paths for the options
 * that are functions (`facts`, `operators`, `zoneOf`), and the pool's (`concurrency`, `batchSize`,
 * `maxBatchesInFlight`).
 */
export type { ModuleOption, ParallelOptions } from "./parallel-setup.js";

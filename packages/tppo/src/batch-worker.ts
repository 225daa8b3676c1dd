// The worker of `evaluateManyParallel`: started by the pool with a WorkerSetup (data only, the index as shared
// buffers), it imports the option modules, creates one evaluator, and screens the batches it is given.
import { deserialize } from "node:v8";
import Tinypool from "tinypool";
import { type SerializedBatch, screenBatch } from "./batch-screen.js";
import type { CrossRecordContext } from "./case-assessment.js";
import { type BatchResult, createEvaluator, type RecordScreen, screenOf } from "./evaluator.js";
import { evaluatorOptionsOf, type WorkerSetup } from "./parallel-setup.js";
import { indexFromShared } from "./shared-index.js";

interface Ready {
  screen: RecordScreen;
  cross: CrossRecordContext;
}

async function prepare(setup: WorkerSetup): Promise<Ready> {
  const evaluator = createEvaluator(await evaluatorOptionsOf(setup));
  return {
    screen: screenOf(evaluator),
    cross: setup.index === undefined ? {} : { index: indexFromShared(setup.index) },
  };
}

let ready: Promise<Ready> | undefined;

/** Screens one batch of records, in order. */
export default async function screenWorkerBatch(batch: SerializedBatch): Promise<BatchResult[]> {
  ready ??= prepare(Tinypool.workerData as WorkerSetup);
  const { screen, cross } = await ready;
  const bytes = batch.records;
  const records = deserialize(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as unknown[];
  return screenBatch(screen, { first: batch.first, records }, cross);
}

import { SourceFailedError } from "./errors.js";

/**
 * Records to read more than once: an array, or a function that opens the stream again each time it is called
 * (returning a sync or async iterable).
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 *
 * // read twice: once to build the population index, once to screen
 * const cases: RereadableSource = () => generateCases({ seed: 7, count: 100, asOf: "2025-03-01" });
 * const index = await buildPopulationIndex(cases, { asOf: "2025-03-01" });
 * const results = createEvaluator({ asOf: "2025-03-01" }).evaluateMany(cases, { index });
 * ```
 */
export type RereadableSource<T = unknown> = readonly T[] | (() => Iterable<T> | AsyncIterable<T>);

/**
 * Records to read once: any sync or async iterable, or a rereadable source.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * async function* received() { // e.g. records arriving from a queue
 *   yield generateCase({ seed: "demo", asOf: "2025-03-01" });
 * }
 * const source: RecordSource = received();
 * const evaluator = createEvaluator({ asOf: "2025-03-01" });
 * for await (const r of evaluator.evaluateMany(source)) console.log(r.ok); // true
 * ```
 */
export type RecordSource<T = unknown> = Iterable<T> | AsyncIterable<T> | RereadableSource<T>;

/**
 * Opens a source for one pass: calls a rereadable source's function, returns any other source as it is.
 *
 * @example
 * ```ts
 * openSource(() => ["a", "b"]); // ["a", "b"] (a rereadable source's function is called for a fresh pass)
 * openSource(new Set(["a"])); // the set itself (any other source is returned as it is)
 * ```
 */
export function openSource<T>(source: RecordSource<T>): Iterable<T> | AsyncIterable<T> {
  return typeof source === "function" ? source() : source;
}

/** One value read from a source, wrapped so that nothing awaits it (a thenable record stays a record). */
export interface SourceRecord {
  /** The value as the source gave it. */
  readonly value: unknown;
}

interface Opened {
  iterator: object;
  next: (this: object) => unknown;
  isAsync: boolean;
}

function open(source: RecordSource): Opened {
  const opened: unknown = openSource(source);
  const target = opened as Partial<Record<typeof Symbol.asyncIterator | typeof Symbol.iterator, unknown>>;
  const asyncMethod = target[Symbol.asyncIterator];
  const isAsync = asyncMethod !== undefined && asyncMethod !== null;
  const method = isAsync ? asyncMethod : target[Symbol.iterator];
  if (typeof method !== "function") throw new TypeError("the source is not iterable");
  const iterator: unknown = method.call(opened);
  if (typeof iterator !== "object" || iterator === null) throw new TypeError("the iterator is not an object");
  const next = (iterator as { next?: unknown }).next;
  if (typeof next !== "function") throw new TypeError("the iterator has no next method");
  return { iterator, next: next as Opened["next"], isAsync };
}

/**
 * Reads a source one value at a time, in order, WITHOUT awaiting any value: a sync iterator's `next()` is
 * called directly, an async iterator's `next()` is awaited and nothing else. So a record that is a promise or
 * has a `then` method reaches the caller as it is (an async generator, or `for await` over a sync iterable,
 * would await it: a `then` that never calls back hung the batch). When the source itself fails (opening it
 * throws, it is not iterable, or its iterator throws or rejects) reading ends with a {@link SourceFailedError}
 * that says how many records were read. Stopping early closes the source's iterator (`return()`).
 */
export async function* readSource(source: RecordSource): AsyncGenerator<SourceRecord, void, undefined> {
  let opened: Opened;
  try {
    opened = open(source);
  } catch (error) {
    throw new SourceFailedError(0, error);
  }
  const { iterator, next, isAsync } = opened;
  let done = 0;
  let finished = false;
  try {
    while (true) {
      let value: unknown;
      try {
        const result: unknown = isAsync ? await next.call(iterator) : next.call(iterator);
        if (typeof result !== "object" || result === null)
          throw new TypeError("iterator result is not an object");
        if ((result as IteratorResult<unknown>).done) {
          finished = true;
          return;
        }
        value = (result as IteratorResult<unknown>).value;
      } catch (error) {
        finished = true;
        throw new SourceFailedError(done, error);
      }
      done += 1;
      yield { value };
    }
  } finally {
    if (!finished) await closeQuietly(iterator, isAsync);
  }
}

/** Calls the iterator's `return()` when it has one (as `for…of` does on an early exit), ignoring its failures. */
async function closeQuietly(iterator: object, isAsync: boolean): Promise<void> {
  try {
    const close = (iterator as { return?: unknown }).return;
    if (typeof close !== "function") return;
    const result: unknown = close.call(iterator);
    if (isAsync) await result;
  } catch {
    // the batch already stopped on the caller's request; a failing close changes nothing
  }
}

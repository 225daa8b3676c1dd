import { describe, expect, it } from "vitest";
import { SourceFailedError } from "./errors.js";
import { thenable } from "./hostile-records.fixture.js";
import { type RecordSource, readSource } from "./record-source.js";

/** Reads a whole source; resolves to the values read and the error that ended it, if any. */
async function drain(source: RecordSource): Promise<{ values: unknown[]; error: unknown }> {
  const values: unknown[] = [];
  try {
    for await (const { value } of readSource(source)) values.push(value);
  } catch (error) {
    return { values, error };
  }
  return { values, error: undefined };
}

const never = thenable();

describe("readSource: values in order, none awaited", () => {
  it("gives a sync iterable's values as they are, thenables and promises included", async () => {
    const rejected = Promise.reject(new Error("x"));
    rejected.catch(() => undefined);
    const { values, error } = await drain([1, never, rejected, "last"]);
    expect(error).toBeUndefined();
    expect(values).toEqual([1, never, rejected, "last"]);
    expect(values[1]).toBe(never);
    expect(values[2]).toBe(rejected);
  });

  it("gives an async iterator's values without awaiting them (only next() is awaited)", async () => {
    const items = [never, 2];
    let i = 0;
    const source: AsyncIterable<unknown> = {
      [Symbol.asyncIterator]: () => ({
        next: async () =>
          i < items.length ? { done: false, value: items[i++] } : { done: true, value: undefined },
      }),
    };
    const { values, error } = await drain(source);
    expect(error).toBeUndefined();
    expect(values[0]).toBe(never);
    expect(values).toHaveLength(2);
  });

  it("calls a rereadable source's function once per pass", async () => {
    let opened = 0;
    const source = () => {
      opened += 1;
      return [opened];
    };
    expect((await drain(source)).values).toEqual([1]);
    expect((await drain(source)).values).toEqual([2]);
  });

  it("closes the source's iterator when the reader stops early", async () => {
    let closed = false;
    function* gen() {
      try {
        yield 1;
        yield 2;
        yield 3;
      } finally {
        closed = true;
      }
    }
    for await (const { value } of readSource(gen())) if (value === 1) break;
    expect(closed).toBe(true);
  });
});

describe("readSource: a failing source ends reading with SourceFailedError and the count of records read", () => {
  const failure = async (source: RecordSource) => {
    const { values, error } = await drain(source);
    expect(error).toBeInstanceOf(SourceFailedError);
    const e = error as SourceFailedError;
    expect(e.code).toBe("source.failed");
    expect(e.recordsDone).toBe(values.length);
    expect(e.message).toContain(`records done: ${values.length}`);
    return e;
  };

  it("a sync iterator that throws after three records", async () => {
    function* gen() {
      yield 1;
      yield 2;
      yield 3;
      throw new Error("disk gone");
    }
    const e = await failure(gen());
    expect(e.recordsDone).toBe(3);
    expect((e.cause as Error).message).toBe("disk gone");
  });

  it("an async iterator whose next() rejects after two records", async () => {
    async function* gen() {
      yield 1;
      yield 2;
      throw new Error("connection reset");
    }
    expect((await failure(gen())).recordsDone).toBe(2);
  });

  it("an async generator that yields a rejected promise (it awaits what it yields, so its next() rejects)", async () => {
    async function* gen() {
      yield 1;
      yield Promise.reject(new Error("rejected"));
    }
    expect((await failure(gen())).recordsDone).toBe(1);
  });

  it("a source that is not iterable, whose function throws, or whose iterator result is not an object", async () => {
    expect((await failure(42 as never)).recordsDone).toBe(0);
    expect((await failure(null as never)).recordsDone).toBe(0);
    const throwing = () => {
      throw new Error("cannot open");
    };
    expect((await failure(throwing)).recordsDone).toBe(0);
    const broken = { [Symbol.iterator]: () => ({ next: () => 7 }) } as unknown as Iterable<unknown>;
    expect((await failure(broken)).recordsDone).toBe(0);
  });
});

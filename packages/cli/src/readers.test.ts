import { describe, expect, it } from "vitest";
import { readCsvRecords } from "./csv-lines.js";
import { jsonArrayRecords } from "./json-array-records.js";
import { readLines } from "./line-reader.js";
import { ndjsonRecords } from "./ndjson-records.js";
import type { RawRecord } from "./record-location.js";

/** The text in chunks of `size` bytes, so that every split point is tried. */
async function* chunked(text: string | Buffer, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function all<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

const summary = (records: RawRecord[]) =>
  records.map((r) => (r.ok ? { value: r.value, at: r.at } : { problem: r.problem.code, at: r.at }));

describe("readLines", () => {
  it("splits at \\n whatever the chunk size, with line numbers and byte offsets; a last line without \\n counts", async () => {
    for (const size of [1, 2, 3, 7, 64]) {
      const lines = await all(readLines(chunked("ab\n\ncdé\nlast", size), 100));
      expect(lines.map((l) => [l.line, l.byte, l.bytes?.toString()])).toEqual([
        [1, 0, "ab"],
        [2, 3, ""],
        [3, 4, "cdé"],
        [4, 9, "last"],
      ]);
    }
  });

  it("a line longer than the limit comes without its bytes and the next line is read", async () => {
    for (const size of [1, 4, 1000]) {
      const lines = await all(readLines(chunked(`ok\n${"x".repeat(50)}\nnext\n`, size), 10));
      expect(lines.map((l) => [l.line, l.byte, l.bytes?.toString()])).toEqual([
        [1, 0, "ok"],
        [2, 3, undefined],
        [3, 54, "next"],
      ]);
    }
  });
});

describe("ndjsonRecords", () => {
  it("reads one value a line; skips blank lines; a BOM and CRLF are accepted", async () => {
    const text = '\uFEFF{"a":1}\r\n\r\n  \n{"b":2}\r\n';
    for (const size of [1, 5, 100]) {
      expect(summary(await all(ndjsonRecords(chunked(text, size), 100)))).toEqual([
        { value: { a: 1 }, at: { line: 1, byte: 3 } },
        { value: { b: 2 }, at: { line: 4, byte: 17 } },
      ]);
    }
  });

  it("reports a syntax error at its line, column and byte; bytes that are not UTF-8 at their byte", async () => {
    const records = await all(ndjsonRecords(chunked('{"a":1}\n{"a" 1}\n{"c":"\xff"}\n', 3), 100));
    expect(records[1]).toEqual({
      ok: false,
      problem: { code: "json.syntax", problem: "ColonExpected" },
      at: { line: 2, byte: 13, column: 6 },
    });
    const junk = await all(
      ndjsonRecords(chunked(Buffer.from([0x7b, 0x7d, 0x0a, 0x7b, 0xc3, 0x28, 0x7d]), 2), 100),
    );
    expect(junk[1]).toEqual({ ok: false, problem: { code: "text.not-utf8" }, at: { line: 2, byte: 4 } });
  });
});

describe("jsonArrayRecords", () => {
  it("reads each element, strings with brackets and escapes included, at any chunk size", async () => {
    const text = '[ {"a":"[x]\\"}"}, 2 ,\n "s", {"n":[1,{"m":[]}]} ]';
    for (const size of [1, 2, 5, 100]) {
      const values = (await all(jsonArrayRecords(chunked(text, size), 1000))).map((r) =>
        r.ok ? r.value : r.problem.code,
      );
      expect(values).toEqual([{ a: '[x]"}' }, 2, "s", { n: [1, { m: [] }] }]);
    }
  });

  it("an empty array has no record; a missing comma and a trailing comma are reported and reading goes on", async () => {
    expect(await all(jsonArrayRecords(chunked("[ ]", 1), 100))).toEqual([]);
    const records = await all(jsonArrayRecords(chunked('[{"a":1} {"b":2},]', 3), 100));
    expect(summary(records)).toEqual([
      { value: { a: 1 }, at: { line: 1, byte: 1 } },
      { problem: "json.syntax", at: { line: 1, byte: 9 } },
      { value: { b: 2 }, at: { line: 1, byte: 9 } },
      { problem: "json.syntax", at: { line: 1, byte: 17 } },
    ]);
  });

  it("a file cut off inside a record reports that record; an element over the limit is skipped", async () => {
    const cut = await all(jsonArrayRecords(chunked('[{"a":1},\n{"b":', 4), 100));
    expect(summary(cut)).toEqual([
      { value: { a: 1 }, at: { line: 1, byte: 1 } },
      { problem: "json.truncated", at: { line: 2, byte: 10 } },
    ]);
    const big = await all(jsonArrayRecords(chunked(`[{"a":"${"x".repeat(40)}"},{"b":1}]`, 7), 20));
    expect(summary(big)).toEqual([
      { problem: "record.too-large", at: { line: 1, byte: 1 } },
      { value: { b: 1 }, at: { line: 1, byte: 50 } },
    ]);
  });
});

describe("readCsvRecords", () => {
  it("keeps line ends inside quoted fields in one record, starting lines and bytes right", async () => {
    const text = 'a,b\n"x\ny",2\n3,"q""z"\n';
    for (const size of [1, 3, 100]) {
      const records = await all(readCsvRecords(chunked(text, size), 100));
      expect(records.map((r) => [r.line, r.byte, r.bytes?.toString()])).toEqual([
        [1, 0, "a,b"],
        [2, 4, '"x\ny",2'],
        [4, 12, '3,"q""z"'],
      ]);
    }
  });
});

describe("jsonArrayRecords, for all arrays", () => {
  it("gives back every element of any JSON array, however it is spaced and chunked", async () => {
    const fc = await import("fast-check");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.constantFrom("", " ", "\n", " \r\n\t"),
        fc.integer({ min: 1, max: 64 }),
        async (values, space, size) => {
          const text = `[${space}${values.map((v) => JSON.stringify(v, null, space === "" ? undefined : 1)).join(`${space},${space}`)}${space}]`;
          const records = await all(jsonArrayRecords(chunked(text, size), 1_000_000));
          expect(records.map((r) => (r.ok ? r.value : r.problem))).toEqual(
            JSON.parse(JSON.stringify(values)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

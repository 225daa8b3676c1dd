/**
 * Generating 100,000 cases streams in constant memory: nothing the generator yields stays reachable
 * from it, and the heap does not grow with the number of cases drawn.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ONE_PERCENT_EACH } from "./case-checks.fixture.js";
import { generateCases, generateLabelledCases } from "./generate.js";
import { LOOK_ALIKE_KINDS } from "./look-alike-catalogue.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe("streaming", () => {
  it("is lazy: creating the iterator generates nothing until the first next()", () => {
    const it = generateCases({ seed: "lazy", count: 1_000_000_000 });
    const first = it.next();
    expect(first.done).toBe(false);
  });

  it("releases yielded cases: a case drawn early is garbage-collected while the stream goes on", async () => {
    const stream = generateCases({ seed: "weak", count: 20_000, plant: ONE_PERCENT_EACH });
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 50; i++) refs.push(new WeakRef(stream.next().value as object));
    for (const _ of stream) {
      // draw the rest
    }
    // WeakRef targets stay alive until the current job ends (ECMA-262 KeepDuringJob).
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    gc();
    expect(refs.filter((r) => r.deref() !== undefined)).toHaveLength(0);
  });

  it("streams a look-alike group of up to 300: a company's first worker is collected while the same company is still being drawn", async () => {
    const off = Object.fromEntries(LOOK_ALIKE_KINDS.map((k) => [k, 0]));
    const stream = generateLabelledCases({
      seed: "company-stream",
      count: 5000,
      population: "realistic",
      plant: {},
      lookAlikes: { ...off, "company-many-workers": 0.5 },
    });
    let next = stream.next();
    while (!next.done && next.value.lookAlikes[0] !== "company-many-workers") next = stream.next();
    const groupId = next.value!.groupId;
    const first = new WeakRef(next.value!.case);
    next = undefined as never;
    // A company has at least 50 workers: the next 40 are still of the same company.
    for (let i = 0; i < 40; i++) expect(stream.next().value!.groupId).toBe(groupId);
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    gc();
    expect(first.deref()).toBeUndefined();
    expect(stream.next().value!.groupId).toBe(groupId);
  });

  it("draws 100,000 cases with heap growth under 16 MB between 10,000 and 100,000 cases", () => {
    let n = 0;
    let at10k = 0;
    let at100k = 0;
    for (const c of generateCases({ seed: "memory", count: 100_000, plant: ONE_PERCENT_EACH })) {
      n += c.person.id.length > 0 ? 1 : 0;
      if (n === 10_000) at10k = heapAfterGc();
    }
    at100k = heapAfterGc();
    expect(n).toBe(100_000);
    // 90,000 retained cases would take hundreds of MB (about 5 KB each as objects).
    expect(at100k - at10k).toBeLessThan(16 * 1024 * 1024);
  });
});

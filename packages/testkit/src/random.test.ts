import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom } from "./random.js";
import { TestkitError } from "./testkit-error.js";

describe("createRandom", () => {
  it("gives the same sequence for the same seed, numeric or string", () => {
    const a = createRandom(42);
    const b = createRandom("42");
    const seqA = Array.from({ length: 50 }, () => a.next());
    const seqB = Array.from({ length: 50 }, () => b.next());
    expect(seqA).toEqual(seqB);
  });

  it("gives different sequences for different seeds", () => {
    const a = Array.from(
      { length: 10 },
      (
        (r) => () =>
          r.next()
      )(createRandom(1)),
    );
    const b = Array.from(
      { length: 10 },
      (
        (r) => () =>
          r.next()
      )(createRandom(2)),
    );
    expect(a).not.toEqual(b);
  });

  it("keeps int() inside [min, max] for any bounds", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -1000, max: 1000 }), fc.nat(500), (seed, min, span) => {
        const r = createRandom(seed);
        for (let i = 0; i < 20; i++) {
          const v = r.int(min, min + span);
          if (!Number.isInteger(v) || v < min || v > min + span) return false;
        }
        return true;
      }),
    );
  });

  it("reaches both ends of a small range and is roughly uniform", () => {
    const r = createRandom("uniform");
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) counts[r.int(0, 5)]! += 1;
    for (const c of counts) {
      // Expected 10,000 each; 5 standard deviations is about ±456.
      expect(Math.abs(c - 10_000)).toBeLessThan(500);
    }
  });

  it("follows the weights of a weighted table", () => {
    const r = createRandom("weights");
    let heavy = 0;
    for (let i = 0; i < 20_000; i++)
      if (
        r.weighted([
          { value: "a", weight: 3 },
          { value: "b", weight: 1 },
        ]) === "a"
      )
        heavy++;
    expect(heavy / 20_000).toBeGreaterThan(0.73);
    expect(heavy / 20_000).toBeLessThan(0.77);
  });

  it("forks an independent stream without advancing the parent", () => {
    const a = createRandom("p");
    const b = createRandom("p");
    a.fork("child").next();
    expect(a.next()).toBe(b.next());
    expect(createRandom("p").fork("x").next()).not.toBe(createRandom("p").fork("y").next());
  });

  it("throws a TestkitError with a code for programmer errors", () => {
    const r = createRandom(1);
    expect(() => r.int(3, 2)).toThrow(TestkitError);
    expect(() => r.pick([])).toThrowError(
      expect.objectContaining({ code: "random.empty", name: "TestkitError" }),
    );
    expect(() => r.weighted([{ value: 1, weight: 0 }])).toThrowError(
      expect.objectContaining({ code: "random.empty" }),
    );
  });
});

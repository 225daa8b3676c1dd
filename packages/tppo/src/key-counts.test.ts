import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyCountTable } from "./key-counts.js";

/** The plain reference: records per key, or distinct members per key. */
function reference(adds: readonly (readonly [string, string | undefined])[]): Map<string, number> {
  const members = new Map<string, Set<string> | number>();
  for (const [key, member] of adds) {
    const seen = members.get(key);
    if (member === undefined) members.set(key, (typeof seen === "number" ? seen : 0) + 1);
    else members.set(key, (seen instanceof Set ? seen : new Set<string>()).add(member));
  }
  return new Map([...members].map(([k, v]) => [k, typeof v === "number" ? v : v.size]));
}

const key = fc.oneof(
  fc.constantFrom("s-1", "s-2", "phone:6281100000000", "week:2025-W10|sponsor:s-1", ""),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);

describe("KeyCountTable: exact counts by key in typed arrays (issue 10)", () => {
  it("counts records per key exactly like a Map, across growth, for any keys (unicode and empty included)", () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000 }), fc.array(key, { maxLength: 20 }), (keys, probes) => {
        const table = new KeyCountTable();
        for (const k of keys) table.add(k);
        const expected = reference(keys.map((k) => [k, undefined]));
        expect(table.size).toBe(expected.size);
        for (const [k, n] of expected) expect(table.get(k)).toBe(n);
        for (const p of probes) expect(table.get(p)).toBe(expected.get(p));
      }),
      { numRuns: 60 },
    );
  });

  it("counts distinct members per key exactly like a Set, across growth", () => {
    const member = fc.constantFrom("p-0001", "p-0002", "p-0003", "p-0004", "h-9");
    fc.assert(
      fc.property(fc.array(fc.tuple(key, member), { maxLength: 4000 }), (adds) => {
        const table = new KeyCountTable(true);
        for (const [k, m] of adds) table.add(k, m);
        const expected = reference(adds);
        expect(table.size).toBe(expected.size);
        for (const [k, n] of expected) expect(table.get(k)).toBe(n);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps 20,000 keys apart (no two keys share a count) and reads them from shared buffers in another view", () => {
    const table = new KeyCountTable();
    for (let i = 0; i < 20_000; i++) for (let j = 0; j <= i % 3; j++) table.add(`address:a-${i}`);
    const copy = KeyCountTable.fromBuffers(table.buffers());
    expect(copy.size).toBe(20_000);
    expect([copy.get("address:a-0"), copy.get("address:a-1"), copy.get("address:a-2")]).toEqual([1, 2, 3]);
    expect(copy.get("address:a-20000")).toBeUndefined();
    expect(copy.has("address:a-5")).toBe(true);
    expect(() => copy.add("x")).toThrow(TypeError);
    expect(table.buffers().slots).toBeInstanceOf(SharedArrayBuffer);
  });

  it("is built from a hand-made Map with the same counts", () => {
    const table = KeyCountTable.of(
      new Map([
        ["s-1", 3],
        ["s-2", 1],
      ]),
    );
    expect([table.get("s-1"), table.get("s-2"), table.get("s-3"), table.size]).toEqual([3, 1, undefined, 2]);
  });
});

import { generateCases } from "@timpora/testkit";
import { buildPopulationIndex } from "@timpora/tppo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCompactPopulationIndex } from "./compact-population-index.js";
import { KeyCounts } from "./key-counts.js";

describe("KeyCounts", () => {
  it("counts like a Map of cases per key, and distinct members per key, for any sequence", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string({ maxLength: 6 }),
            fc.option(fc.constantFrom("h1", "h2", "h3"), { nil: undefined }),
          ),
        ),
        (adds) => {
          const counts = new KeyCounts();
          const cases = new Map<string, number>();
          const members = new Map<string, Set<string>>();
          for (const [key, member] of adds) {
            // a key counts either cases or members, as one fact does
            const m = key.length % 2 === 0 ? member : undefined;
            counts.add(key, m);
            if (m === undefined) cases.set(key, (cases.get(key) ?? 0) + 1);
            else members.set(key, (members.get(key) ?? new Set()).add(m));
          }
          for (const [key, n] of cases) if (!members.has(key)) expect(counts.get(key)).toBe(n);
          for (const [key, set] of members) if (!cases.has(key)) expect(counts.get(key)).toBe(set.size);
          expect(counts.get("not-added-\u0000")).toBeUndefined();
          expect(counts.size).toBe(new Set(adds.map(([k]) => k)).size);
        },
      ),
    );
  });

  it("keeps its counts when it grows past its first capacity", () => {
    const counts = new KeyCounts();
    for (let i = 0; i < 5000; i++) counts.add(`key-${i % 2500}`);
    expect(counts.size).toBe(2500);
    expect(counts.get("key-0")).toBe(2);
    expect(counts.get("key-2499")).toBe(2);
    expect([...counts.values()].reduce((s, n) => s + n, 0)).toBe(5000);
  });
});

describe("buildCompactPopulationIndex", () => {
  it("gives the counts of buildPopulationIndex for every key of a realistic population", async () => {
    const asOf = "2025-06-30";
    const cases = [...generateCases({ seed: "compact-index", count: 1500, asOf, population: "realistic" })];
    const reference = await buildPopulationIndex(cases, { asOf });
    const compact = await buildCompactPopulationIndex(
      async function* () {
        yield* cases;
        yield { not: "a case" };
      },
      { asOf },
    );
    expect(compact.size).toBe(reference.size);
    expect(compact.skipped).toBe(1);
    expect([...compact.maps.keys()].sort()).toEqual([...reference.maps.keys()].sort());
    let checked = 0;
    for (const [fact, map] of reference.maps) {
      expect(compact.maps.get(fact)!.size, fact).toBe(map.size);
      for (const [key, count] of map) {
        expect(compact.maps.get(fact)!.get(key), `${fact} ${key}`).toBe(count);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1500);
    // the realistic population has groups: some key is shared
    expect([...reference.maps.values()].some((m) => [...m.values()].some((n) => n >= 5))).toBe(true);
  });
});

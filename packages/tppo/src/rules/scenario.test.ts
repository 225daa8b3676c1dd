import { DEFAULT_AS_OF, generateGroup, generateLabelledCases, PATTERN_IDS, PATTERNS } from "@timpora/testkit";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment.js";
import { createEvaluator } from "../evaluator.js";
import { defaultFacts } from "../facts/index.js";
import { isHighRiskWorkplace } from "../facts/sponsor-employer-facts.js";
import { buildPopulationIndex } from "../population-index.js";
import { defaultRuleSet } from "./index.js";

/**
 * Scenario tests on the testkit's generated population: every pattern planted at 1% of the cases, the rest
 * clean (including workers in high-risk sectors). Counts are computed once, here, and reported in the names.
 */
const N = 3000;
const asOf = DEFAULT_AS_OF;
const labelled = [...generateLabelledCases({ seed: "tppo-scenario", count: N, plant: rateForEach(0.01) })];
const index = await buildPopulationIndex(
  labelled.map((l) => l.case),
  { asOf, facts: defaultFacts },
);
const evaluator = createEvaluator({ asOf, ruleSet: defaultRuleSet });
const results: {
  planted: readonly string[];
  indicators: readonly string[];
  mayAlsoFire: readonly string[];
  highRisk: boolean;
  a: Assessment;
}[] = [];
for (const l of labelled)
  results.push({
    planted: l.planted,
    indicators: l.indicators,
    mayAlsoFire: l.mayAlsoFire,
    highRisk: l.case.employers.some(isHighRiskWorkplace),
    a: await evaluator.evaluate(l.case, { index }),
  });

function rateForEach(rate: number): Record<string, number> {
  return Object.fromEntries(PATTERN_IDS.map((p) => [p, rate]));
}

const clean = results.filter((r) => r.planted.length === 0);
const cleanNote = clean.filter((r) => r.a.level === "note").length;
const cleanHigh = clean.filter((r) => r.a.level === "review" || r.a.level === "refer");
const cleanHighRisk = clean.filter((r) => r.highRisk);
const cleanHighRiskNote = cleanHighRisk.filter((r) => r.a.level === "note").length;
const firedOf = (a: Assessment) => a.fired.map((f) => f.id);

describe(`scenario: ${N} generated cases (seed "tppo-scenario"), every pattern planted at 1%`, () => {
  it(`clean cases: ${cleanNote} of ${clean.length} reach note, none review/refer`, () => {
    expect(clean.length).toBeGreaterThan(N / 2);
    expect(cleanHigh.map((r) => `${r.a.caseId} ${r.a.level} ${firedOf(r.a).join(",")}`)).toEqual([]);
  });

  it(`clean workers in high-risk sectors: ${cleanHighRiskNote} of ${cleanHighRisk.length} reach note, none review/refer`, () => {
    expect(cleanHighRisk.length).toBeGreaterThan(20);
    expect(cleanHighRisk.filter((r) => r.a.level === "review" || r.a.level === "refer")).toEqual([]);
  });

  const byPattern = PATTERN_IDS.map((p) => {
    const planted = results.filter((r) => r.planted.includes(p));
    const found = planted.filter((r) => PATTERNS[p].indicators.every((i) => firedOf(r.a).includes(i)));
    return { p, planted, found: found.length };
  });

  for (const b of byPattern)
    it(`planted ${b.p}: ${b.found} of ${b.planted.length} cases fire ${PATTERNS[b.p].indicators.join(", ")}`, () => {
      expect(b.planted.length).toBeGreaterThan(0);
      expect(b.found).toBe(b.planted.length);
    });
});

describe("cross-record indicators without an index or counts", () => {
  it("are marked not evaluated, never silently false, for a planted villa cluster", async () => {
    const group = generateGroup({ seed: "tppo-no-index", pattern: "villa-cluster", asOf });
    const a = await evaluator.evaluate(group[0]!.case);
    expect(firedOf(a)).not.toContain("address-cluster");
    expect(a.notEvaluated.map((n) => n.id)).toContain("address-cluster");
  });

  it("fire with the caller's precomputed counts instead of an index", async () => {
    const group = generateGroup({ seed: "tppo-no-index", pattern: "villa-cluster", asOf });
    const a = await evaluator.evaluate(group[0]!.case, { counts: { addressForeignerCount: group.length } });
    expect(firedOf(a)).toContain("address-cluster");
  });
});

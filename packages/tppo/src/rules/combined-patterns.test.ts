import {
  COMBINED_PATTERN_IDS,
  DEFAULT_AS_OF,
  generateLabelledCase,
  generateLabelledCases,
  type LabelledCase,
  PATTERNS,
  type PatternId,
} from "@timpora/testkit";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment.js";
import { createEvaluator } from "../evaluator.js";
import { defaultFacts } from "../facts/index.js";
import { buildPopulationIndex } from "../population-index.js";
import { defaultRuleSet } from "./index.js";

/**
 * The testkit's combined patterns against the default rule set, with the expected indicators and levels worked
 * out by hand from the catalogue (docs/indicators.md) and the level rule of issue 4 (levels.ts), not read from
 * the evaluator. Delphi: an element is positive with ≥2 strong, 1 strong + 1 medium/weak, 3 medium, or
 * 2 medium + 1 weak; weak alone never. Adult refer: means AND purpose positive with an officer-observed
 * indicator counted among them. Minor refer: act AND purpose positive. Review: act positive with a means
 * indicator, or any strong indicator, or means and purpose positive on administrative indicators alone.
 */
interface Expected {
  /** Every indicator that fires (context ones included), sorted. */
  fired: string[];
  /** Elements expected positive. */
  positive: ("act" | "means" | "purpose")[];
  level: "note" | "review" | "refer";
  /** Level reason codes, in the order levels.ts lists them. */
  reasons: string[];
}

const expected: Record<(typeof COMBINED_PATTERN_IDS)[number], Expected> = {
  // Adult on a VoA ITK working construction / on a fishing vessel, field check positive.
  // means: passport-withheld (B1, S, observed), movement-restricted (B2, S, observed),
  //        visit-permit-work-signal (A4, M) → 2 strong: positive.
  // purpose: excessive-hours-quotas (B9, S, observed: ≥12 h/day and ≤2 days off), wages-withheld (B8, M,
  //          observed) → 1 strong + 1 medium: positive. high-risk-sector (A20) fires as context only
  //          (high-risk sector, employer link, visit permit not for work) and never counts.
  // act: nothing. Observed indicators among means/purpose → refer (means-purpose-observed); no minor route.
  "forced-labour-observed": {
    fired: [
      "excessive-hours-quotas",
      "high-risk-sector",
      "movement-restricted",
      "passport-withheld",
      "visit-permit-work-signal",
      "wages-withheld",
    ],
    positive: ["means", "purpose"],
    level: "refer",
    reasons: ["refer.means-purpose-observed"],
  },
  // Adult on a work ITAS living in the mess of the karaoke/spa that employs them.
  // means: debt-to-recruiter (B3, S), deceived-about-job (B6, S), threats-incl-denunciation (B5, M for an
  //        adult), lives-at-workplace (A9, W) → 2 strong: positive.
  // purpose: wages-withheld (B8, M), bad-living-conditions (B13, M), lives-at-workplace (A9, W)
  //          → 2 medium + 1 weak: positive (without A9 it would be 2 medium only: not positive).
  // high-risk-sector does not fire: the permit is for work and no undeclared workplace was seen.
  // → refer (means-purpose-observed).
  "sexual-exploitation-observed": {
    fired: [
      "bad-living-conditions",
      "debt-to-recruiter",
      "deceived-about-job",
      "lives-at-workplace",
      "threats-incl-denunciation",
      "wages-withheld",
    ],
    positive: ["means", "purpose"],
    level: "refer",
    reasons: ["refer.means-purpose-observed"],
  },
  // Child 15–17 on a VoA ITK, no parent or guardian, arrived with unrelated adults, employer an adult venue
  // named in an earlier prostitution raid; administrative records only.
  // act: minor-without-guardian (A1, M raised to S because a purpose indicator fired), linked-to-prior-case
  //      (A19, M) → 1 strong + 1 medium: positive (2 medium without the raise would not be).
  // purpose: minor-linked-to-work (A2, S), minor-at-adult-venue (A3, S) → 2 strong: positive.
  // means: visit-permit-work-signal (A4, M) alone → not positive. high-risk-sector: context.
  // Minor with a strong purpose indicator and an act indicator → refer (the child route, issue 9:
  // child-purpose-act); the adult route does not hold.
  "child-labour-administrative": {
    fired: [
      "high-risk-sector",
      "linked-to-prior-case",
      "minor-at-adult-venue",
      "minor-linked-to-work",
      "minor-without-guardian",
      "visit-permit-work-signal",
    ],
    positive: ["act", "purpose"],
    level: "refer",
    reasons: ["refer.child-purpose-act"],
  },
  // Adult fishing crew on a high-risk vessel, living aboard, no shore leave for 7+ months, seaman's book from
  // another state, a tip names the vessel; no field check at all.
  // means: crew-no-shore-leave (A16, M), crew-document-anomaly (A14, M), lives-at-workplace (A9, W)
  //        → 2 medium + 1 weak: positive.
  // purpose: vessel-risk-profile (A15, M), scam-compound-tip (A21's tip, M), lives-at-workplace (W)
  //          → 2 medium + 1 weak: positive.
  // act: scam-compound-tip (M) alone → not positive. No observed indicator → not refer; no strong
  // indicator, act not positive → the only review route is means-purpose-administrative.
  "admin-only-means-purpose": {
    fired: [
      "crew-document-anomaly",
      "crew-no-shore-leave",
      "lives-at-workplace",
      "scam-compound-tip",
      "vessel-risk-profile",
    ],
    positive: ["means", "purpose"],
    level: "review",
    reasons: ["review.means-purpose-administrative"],
  },
};

const asOf = DEFAULT_AS_OF;
const PER_PATTERN = 12;
const planted: LabelledCase[] = COMBINED_PATTERN_IDS.flatMap((pattern) =>
  Array.from({ length: PER_PATTERN }, (_, index) =>
    generateLabelledCase({ seed: `combined-${pattern}`, index, plant: [pattern] }),
  ),
);
// A clean background population, so that the index counts are realistic (and nothing planted clusters).
const background = [...generateLabelledCases({ seed: "combined-background", count: 400 })];
const population = [...planted, ...background].map((l) => l.case);
const index = await buildPopulationIndex(population, { asOf, facts: defaultFacts });
const evaluator = createEvaluator({ asOf, ruleSet: defaultRuleSet });

const assessed: { pattern: PatternId; labelled: LabelledCase; a: Assessment }[] = [];
for (const labelled of planted)
  assessed.push({
    pattern: labelled.planted[0]!,
    labelled,
    a: await evaluator.evaluate(labelled.case, { index }),
  });

const firedIds = (a: Assessment) => a.fired.map((f) => f.id).sort();
const positiveElements = (a: Assessment) =>
  (["act", "means", "purpose"] as const).filter((e) => a.elements[e].positive);

describe("combined testkit patterns under the default rule set (with a population index)", () => {
  for (const pattern of COMBINED_PATTERN_IDS) {
    const exp = expected[pattern];
    const mine = assessed.filter((x) => x.pattern === pattern);

    describe(`${pattern} → ${exp.level}`, () => {
      it(`fires exactly ${exp.fired.join(", ")} in each of ${PER_PATTERN} cases`, () => {
        expect(mine).toHaveLength(PER_PATTERN);
        for (const { a } of mine) expect(firedIds(a), a.caseId).toEqual(exp.fired);
      });

      it(`makes ${exp.positive.join(" and ")} positive and reaches ${exp.level} (${exp.reasons.join(", ")})`, () => {
        for (const { a } of mine) {
          expect(positiveElements(a), a.caseId).toEqual(exp.positive);
          expect(a.level, a.caseId).toBe(exp.level);
          expect(
            a.levelReasons.map((r) => r.code),
            a.caseId,
          ).toEqual(exp.reasons);
        }
      });

      it("matches the testkit's labels: the labelled indicators fire, the rest is allowed side effects", () => {
        expect(PATTERNS[pattern].expectedLevel).toBe(exp.level);
        for (const { labelled, a } of mine) {
          const fired = firedIds(a);
          for (const id of labelled.indicators) expect(fired, `${a.caseId} ${id}`).toContain(id);
          const allowed = new Set([...labelled.indicators, ...labelled.mayAlsoFire]);
          expect(
            fired.filter((id) => !allowed.has(id)),
            a.caseId,
          ).toEqual([]);
        }
      });
    });
  }

  it("the officer-observed evidence is what separates refer from review for adults", () => {
    const observedIn = (p: PatternId) =>
      assessed.filter((x) => x.pattern === p).every((x) => x.a.fired.some((f) => f.needsObservation));
    expect(observedIn("forced-labour-observed")).toBe(true);
    expect(observedIn("sexual-exploitation-observed")).toBe(true);
    const adminOnly = assessed.filter((x) => x.pattern === "admin-only-means-purpose");
    for (const { a, labelled } of adminOnly) {
      expect(labelled.case.observations).toEqual([]);
      expect(a.fired.filter((f) => f.needsObservation)).toEqual([]);
    }
  });

  it("the clean background stays below review", () => {
    return Promise.all(
      background.map(async (l) => {
        const a = await evaluator.evaluate(l.case, { index });
        expect(["none", "note"], `${a.caseId} ${firedIds(a).join(",")}`).toContain(a.level);
      }),
    );
  });
});

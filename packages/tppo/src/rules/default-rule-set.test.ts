import { describe, expect, it } from "vitest";
import { createEvaluator } from "../evaluator.js";
import { defaultFacts } from "../facts/index.js";
import type { IndicatorRule } from "../rule-set.js";
import { validateRuleSet } from "../validate-rule-set.js";
import { baseCase, FIXTURE_AS_OF } from "./case-fixtures.js";
import { defaultRuleSet } from "./index.js";
import { type FixtureCase, indicatorFixtures } from "./indicator-fixtures.js";

const evaluator = createEvaluator({ asOf: FIXTURE_AS_OF, ruleSet: defaultRuleSet });

async function firedIds(f: FixtureCase): Promise<string[]> {
  const a = await evaluator.evaluate(f.case, f.counts === undefined ? {} : { counts: f.counts });
  return a.fired.map((x) => x.id);
}

/**
 * The brief's catalogue (tppo.md §5.3–5.4): 25 part A and 14 part B entries, as 42 rules: A19 is split by its
 * link (sponsor or employer, address, phone) and A21 by its evidence (profile, tip), so each sits in the
 * correlation group of what it rests on (issue 9).
 */
const partA = [
  "minor-without-guardian",
  "minor-linked-to-work",
  "minor-at-adult-venue",
  "visit-permit-work-signal",
  "sponsor-many-foreigners",
  "sponsor-unverifiable",
  "sponsor-employer-mismatch",
  "address-cluster",
  "lives-at-workplace",
  "group-at-adult-venue",
  "overstay",
  "shared-contact-details",
  "group-arrival-pattern",
  "crew-document-anomaly",
  "vessel-risk-profile",
  "crew-no-shore-leave",
  "marriage-broker-pattern",
  "bride-minor-or-id-anomaly",
  "linked-to-prior-case",
  "address-linked-to-prior-case",
  "contact-linked-to-prior-case",
  "high-risk-sector",
  "scam-compound-profile",
  "scam-compound-tip",
  "exit-to-scam-hub-route",
  "investor-retiree-permit-working",
  "identity-fraud",
  "refugee-moved-or-absconded",
];
const partB = [
  "passport-withheld",
  "movement-restricted",
  "debt-to-recruiter",
  "violence-signs",
  "threats-incl-denunciation",
  "deceived-about-job",
  "deceived-about-terms",
  "wages-withheld",
  "excessive-hours-quotas",
  "forced-criminality",
  "third-party-control",
  "cannot-state-basics",
  "bad-living-conditions",
  "communication-restricted",
];
const rule = (id: string): IndicatorRule => {
  const r = defaultRuleSet.rules.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no rule ${id}`);
  return r;
};

describe("defaultRuleSet", () => {
  it("passes validateRuleSet against the default facts", () => {
    const r = validateRuleSet(defaultRuleSet, { facts: defaultFacts });
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it("holds the brief's 39 catalogue entries as 42 rules, part B needing observation and part A not", () => {
    expect(defaultRuleSet.rules.map((r) => r.id).sort()).toEqual([...partA, ...partB].sort());
    for (const id of partA) expect(rule(id).needsObservation, id).toBe(false);
    for (const id of partB) expect(rule(id).needsObservation, id).toBe(true);
  });

  it("uses the brief's strengths and elements (tppo.md §5.3–5.4)", () => {
    const S = (id: string) => rule(id).strength;
    expect(
      ["passport-withheld", "movement-restricted", "debt-to-recruiter", "violence-signs"].map(S),
    ).toEqual(["strong", "strong", "strong", "strong"]);
    expect(["overstay", "lives-at-workplace", "group-arrival-pattern", "high-risk-sector"].map(S)).toEqual([
      "weak",
      "weak",
      "weak",
      "weak",
    ]);
    expect(S("sponsor-many-foreigners")).toBe("weak");
    expect(rule("group-at-adult-venue").elements).toEqual(["act", "purpose"]);
    expect(rule("forced-criminality").elements).toEqual(["purpose", "means"]);
    expect(rule("high-risk-sector").context).toBe(true);
  });

  it("gives the brief's conditional strengths", () => {
    expect(rule("threats-incl-denunciation").strengthOverrides).toEqual([
      { strength: "strong", when: { minor: true } },
    ]);
    expect(rule("forced-criminality").strengthOverrides).toEqual([
      { strength: "strong", when: { minor: true } },
    ]);
    expect(rule("crew-no-shore-leave").strengthOverrides).toEqual([
      { strength: "strong", when: { alsoFired: ["movement-restricted"] } },
    ]);
    expect(rule("sponsor-many-foreigners").strengthOverrides).toEqual([
      { strength: "medium", when: { alsoFired: ["sponsor-unverifiable"] } },
      { strength: "medium", when: { alsoFired: ["address-cluster"] } },
    ]);
    // A1: strong with ANY purpose item: one override per non-context purpose indicator.
    const purposeIds = defaultRuleSet.rules
      .filter((r) => r.elements.includes("purpose") && r.context !== true)
      .map((r) => r.id)
      .sort();
    const a1 = (rule("minor-without-guardian").strengthOverrides ?? []).flatMap((o) =>
      "alsoFired" in o.when ? o.when.alsoFired : [],
    );
    expect(a1.sort()).toEqual(purposeIds);
  });

  it("puts A8, A10, A21 in the address group, A5, A6, A19 in the sponsor group, and each A19 link in its own", () => {
    const group = (g: string) =>
      defaultRuleSet.rules
        .filter((r) => r.correlationGroup === g)
        .map((r) => r.id)
        .sort();
    expect(group("address")).toEqual([
      "address-cluster",
      "address-linked-to-prior-case",
      "group-at-adult-venue",
      "scam-compound-profile",
      "scam-compound-tip",
    ]);
    expect(group("sponsor")).toEqual([
      "linked-to-prior-case",
      "sponsor-many-foreigners",
      "sponsor-unverifiable",
    ]);
    expect(group("contact")).toEqual(["contact-linked-to-prior-case", "shared-contact-details"]);
  });

  it("starts every rule on UU 21/2007's day in force and marks Delphi-derived sources low", () => {
    for (const r of defaultRuleSet.rules) {
      expect(r.validFrom, r.id).toBe("2007-04-19");
      expect(r.event).toEqual({ type: "indicator", params: { indicator: r.id } });
      for (const s of r.sources.filter((x) => x.ref.includes("Delphi")))
        expect(s.confidence, r.id).toBe("low");
    }
  });

  it("fires nothing on the base fixture", async () => {
    expect(await firedIds({ case: baseCase() })).toEqual([]);
  });
});

describe.each(Object.keys(indicatorFixtures))("indicator %s", (id) => {
  const fixture = indicatorFixtures[id]!;
  it("fires on its hand-built case", async () => {
    expect(await firedIds(fixture.fires)).toContain(id);
  });
  it("does not fire on the near miss", async () => {
    expect(await firedIds(fixture.nearMiss)).not.toContain(id);
  });
});

describe("fixtures", () => {
  it("cover every rule of the default set", () => {
    expect(Object.keys(indicatorFixtures).sort()).toEqual(defaultRuleSet.rules.map((r) => r.id).sort());
  });
});

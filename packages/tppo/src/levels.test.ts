import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CountableIndicator,
  countedFor,
  delphiElementPatterns,
  levelOf,
  satisfiesPattern,
} from "./levels.js";
import type { Element, Strength } from "./rule-set.js";

const ind = (
  id: string,
  strength: Strength,
  elements: Element[],
  over: Partial<CountableIndicator> = {},
): CountableIndicator => ({ id, strength, elements, needsObservation: false, ...over });
const positive = (strengths: Strength[]) => delphiElementPatterns.some((p) => satisfiesPattern(strengths, p));

describe("element positive under the Delphi patterns (tppo.md §2.3)", () => {
  it.each<[Strength[], boolean]>([
    [["strong", "strong"], true],
    [["strong", "medium"], true],
    [["strong", "weak"], true],
    [["medium", "medium", "medium"], true],
    [["medium", "medium", "weak"], true],
    [["strong"], false],
    [["medium", "medium"], false],
    [["medium", "weak", "weak"], false],
    [["weak", "weak", "weak", "weak", "weak"], false],
    [[], false],
  ])("%j → %s", (strengths, expected) => {
    expect(positive(strengths)).toBe(expected);
  });

  it("weak-only never makes an element positive, whatever the count", () => {
    fc.assert(fc.property(fc.nat(50), (n) => !positive(Array<Strength>(n).fill("weak"))));
  });

  it("adding an indicator never turns a positive element negative", () => {
    const strength = fc.constantFrom<Strength>("strong", "medium", "weak");
    fc.assert(
      fc.property(
        fc.array(strength, { maxLength: 8 }),
        strength,
        (xs, x) => !positive(xs) || positive([...xs, x]),
      ),
    );
  });
});

describe("correlation groups count once per element, the strongest fired indicator", () => {
  it("keeps only the strongest of a group, element by element", () => {
    const fired = [
      ind("address-cluster", "medium", ["act"], { correlationGroup: "address" }),
      ind("scam-compound-profile", "medium", ["act", "purpose"], { correlationGroup: "address" }),
      ind("women-group-venue-link", "strong", ["act", "purpose"], { correlationGroup: "address" }),
      ind("overstay", "weak", ["means"]),
    ];
    expect(countedFor("act", fired).map((i) => i.id)).toEqual(["women-group-venue-link"]);
    expect(countedFor("means", fired).map((i) => i.id)).toEqual(["overstay"]);
  });

  it("three medium indicators of one group do not make an element positive; three ungrouped do", () => {
    const grouped = ["a", "b", "c"].map((id) => ind(id, "medium", ["act"], { correlationGroup: "sponsor" }));
    const free = ["a", "b", "c"].map((id) => ind(id, "medium", ["act"]));
    expect(levelOf(grouped, false).elements.act).toEqual({ positive: false, counted: ["a"] });
    expect(levelOf(free, false).elements.act.positive).toBe(true);
  });

  it("context indicators never count toward an element", () => {
    const fired = [
      ind("high-risk-sector", "strong", ["purpose"], { context: true }),
      ind("x", "strong", ["purpose"]),
    ];
    expect(levelOf(fired, false).elements.purpose).toEqual({ positive: false, counted: ["x"] });
  });
});

describe("level rule, one test per branch (issue 4)", () => {
  it("none: nothing fired", () => {
    expect(levelOf([], false).level).toBe("none");
  });
  it("note: weak-only indicators", () => {
    const r = levelOf([ind("overstay", "weak", ["means"]), ind("group-arrival", "weak", ["act"])], false);
    expect(r.level).toBe("note");
  });
  it("review: any strong indicator", () => {
    const r = levelOf([ind("passport-withheld", "strong", ["means"], { needsObservation: true })], false);
    expect(r.level).toBe("review");
    expect(r.reasons.map((x) => x.code)).toEqual(["review.strong-indicator"]);
  });
  it("review: act positive and any means indicator (even weak)", () => {
    const fired = [
      ind("a1", "medium", ["act"]),
      ind("a2", "medium", ["act"]),
      ind("a3", "medium", ["act"]),
      ind("m", "weak", ["means"]),
    ];
    const r = levelOf(fired, false);
    expect(r.elements.act.positive).toBe(true);
    expect(r.level).toBe("review");
    expect(r.reasons.map((x) => x.code)).toEqual(["review.act-and-means"]);
  });
  it("note: act positive without any means indicator", () => {
    const fired = [ind("a1", "medium", ["act"]), ind("a2", "medium", ["act"]), ind("a3", "medium", ["act"])];
    expect(levelOf(fired, false).level).toBe("note");
  });
  const meansPurposeAdmin = [
    ind("m1", "medium", ["means"]),
    ind("m2", "medium", ["means"]),
    ind("m3", "medium", ["means"]),
    ind("p1", "medium", ["purpose"]),
    ind("p2", "medium", ["purpose"]),
    ind("p3", "weak", ["purpose"]),
  ];
  it("review, not refer: an adult whose means and purpose rest on administrative indicators only", () => {
    const r = levelOf(meansPurposeAdmin, false);
    expect([r.elements.means.positive, r.elements.purpose.positive]).toEqual([true, true]);
    expect(r.level).toBe("review");
    expect(r.reasons.map((x) => x.code)).toEqual(["review.means-purpose-administrative"]);
  });
  it("refer: an adult with means and purpose positive and an officer-observed indicator among them", () => {
    const fired = meansPurposeAdmin.map((i) => (i.id === "p1" ? { ...i, needsObservation: true } : i));
    const r = levelOf(fired, false);
    expect(r.level).toBe("refer");
    expect(r.reasons.map((x) => x.code)).toEqual(["refer.means-purpose-observed"]);
  });
  it("an observed indicator outside means and purpose does not make an adult's case refer", () => {
    const fired = [...meansPurposeAdmin, ind("obs-act", "weak", ["act"], { needsObservation: true })];
    expect(levelOf(fired, false).level).toBe("review");
  });
  it("refer: a minor with act and purpose positive on administrative evidence, no means (Palermo 3(c))", () => {
    const fired = [
      ind("minor-without-guardian", "strong", ["act"]),
      ind("group-arrival", "weak", ["act"]),
      ind("minor-linked-to-work", "strong", ["purpose"]),
      ind("minor-at-adult-venue", "strong", ["purpose"]),
    ];
    const minor = levelOf(fired, true);
    expect(minor.level).toBe("refer");
    expect(minor.reasons.map((x) => x.code)).toEqual(["refer.child-purpose-act"]);
    expect(levelOf(fired, false).level).toBe("review");
  });
});

describe("the child route (issue 9; tppo.md §5.5, revised note)", () => {
  // The three child cases, as the level rule sees them.
  it("refer: a 14-year-old without a guardian, arrived with unrelated adults, living at a karaoke employer", () => {
    const fired = [
      ind("minor-without-guardian", "strong", ["act"]),
      ind("minor-at-adult-venue", "strong", ["purpose"]),
      ind("minor-linked-to-work", "strong", ["purpose"]),
    ];
    const r = levelOf(fired, true);
    expect(r.elements.act.positive).toBe(false); // one act indicator: not positive under the Delphi rule
    expect(r.level).toBe("refer");
    expect(r.reasons.map((x) => x.code)).toEqual(["refer.child-purpose-act"]);
  });
  it("refer: a 14-year-old an officer found working 14 hours a day unpaid (no act indicator at all)", () => {
    const fired = [
      ind("excessive-hours-quotas", "strong", ["purpose"], { needsObservation: true }),
      ind("wages-withheld", "medium", ["purpose"], { needsObservation: true }),
      ind("minor-linked-to-work", "strong", ["purpose"]),
    ];
    const r = levelOf(fired, true);
    expect(r.level).toBe("refer");
    expect(r.reasons.map((x) => x.code)).toEqual(["refer.child-purpose-observed"]);
    // The adult rule keeps its requirement of means: the same findings for an adult are a review.
    expect(levelOf(fired, false).level).toBe("review");
  });
  it("review: an unaccompanied 13-year-old with nothing else recorded (one medium act indicator)", () => {
    const r = levelOf([ind("minor-without-guardian", "medium", ["act"])], true);
    expect(r.level).toBe("review");
    expect(r.reasons.map((x) => x.code)).toEqual(["review.child-act"]);
    expect(levelOf([ind("minor-without-guardian", "medium", ["act"])], false).level).toBe("note");
  });
  it("a minor with purpose only (no act, no observation) is a review on a strong indicator, not a referral", () => {
    const r = levelOf([ind("minor-linked-to-work", "strong", ["purpose"])], true);
    expect(r.level).toBe("review");
    expect(r.reasons.map((x) => x.code)).toEqual(["review.strong-indicator"]);
  });
  it("a medium purpose indicator with an act indicator is not a child referral unless purpose is positive", () => {
    const fired = [ind("a1", "medium", ["act"]), ind("p1", "medium", ["purpose"])];
    expect(levelOf(fired, true).level).toBe("review");
    const positive = [...fired, ind("p2", "medium", ["purpose"]), ind("p3", "medium", ["purpose"])];
    expect(levelOf(positive, true).level).toBe("refer");
  });
  it("context-only indicators never open the child route", () => {
    const fired = [
      ind("high-risk-sector", "strong", ["purpose"], { context: true }),
      ind("a1", "weak", ["act"], { context: true }),
    ];
    expect(levelOf(fired, true).level).toBe("note");
  });
});

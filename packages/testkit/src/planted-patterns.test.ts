/**
 * Each planted pattern shows, in the records, the condition of the indicator it is meant to fire
 * (TPPO brief §5.3–5.4), restated here independently of the generator.
 */

import { daysBetween } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { age, isInIndonesia, permitInForce } from "./case-checks.fixture.js";
import { DEFAULT_AS_OF as asOf, generateCase, generateGroup, generateLabelledCases } from "./generate.js";
import { COMBINED_PATTERN_IDS, PATTERNS, type PatternId } from "./pattern-catalogue.js";

const cases = (pattern: PatternId, n = 20) =>
  Array.from({ length: n }, (_, index) => generateCase({ seed: `p-${pattern}`, index, plant: [pattern] }));
const group = (pattern: PatternId, size: number, index = 0) =>
  generateGroup({ seed: `g-${pattern}`, pattern, size, index }).map((l) => l.case);

describe("single-case patterns", () => {
  it("overstay: no permit covers asOf, the last one ended 3–45 days before, and the person has not left (A11)", () => {
    for (const c of cases("overstay")) {
      expect(permitInForce(c, asOf)).toBeUndefined();
      const last = c.permits.at(-1)!;
      const over = daysBetween(last.validUntil!, asOf);
      expect(over).toBeGreaterThanOrEqual(3);
      expect(over).toBeLessThanOrEqual(45);
      expect(isInIndonesia(c, asOf)).toBe(true);
      expect(last.pendingApplication).toBeUndefined();
    }
  });

  it("working-on-visit-permit: an ITK in force and an employer link (A4)", () => {
    for (const c of cases("working-on-visit-permit")) {
      expect(permitInForce(c, asOf)?.kind).toBe("itk");
      expect(c.person.employerId).toBeDefined();
      expect(c.employers.map((e) => e.id)).toContain(c.person.employerId);
    }
  });

  it("minor-without-guardian: under 18, no parent or guardian, arrived with unrelated adults (A1)", () => {
    for (const c of cases("minor-without-guardian")) {
      expect(age(c.person.birthDate, asOf)!).toBeLessThan(18);
      expect(c.relations.filter((r) => r.kind === "parent" || r.kind === "guardian")).toHaveLength(0);
      expect(c.movements.find((m) => m.direction === "entry")!.coTravellerIds.length).toBeGreaterThan(0);
    }
  });

  it("minor-linked-to-work: 15–17 with an employer link and a parent (A2)", () => {
    for (const c of cases("minor-linked-to-work")) {
      const years = age(c.person.birthDate, asOf)!;
      expect(years).toBeGreaterThanOrEqual(15);
      expect(years).toBeLessThan(18);
      expect(c.person.employerId).toBeDefined();
      expect(c.relations.some((r) => r.kind === "parent")).toBe(true);
    }
  });

  it("observation patterns carry exactly their positive answer on a lawful worker (B1, B2, B3, B6, B8)", () => {
    const expected: [PatternId, (a: Record<string, unknown>) => boolean][] = [
      ["passport-withheld", (a) => a.documentHolder === "employer"],
      ["movement-restricted", (a) => a.canLeaveFreely === false && a.guarded === true],
      ["debt-to-recruiter", (a) => a.debtOwed === true && a.debtCreditor === "recruiter"],
      ["deceived-about-job", (a) => a.jobDiffersFromPromise === true],
      ["wages-withheld", (a) => a.paid === "not-paid"],
    ];
    for (const [pattern, holds] of expected) {
      for (const c of cases(pattern, 10)) {
        expect(permitInForce(c, asOf)?.purpose, pattern).toBe("work");
        expect(c.observations).toHaveLength(1);
        expect(holds(c.observations[0]!.answers), pattern).toBe(true);
      }
    }
  });

  it("patterns combine: a withheld passport and unpaid wages in one field check", () => {
    const c = generateCase({ seed: "combo", plant: ["passport-withheld", "wages-withheld"] });
    expect(c.observations[0]!.answers).toMatchObject({ documentHolder: "employer", paid: "not-paid" });
  });

  it("crew-no-shore-leave: on a crew list for more than 6 months with no shore leave (A16)", () => {
    for (const c of cases("crew-no-shore-leave")) {
      expect(c.crew[0]!.shoreLeave).toEqual([]);
      expect(daysBetween(c.crew[0]!.onCrewListFrom, asOf)).toBeGreaterThan(183);
      expect(permitInForce(c, asOf)).toBeDefined();
    }
  });

  it("identity-fraud: the biometric matches another identity (A24)", () => {
    for (const c of cases("identity-fraud", 5))
      expect(c.identityFlags?.biometricMatchOtherIdentity).toBe(true);
  });
});

describe("group patterns", () => {
  it("sponsor-many-foreigners: one sponsor, unrelated people, separate lodgings (A5)", () => {
    const g = group("sponsor-many-foreigners", 7);
    expect(new Set(g.map((c) => c.person.sponsorId)).size).toBe(1);
    expect(new Set(g.map((c) => c.person.addressIds[0])).size).toBe(7);
    for (const c of g) expect(c.relations).toHaveLength(0);
  });

  it("villa-cluster: one non-hotel address for all, different sponsors and employers (A8)", () => {
    const g = group("villa-cluster", 6);
    expect(new Set(g.map((c) => c.person.addressIds[0])).size).toBe(1);
    expect(g[0]!.addresses.find((a) => a.id === g[0]!.person.addressIds[0])!.lodgingKind).toBe("villa");
    expect(new Set(g.map((c) => c.person.sponsorId)).size).toBe(6);
  });

  it("shared-phone: the same phone as personal contact of unrelated people (A12)", () => {
    const g = group("shared-phone", 4);
    const phones = g.map((c) => c.person.contacts.find((x) => x.kind === "phone")!.value);
    expect(new Set(phones).size).toBe(1);
  });

  it("group-arrival: same flight and day, one-way, listed as co-travellers, unrelated (A13)", () => {
    const g = group("group-arrival", 6);
    const entries = g.map((c) => c.movements.find((m) => m.direction === "entry")!);
    expect(new Set(entries.map((m) => `${m.conveyance.number}@${m.date}`)).size).toBe(1);
    for (const m of entries) {
      expect(m.ticket).toBe("one-way");
      expect(m.coTravellerIds).toHaveLength(5);
    }
  });

  it("scam-compound: work-age visit-permit holders without employer at one address named in a tip (A21, A8)", () => {
    const g = group("scam-compound", 6);
    const address = g[0]!.person.addressIds[0]!;
    for (const c of g) {
      expect(c.person.addressIds[0]).toBe(address);
      expect(permitInForce(c, asOf)?.kind).toBe("itk");
      expect(c.person.employerId).toBeUndefined();
      const years = age(c.person.birthDate, asOf)!;
      expect(years >= 20 && years <= 35).toBe(true);
      expect(c.enforcement.some((e) => e.subject.type === "address" && e.subject.ref === address)).toBe(true);
    }
  });

  it("broker-marriage: married an Indonesian 3–20 days after arrival, all through one broker (A17)", () => {
    const g = group("broker-marriage", 3);
    const brokers = new Set<string>();
    for (const c of g) {
      const spouse = c.relations.find((r) => r.kind === "spouse")!;
      const arrival = c.movements.find((m) => m.direction === "entry")!;
      const days = daysBetween(arrival.date, spouse.since!);
      expect(days >= 3 && days <= 20).toBe(true);
      expect(spouse.otherParty?.indonesian).toBe(true);
      brokers.add(spouse.viaBrokerId!);
    }
    expect(brokers.size).toBe(1);
  });
});

describe("combined patterns (several indicators in one case, TPPO brief §5.3–5.5)", () => {
  const residenceIds = (c: ReturnType<typeof cases>[number]) => new Set(c.person.addressIds);

  it("forced-labour-observed: an adult on a visit ITK working construction or fishing; the field check finds B1, B2, B8, B9", () => {
    for (const c of cases("forced-labour-observed")) {
      expect(permitInForce(c, asOf)?.kind).toBe("itk");
      expect(age(c.person.birthDate, asOf)!).toBeGreaterThanOrEqual(18);
      expect(["construction", "fishing"]).toContain(c.employers[0]!.sector);
      expect(c.person.employerId).toBe(c.employers[0]!.id);
      expect(c.observations).toHaveLength(1);
      const a = c.observations[0]!.answers;
      expect(a.documentHolder).toBe("employer");
      expect(a.canLeaveFreely).toBe(false);
      expect(a.paid === "below-promised" || a.excessiveDeductions === true).toBe(true);
      // B9 default: 12 hours or more a day with 2 or fewer days off a month.
      expect(a.hoursPerDay!).toBeGreaterThanOrEqual(12);
      expect(a.daysOffPerMonth!).toBeLessThanOrEqual(2);
    }
  });

  it("sexual-exploitation-observed: an adult worker living at the adult venue that employs them; B3, B5, B6, B8, B13 observed", () => {
    for (const c of cases("sexual-exploitation-observed")) {
      expect(age(c.person.birthDate, asOf)!).toBeGreaterThanOrEqual(18);
      const venue = c.employers[0]!;
      expect(["entertainment", "massage-spa"]).toContain(venue.sector);
      expect(residenceIds(c).has(venue.addressId!)).toBe(true);
      const a = c.observations[0]!.answers;
      expect(a).toMatchObject({ debtOwed: true, debtCreditor: "recruiter", jobDiffersFromPromise: true });
      expect(a.threats!.length).toBeGreaterThan(0);
      expect(a.paid).toBe("not-paid");
      expect(a.overcrowded).toBe(true);
    }
  });

  it("child-labour-administrative: 15–17, no parent or guardian, adult-venue employer named in a prior raid, no field check", () => {
    for (const c of cases("child-labour-administrative")) {
      const years = age(c.person.birthDate, asOf)!;
      expect(years >= 15 && years < 18).toBe(true);
      expect(c.relations.filter((r) => r.kind === "parent" || r.kind === "guardian")).toHaveLength(0);
      expect(["entertainment", "massage-spa"]).toContain(c.employers[0]!.sector);
      expect(c.observations).toEqual([]);
      const raid = c.enforcement.find((e) => e.kind === "prostitution-raid")!;
      expect(raid.subject).toEqual({ type: "employer", ref: c.employers[0]!.id });
      expect(raid.date < asOf).toBe(true);
      expect(isInIndonesia(c, asOf)).toBe(true);
    }
  });

  it("admin-only-means-purpose: high-risk vessel crew living aboard, 7+ months ashore-less, foreign seaman's book, a tip, no field check", () => {
    for (const c of cases("admin-only-means-purpose")) {
      const crew = c.crew[0]!;
      expect(crew.vesselRisk).toBe("high");
      expect(crew.shoreLeave).toEqual([]);
      expect(daysBetween(crew.onCrewListFrom, asOf)).toBeGreaterThanOrEqual(210);
      const passport = c.documents.find((d) => d.kind === "passport")!;
      expect(crew.seamanBookNationality).not.toBe(passport.issuingState);
      expect(c.observations).toEqual([]);
      const home = c.person.addressIds[0]!;
      expect(c.addresses.find((a) => a.id === home)!.lodgingKind).toBe("vessel");
      expect(c.employers[0]!.addressId).toBe(home);
      expect(c.enforcement.some((e) => e.kind === "tip" && e.subject.ref === home)).toBe(true);
      expect(permitInForce(c, asOf)).toBeDefined();
    }
  });

  it("are single-case, opt-in and labelled with their expected level", () => {
    for (const id of COMBINED_PATTERN_IDS) {
      expect(PATTERNS[id].scope).toBe("case");
      expect(PATTERNS[id].expectedLevel).toBeDefined();
    }
    const unplanted = [...generateLabelledCases({ seed: "opt-in", count: 300, plant: { overstay: 0.05 } })];
    expect(unplanted.filter((l) => l.planted.some((p) => COMBINED_PATTERN_IDS.includes(p as never)))).toEqual(
      [],
    );
  });
});

/**
 * Each planted pattern shows, in the records, the condition of the indicator it is meant to fire
 * (TPPO brief §5.3–5.4), restated here independently of the generator.
 */

import { daysBetween } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { age, isInIndonesia, permitInForce } from "./case-checks.fixture.js";
import { generateCase, generateGroup, generateLabelledCases } from "./generate.js";
import { DEFAULT_AS_OF as asOf } from "./generator-setup.js";
import {
  CHILD_PATTERN_IDS,
  COMBINED_PATTERN_IDS,
  PATTERN_IDS,
  PATTERNS,
  type PatternId,
} from "./pattern-catalogue.js";

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

  it("minor-without-guardian: under 18, no parent or guardian, the entry records unrelated adults or no company (A1 on positive evidence)", () => {
    const seen = new Set<string>();
    for (const c of cases("minor-without-guardian")) {
      expect(age(c.person.birthDate, asOf)!).toBeLessThan(18);
      expect(c.relations.filter((r) => r.kind === "parent" || r.kind === "guardian")).toHaveLength(0);
      const entry = c.movements.find((m) => m.direction === "entry")!;
      seen.add(entry.accompaniedBy!);
      if (entry.accompaniedBy === "unrelated-adults") {
        // Arrived with unrelated adults: co-travellers, none of them a relation.
        expect(entry.coTravellerIds.length).toBeGreaterThan(0);
        const related = new Set(c.relations.map((r) => r.otherPartyId));
        for (const id of entry.coTravellerIds) expect(related.has(id)).toBe(false);
      } else {
        expect(entry.accompaniedBy).toBe("alone");
        expect(entry.coTravellerIds).toEqual([]);
      }
    }
    expect([...seen].sort()).toEqual(["alone", "unrelated-adults"]);
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
      // B1 as revised: an employer holds the passport and refused to give it back.
      ["passport-withheld", (a) => a.documentHolder === "employer" && a.documentHolderReason === "refused"],
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
    expect(c.observations[0]!.answers).toMatchObject({
      documentHolder: "employer",
      documentHolderReason: "refused",
      paid: "not-paid",
    });
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

  it("scam-compound: unrelated work-age visit-permit holders without employer at one house named in a tip (A21 profile and tip, A8)", () => {
    const g = group("scam-compound", 6);
    const address = g[0]!.person.addressIds[0]!;
    for (const c of g) {
      expect(c.person.addressIds[0]).toBe(address);
      // A house, villa or shophouse: an address that counts toward a cluster (not a hotel, kos, mess, …).
      expect(["house", "villa", "ruko"]).toContain(c.addresses.find((a) => a.id === address)!.lodgingKind);
      expect(permitInForce(c, asOf)?.kind).toBe("itk");
      expect(c.person.employerId).toBeUndefined();
      expect(c.employers).toEqual([]);
      expect(c.relations).toEqual([]);
      const years = age(c.person.birthDate, asOf)!;
      expect(years >= 20 && years <= 35).toBe(true);
      expect(
        c.enforcement.some(
          (e) => e.kind === "tip" && e.subject.type === "address" && e.subject.ref === address,
        ),
      ).toBe(true);
    }
  });

  it("adult-venue-group: unrelated adults of either sex on visit permits, in their own guest houses, linked to one adult venue (A10, A4)", () => {
    const sexes = new Set<string>();
    for (let index = 0; index < 6; index++) {
      const g = group("adult-venue-group", 4, index);
      expect(new Set(g.map((c) => c.person.employerId)).size).toBe(1);
      expect(new Set(g.map((c) => c.person.addressIds[0])).size).toBe(4);
      for (const c of g) {
        sexes.add(c.person.sex);
        expect(permitInForce(c, asOf)?.kind).toBe("itk");
        expect(age(c.person.birthDate, asOf)!).toBeGreaterThanOrEqual(18);
        expect(c.relations).toEqual([]);
        const venue = c.employers[0]!;
        expect(["karaoke", "spa", "massage", "bar", "nightclub"]).toContain(venue.venueType);
        expect(venue.indonesianEntity).toBe(true);
        expect(c.addresses.find((a) => a.id === c.person.addressIds[0])!.lodgingKind).toBe("guest-house");
      }
    }
    expect([...sexes].sort()).toEqual(["F", "M"]);
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
      expect(a.documentHolderReason).toBe("refused");
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
      expect(["karaoke", "spa", "massage", "bar", "nightclub"]).toContain(venue.venueType);
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
      expect(c.movements.find((m) => m.direction === "entry")!.accompaniedBy).toBe("unrelated-adults");
      expect(["entertainment", "massage-spa"]).toContain(c.employers[0]!.sector);
      expect(["karaoke", "spa", "massage", "bar", "nightclub"]).toContain(c.employers[0]!.venueType);
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
    for (const id of COMBINED_PATTERN_IDS) expect(PATTERNS[id].scope).toBe("case");
    expect(COMBINED_PATTERN_IDS.map((id) => PATTERNS[id].expectedLevel)).toEqual([
      "refer",
      "refer",
      "refer",
      "review",
    ]);
    const unplanted = [...generateLabelledCases({ seed: "opt-in", count: 300, plant: { overstay: 0.05 } })];
    expect(unplanted.filter((l) => l.planted.some((p) => COMBINED_PATTERN_IDS.includes(p as never)))).toEqual(
      [],
    );
  });
});

describe("child patterns (issue 9: the child route, tppo.md §5.5 revised; Palermo Art. 3(c))", () => {
  const entryOf = (c: ReturnType<typeof cases>[number]) => c.movements.find((m) => m.direction === "entry")!;

  it("child-at-adult-venue: 14, arrived with unrelated adults, no parent or guardian, lives at the karaoke that employs them, no field check", () => {
    for (const c of cases("child-at-adult-venue")) {
      expect(age(c.person.birthDate, asOf)).toBe(14);
      expect(entryOf(c).accompaniedBy).toBe("unrelated-adults");
      expect(entryOf(c).coTravellerIds.length).toBeGreaterThan(0);
      expect(c.relations).toEqual([]);
      expect(permitInForce(c, asOf)?.kind).toBe("itk");
      const employer = c.employers[0]!;
      expect(c.person.employerId).toBe(employer.id);
      expect(employer.venueType).toBe("karaoke");
      expect(employer.indonesianEntity).toBe(true);
      expect(c.person.addressIds).toEqual([employer.addressId]);
      expect(c.observations).toEqual([]);
      expect(isInIndonesia(c, asOf)).toBe(true);
    }
  });

  it("child-labour-observed: 14, with a parent, seen working at the employer 14 hours a day, at most 2 days off a month, unpaid", () => {
    for (const c of cases("child-labour-observed")) {
      expect(age(c.person.birthDate, asOf)).toBe(14);
      expect(c.relations.some((r) => r.kind === "parent")).toBe(true);
      expect(entryOf(c).accompaniedBy).toBe("parent-or-guardian");
      expect(c.observations).toHaveLength(1);
      const a = c.observations[0]!.answers;
      expect(a.seenWorkingAtEmployerId).toBe(c.person.employerId);
      expect(c.employers.map((e) => e.id)).toContain(a.seenWorkingAtEmployerId);
      expect(a.hoursPerDay).toBe(14);
      expect(a.daysOffPerMonth!).toBeLessThanOrEqual(2);
      expect(a.paid).toBe("not-paid");
      expect(["karaoke", "spa", "massage", "bar", "nightclub"]).not.toContain(c.employers[0]!.venueType);
      expect(permitInForce(c, asOf)?.purpose).toBe("family");
    }
  });

  it("unaccompanied-child: 13, crossed alone, nothing else on record", () => {
    for (const c of cases("unaccompanied-child")) {
      expect(age(c.person.birthDate, asOf)).toBe(13);
      expect(entryOf(c).accompaniedBy).toBe("alone");
      expect(entryOf(c).coTravellerIds).toEqual([]);
      expect(c.relations).toEqual([]);
      expect(c.employers).toEqual([]);
      expect(c.observations).toEqual([]);
      expect(c.enforcement).toEqual([]);
      expect(permitInForce(c, asOf)?.kind).toBe("itk");
    }
  });

  it("keep their ages across 29 February (ageOn: a 29 February birthday falls on 1 March in common years)", () => {
    for (const on of ["2028-02-29", "2026-02-28", "2026-03-01", "2025-03-01"]) {
      for (let index = 0; index < 10; index++) {
        const at = (pattern: PatternId) =>
          generateCase({ seed: `leap-${pattern}`, index, asOf: on, plant: [pattern] });
        expect(age(at("child-at-adult-venue").person.birthDate, on), on).toBe(14);
        expect(age(at("child-labour-observed").person.birthDate, on), on).toBe(14);
        expect(age(at("unaccompanied-child").person.birthDate, on), on).toBe(13);
      }
    }
  });
});

describe("expected levels (the catalogue's strengths under the level rule revised in issue 9)", () => {
  it("give every pattern a level; the issue's three child cases reach refer, refer and review", () => {
    // Worked by hand from tppo.md §5.3–5.5 as revised in issue 9 (S strong, M medium, W weak):
    const expected: Record<PatternId, "note" | "review" | "refer"> = {
      overstay: "note", // A11 W
      "working-on-visit-permit": "note", // A4 M
      "sponsor-many-foreigners": "note", // A5 W (person sponsor)
      "villa-cluster": "note", // A8 M
      "shared-phone": "note", // A12 M
      "group-arrival": "note", // A13 W
      "minor-without-guardian": "review", // a minor with an act indicator (A1)
      "minor-linked-to-work": "review", // A2 S: any strong indicator; no act indicator, no observation
      "passport-withheld": "review", // B1 S
      "movement-restricted": "review", // B2 S
      "debt-to-recruiter": "review", // B3 S
      "deceived-about-job": "review", // B6 S
      "wages-withheld": "note", // B8 M
      "scam-compound": "review", // A21 profile + tip together strong
      "crew-no-shore-leave": "note", // A16 M (+ A9 W)
      "identity-fraud": "note", // A24 M
      "broker-marriage": "note", // A17 M
      "forced-labour-observed": "refer",
      "sexual-exploitation-observed": "refer",
      "child-labour-administrative": "refer",
      "admin-only-means-purpose": "review",
      "adult-venue-group": "note", // A10 M, A4 M: no element positive
      "child-at-adult-venue": "refer",
      "child-labour-observed": "refer",
      "unaccompanied-child": "review",
    };
    expect(Object.fromEntries(PATTERN_IDS.map((id) => [id, PATTERNS[id].expectedLevel]))).toEqual(expected);
    expect(CHILD_PATTERN_IDS.map((id) => PATTERNS[id].expectedLevel)).toEqual(["refer", "refer", "review"]);
  });

  it("name the revised indicator ids (A10, A19 and A21 split or renamed), never the old ones", () => {
    const named = new Set(
      PATTERN_IDS.flatMap((id) => [...PATTERNS[id].indicators, ...PATTERNS[id].mayAlsoFire]),
    );
    expect(named.has("women-group-venue-link")).toBe(false);
    expect(PATTERNS["scam-compound"].indicators).toEqual([
      "address-cluster",
      "scam-compound-profile",
      "scam-compound-tip",
    ]);
    expect(PATTERNS["admin-only-means-purpose"].indicators).toContain("scam-compound-tip");
    expect(PATTERNS["admin-only-means-purpose"].indicators).not.toContain("scam-compound-profile");
    expect(PATTERNS["adult-venue-group"].indicators).toContain("group-at-adult-venue");
    expect(PATTERNS["child-labour-administrative"].indicators).toContain("linked-to-prior-case");
  });
});

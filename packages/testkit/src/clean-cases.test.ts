/**
 * Clean cases must be clean for every indicator of the TPPO brief §5, so that an evaluator can be
 * tested never to send them to review or refer. Each check below restates an indicator's condition
 * from the brief and asserts that no clean case meets it.
 */
import { type Case, daysBetween } from "@timpora/models";
import { entryEligibility } from "@timpora/permits";
import { describe, expect, it } from "vitest";
import {
  age,
  hasPositiveAnswer,
  isInIndonesia,
  MAX_VISIT_DAYS,
  ONE_PERCENT_EACH,
  permitDays,
  permitInForce,
} from "./case-checks.fixture.js";
import { generateLabelledCases } from "./generate.js";
import { DEFAULT_AS_OF } from "./generator-setup.js";
import type { LabelledCase } from "./labelled-case.js";

const asOf = DEFAULT_AS_OF;
const all = [
  ...generateLabelledCases({ seed: "clean", count: 10_000, plant: ONE_PERCENT_EACH, familyRate: 0.1 }),
];
const clean = all.filter((l) => l.planted.length === 0);

/** Cases grouped by a key; only keys shared by at least `min` cases. */
function sharedBy(
  cases: readonly LabelledCase[],
  keys: (c: Case) => string[],
  min: number,
): Map<string, LabelledCase[]> {
  const map = new Map<string, LabelledCase[]>();
  for (const l of cases) for (const k of new Set(keys(l.case))) map.set(k, [...(map.get(k) ?? []), l]);
  return new Map([...map].filter(([, v]) => v.length >= min));
}

describe(`clean cases (${clean.length} of ${all.length})`, () => {
  it("are lawfully present on asOf: an active permit covers the day and the last crossing is an entry (A11)", () => {
    for (const { case: c, profile } of clean) {
      const permit = permitInForce(c, asOf);
      expect(permit, `${profile} ${c.id}`).toBeDefined();
      expect(isInIndonesia(c, asOf), c.id).toBe(true);
      expect(c.permits.some((p) => p.pendingApplication !== undefined)).toBe(false);
    }
  });

  it("hold visit permits no longer than the law allows, visa-exempt only for nationals the law tables list on the day of entry", () => {
    for (const { case: c } of clean) {
      for (const p of c.permits.filter((x) => x.kind === "itk")) {
        const max = MAX_VISIT_DAYS[p.basis];
        if (max !== undefined) expect(permitDays(p)!, `${p.basis} ${c.id}`).toBeLessThanOrEqual(max);
        if (p.basis === "visa-exempt") {
          const on = p.validFrom;
          expect(entryEligibility(c.person.nationality, "visa-exempt", { on }).status, c.id).toBe("eligible");
        }
        // A VoA is extended at most once, by 30 days.
        if (p.basis === "visa-on-arrival") expect(p.extensions.length).toBeLessThanOrEqual(1);
      }
    }
  });

  it("have no observation with an answer that points to a part-B indicator (B1–B14)", () => {
    let observed = 0;
    for (const { case: c } of clean) {
      for (const o of c.observations) {
        observed++;
        expect(hasPositiveAnswer(o.answers), c.id).toBe(false);
        if (o.answers.seenWorkingAtEmployerId !== undefined) {
          expect(o.answers.seenWorkingAtEmployerId).toBe(c.person.employerId);
        }
      }
    }
    expect(observed).toBeGreaterThan(300);
  });

  it("visit-permit holders have no employer link (A4) and minors none at all (A2)", () => {
    for (const { case: c } of clean) {
      const permit = permitInForce(c, asOf)!;
      if (permit.kind === "itk") expect(c.person.employerId, c.id).toBeUndefined();
      if ((age(c.person.birthDate, asOf) ?? 99) < 18) expect(c.employers).toHaveLength(0);
    }
  });

  it("minors have parent relations and travelled with them (A1)", () => {
    const minors = clean.filter((l) => (age(l.case.person.birthDate, asOf) ?? 99) < 18);
    expect(minors.length).toBeGreaterThan(100);
    for (const { case: c } of minors) {
      const parents = c.relations.filter((r) => r.kind === "parent");
      expect(parents.length, c.id).toBe(2);
      const arrival = c.movements
        .filter((m) => m.direction === "entry")
        .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
      for (const p of parents) {
        if (p.travelledTogether) expect(arrival?.coTravellerIds).toContain(p.otherPartyId);
        else
          expect(
            c.permits.some((x) => x.basis === "birth"),
            c.id,
          ).toBe(true);
      }
    }
  });

  it("sponsors and employers are verified, each sponsor has fewer than 5 foreigners, and sponsor = employer for workers (A5–A7)", () => {
    for (const { case: c } of clean) {
      for (const s of c.sponsors) expect(s.verificationStatus).toBe("verified");
      for (const e of c.employers) {
        expect(e.verificationStatus).toBe("verified");
        expect(e.indonesianEntity).toBe(true);
      }
      const permit = permitInForce(c, asOf)!;
      if (permit.employerId !== undefined) {
        const sponsor = c.sponsors.find((s) => s.id === permit.sponsorId);
        const employer = c.employers.find((e) => e.id === permit.employerId);
        expect(sponsor?.nib).toBe(employer?.nib);
      }
    }
    expect(sharedBy(clean, (c) => (c.person.sponsorId ? [c.person.sponsorId] : []), 5).size).toBe(0);
  });

  it("fewer than 5 people share a non-hotel address, and nobody lives at their workplace (A8, A9)", () => {
    const home = (c: Case) =>
      c.addresses.filter((a) => a.use !== "workplace" && a.lodgingKind !== "hotel").map((a) => a.id);
    expect(sharedBy(clean, home, 5).size).toBe(0);
    for (const { case: c } of clean) {
      const workplaces = new Set(c.employers.map((e) => e.addressId));
      for (const id of c.person.addressIds) expect(workplaces.has(id)).toBe(false);
    }
  });

  it("no phone or e-mail is shared except within one family (A12)", () => {
    const contacts = sharedBy(clean, (c) => c.person.contacts.map((x) => x.value), 2);
    for (const [, cases] of contacts) {
      expect(new Set(cases.map((l) => l.groupId)).size).toBe(1);
      expect(cases[0]!.groupId).toMatch(/^fam-/);
    }
  });

  it("fewer than 5 share a flight on one day, and co-travellers are relatives (A13)", () => {
    const flights = (c: Case) =>
      c.movements
        .filter((m) => m.direction === "entry" && m.conveyance.number)
        .map((m) => `${m.conveyance.number}@${m.date}`);
    expect(sharedBy(clean, flights, 5).size).toBe(0);
    // Co-travellers are relatives: members of the same family unit, linked by spouse or parent relations.
    const familyOf = new Map(all.map((l) => [l.case.person.id, l.groupId]));
    for (const { case: c, groupId } of clean) {
      for (const m of c.movements) {
        for (const id of m.coTravellerIds) {
          expect(groupId, c.id).toMatch(/^fam-/);
          expect(familyOf.get(id), c.id).toBe(groupId);
        }
      }
    }
  });

  it("crew have matching seaman's books, low-risk vessels and shore leave within 6 months (A14–A16)", () => {
    const crew = clean.filter((l) => l.case.crew.length > 0);
    expect(crew.length).toBeGreaterThan(100);
    for (const { case: c } of crew) {
      for (const m of c.crew) {
        expect(m.seamanBookNationality).toBe(c.person.nationality);
        expect(m.onOtherCrewListsUnderOtherNames).toBe(false);
        expect(m.vesselRisk).not.toBe("high");
        const last = [...m.shoreLeave].sort().at(-1);
        expect(last, c.id).toBeDefined();
        expect(daysBetween(last!, asOf)).toBeLessThan(183);
      }
    }
  });

  it("spouses married without a broker, long before the permit, an adult Indonesian spouse with an old NIK (A17, A18)", () => {
    for (const { case: c } of clean) {
      for (const r of c.relations) {
        expect(r.kind === "broker" || r.kind === "agent").toBe(false);
        expect(r.viaBrokerId).toBeUndefined();
        if (r.kind === "spouse" && r.otherParty?.indonesian) {
          expect(age(r.otherParty.birthDate, r.since!)!).toBeGreaterThanOrEqual(18);
          expect(daysBetween(r.otherParty.nikIssuedOn!, r.since!)).toBeGreaterThan(365);
          const entry = c.movements.find((m) => m.direction === "entry");
          if (entry) expect(daysBetween(r.since!, entry.date) > -60).toBe(true);
        }
      }
    }
  });

  it("have no enforcement history, no identity findings and no refugee registration (A19, A24, A25)", () => {
    for (const { case: c } of clean) {
      expect(c.enforcement).toHaveLength(0);
      expect(c.refugee).toBeUndefined();
      if (c.identityFlags) expect(Object.values(c.identityFlags).some(Boolean)).toBe(false);
    }
  });

  it("include lawful workers in high-risk sectors (fishing, entertainment, massage-spa, construction)", () => {
    const sectors = new Map<string, number>();
    for (const { case: c } of clean)
      for (const e of c.employers) sectors.set(e.sector, (sectors.get(e.sector) ?? 0) + 1);
    for (const s of ["fishing", "entertainment", "massage-spa", "construction"]) {
      expect(sectors.get(s) ?? 0, s).toBeGreaterThan(20);
    }
    const flagged = clean.filter((l) => l.mayAlsoFire.includes("high-risk-sector"));
    expect(flagged.length).toBeGreaterThan(100);
  });
});

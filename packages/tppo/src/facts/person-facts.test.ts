import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isMinorOn } from "../case-assessment.js";
import { born, caseWith, FIXTURE_AS_OF } from "../rules/case-fixtures.js";
import { contextFor } from "./context-fixture.js";
import { derivePerson } from "./person-facts.js";

const person = (birthDate: string | undefined, asOf = FIXTURE_AS_OF) => {
  const c = caseWith(born(birthDate ?? "2000-01-01"));
  if (birthDate === undefined) delete c.person.birthDate;
  return derivePerson(contextFor(c, asOf));
};

describe("person fact: age on the evaluation date (a child is under 18: Palermo Art. 3(d))", () => {
  it("is 18 and an adult on the 18th birthday", () => {
    expect(person("2007-03-01")).toEqual({ ageKnown: true, age: 18, minor: false, adult: true });
  });

  it("is 17 and a minor the day before the 18th birthday", () => {
    expect(person("2007-03-02")).toEqual({ ageKnown: true, age: 17, minor: true, adult: false });
  });

  it("reaches a 29 February birthday on 28 February in a common year (luxon's month-end rule; the briefs give no legal rule)", () => {
    expect(person("2008-02-29", "2026-02-27").age).toBe(17);
    expect(person("2008-02-29", "2026-02-28").age).toBe(18);
  });

  it("agrees with the evaluator's own minor test (isMinorOn) for every birth date and evaluation date", () => {
    const day = fc
      .integer({ min: 0, max: 365 * 40 })
      .map((n) => DateTime.fromISO("1990-01-01").plus({ days: n }).toISODate()!);
    fc.assert(
      fc.property(day, day, (birth, on) => {
        const [b, o] = birth <= on ? [birth, on] : [on, birth];
        expect(person(b, o).minor).toBe(isMinorOn(b, o, 18));
      }),
      { numRuns: 300 },
    );
  });

  it("makes an unknown birth date explicit: neither minor nor adult", () => {
    expect(person(undefined)).toEqual({ ageKnown: false, age: null, minor: false, adult: false });
  });
});

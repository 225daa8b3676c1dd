import { addDays } from "@timpora/models";
import fc from "fast-check";
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

  it("reaches a 29 February birthday on 1 March in a common year (the SDK's one reading, ageOn of @timpora/models)", () => {
    expect(person("2008-02-29", "2026-02-28")).toEqual({
      ageKnown: true,
      age: 17,
      minor: true,
      adult: false,
    });
    expect(person("2008-02-29", "2026-03-01")).toEqual({
      ageKnown: true,
      age: 18,
      minor: false,
      adult: true,
    });
    // in a leap year the birthday itself is there
    expect(person("2008-02-29", "2028-02-28").age).toBe(19);
    expect(person("2008-02-29", "2028-02-29").age).toBe(20);
  });

  it("isMinorOn reads a 29 February birth the same way: a minor on 28 February 2026, not on 1 March 2026", () => {
    expect(isMinorOn("2008-02-29", "2026-02-28", 18)).toBe(true);
    expect(isMinorOn("2008-02-29", "2026-03-01", 18)).toBe(false);
  });

  it("isMinorOn: an unknown, malformed or future birth date is not a minor", () => {
    expect(isMinorOn(undefined, "2026-03-01", 18)).toBe(false);
    expect(isMinorOn("2023-02-29", "2026-03-01", 18)).toBe(false);
    expect(isMinorOn("2026-03-02", "2026-03-01", 18)).toBe(false);
    expect(isMinorOn("2026-03-01", "2026-03-01", 18)).toBe(true); // born that day: 0 years old
  });

  it("agrees with the evaluator's own minor test (isMinorOn) for every birth date and evaluation date", () => {
    const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays("1990-01-01", n));
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

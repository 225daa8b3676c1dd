import { ageOn } from "@timpora/models";
import { describe, expect, it } from "vitest";
import type { CaseContext } from "./case-context.js";
import { createRandom } from "./random.js";
import { makeMinor } from "./single-patterns.js";
import { createStayLaw } from "./stay-law.js";
import { touristVoa } from "./visitor-profiles.js";

const law = createStayLaw();
const context = (asOf: string): CaseContext => ({
  random: createRandom(`minor-${asOf}`),
  asOf,
  caseId: "case-000000-0",
  serial: 0,
  offset: 0,
  law,
});

/** A visitor born on `birthDate`, then made a minor as the minor patterns do. */
function minorOf(birthDate: string, asOf: string): string {
  const ctx = context(asOf);
  const draft = touristVoa(ctx);
  draft.case.person.birthDate = birthDate;
  makeMinor(ctx, draft, 13);
  return draft.case.person.birthDate!;
}

describe("makeMinor (choosing a child by age on asOf)", () => {
  it("keeps a person born 2008-02-29 on 2026-02-28: 17, still a child (29 February counts as 1 March)", () => {
    expect(minorOf("2008-02-29", "2026-02-28")).toBe("2008-02-29");
  });

  it("replaces the same person's birth date on 2026-03-01, when they are 18, by a child's", () => {
    const birth = minorOf("2008-02-29", "2026-03-01");
    expect(birth).not.toBe("2008-02-29");
    const age = ageOn(birth, "2026-03-01");
    expect(age).toBeGreaterThanOrEqual(13);
    expect(age).toBeLessThanOrEqual(17);
  });

  it("keeps a 17-year-old a few days short of 18 (no 365-day years)", () => {
    expect(minorOf("2007-07-02", "2025-06-30")).toBe("2007-07-02");
    expect(ageOn(minorOf("2007-06-30", "2025-06-30"), "2025-06-30")).toBeLessThan(18);
  });
});

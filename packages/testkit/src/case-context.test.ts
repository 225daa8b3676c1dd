import { addDays, ageOn, daysBetween, isoDateOf } from "@timpora/models";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawBirthDate, drawEntryDate, drawNationality } from "./case-context.js";
import { createRandom, type Random } from "./random.js";
import { createStayLaw } from "./stay-law.js";

const law = createStayLaw();

/** The ten states of the visa-exempt list since 7 June 2023 (immigration brief §1.2). */
const VISA_EXEMPT_2023 = new Set(["BRN", "KHM", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"]);

/** A random stream whose `int` always returns its lower bound (to reach the edge of a draw). */
const lowest: Random = { ...createRandom("lowest"), int: (min) => min };

describe("drawBirthDate", () => {
  it("gives exactly the drawn age on asOf, by the SDK's one age rule", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 19_723, max: 21_914 }), // 2024-01-01 … 2029-12-31
        fc.integer({ min: 0, max: 90 }),
        fc.string(),
        (day, age, seed) => {
          const asOf = isoDateOf(day);
          return ageOn(drawBirthDate(createRandom(seed), asOf, age, age), asOf) === age;
        },
      ),
    );
  });

  it("may give a 29 February birthday, which makes the person 18 on 2026-03-01 (1 March in a common year)", () => {
    const birth = drawBirthDate(lowest, "2026-03-01", 18, 18);
    expect(birth).toBe("2008-02-29");
    expect(ageOn(birth, "2026-03-01")).toBe(18);
    // The day before, the same person is 17: the generator never draws them for age 18 on 2026-02-28.
    expect(ageOn(birth, "2026-02-28")).toBe(17);
    expect(drawBirthDate(lowest, "2026-02-28", 18, 18)).toBe("2008-02-27");
  });
});

describe("drawNationality", () => {
  it("draws visa-exempt visitors only from the states the permits tables list on the day", () => {
    const random = createRandom("exempt");
    for (let i = 0; i < 300; i++) {
      expect(VISA_EXEMPT_2023.has(drawNationality(random, "visa-exempt", law, "2025-06-30").code)).toBe(true);
      expect(VISA_EXEMPT_2023.has(drawNationality(random, "visa-required", law, "2025-06-30").code)).toBe(
        false,
      );
    }
  });

  it("refuses a visa-exempt pool on a day the tables do not cover", () => {
    expect(() => drawNationality(createRandom(1), "visa-exempt", law, "2023-01-01")).toThrowError(
      expect.objectContaining({ name: "TestkitError", code: "law.not-covered", field: "asOf" }),
    );
  });
});

describe("drawEntryDate", () => {
  it("draws within the requested days before asOf where the tables reach that far", () => {
    const random = createRandom("entry");
    for (let i = 0; i < 200; i++) {
      const back = daysBetween(
        drawEntryDate(random, law, "2025-06-30", ["visit-visa-multiple"], 3, 50),
        "2025-06-30",
      );
      expect(back).toBeGreaterThanOrEqual(3);
      expect(back).toBeLessThanOrEqual(50);
    }
  });

  it("never draws before the tables hold the rule again (multiple-entry visits from 2024-01-01)", () => {
    const random = createRandom("gap");
    const entries = Array.from({ length: 300 }, () =>
      drawEntryDate(random, law, "2024-01-20", ["visit-visa-multiple"], 0, 50),
    );
    expect(entries.every((d) => d >= "2024-01-01")).toBe(true);
    expect(entries).toContain("2024-01-01");
    expect(() => drawEntryDate(random, law, "2024-01-20", ["visit-visa-multiple"], 25, 50)).toThrowError(
      expect.objectContaining({ code: "law.not-covered" }),
    );
    expect(drawEntryDate(lowest, law, "2024-01-20", ["visa-exempt", "visa-on-arrival"], 1, 20)).toBe(
      addDays("2024-01-20", -1),
    );
  });
});

import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ageOn, dayNumberOf, isLeapYear, isoDateOf, ModelsError } from "./index.js";

const dates = fc
  .integer({ min: dayNumberOf("1900-01-01"), max: dayNumberOf("2100-12-31") })
  .map((n) => isoDateOf(n));

describe("ageOn", () => {
  it("counts completed years, the birthday itself counting", () => {
    expect(ageOn("2007-06-30", "2025-06-29")).toBe(17);
    expect(ageOn("2007-06-30", "2025-06-30")).toBe(18);
    expect(ageOn("2007-06-30", "2007-06-30")).toBe(0);
  });

  it("gives a 29 February birthday on 1 March in common years (the one documented reading)", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageOn("2008-02-29", "2028-02-28")).toBe(19);
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(20);
  });

  it("refuses garbage and a day before the birth with coded errors", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ModelsError ? e.code : "other";
      }
      return undefined;
    };
    expect(code(() => ageOn("2023-02-29", "2025-01-01"))).toBe("date.invalid");
    expect(code(() => ageOn(null as unknown as string, "2025-01-01"))).toBe("date.invalid");
    expect(code(() => ageOn("2025-01-02", "2025-01-01"))).toBe("date.order");
  });

  it("agrees with luxon on random dates 1900–2100 (29 February births in common years left out)", () => {
    fc.assert(
      fc.property(dates, dates, (x, y) => {
        const [birth, on] = x <= y ? [x, y] : [y, x];
        fc.pre(!(birth.endsWith("-02-29") && !isLeapYear(Number(on.slice(0, 4)))));
        const expected = Math.floor(
          DateTime.fromISO(on, { zone: "UTC" }).diff(DateTime.fromISO(birth, { zone: "UTC" }), "years").years,
        );
        expect(ageOn(birth, on)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayNumberOf,
  daysBetween,
  IsoDateSchema,
  isIsoDate,
  isoDateOf,
  isoWeekKey,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  ModelsError,
  weekdayOf,
  wholeMonthsBetween,
  yearOf,
} from "./index.js";

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return e instanceof ModelsError ? e.code : `not a ModelsError: ${String(e)}`;
  }
};

/** Random existing dates 1900-01-01 … 2100-12-31 as ISO strings. */
const dates1900to2100 = fc
  .integer({ min: dayNumberOf("1900-01-01"), max: dayNumberOf("2100-12-31") })
  .map((n) => isoDateOf(n));

const luxon = (d: string) => DateTime.fromISO(d, { zone: "UTC" });

describe("day numbers", () => {
  it("count from 1970-01-01 (POSIX day 0) and cover 0000-01-01 … 9999-12-31", () => {
    expect(dayNumberOf("1970-01-01")).toBe(0);
    expect(dayNumberOf("1969-12-31")).toBe(-1);
    expect(dayNumberOf("2000-03-01")).toBe(11_017);
    expect(isoDateOf(MIN_DAY_NUMBER)).toBe("0000-01-01");
    expect(isoDateOf(MAX_DAY_NUMBER)).toBe("9999-12-31");
  });

  it("refuse garbage with coded errors, never a number", () => {
    for (const bad of [
      null,
      undefined,
      20240101,
      "2024-1-1",
      "2023-02-29",
      "1900-02-29",
      "2024-04-31",
      "+10000-01-01",
      "2024-01-01T00:00:00Z",
      " 2024-01-01",
    ]) {
      expect(codeOf(() => dayNumberOf(bad as string))).toBe("date.invalid");
    }
    expect(codeOf(() => compareDates(null as unknown as string, "2024-01-01"))).toBe("date.invalid");
    expect(codeOf(() => daysBetween("2024-01-01", {} as unknown as string))).toBe("date.invalid");
    expect(codeOf(() => isoDateOf(0.5))).toBe("days.invalid");
    expect(codeOf(() => isoDateOf(Number.NaN))).toBe("days.invalid");
    expect(codeOf(() => isoDateOf(MAX_DAY_NUMBER + 1))).toBe("date.out-of-range");
  });

  it("stop at 9999-12-31 instead of writing a six-digit year", () => {
    expect(codeOf(() => addDays("9999-12-31", 1))).toBe("date.out-of-range");
    expect(codeOf(() => addDays("0000-01-01", -1))).toBe("date.out-of-range");
    expect(codeOf(() => addDays("2024-01-01", Number.POSITIVE_INFINITY))).toBe("days.invalid");
    expect(codeOf(() => addDays("2024-01-01", 1.5))).toBe("days.invalid");
    expect(codeOf(() => addMonths("9999-12-31", 1))).toBe("date.out-of-range");
  });

  it("accept exactly the dates IsoDateSchema accepts", () => {
    const shaped = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      );
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string()), (s) => {
        expect(isIsoDate(s)).toBe(IsoDateSchema.safeParse(s).success);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("arithmetic from the law's worked examples", () => {
  it("counts a 30-day stay entered on 1 April as ending on 30 April (DG Immigration, 2019)", () => {
    expect(addDays("2019-04-01", 30 - 1)).toBe("2019-04-30");
    expect(daysBetween("2019-04-30", "2019-05-01")).toBe(1);
  });

  it("ends a VoA entered 2023-09-29 and extended once on 2023-11-27 (60 days, entry day = day 1)", () => {
    expect(addDays("2023-09-29", 60 - 1)).toBe("2023-11-27");
    expect(weekdayOf("2023-11-27")).toBe(1);
  });

  it("clamps months and years to the end of a shorter month", () => {
    expect(addMonths("2023-05-31", -3)).toBe("2023-02-28");
    expect(addMonths("2024-05-31", -3)).toBe("2024-02-29");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-11-15", 2)).toBe("2025-01-15");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(wholeMonthsBetween("2024-01-10", "2024-07-09")).toBe(5);
    expect(wholeMonthsBetween("2024-01-10", "2024-07-10")).toBe(6);
    expect(wholeMonthsBetween("2024-07-10", "2024-01-10")).toBe(0);
    expect(yearOf("2024-06-01")).toBe(2024);
  });

  it("names ISO weeks as ISO 8601 does (week 1 holds the first Thursday)", () => {
    expect(isoWeekKey("2024-02-29")).toBe("2024-W09");
    expect(isoWeekKey("2021-01-03")).toBe("2020-W53");
    expect(isoWeekKey("2024-12-30")).toBe("2025-W01");
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01");
  });
});

describe("held against luxon on random dates 1900–2100", () => {
  it("adds days, counts days between and orders dates as luxon does", () => {
    fc.assert(
      fc.property(dates1900to2100, dates1900to2100, fc.integer({ min: -40_000, max: 40_000 }), (a, b, n) => {
        expect(daysBetween(a, b)).toBe(Math.round(luxon(b).diff(luxon(a), "days").days));
        expect(addDays(a, n)).toBe(luxon(a).plus({ days: n }).toISODate());
        expect(compareDates(a, b)).toBe(Math.sign(luxon(a).toMillis() - luxon(b).toMillis()));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the weekday, ISO week, month and year arithmetic luxon gives", () => {
    fc.assert(
      fc.property(dates1900to2100, fc.integer({ min: -600, max: 600 }), (a, m) => {
        const d = luxon(a);
        expect(weekdayOf(a)).toBe(d.weekday);
        expect(isoWeekKey(a)).toBe(`${d.weekYear}-W${String(d.weekNumber).padStart(2, "0")}`);
        expect(addMonths(a, m)).toBe(d.plus({ months: m }).toISODate());
        expect(addYears(a, Math.trunc(m / 12))).toBe(d.plus({ years: Math.trunc(m / 12) }).toISODate());
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips every day number", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (n) => {
        expect(dayNumberOf(isoDateOf(n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });
});

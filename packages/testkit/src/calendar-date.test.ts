import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  addDays,
  addYears,
  ageOn,
  dayNumber,
  daysBetween,
  earlierOf,
  fromDayNumber,
  isoDateTime,
} from "./calendar-date.js";

describe("calendar dates", () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it("counts days from the Unix epoch", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2000-03-01") - dayNumber("2000-02-28")).toBe(2); // 2000 is a leap year
    expect(dayNumber("1900-03-01") - dayNumber("1900-02-28")).toBe(1); // 1900 is not
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    // A 30-day visit from 2023-09-29 ends on 2023-10-28 (entry day is day 1).
    expect(addDays("2023-09-29", 29)).toBe("2023-10-28");
  });

  it("rejects dates that do not exist", () => {
    expect(() => dayNumber("2023-02-29")).toThrowError(expect.objectContaining({ code: "date.invalid" }));
    expect(() => dayNumber("2024-13-01")).toThrowError(expect.objectContaining({ code: "date.invalid" }));
    expect(() => dayNumber("20240101")).toThrowError(expect.objectContaining({ code: "date.invalid" }));
  });

  it("does not depend on the machine's time zone", () => {
    const probe = () => [addDays("2024-03-10", 1), addDays("2024-10-27", 1), dayNumber("2025-06-30")];
    process.env.TZ = "America/Adak";
    const a = probe();
    process.env.TZ = "Pacific/Kiritimati";
    const b = probe();
    process.env.TZ = "Asia/Jayapura";
    expect(probe()).toEqual(a);
    expect(b).toEqual(a);
  });

  it("round-trips every day number and inverts addDays", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000, max: 80_000 }),
        fc.integer({ min: -3000, max: 3000 }),
        (day, delta) => {
          const iso = fromDayNumber(day);
          return (
            dayNumber(iso) === day &&
            addDays(addDays(iso, delta), -delta) === iso &&
            daysBetween(iso, addDays(iso, delta)) === delta
          );
        },
      ),
    );
  });

  it("moves whole years, clamping 29 February", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2025-06-30", -18)).toBe("2007-06-30");
  });

  it("computes ages in completed years", () => {
    expect(ageOn("2007-06-30", "2025-06-30")).toBe(18);
    expect(ageOn("2007-07-01", "2025-06-30")).toBe(17);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
  });

  it("picks the earlier date and writes date-times with offsets", () => {
    expect(earlierOf("2025-01-02", "2024-12-31")).toBe("2024-12-31");
    expect(isoDateTime("2025-03-01", 14, 5, "+08:00")).toBe("2025-03-01T14:05:00+08:00");
  });
});

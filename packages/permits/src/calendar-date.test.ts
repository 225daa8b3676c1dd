import { addDays, addMonths, daysBetween, isIsoDateTime, TimporaError } from "@timpora/models";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeLastDay, inclusiveDays, toCalendarDate, toInstant } from "./calendar-date.js";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof TimporaError) return e.code;
    throw e;
  }
  return "no error";
};

describe("inclusive day counting (entry day = day 1)", () => {
  it("DG spokesperson 2019: a 30-day stay entered 1 April ends 30 April; 1 May is overstay day 1", () => {
    expect(computeLastDay("2019-04-01", 30)).toBe("2019-04-30");
    expect(daysBetween("2019-04-30", "2019-05-01")).toBe(1);
  });
  it("Bali VoA entered 2023-09-29, extended once by 30 days, ends 2023-11-27 (60 days inclusive)", () => {
    expect(computeLastDay("2023-09-29", 30, [30])).toBe("2023-11-27");
    expect(inclusiveDays("2023-09-29", "2023-11-27")).toBe(60);
  });
  it("counts across a leap day", () => {
    expect(computeLastDay("2024-02-01", 30)).toBe("2024-03-01");
    expect(computeLastDay("2023-02-01", 30)).toBe("2023-03-02");
  });
  it("refuses non-positive or fractional day counts", () => {
    expect(codeOf(() => computeLastDay("2024-01-01", 0))).toBe("days.invalid");
    expect(codeOf(() => computeLastDay("2024-01-01", 30, [-1]))).toBe("days.invalid");
    expect(codeOf(() => computeLastDay("2024-01-01", 1.5))).toBe("days.invalid");
  });
  it("refuses an end before a start", () => {
    expect(codeOf(() => inclusiveDays("2024-01-02", "2024-01-01"))).toBe("date.order");
  });
});

describe("dates that do not exist", () => {
  it.each(["2023-02-29", "2024-13-01", "2024-04-31", "2024-1-01", "20240101", ""])("%s is refused", (d) => {
    expect(codeOf(() => toCalendarDate(d))).toBe("date.invalid");
    expect(codeOf(() => addDays(d, 1))).toBe("date.invalid");
  });
  it("2024-02-29 exists", () => expect(toCalendarDate("2024-02-29")).toBe("2024-02-29"));
});

describe("instants need the zone of the place of stay", () => {
  it("an instant without a zone is a usage error", () => {
    expect(codeOf(() => toCalendarDate("2024-03-01T23:30:00+08:00"))).toBe("zone.required");
    expect(codeOf(() => toCalendarDate("2024-03-01T10:00:00Z"))).toBe("zone.required");
  });
  it("a date-time without an offset is refused", () => {
    expect(codeOf(() => toCalendarDate("2024-03-01T23:30:00", "Asia/Jakarta"))).toBe("datetime.invalid");
  });
  it("an unknown zone is refused", () => {
    expect(codeOf(() => toCalendarDate("2024-03-01T23:30:00+08:00", "Asia/Atlantis"))).toBe("zone.invalid");
  });
  it("23:30 WITA and 23:30 WIT stay on the local calendar day", () => {
    expect(toCalendarDate("2024-03-01T23:30:00+08:00", "Asia/Makassar")).toBe("2024-03-01");
    expect(toCalendarDate("2024-03-01T23:30:00+09:00", "Asia/Jayapura")).toBe("2024-03-01");
    // 23:59:59 WIT is 14:59:59Z: still 1 March in Papua; one second later it is 2 March
    expect(toCalendarDate("2024-03-01T14:59:59Z", "Asia/Jayapura")).toBe("2024-03-01");
    expect(toCalendarDate("2024-03-01T15:00:00Z", "Asia/Jayapura")).toBe("2024-03-02");
  });
  it("an instant at 22:30 +07:00 is already the next day in WIT (the place of stay rules)", () => {
    expect(toCalendarDate("2024-03-01T22:30:00+07:00", "Asia/Jayapura")).toBe("2024-03-02");
    expect(toCalendarDate("2024-03-01T22:30:00+07:00", "Asia/Jakarta")).toBe("2024-03-01");
  });
});

describe("N months before (models' addMonths with a negative count), clamped", () => {
  it("clamps to the end of a shorter month", () => {
    expect(addMonths("2023-05-31", -3)).toBe("2023-02-28");
    expect(addMonths("2024-05-31", -3)).toBe("2024-02-29");
    expect(addMonths("2024-12-31", -1)).toBe("2024-11-30");
    expect(addMonths("2024-06-15", -3)).toBe("2024-03-15");
  });
  it("refuses fractional months", () =>
    expect(codeOf(() => addMonths("2024-06-15", -1.5))).toBe("months.invalid"));
});

describe("toInstant accepts exactly what isIsoDateTime of @timpora/models accepts", () => {
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
  const text = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0")),
      two(13),
      two(32),
      fc.constantFrom("T", "t", " "),
      two(25),
      two(61),
      fc.option(two(61), { nil: undefined }),
      fc.option(fc.integer({ min: 0, max: 9_999_999 }).map(String), { nil: undefined }),
      fc.oneof(
        fc.constantFrom("Z", "z", ""),
        fc
          .tuple(fc.constantFrom("+", "-"), two(26), fc.constantFrom(":", ""), two(61))
          .map((p) => p.join("")),
      ),
    )
    .map(
      ([y, mo, d, t, h, mi, s, f, off]) =>
        `${y}-${mo}-${d}${t}${h}:${mi}${s === undefined ? "" : `:${s}`}${s !== undefined && f !== undefined ? `.${f}` : ""}${off}`,
    );
  it("for generated date-times, valid ones (+25:00 never) parse and the others are datetime.invalid", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(
          codeOf(() => toInstant(s)),
          s,
        ).toBe(isIsoDateTime(s) ? "no error" : "datetime.invalid");
      }),
      { numRuns: 2000 },
    );
  });
  it("+25:00 is refused; +23:59 and -12:00 are instants", () => {
    expect(codeOf(() => toInstant("2024-05-01T21:30:00+25:00"))).toBe("datetime.invalid");
    expect(toInstant("2024-05-01T21:30:00+23:59")).toEqual({
      epochMs: Date.parse("2024-04-30T21:31:00.000Z"),
      offsetMinutes: 23 * 60 + 59,
    });
    expect(toInstant("2024-05-01T21:30:00-12:00")).toEqual({
      epochMs: Date.parse("2024-05-02T09:30:00.000Z"),
      offsetMinutes: -720,
    });
  });
});

import { describe, expect, it } from "vitest";
import { calendarDateOf } from "./calendar-date-of.js";
import { applyOperator, dateOperators } from "./operators.js";

describe("calendarDateOf: the calendar date written in the value, no zone involved", () => {
  it("returns an existing ISO date as it is and refuses a non-existent one", () => {
    expect(calendarDateOf("2024-02-29")).toBe("2024-02-29");
    expect(calendarDateOf("2023-02-29")).toBeUndefined();
    expect(calendarDateOf("2024-2-9")).toBeUndefined();
  });

  it("reads a date-time by the date in its own offset, even where UTC has another day", () => {
    expect(calendarDateOf("2024-05-01T01:00:00+08:00")).toBe("2024-05-01"); // 2024-04-30T17:00Z
    expect(calendarDateOf("2024-04-30T23:30:00-05:00")).toBe("2024-04-30"); // 2024-05-01T04:30Z
    expect(calendarDateOf("2024-05-01T00:00:00Z")).toBe("2024-05-01");
  });

  it("refuses a date-time without an offset, with an impossible offset or date, and non-strings", () => {
    expect(calendarDateOf("2024-05-01T10:00:00")).toBeUndefined();
    expect(calendarDateOf("2024-05-01T10:00:00+25:00")).toBeUndefined();
    expect(calendarDateOf("2023-02-29T10:00:00+07:00")).toBeUndefined();
    expect(calendarDateOf(20240501)).toBeUndefined();
    expect(calendarDateOf(null)).toBeUndefined();
  });
});

describe("date operators count calendar days", () => {
  const op = (name: string) => dateOperators.find((o) => o.name === name)!;
  const ctx = { asOf: "2025-03-01" };

  it("dateWithinDaysOf: 2025-02-26 (written in -10:00) is 3 days before 2025-03-01", () => {
    const fact = "2025-02-26T23:00:00-10:00"; // 2025-02-27T09:00Z
    expect(applyOperator(op("dateWithinDaysOf"), fact, 3, ctx)).toBe(true);
    expect(applyOperator(op("dateWithinDaysOf"), fact, 2, ctx)).toBe(false);
  });

  it("across a leap day: 2024-02-28 to 2024-03-01 is 2 days", () => {
    expect(applyOperator(op("dateWithinDaysOf"), "2024-02-28", 2, { asOf: "2024-03-01" })).toBe(true);
    expect(applyOperator(op("dateWithinDaysOf"), "2024-02-28", 1, { asOf: "2024-03-01" })).toBe(false);
  });

  it("dateBefore and dateAfter are strict, and a value that is not a date makes them fail", () => {
    expect(applyOperator(op("dateBefore"), "2025-02-28", "2025-03-01", ctx)).toBe(true);
    expect(applyOperator(op("dateBefore"), "2025-03-01", "2025-03-01", ctx)).toBe(false);
    expect(applyOperator(op("dateAfter"), "2025-03-01T00:30:00+07:00", "2025-02-28", ctx)).toBe(true);
    expect(applyOperator(op("dateAfter"), "not a date", "2025-02-28", ctx)).toBe(false);
    expect(applyOperator(op("dateBefore"), "2023-02-29", "2025-02-28", ctx)).toBe(false);
  });
});

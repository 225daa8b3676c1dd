import { describe, expect, it } from "vitest";
import { lodgingReportDeadline, lodgingReportLateness } from "./lodging-report.js";

describe("APOA lodging report (1 x 24 hours)", () => {
  it("deadline is 24 hours after check-in, in the check-in's offset", () => {
    const d = lodgingReportDeadline("2024-05-01T21:15:00+08:00");
    expect(d.status === "known" && d.deadline).toBe("2024-05-02T21:15:00+08:00");
  });
  it("reported exactly at the deadline is on time; a minute later is late", () => {
    const checkIn = "2024-05-01T10:00:00+07:00";
    expect(lodgingReportLateness({ checkIn, reportedAt: "2024-05-02T10:00:00+07:00" }).status).toBe(
      "on-time",
    );
    const late = lodgingReportLateness({ checkIn, reportedAt: "2024-05-02T12:00:00+07:00" });
    expect(late.status).toBe("late");
    expect(late.status !== "unknown" && late.hoursLate).toBe(2);
    // The same instant expressed in another offset is the same deadline.
    expect(lodgingReportLateness({ checkIn, reportedAt: "2024-05-02T11:00:00+08:00" }).status).toBe(
      "on-time",
    );
  });
  it("without a report, on decides overdue or not yet due", () => {
    const checkIn = "2024-05-01T10:00:00+07:00";
    expect(lodgingReportLateness({ checkIn }, { on: "2024-05-02T09:00:00+07:00" }).status).toBe(
      "not-yet-due",
    );
    expect(lodgingReportLateness({ checkIn }, { on: "2024-05-03T09:00:00+07:00" }).status).toBe("overdue");
    expect(() => lodgingReportLateness({ checkIn })).toThrow(
      expect.objectContaining({ code: "option.required", field: "on" }),
    );
  });
  it("before APOA (29 May 2015) the deadline is unknown; a date without time is refused", () => {
    expect(lodgingReportDeadline("2015-01-01T10:00:00+07:00").status).toBe("unknown");
    expect(() => lodgingReportDeadline("2024-05-01")).toThrow(
      expect.objectContaining({ code: "datetime.invalid", field: "checkIn" }),
    );
  });
});

describe("lodging-report reasons carry codes", () => {
  const checkIn = "2024-05-01T10:00:00+07:00";
  it("on time, late, overdue, not yet due; before APOA the reason is policy.not-covered", () => {
    const code = (r: { reason: { code: string } }) => r.reason.code;
    expect(code(lodgingReportLateness({ checkIn, reportedAt: "2024-05-02T10:00:00+07:00" }))).toBe(
      "lodging.on-time",
    );
    expect(code(lodgingReportLateness({ checkIn, reportedAt: "2024-05-02T12:00:00+07:00" }))).toBe(
      "lodging.late",
    );
    expect(code(lodgingReportLateness({ checkIn }, { on: "2024-05-03T09:00:00+07:00" }))).toBe(
      "lodging.overdue",
    );
    expect(code(lodgingReportLateness({ checkIn }, { on: "2024-05-02T09:00:00+07:00" }))).toBe(
      "lodging.not-yet-due",
    );
    const before = lodgingReportDeadline("2015-01-01T10:00:00+07:00");
    expect(before.status === "unknown" && before.reason.code).toBe("policy.not-covered");
  });
});

import { describe, expect, it } from "vitest";
import { extendHolidayCalendar } from "./holiday-calendar.js";
import { defaultHolidayCalendar } from "./holiday-data.js";
import { isWorkingDay, lastWorkingDayBefore } from "./working-days.js";

// The brief's compact machine list (holidays.md), final dates after amendments.
const compact: Record<string, { L: string; C: string }> = {
  "2022": {
    L: "01-01 02-01 02-28 03-03 04-15 05-01 05-02 05-03 05-16 05-26 06-01 07-10 07-30 08-17 10-08 12-25",
    C: "04-29 05-04 05-05 05-06",
  },
  "2023": {
    L: "01-01 01-22 02-18 03-22 04-07 04-22 04-23 05-01 05-18 06-01 06-04 06-29 07-19 08-17 09-28 12-25",
    C: "01-23 03-23 04-19 04-20 04-21 04-24 04-25 06-02 06-28 06-30 12-26",
  },
  "2024": {
    L: "01-01 02-08 02-10 02-14 03-11 03-29 03-31 04-10 04-11 05-01 05-09 05-23 06-01 06-17 07-07 08-17 09-16 11-27 12-25",
    C: "02-09 03-12 04-08 04-09 04-12 04-15 05-10 05-24 06-18 12-26",
  },
  "2025": {
    L: "01-01 01-27 01-29 03-29 03-31 04-01 04-18 04-20 05-01 05-12 05-29 06-01 06-06 06-27 08-17 09-05 12-25",
    C: "01-28 03-28 04-02 04-03 04-04 04-07 05-13 05-30 06-09 08-18 12-26",
  },
  "2026": {
    L: "01-01 01-16 02-17 03-19 03-21 03-22 04-03 04-05 05-01 05-14 05-27 05-31 06-01 06-16 08-17 08-25 12-25",
    C: "02-16 03-18 03-20 03-23 03-24 05-15 05-28 12-24",
  },
};

describe("holiday calendar 2022–2026", () => {
  it("holds exactly the brief's final dates, each with its decree", () => {
    const expected: string[] = [];
    for (const [year, { L, C }] of Object.entries(compact)) {
      for (const d of L.split(" ")) expected.push(`${year}-${d} libur-nasional`);
      for (const d of C.split(" ")) expected.push(`${year}-${d} cuti-bersama`);
    }
    const actual = defaultHolidayCalendar.entries.map((e) => `${e.date} ${e.kind}`);
    expect([...actual].sort()).toEqual(expected.sort());
    for (const e of defaultHolidayCalendar.entries) {
      const decree = defaultHolidayCalendar.decrees[e.decree];
      expect(decree?.url).toMatch(/^https?:\/\//);
      expect(e.name.id && e.name.en).toBeTruthy();
    }
  });
  it("superseded or never-decreed dates are working days", () => {
    for (const d of ["2023-04-26", "2022-12-26", "2025-11-27", "2025-12-31", "2026-03-16"]) {
      const s = isWorkingDay(d);
      expect(s.status === "known" && s.working, d).toBe(true);
    }
  });
  it("has a version", () => expect(defaultHolidayCalendar.version).toMatch(/2022-2026/));
});

describe("lastWorkingDayBefore", () => {
  it("skips Lebaran 2024 (cuti bersama 8-9, 12, 15 Apr; Idul Fitri 10-11 Apr; weekend)", () => {
    const r = lastWorkingDayBefore("2024-04-16");
    expect(r.status === "known" && r.date).toBe("2024-04-05");
  });
  it("with cuti bersama as working days, stops at the cuti bersama", () => {
    const r = lastWorkingDayBefore("2024-04-16", { cutiBersamaNonWorking: false });
    expect(r.status === "known" && r.date).toBe("2024-04-15");
  });
  it("a plain Monday gives the Friday before", () => {
    const r = lastWorkingDayBefore("2023-11-27");
    expect(r.status === "known" && r.date).toBe("2023-11-24");
  });
  it("election day 2024-02-14 (Keppres 10/2024) is not a working day", () => {
    const r = lastWorkingDayBefore("2024-02-15");
    expect(r.status === "known" && r.date).toBe("2024-02-13");
  });
  it("office-specific days and a custom weekend are options", () => {
    const r = lastWorkingDayBefore("2023-11-28", { extraNonWorkingDays: ["2023-11-27"] });
    expect(r.status === "known" && r.date).toBe("2023-11-24");
    const six = lastWorkingDayBefore("2023-11-27", { weekend: [7] });
    expect(six.status === "known" && six.date).toBe("2023-11-25");
  });
  it("a walk into a year the calendar does not hold answers unknown", () => {
    expect(lastWorkingDayBefore("2022-01-03").status).toBe("unknown");
    expect(lastWorkingDayBefore("2027-01-05").status).toBe("unknown");
  });
  it("callers can add a year", () => {
    const cal = extendHolidayCalendar(defaultHolidayCalendar, {
      version: "test-2027",
      years: [2027],
      entries: [
        {
          date: "2027-01-01",
          kind: "libur-nasional",
          name: { id: "Tahun Baru", en: "New Year" },
          confidence: "low",
          decree: "x",
        },
      ],
    });
    const r = lastWorkingDayBefore("2027-01-05", { calendar: cal });
    expect(r.status === "known" && r.date).toBe("2027-01-04");
    expect(r.calendarVersion).toContain("test-2027");
  });
  it("unknown options are refused", () => {
    expect(() => lastWorkingDayBefore("2024-01-10", { cutiBersama: false } as never)).toThrow(
      expect.objectContaining({ code: "option.unknown", field: "cutiBersama" }),
    );
  });
});

describe("working-day reasons carry codes", () => {
  it("a holiday carries its name, a weekend and an office day off their codes, a year beyond the calendar its own", () => {
    const eid = isWorkingDay("2024-04-10");
    expect(eid.status === "known" && eid.reason?.code).toBe("working-day.holiday");
    expect(eid.status === "known" && eid.reason?.message.en).toBe("Eid al-Fitr (day 1)");
    const saturday = isWorkingDay("2024-04-13");
    expect(saturday.status === "known" && saturday.reason?.code).toBe("working-day.weekend");
    const office = isWorkingDay("2023-11-27", { extraNonWorkingDays: ["2023-11-27"] });
    expect(office.status === "known" && office.reason?.code).toBe("working-day.office-closed");
    const beyond = lastWorkingDayBefore("2027-01-05");
    expect(beyond.status === "unknown" && beyond.reason.code).toBe("calendar.year-not-covered");
    const lebaran = lastWorkingDayBefore("2024-04-16");
    expect(lebaran.status === "known" && lebaran.skipped.map((s) => s.reason.code)[0]).toBe(
      "working-day.holiday",
    );
  });
});

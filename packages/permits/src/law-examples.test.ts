// Audit tests: every expected value below was worked out by hand from the law and the domain briefs
// (immigration.md §2, §6.2; visas-overstay-delphi.md §2; holidays.md) before the code was run.
import { type Permit, PermitSchema } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { computeLastDay, toCalendarDate } from "./calendar-date.js";
import { entryEligibility } from "./entry-eligibility.js";
import { extensionOptions } from "./extension-options.js";
import { lodgingReportDeadline, lodgingReportLateness } from "./lodging-report.js";
import { overstayCharge, overstayChargeForDays } from "./overstay-charge.js";
import { permitStatus } from "./permit-status.js";
import { stayStatus } from "./stay-status.js";
import { lastWorkingDayBefore } from "./working-days.js";
import { zoneOfStay } from "./zone-of-stay.js";

const permit = (p: Record<string, unknown>): Permit =>
  PermitSchema.parse({ schemaVersion: 1, id: "p-1", status: "active", purpose: "tourism", ...p });

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe("day counting (entry day = day 1; each extension from the day after the previous last day)", () => {
  it("worked examples", () => {
    expect(computeLastDay("2019-04-01", 30)).toBe("2019-04-30"); // DG spokesperson 2019
    expect(computeLastDay("2023-09-29", 30, [30])).toBe("2023-11-27"); // Bali VoA, Antara Jan 2024
    expect(computeLastDay("2023-08-26", 60)).toBe("2023-10-24"); // not 25 Oct (the Parepare report's reading)
    expect(computeLastDay("2024-01-01", 60)).toBe("2024-02-29"); // leap day is day 60
    expect(computeLastDay("2023-01-01", 60)).toBe("2023-03-01"); // no leap day
    expect(computeLastDay("2023-12-15", 30)).toBe("2024-01-13"); // year boundary
    expect(computeLastDay("2024-01-10", 60, [60, 60])).toBe("2024-07-07"); // 180 days in all
  });
});

describe("overstay charge: rate on the assessment day; 60 is a charge, 61 is deportation", () => {
  it("10 days in 2018 = Rp 3,000,000; in 2023 = Rp 10,000,000", () => {
    expect(overstayChargeForDays(10, { on: "2018-06-15" }).amount).toBe(3_000_000);
    expect(overstayChargeForDays(10, { on: "2023-06-15" }).amount).toBe(10_000_000);
  });
  it("Rp 300,000 up to 2 May 2019, Rp 1,000,000 from 3 May 2019", () => {
    expect(overstayChargeForDays(1, { on: "2019-05-02" }).ratePerDay).toBe(300_000);
    expect(overstayChargeForDays(1, { on: "2019-05-03" }).ratePerDay).toBe(1_000_000);
  });
  it("PP 45/2024 from 17 Dec 2024: Rp 1,000,000 with confidence low, citing PP 45/2024", () => {
    const r = overstayChargeForDays(5, { on: "2024-12-17" });
    expect(r).toMatchObject({
      status: "charge",
      ratePerDay: 1_000_000,
      amount: 5_000_000,
      confidence: "low",
    });
    expect(r.citations.map((c) => c.instrument).join(" ")).toContain("PP 45/2024");
    expect(overstayChargeForDays(5, { on: "2024-12-16" }).citations[0]!.instrument).toContain("PP 28/2019");
  });
  it("exactly 60 days is a charge; 61 days means deportation and an entry ban", () => {
    expect(overstayChargeForDays(60, { on: "2023-06-15" })).toMatchObject({
      status: "charge",
      amount: 60_000_000,
      deportationAndEntryBan: false,
    });
    const d = overstayChargeForDays(61, { on: "2023-06-15" });
    expect(d).toMatchObject({ status: "deportation", deportationAndEntryBan: true });
    expect(d.amount).toBeUndefined();
    expect(d.citations.map((c) => c.article).join(" ")).toContain("78");
  });
  it("exactly 60 days before May 2019 is cited to PP 45/2014, never to the later PP 28/2019", () => {
    const r = overstayChargeForDays(60, { on: "2018-06-15" });
    expect(r).toMatchObject({ status: "charge", amount: 18_000_000 });
    expect(r.citations.map((c) => c.instrument).join(" ")).not.toContain("PP 28/2019");
    // The PP 45/2014 wording on day 60 was never seen: the answer cannot be more than unverified.
    expect(r.confidence).toBe("unverified");
    expect(overstayChargeForDays(60, { on: "2025-01-15" }).confidence).toBe("low");
  });
  it("the 1 April 2019 stay overstayed to 10 May 2019: 10 days at the rate of 10 May (Rp 1,000,000)", () => {
    const p = permit({
      kind: "itk",
      basis: "visa-exempt",
      validFrom: "2019-04-01",
      validUntil: "2019-04-30",
    });
    const c = overstayCharge(p, { on: "2019-05-10" });
    expect(c).toMatchObject({ days: 10, ratePerDay: 1_000_000, amount: 10_000_000 });
    expect(c.citations.length).toBeGreaterThan(0);
    expect(typeof c.policyVersion).toBe("string");
  });
  it("an instant is read in the permit's zone of stay, also for the rate (WITA: 00:30 on 3 May 2019)", () => {
    const p = permit({
      kind: "itk",
      basis: "visa-exempt",
      validFrom: "2019-03-23",
      validUntil: "2019-04-21",
      regionCode: "51.03",
    });
    // 2019-05-02T16:30Z = 2019-05-03 00:30 WITA: 12 overstay days (22 Apr .. 3 May), assessed on 3 May.
    const c = overstayCharge(p, { on: "2019-05-02T16:30:00Z", zone: zoneOfStay(undefined, [p.regionCode]) });
    expect(c).toMatchObject({
      days: 12,
      assessedOn: "2019-05-03",
      ratePerDay: 1_000_000,
      amount: 12_000_000,
    });
  });
  it("a pending application filed and paid before expiry stops the overstay (no charge)", () => {
    const p = permit({
      kind: "itk",
      basis: "visa-on-arrival",
      validFrom: "2024-01-01",
      validUntil: "2024-01-30",
      pendingApplication: { type: "extension", filedOn: "2024-01-30", paidOn: "2024-01-30" },
    });
    expect(overstayCharge(p, { on: "2024-02-10" })).toMatchObject({ days: 0, status: "none" });
    const late = permit({
      kind: "itk",
      basis: "visa-on-arrival",
      validFrom: "2024-01-01",
      validUntil: "2024-01-30",
      pendingApplication: { type: "extension", filedOn: "2024-01-30", paidOn: "2024-01-31" },
    });
    expect(overstayCharge(late, { on: "2024-02-10" })).toMatchObject({ days: 11, amount: 11_000_000 });
  });
});

describe("permitStatus at instants in the zone of stay", () => {
  const voa = permit({
    kind: "itk",
    basis: "visa-on-arrival",
    validFrom: "2023-09-29",
    validUntil: "2023-11-27",
    extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }],
  });
  it("23:30 local on the last day is still the last day (WITA, WIT, WIB Pontianak)", () => {
    for (const [zone, offset] of [
      ["Asia/Makassar", "+08:00"],
      ["Asia/Jayapura", "+09:00"],
      ["Asia/Pontianak", "+07:00"],
    ] as const) {
      const s = permitStatus(voa, { on: `2023-11-27T23:30:00${offset}`, zone });
      expect(s, zone).toMatchObject({ status: "valid", daysRemaining: 0, overstayDays: 0, on: "2023-11-27" });
    }
  });
  it("an instant that is already the next day in the zone of stay is overstay day 1", () => {
    // 23:30 WIB on the last day is 01:30 the next day in Jayapura (WIT).
    expect(permitStatus(voa, { on: "2023-11-27T23:30:00+07:00", zone: "Asia/Jayapura" })).toMatchObject({
      status: "expired",
      overstayDays: 1,
      on: "2023-11-28",
    });
    // 15:30Z is 00:30 WITA on 28 Nov.
    expect(permitStatus(voa, { on: "2023-11-27T16:30:00Z", zone: "Asia/Makassar" }).overstayDays).toBe(1);
    // ... and still 27 Nov in Pontianak (23:30 WIB).
    expect(permitStatus(voa, { on: "2023-11-27T16:30:00Z", zone: "Asia/Pontianak" }).status).toBe("valid");
  });
  it("an instant without a zone is a coded usage error", () => {
    expect(codeOf(() => permitStatus(voa, { on: "2023-11-27T23:30:00+08:00" }))).toBe("zone.required");
    const dt = "2023-11-27T15:30:00Z";
    expect(codeOf(() => permitStatus(voa, { on: dt }))).toBe("zone.required");
    expect(codeOf(() => overstayChargeForDays(3, { on: dt }))).toBe("zone.required");
  });
});

describe("stayStatus along chains", () => {
  const entry = (date: string) => ({ direction: "entry" as const, date });
  const exit = (date: string) => ({ direction: "exit" as const, date });
  const visitor = permit({
    id: "itk-1",
    kind: "itk",
    basis: "visa-exempt",
    validFrom: "2019-04-01",
    validUntil: "2019-04-30",
  });

  it("overstay stops at the exit, and the exit day (present that day) counts", () => {
    // Present 1..10 May after the last day 30 April: 10 overstay days.
    const moves = [entry("2019-04-01"), exit("2019-05-10")];
    for (const on of ["2019-05-10", "2019-06-01"]) {
      expect(stayStatus({ permits: [visitor], movements: moves }, { on }), on).toMatchObject({
        status: "departed",
        lawfullyPresent: false,
        overstayDays: 10,
        lastLawfulDay: "2019-04-30",
        exitedOn: "2019-05-10",
      });
    }
    expect(stayStatus({ permits: [visitor], movements: moves }, { on: "2019-05-09" })).toMatchObject({
      status: "overstay",
      overstayDays: 9,
    });
  });
  it("a person who left on the last day has no overstay; one who came back on a new permit is lawful", () => {
    const back = permit({
      id: "itk-2",
      kind: "itk",
      basis: "visa-exempt",
      validFrom: "2019-07-01",
      validUntil: "2019-07-30",
    });
    const moves = [entry("2019-04-01"), exit("2019-04-30"), entry("2019-07-01")];
    expect(
      stayStatus({ permits: [visitor], movements: moves.slice(0, 2) }, { on: "2019-05-05" }),
    ).toMatchObject({ status: "departed", overstayDays: 0 });
    const s = stayStatus({ permits: [visitor, back], movements: moves }, { on: "2019-07-05" });
    expect(s).toMatchObject({ status: "lawful", lawfullyPresent: true, overstayDays: 0 });
    expect(s.permitInForce?.id).toBe("itk-2");
  });
  it("ITK converted to ITAS, conversion filed and paid before ITK expiry: lawful while pending", () => {
    const itk = permit({
      id: "itk-1",
      kind: "itk",
      basis: "visit-visa-single",
      validFrom: "2024-01-01",
      validUntil: "2024-02-29",
      pendingApplication: { type: "conversion", filedOn: "2024-02-20", paidOn: "2024-02-21" },
      status: "converted",
      statusFrom: "2024-03-10",
    });
    const itas = permit({
      id: "itas-1",
      kind: "itas",
      basis: "conversion",
      purpose: "work",
      validFrom: "2024-03-10",
      validUntil: "2025-03-09",
      previousPermitId: "itk-1",
    });
    const moves = [entry("2024-01-01")];
    for (const on of ["2024-02-29", "2024-03-01", "2024-03-09"]) {
      expect(stayStatus({ permits: [itk, itas], movements: moves }, { on }), on).toMatchObject({
        status: "lawful",
        overstayDays: 0,
      });
    }
    expect(
      stayStatus({ permits: [itk, itas], movements: moves }, { on: "2024-03-10" }).permitInForce?.id,
    ).toBe("itas-1");
    expect(stayStatus({ permits: [itk, itas], movements: moves }, { on: "2025-03-10" })).toMatchObject({
      status: "overstay",
      overstayDays: 1,
      lastLawfulDay: "2025-03-09",
    });
  });
  it("ITAS converted to ITAP: the ITAP is in force", () => {
    const itas = permit({
      id: "itas-1",
      kind: "itas",
      basis: "limited-stay-visa",
      purpose: "family",
      validFrom: "2021-01-01",
      validUntil: "2024-12-31",
      status: "converted",
      statusFrom: "2024-06-01",
    });
    const itap = permit({
      id: "itap-1",
      kind: "itap",
      basis: "conversion",
      purpose: "family",
      validFrom: "2024-06-01",
      validUntil: "2029-05-31",
      previousPermitId: "itas-1",
    });
    const s = stayStatus({ permits: [itas, itap], movements: [entry("2021-01-01")] }, { on: "2025-01-05" });
    expect(s).toMatchObject({ status: "lawful", overstayDays: 0 });
    expect(s.permitInForce?.id).toBe("itap-1");
  });
  it("an ITAS holder abroad on a re-entry permit is lawful again on return", () => {
    const itas = permit({
      id: "itas-1",
      kind: "itas",
      basis: "limited-stay-visa",
      purpose: "work",
      validFrom: "2024-01-01",
      validUntil: "2024-12-31",
      reEntryPermits: [{ id: "imk-1", kind: "multiple", validFrom: "2024-01-01", validUntil: "2024-12-31" }],
    });
    const moves = [entry("2024-01-01"), exit("2024-03-01"), entry("2024-04-01")];
    const s = stayStatus({ permits: [itas], movements: moves }, { on: "2024-04-10" });
    expect(s).toMatchObject({ status: "lawful", overstayDays: 0 });
  });
  it("cancellation and exit permit only", () => {
    const cancelled = permit({
      kind: "itas",
      basis: "limited-stay-visa",
      purpose: "work",
      validFrom: "2024-01-01",
      validUntil: "2024-12-31",
      status: "cancelled",
      statusFrom: "2024-03-01",
    });
    expect(permitStatus(cancelled, { on: "2024-02-29" }).status).toBe("valid");
    expect(permitStatus(cancelled, { on: "2024-03-01" }).status).toBe("not-in-force");
    const epo = permit({
      kind: "itas",
      basis: "limited-stay-visa",
      purpose: "work",
      validFrom: "2024-01-01",
      validUntil: "2024-12-31",
      exitPermitOnly: { issuedOn: "2024-05-01", leaveBy: "2024-05-04" },
    });
    expect(permitStatus(epo, { on: "2024-05-04" })).toMatchObject({ status: "valid", lastDay: "2024-05-04" });
    expect(permitStatus(epo, { on: "2024-05-05" })).toMatchObject({ status: "expired", overstayDays: 1 });
  });
});

describe("entryEligibility: visa-exempt only for the 10 ASEAN states since 7 June 2023", () => {
  it("the ten are eligible, others are not; earlier dates are unknown", () => {
    for (const n of ["BRN", "KHM", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"]) {
      expect(entryEligibility(n, "visa-exempt", { on: "2023-06-07" }).status, n).toBe("eligible");
    }
    for (const n of ["AUS", "D", "JPN", "USA", "CHN", "IND"]) {
      expect(entryEligibility(n, "visa-exempt", { on: "2024-01-01" }).status, n).toBe("ineligible");
    }
    expect(entryEligibility("AUS", "visa-exempt", { on: "2023-06-06" }).status).toBe("unknown");
    expect(entryEligibility("SGP", "visa-exempt", { on: "2023-06-06" }).status).toBe("unknown");
  });
  it("an Indonesian citizen is not a foreigner: never eligible for a foreigner's entry basis", () => {
    expect(entryEligibility("IDN", "visa-exempt", { on: "2024-01-01" }).status).not.toBe("eligible");
  });
});

describe("extensionOptions", () => {
  it("visa-exempt: never; VoA: once, 30 days", () => {
    const bvk = permit({
      kind: "itk",
      basis: "visa-exempt",
      validFrom: "2024-01-01",
      validUntil: "2024-01-30",
    });
    expect(extensionOptions(bvk, { on: "2024-01-20" })).toMatchObject({
      extension: "not-possible",
      conversion: "not-possible",
    });
    const voa = permit({
      kind: "itk",
      basis: "visa-on-arrival",
      validFrom: "2023-09-29",
      validUntil: "2023-10-28",
    });
    expect(extensionOptions(voa, { on: "2023-10-20" })).toMatchObject({
      extension: "possible",
      remainingExtensions: 1,
      daysPerExtension: 30,
      conversion: "not-possible",
    });
    const extended = permit({
      kind: "itk",
      basis: "visa-on-arrival",
      validFrom: "2023-09-29",
      validUntil: "2023-11-27",
      extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }],
    });
    expect(extensionOptions(extended, { on: "2023-11-20" }).extension).toBe("not-possible");
  });
  it("ITAS from a VITAS on arrival: no extension", () => {
    const p = permit({
      kind: "itas",
      basis: "limited-stay-visa-on-arrival",
      purpose: "work",
      validFrom: "2024-06-01",
      validUntil: "2025-05-31",
    });
    expect(extensionOptions(p, { on: "2025-04-01" }).extension).toBe("not-possible");
  });
  it("ITAS expiring 2025-05-31: window 2025-02-28 (clamped) to the last working day before expiry", () => {
    const p = permit({
      kind: "itas",
      basis: "limited-stay-visa",
      purpose: "work",
      validFrom: "2024-06-01",
      validUntil: "2025-05-31",
    });
    // 30 May 2025 is cuti bersama, 29 May is Ascension Day: the last working day is Wed 28 May.
    expect(extensionOptions(p, { on: "2025-02-27" })).toMatchObject({
      extension: "not-yet",
      window: { opensOn: "2025-02-28", closesOn: "2025-05-28" },
    });
    expect(extensionOptions(p, { on: "2025-02-28" }).extension).toBe("possible");
    expect(extensionOptions(p, { on: "2025-05-28" }).extension).toBe("possible");
    expect(extensionOptions(p, { on: "2025-05-29" }).extension).toBe("not-possible");
    expect(
      extensionOptions(p, { on: "2025-05-29", workingDays: { cutiBersamaNonWorking: false } }).window,
    ).toEqual({ opensOn: "2025-02-28", closesOn: "2025-05-30" });
  });
  it("ITAP: 5 years, extendable without limit", () => {
    const p = permit({
      kind: "itap",
      basis: "conversion",
      purpose: "family",
      validFrom: "2020-03-02",
      validUntil: "2025-03-01",
    });
    expect(extensionOptions(p, { on: "2025-01-15" })).toMatchObject({
      extension: "possible",
      remainingExtensions: "unlimited",
      window: { opensOn: "2024-12-01", closesOn: "2025-02-28" },
    });
  });
});

describe("lastWorkingDayBefore over Lebaran and the year end", () => {
  const cases: [string, string, string][] = [
    // [date, with cuti bersama non-working, with cuti bersama working]
    ["2024-04-16", "2024-04-05", "2024-04-15"], // Lebaran 2024
    ["2025-04-08", "2025-03-27", "2025-04-07"], // Lebaran 2025 (29 Mar Nyepi is a Saturday)
    ["2026-03-25", "2026-03-17", "2026-03-24"], // Lebaran 2026 (17 Mar is WFA, a working day)
    ["2024-01-02", "2023-12-29", "2023-12-29"], // New Year 2024
    ["2023-12-27", "2023-12-22", "2023-12-26"], // Christmas 2023 with cuti bersama on 26 Dec
    ["2026-12-28", "2026-12-23", "2026-12-24"], // Christmas 2026, cuti bersama 24 Dec
    ["2025-01-02", "2024-12-31", "2024-12-31"],
  ];
  for (const [date, withCuti, withoutCuti] of cases) {
    it(date, () => {
      expect(lastWorkingDayBefore(date)).toMatchObject({ status: "known", date: withCuti });
      expect(lastWorkingDayBefore(date, { cutiBersamaNonWorking: false })).toMatchObject({
        status: "known",
        date: withoutCuti,
      });
    });
  }
  it("a walk into 2021 or 2027 is unknown, never a guess", () => {
    expect(lastWorkingDayBefore("2022-01-03").status).toBe("unknown"); // reaches Fri 31 Dec 2021
    expect(lastWorkingDayBefore("2027-01-05").status).toBe("unknown"); // Mon 4 Jan 2027
    expect(lastWorkingDayBefore("2027-01-01")).toMatchObject({ status: "known", date: "2026-12-31" });
  });
});

describe("lodging report: 1 x 24 hours from check-in", () => {
  it("deadline and lateness at instants with offsets", () => {
    const d = lodgingReportDeadline("2024-03-01T22:00:00+08:00");
    expect(d).toMatchObject({ status: "known", hours: 24 });
    // written in the check-in's own offset
    expect(d.status === "known" && d.deadline).toBe("2024-03-02T22:00:00+08:00");
    const checkIn = "2024-03-01T22:00:00+08:00";
    expect(lodgingReportLateness({ checkIn, reportedAt: "2024-03-02T22:00:00+08:00" }).status).toBe(
      "on-time",
    );
    // 15:00Z = 23:00 WITA: one hour late.
    const late = lodgingReportLateness({ checkIn, reportedAt: "2024-03-02T15:00:00Z" });
    expect(late).toMatchObject({ status: "late", hoursLate: 1 });
    expect(lodgingReportLateness({ checkIn }, { on: "2024-03-02T13:59:00Z" }).status).toBe("not-yet-due");
    expect(lodgingReportLateness({ checkIn }, { on: "2024-03-02T14:01:00Z" }).status).toBe("overdue");
    expect(codeOf(() => lodgingReportDeadline("2024-03-01T22:00:00"))).toBe("datetime.invalid");
  });
});

describe("an instant without zone is a usage error for every function taking on", () => {
  const p = permit({
    kind: "itk",
    basis: "visa-exempt",
    validFrom: "2019-03-23",
    validUntil: "2019-04-21",
    regionCode: "51.03",
  });
  const instants = ["2019-05-02T16:30:00Z", "2019-05-03T00:30:00+08:00"];
  for (const on of instants) {
    it(`overstayCharge and extensionOptions refuse ${String(on)} without zone`, () => {
      expect(() => overstayCharge(p, { on })).toThrow(expect.objectContaining({ code: "zone.required" }));
      expect(() => extensionOptions(p, { on })).toThrow(expect.objectContaining({ code: "zone.required" }));
    });
  }
});

describe("computeLastDay from an instant of entry, read as the calendar date of the place of stay", () => {
  it("Bali VoA entered 23:30 WITA on 2023-09-29, extended once by 30: last day 2023-11-27", () => {
    const entry = toCalendarDate("2023-09-29T23:30:00+08:00", "Asia/Makassar");
    expect(computeLastDay(entry, 30, [30])).toBe("2023-11-27");
  });
  it("1 April 2019 + 30 days (entry day = day 1) ends 2019-04-30: 00:10 WIT is still 31 March in UTC", () => {
    expect(computeLastDay(toCalendarDate("2019-03-31T15:10:00Z", "Asia/Jayapura"), 30)).toBe("2019-04-30");
  });
  it("an instant given as the first day is refused with date.invalid (it needs the zone of stay)", () => {
    expect(() => computeLastDay("2019-04-01T00:10:00+09:00", 30)).toThrow(
      expect.objectContaining({ code: "date.invalid" }),
    );
  });
});

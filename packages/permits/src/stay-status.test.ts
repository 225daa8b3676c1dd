import { addDays, type Permit, PermitSchema } from "@timpora/models";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { permitStatus } from "./permit-status.js";
import { stayStatus } from "./stay-status.js";
import { zoneOfStay } from "./zone-of-stay.js";

const permit = (p: Record<string, unknown>): Permit =>
  PermitSchema.parse({ schemaVersion: 1, status: "active", purpose: "work", ...p });

describe("stayStatus follows the permit chain", () => {
  // Visit visa (Permenkumham 29/2021 regime: 60 days, extensions of 60): entered 2023-01-10, day 60 is
  // 2023-03-10; one 60-day extension runs 2023-03-11 .. 2023-05-09. Converted to an ITAS from the next day.
  const itk = permit({
    id: "itk-1",
    kind: "itk",
    basis: "visit-visa-single",
    validFrom: "2023-01-10",
    validUntil: "2023-05-09",
    extensions: [{ grantedOn: "2023-03-01", lastDayBefore: "2023-03-10", lastDayAfter: "2023-05-09" }],
    status: "converted",
    statusFrom: "2023-05-10",
  });
  const itas = permit({
    id: "itas-1",
    kind: "itas",
    basis: "conversion",
    validFrom: "2023-05-10",
    validUntil: "2024-05-09",
    previousPermitId: "itk-1",
  });
  const movements = [{ direction: "entry" as const, date: "2023-01-10" }];

  it("the fixture is what the law gives (60 + 60 days from 2023-01-10 ends 2023-05-09)", () => {
    expect(permitStatus(itk, { on: "2023-04-01" }).warnings).toEqual([]);
  });
  it("no overstay across extension and conversion", () => {
    for (const on of ["2023-01-10", "2023-03-11", "2023-05-09", "2023-05-10", "2023-05-11", "2024-05-09"]) {
      const s = stayStatus({ permits: [itk, itas], movements }, { on });
      expect(s.status, on).toBe("lawful");
      expect(s.overstayDays, on).toBe(0);
    }
    expect(stayStatus({ permits: [itk, itas], movements }, { on: "2023-06-01" }).permitInForce).toEqual({
      id: "itas-1",
      kind: "itas",
      basis: "conversion",
    });
  });
  it("overstay counts from the ITAS's last day", () => {
    const s = stayStatus({ permits: [itk, itas], movements }, { on: "2024-05-19" });
    expect(s).toMatchObject({
      status: "overstay",
      lawfullyPresent: false,
      lastLawfulDay: "2024-05-09",
      overstayDays: 10,
    });
  });
  it("a conversion filed and paid in time keeps the person lawful while pending", () => {
    const pendingItk = permit({
      id: "itk-2",
      kind: "itk",
      basis: "visit-visa-single",
      validFrom: "2023-01-10",
      validUntil: "2023-03-10",
      pendingApplication: { type: "conversion", filedOn: "2023-03-01", paidOn: "2023-03-02" },
    });
    expect(stayStatus({ permits: [pendingItk], movements }, { on: "2023-04-01" })).toMatchObject({
      status: "lawful",
      overstayDays: 0,
    });
  });
});

describe("overstay stops at the exit", () => {
  const voa = permit({
    id: "voa-1",
    kind: "itk",
    basis: "visa-on-arrival",
    purpose: "tourism",
    validFrom: "2023-03-01",
    validUntil: "2023-03-30",
  });
  const movements = [
    { direction: "entry" as const, date: "2023-03-01" },
    { direction: "exit" as const, date: "2023-04-09" },
  ];
  it("while still present the overstay grows", () => {
    expect(stayStatus({ permits: [voa], movements }, { on: "2023-04-05" })).toMatchObject({
      status: "overstay",
      overstayDays: 6,
    });
  });
  it("after leaving, the overstay is frozen at the exit day", () => {
    for (const on of ["2023-04-09", "2023-06-01", "2025-01-01"]) {
      expect(stayStatus({ permits: [voa], movements }, { on })).toMatchObject({
        status: "departed",
        lawfullyPresent: false,
        exitedOn: "2023-04-09",
        lastLawfulDay: "2023-03-30",
        overstayDays: 10,
      });
    }
  });
  it("leaving on the last day is no overstay", () => {
    const s = stayStatus(
      { permits: [voa], movements: [movements[0]!, { direction: "exit", date: "2023-03-30" }] },
      { on: "2023-05-01" },
    );
    expect(s).toMatchObject({ status: "departed", overstayDays: 0 });
  });
});

describe("other chain events", () => {
  it("an ITAS holder who leaves without a re-entry permit loses the ITAS on return", () => {
    const itas = permit({
      id: "i",
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2024-01-01",
      validUntil: "2024-12-31",
    });
    const moves = [
      { direction: "entry" as const, date: "2024-01-01" },
      { direction: "exit" as const, date: "2024-03-01" },
      { direction: "entry" as const, date: "2024-03-10" },
    ];
    expect(stayStatus({ permits: [itas], movements: moves }, { on: "2024-04-01" }).status).toBe("unknown");
    const withReEntry = permit({
      id: "i",
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2024-01-01",
      validUntil: "2024-12-31",
      reEntryPermits: [{ id: "r", kind: "multiple", validFrom: "2024-01-01", validUntil: "2024-12-31" }],
    });
    expect(stayStatus({ permits: [withReEntry], movements: moves }, { on: "2024-04-01" }).status).toBe(
      "lawful",
    );
  });
  it("a cancelled permit stops being lawful from statusFrom", () => {
    const p = permit({
      id: "c",
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2024-01-01",
      validUntil: "2024-12-31",
      status: "cancelled",
      statusFrom: "2024-06-01",
    });
    expect(stayStatus({ permits: [p] }, { on: "2024-06-03" })).toMatchObject({
      status: "overstay",
      lastLawfulDay: "2024-05-31",
      overstayDays: 3,
    });
  });
  it("an exit permit only sets the last lawful day", () => {
    const p = permit({
      id: "e",
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2024-01-01",
      validUntil: "2024-12-31",
      exitPermitOnly: { issuedOn: "2024-06-01", leaveBy: "2024-06-04" },
    });
    expect(stayStatus({ permits: [p] }, { on: "2024-06-06" })).toMatchObject({
      status: "overstay",
      overstayDays: 2,
    });
  });
  it("a permit that has not started and no entry: not yet arrived; nothing on record: unknown", () => {
    const p = permit({
      id: "f",
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2030-01-01",
      validUntil: "2030-12-31",
    });
    expect(stayStatus({ permits: [p] }, { on: "2029-01-01" }).status).toBe("not-yet-arrived");
    expect(stayStatus({ permits: [] }, { on: "2029-01-01" }).lawfullyPresent).toBe("unknown");
  });
  it("an instant is read in the zone given", () => {
    const p = permit({
      id: "z",
      kind: "itk",
      basis: "visa-exempt",
      purpose: "tourism",
      validFrom: "2024-02-01",
      validUntil: "2024-03-01",
    });
    expect(
      stayStatus({ permits: [p] }, { on: "2024-03-01T23:30:00+09:00", zone: "Asia/Jayapura" }).status,
    ).toBe("lawful");
    expect(
      stayStatus({ permits: [p] }, { on: "2024-03-01T22:30:00+07:00", zone: "Asia/Jayapura" }).status,
    ).toBe("overstay");
    expect(() => stayStatus({ permits: [p] }, { on: "2024-03-01T22:30:00+07:00" })).toThrow(
      expect.objectContaining({ code: "zone.required" }),
    );
  });
});

describe("zone from the region of stay", () => {
  const p = permit({
    id: "r",
    kind: "itk",
    basis: "visa-exempt",
    purpose: "tourism",
    validFrom: "2024-02-01",
    validUntil: "2024-03-01",
    regionCode: "91.71",
  });
  it("an instant without zone is a usage error even when the permit has a region", () => {
    expect(() => stayStatus({ permits: [p] }, { on: "2024-03-01T22:30:00+07:00" })).toThrow(
      expect.objectContaining({ name: "PermitsError", code: "zone.required" }),
    );
    expect(() => stayStatus({ permits: [p] }, { on: "2024-03-01T13:30:00Z" })).toThrow(
      expect.objectContaining({ code: "zone.required" }),
    );
  });
  it("a calendar date needs no zone", () => {
    expect(stayStatus({ permits: [p] }, { on: "2024-03-01" }).status).toBe("lawful");
  });
  it("zoneOfStay gives the region's zone to pass explicitly: Papua (91) is WIT", () => {
    const zone = zoneOfStay(undefined, [p.regionCode]);
    // 22:30 WIB = 00:30 WIT on 2 March: the day after the last day.
    expect(stayStatus({ permits: [p] }, { on: "2024-03-01T22:30:00+07:00", zone }).status).toBe("overstay");
  });
  it("a residence in Bali (51) gives WITA via zoneOfStay when the permit has no region", () => {
    const { regionCode: _drop, ...rest } = p;
    const addresses = [{ regionCode: "51.03", use: "residence" as const }];
    const zone = zoneOfStay(
      undefined,
      addresses.map((a) => a.regionCode),
    );
    expect(zone).toBe("Asia/Makassar");
    expect(stayStatus({ permits: [rest], addresses }, { on: "2024-03-01T23:30:00+08:00", zone }).status).toBe(
      "lawful",
    );
    expect(stayStatus({ permits: [rest], addresses }, { on: "2024-03-01T16:30:00Z", zone }).status).toBe(
      "overstay",
    );
  });
});

describe("same-day exit and entry", () => {
  const first = permit({
    id: "a",
    kind: "itk",
    basis: "visa-exempt",
    purpose: "tourism",
    validFrom: "2024-01-01",
    validUntil: "2024-01-30",
  });
  const second = permit({
    id: "b",
    kind: "itk",
    basis: "visa-exempt",
    purpose: "tourism",
    validFrom: "2024-01-30",
    validUntil: "2024-02-28",
  });
  const movements = [
    { direction: "entry" as const, date: "2024-01-01" },
    { direction: "exit" as const, date: "2024-01-30" },
    { direction: "entry" as const, date: "2024-01-30" },
  ];
  it("a visa run with a new permit from that day is still presence under the new permit", () => {
    expect(stayStatus({ permits: [first, second], movements }, { on: "2024-02-10" })).toMatchObject({
      status: "lawful",
      permitInForce: { id: "b" },
    });
  });
  it("without a permit starting that day, the same-day pair reads as a departure", () => {
    expect(stayStatus({ permits: [first], movements }, { on: "2024-02-10" }).status).toBe("departed");
  });
});

describe("property: overstay stops at the exit", () => {
  it("for any exit after the last day, overstay days equal the days from the last day to the exit, whenever asked", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2500 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 400 }),
        (start, len, over, later) => {
          const validFrom = addDays("2016-06-01", start);
          const validUntil = addDays(validFrom, len - 1);
          const exit = addDays(validUntil, over);
          const p = permit({ id: "p", kind: "itk", basis: "crew", purpose: "other", validFrom, validUntil });
          const movements = [
            { direction: "entry" as const, date: validFrom },
            { direction: "exit" as const, date: exit },
          ];
          const s = stayStatus({ permits: [p], movements }, { on: addDays(exit, later) });
          expect(s).toMatchObject({
            status: "departed",
            overstayDays: over,
            exitedOn: exit,
            lastLawfulDay: validUntil,
          });
          const before = stayStatus({ permits: [p], movements }, { on: addDays(exit, -1) });
          expect(before.overstayDays).toBe(over - 1);
        },
      ),
    );
  });
});

describe("each answer of stayStatus has its reason code", () => {
  // The values come from the law (entry day = day 1; overstay from the day after the last day; stopped at
  // the exit); the codes name the branch taken, the texts come from the message table.
  const visitor = permit({
    id: "v",
    kind: "itk",
    basis: "visa-exempt",
    purpose: "tourism",
    validFrom: "2019-04-01",
    validUntil: "2019-04-30",
  });
  const itas = permit({
    id: "i",
    kind: "itas",
    basis: "limited-stay-visa",
    validFrom: "2024-01-01",
    validUntil: "2024-12-31",
  });
  const itap = permit({
    id: "p",
    kind: "itap",
    basis: "conversion",
    purpose: "family",
    validFrom: "2020-01-01",
    validUntil: null,
  });
  const pending = permit({
    id: "q",
    kind: "itk",
    basis: "visit-visa-single",
    validFrom: "2023-01-10",
    validUntil: "2023-03-10",
    pendingApplication: { type: "conversion", filedOn: "2023-03-01", paidOn: "2023-03-02" },
  });
  const entry = (date: string) => ({ direction: "entry" as const, date });
  const exit = (date: string) => ({ direction: "exit" as const, date });
  const codes = (s: { reasons: { code: string }[] }) => s.reasons.map((r) => r.code);

  it("lawful until the last day: stay.lawful.until", () => {
    const s = stayStatus({ permits: [visitor], movements: [entry("2019-04-01")] }, { on: "2019-04-30" });
    expect(s.status).toBe("lawful");
    expect(s.reasons).toEqual([
      {
        code: "stay.lawful.until",
        message: { id: "ITK berlaku sampai 2019-04-30", en: "ITK valid until 2019-04-30" },
      },
    ]);
  });
  it("lawful without an end (unlimited ITAP): stay.lawful.unlimited", () => {
    const s = stayStatus({ permits: [itap] }, { on: "2030-01-01" });
    expect([s.status, ...codes(s)]).toEqual(["lawful", "stay.lawful.unlimited"]);
  });
  it("lawful while a timely application is pending after the last day: stay.lawful.pending", () => {
    const s = stayStatus({ permits: [pending], movements: [entry("2023-01-10")] }, { on: "2023-04-01" });
    expect([s.status, s.overstayDays, ...codes(s)]).toEqual(["lawful", 0, "stay.lawful.pending"]);
  });
  it("overstay from the day after the last day: stay.overstay with the days and the last lawful day", () => {
    const s = stayStatus({ permits: [visitor], movements: [entry("2019-04-01")] }, { on: "2019-05-09" });
    expect([s.status, s.overstayDays, ...codes(s)]).toEqual(["overstay", 9, "stay.overstay"]);
    expect(s.reasons[0]!.message).toEqual({
      id: "Melebihi izin tinggal 9 hari (hari sah terakhir 2019-04-30)",
      en: "Overstay of 9 day(s) (last lawful day 2019-04-30)",
    });
  });
  it("left on the last day: stay.departed", () => {
    const s = stayStatus(
      { permits: [visitor], movements: [entry("2019-04-01"), exit("2019-04-30")] },
      { on: "2019-05-05" },
    );
    expect([s.status, s.exitedOn, ...codes(s)]).toEqual(["departed", "2019-04-30", "stay.departed"]);
  });
  it("left after overstaying ten days: stay.departed.overstayed", () => {
    const s = stayStatus(
      { permits: [visitor], movements: [entry("2019-04-01"), exit("2019-05-10")] },
      { on: "2019-06-01" },
    );
    expect([s.status, s.overstayDays, ...codes(s)]).toEqual(["departed", 10, "stay.departed.overstayed"]);
    expect(s.reasons[0]!.message.en).toBe(
      "Left Indonesia on 2019-05-10 after an overstay of 10 day(s) (last lawful day 2019-04-30)",
    );
  });
  it("left with no permit on record before the exit: stay.departed.no-permit", () => {
    const later = permit({ ...visitor, id: "w", validFrom: "2019-07-01", validUntil: "2019-07-30" });
    const s = stayStatus({ permits: [later], movements: [exit("2019-05-10")] }, { on: "2019-06-01" });
    expect([s.status, s.overstayDays, ...codes(s)]).toEqual(["departed", 0, "stay.departed.no-permit"]);
  });
  it("an ITAS holder abroad keeps the permit: stay.departed then stay.permit-kept-abroad", () => {
    const s = stayStatus(
      { permits: [itas], movements: [entry("2024-01-01"), exit("2024-03-01")] },
      { on: "2024-03-10" },
    );
    expect([s.status, s.permitInForce?.id, ...codes(s)]).toEqual([
      "departed",
      "i",
      "stay.departed",
      "stay.permit-kept-abroad",
    ]);
  });
  it("a permit not yet started and no entry: stay.not-yet-arrived; nothing on record: stay.no-record", () => {
    const future = permit({ ...itas, id: "f", validFrom: "2030-01-01", validUntil: "2030-12-31" });
    expect(codes(stayStatus({ permits: [future] }, { on: "2029-01-01" }))).toEqual(["stay.not-yet-arrived"]);
    expect(codes(stayStatus({ permits: [] }, { on: "2029-01-01" }))).toEqual(["stay.no-record"]);
  });
  it("present with no permit for the presence: stay.no-permit-for-presence", () => {
    const s = stayStatus({ permits: [], movements: [entry("2024-01-01")] }, { on: "2024-02-01" });
    expect([s.status, s.lawfullyPresent, ...codes(s)]).toEqual([
      "unknown",
      "unknown",
      "stay.no-permit-for-presence",
    ]);
  });
  it("back without a re-entry permit: stay.no-permit-for-entry with the entry date", () => {
    const s = stayStatus(
      { permits: [itas], movements: [entry("2024-01-01"), exit("2024-03-01"), entry("2024-03-10")] },
      { on: "2024-04-01" },
    );
    expect([s.status, s.lastLawfulDay, ...codes(s)]).toEqual([
      "unknown",
      "2024-03-01",
      "stay.no-permit-for-entry",
    ]);
    expect(s.reasons[0]!.message.en).toBe("No permit on record for the entry of 2024-03-10");
  });
});

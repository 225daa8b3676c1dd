import { addDays, type Permit, PermitSchema } from "@timpora/models";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { permitStatus } from "./permit-status.js";
import { PermitsError } from "./permits-error.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { PolicyTable } from "./policy-types.js";
import { zoneOfStay } from "./zone-of-stay.js";

const permit = (p: Partial<Permit> & Pick<Permit, "validFrom" | "validUntil">): Permit =>
  PermitSchema.parse({
    schemaVersion: 1,
    id: "pm-1",
    kind: "itk",
    basis: "visa-on-arrival",
    status: "active",
    purpose: "tourism",
    ...p,
  });

const baliVoa = permit({
  validFrom: "2023-09-29",
  validUntil: "2023-11-27",
  extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }],
});

describe("permitStatus: worked examples", () => {
  it("Bali VoA: valid on its last day 2023-11-27 with 0 days remaining; expired the next day", () => {
    const last = permitStatus(baliVoa, { on: "2023-11-27" });
    expect(last).toMatchObject({ status: "valid", daysRemaining: 0, overstayDays: 0, expiringSoon: true });
    expect(last.warnings).toEqual([]);
    expect(permitStatus(baliVoa, { on: "2023-11-28" })).toMatchObject({ status: "expired", overstayDays: 1 });
  });
  it("30-day visa-exempt stay entered 2019-04-01: last day 30 April, 1 May is overstay day 1", () => {
    const p = permit({ basis: "visa-exempt", validFrom: "2019-04-01", validUntil: "2019-04-30" });
    expect(permitStatus(p, { on: "2019-04-30" }).status).toBe("valid");
    expect(permitStatus(p, { on: "2019-05-01" })).toMatchObject({ status: "expired", overstayDays: 1 });
    expect(permitStatus(p, { on: "2019-03-31" }).status).toBe("not-yet-valid");
  });
  it("a stored validUntil that disagrees with the law is a warning, not a correction", () => {
    const p = permit({ basis: "visa-exempt", validFrom: "2019-04-01", validUntil: "2019-05-01" });
    const s = permitStatus(p, { on: "2019-05-01" });
    expect(s.status).toBe("valid");
    expect(s.warnings).toContainEqual(
      expect.objectContaining({ code: "valid-until.mismatch", expected: "2019-04-30", stored: "2019-05-01" }),
    );
  });
  it("expiringSoon follows the threshold", () => {
    expect(permitStatus(baliVoa, { on: "2023-10-28" })).toMatchObject({
      daysRemaining: 30,
      expiringSoon: true,
    });
    expect(permitStatus(baliVoa, { on: "2023-10-27" }).expiringSoon).toBe(false);
    expect(permitStatus(baliVoa, { on: "2023-11-20", expiringSoonDays: 5 }).expiringSoon).toBe(false);
  });
  it("a timely conversion is pending after the last day, with no overstay", () => {
    const p = permit({
      basis: "visit-visa-single",
      validFrom: "2024-01-10",
      validUntil: "2024-03-09",
      pendingApplication: { type: "conversion", filedOn: "2024-03-01", paidOn: "2024-03-09" },
    });
    expect(permitStatus(p, { on: "2024-04-20" })).toMatchObject({ status: "pending", overstayDays: 0 });
    const late = permit({
      ...p,
      pendingApplication: { type: "conversion", filedOn: "2024-03-01", paidOn: "2024-03-10" },
    });
    expect(permitStatus(late, { on: "2024-03-20" })).toMatchObject({ status: "expired", overstayDays: 11 });
  });
  it("converted, cancelled or ended permits are not in force from statusFrom", () => {
    const p = permit({
      validFrom: "2024-01-01",
      validUntil: "2024-01-30",
      status: "converted",
      statusFrom: "2024-01-20",
    });
    expect(permitStatus(p, { on: "2024-01-19" }).status).toBe("valid");
    expect(permitStatus(p, { on: "2024-01-20" }).status).toBe("not-in-force");
  });
  it("an unlimited ITAP is valid with no days remaining figure", () => {
    const p = PermitSchema.parse({
      schemaVersion: 1,
      id: "pm-2",
      kind: "itap",
      basis: "conversion",
      validFrom: "2020-01-01",
      validUntil: null,
      status: "active",
      purpose: "family",
    });
    expect(permitStatus(p, { on: "2030-01-01" })).toMatchObject({
      status: "valid",
      daysRemaining: null,
      overstayDays: 0,
    });
  });
  it("results carry policy and calendar versions", () => {
    const s = permitStatus(baliVoa, { on: "2023-11-01" });
    expect(s.policyVersion).toBe(defaultPolicyTable.version);
    expect(s.calendarVersion).toMatch(/2022-2026/);
  });
});

describe("zone of the place of stay", () => {
  const lastDay = permit({ basis: "visa-exempt", validFrom: "2024-02-01", validUntil: "2024-03-01" });
  it("23:30 local time on the last day in Asia/Makassar and Asia/Jayapura is still valid", () => {
    expect(permitStatus(lastDay, { on: "2024-03-01T23:30:00+08:00", zone: "Asia/Makassar" }).status).toBe(
      "valid",
    );
    expect(permitStatus(lastDay, { on: "2024-03-01T23:30:00+09:00", zone: "Asia/Jayapura" }).status).toBe(
      "valid",
    );
  });
  it("the same wall-clock read in Jakarta terms does not matter: the place of stay rules", () => {
    // 23:30 WIT = 21:30 WIB, still 1 March everywhere; but 22:30+07:00 is 00:30 on 2 March in WIT.
    expect(permitStatus(lastDay, { on: "2024-03-01T22:30:00+07:00", zone: "Asia/Jakarta" }).status).toBe(
      "valid",
    );
    expect(permitStatus(lastDay, { on: "2024-03-01T22:30:00+07:00", zone: "Asia/Jayapura" })).toMatchObject({
      status: "expired",
      overstayDays: 1,
    });
  });
  it("an instant without a zone is refused", () => {
    expect(() => permitStatus(lastDay, { on: "2024-03-01T23:30:00+08:00" })).toThrow(PermitsError);
  });
});

describe("bad input is refused with a coded error", () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      const err = e as PermitsError;
      return [err.code, ...err.issues.map((i) => `${i.code}@${i.path.join(".")}`)];
    }
    return "no error";
  };
  const base = permit({ validFrom: "2024-01-01", validUntil: "2024-01-30" });
  // The permit's own faults are PermitSchema's issues, carried by one permits code.
  it.each([
    [{ ...base, kind: "visa" }, "enum.unknown@kind"],
    [{ ...base, validUntil: "2023-12-31" }, "date.order@validUntil"],
    [{ ...base, validUntil: "2023-02-29" }, "date.invalid@validUntil"],
    [{ ...base, status: "cancelled" }, "required@statusFrom"],
  ])("%#", (p, issue) => {
    expect(codeOf(() => permitStatus(p as unknown as Permit, { on: "2024-01-10" }))).toEqual([
      "permit.invalid",
      issue,
    ]);
  });
  it("unknown options are refused", () => {
    expect(codeOf(() => permitStatus(base, { on: "2024-01-10", expiringSoon: 3 } as never))).toEqual([
      "option.unknown",
    ]);
  });
});

describe("properties", () => {
  const order = { "not-yet-valid": 0, valid: 1, expired: 2 } as const;
  const dayArb = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2016-01-01", n));
  it("status is monotone over time; overstay is 0 until the last day and then grows by one a day", () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: -500, max: 900 }),
        (from, len, offset) => {
          const until = addDays(from, len - 1);
          const p = permit({ kind: "itk", basis: "crew", validFrom: from, validUntil: until });
          const d1 = addDays(from, offset);
          const d2 = addDays(d1, 1);
          const s1 = permitStatus(p, { on: d1 });
          const s2 = permitStatus(p, { on: d2 });
          const r1 = order[s1.status as keyof typeof order];
          const r2 = order[s2.status as keyof typeof order];
          expect(r2).toBeGreaterThanOrEqual(r1);
          if (d1 <= until) expect(s1.overstayDays).toBe(0);
          else expect(s2.overstayDays).toBe(s1.overstayDays + 1);
          // Anchors (the law, not the code): the last day is valid with 0 remaining, the day after it is
          // overstay day 1 (brief §6.2). Without them an off-by-one shift of every count would still pass.
          expect(permitStatus(p, { on: until })).toMatchObject({ status: "valid", daysRemaining: 0 });
          expect(permitStatus(p, { on: addDays(until, 1) }).overstayDays).toBe(1);
          expect(permitStatus(p, { on: from }).daysRemaining).toBe(len - 1);
        },
      ),
    );
  });
  it("with a timely application pending, overstay days stay zero", () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 900 }),
        (from, len, after) => {
          const until = addDays(from, len - 1);
          const p = permit({
            basis: "crew",
            validFrom: from,
            validUntil: until,
            pendingApplication: { type: "extension", filedOn: until, paidOn: until },
          });
          expect(permitStatus(p, { on: addDays(until, after) }).overstayDays).toBe(0);
        },
      ),
    );
  });
});

describe("zone from the permit's region", () => {
  it("a permit in Kota Jayapura (91.71) reads an instant in WIT", () => {
    const p = permit({
      basis: "visa-exempt",
      validFrom: "2024-02-01",
      validUntil: "2024-03-01",
      regionCode: "91.71",
    });
    const zone = zoneOfStay(undefined, [p.regionCode]);
    expect(zone).toBe("Asia/Jayapura");
    expect(permitStatus(p, { on: "2024-03-01T23:30:00+09:00", zone }).status).toBe("valid");
    // 22:30 WIB is 00:30 WIT on 2 March, the day after the last day.
    expect(permitStatus(p, { on: "2024-03-01T22:30:00+07:00", zone }).status).toBe("expired");
  });
  it("an instant without zone is a usage error even when the permit has a region", () => {
    const p = permit({
      basis: "visa-exempt",
      validFrom: "2024-02-01",
      validUntil: "2024-03-01",
      regionCode: "91.71",
    });
    expect(() => permitStatus(p, { on: "2024-03-01T23:30:00+09:00" })).toThrow(
      expect.objectContaining({ name: "PermitsError", code: "zone.required" }),
    );
    expect(() => permitStatus(p, { on: "2024-03-01T23:30:00+09:00", zone: undefined })).toThrow(
      expect.objectContaining({ code: "zone.required" }),
    );
    expect(permitStatus(p, { on: "2024-03-01" }).status).toBe("valid");
  });
});

describe("stored validUntil against what the law gives", () => {
  // Bali VoA (brief, immigration.md): 30 days from 2023-09-29 end 2023-10-28; one extension of 30 days
  // (Permenkumham 29/2021 regime, from 12 May 2022) runs 2023-10-29 .. 2023-11-27.
  it("a 45-day VoA extension stored to 2023-12-12 is flagged: the law gives 2023-11-27", () => {
    const p = permit({
      basis: "visa-on-arrival",
      validFrom: "2023-09-29",
      validUntil: "2023-12-12",
      extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-12-12" }],
    });
    const s = permitStatus(p, { on: "2023-12-01" });
    expect(s.warnings).toContainEqual(
      expect.objectContaining({ code: "valid-until.mismatch", expected: "2023-11-27", stored: "2023-12-12" }),
    );
    // The stored value still decides the status: not silently corrected.
    expect(s.status).toBe("valid");
    expect(s.lastDay).toBe("2023-12-12");
  });
  it("the lawful Bali VoA (30 + 30 to 2023-11-27) has no warning", () => {
    const p = permit({
      basis: "visa-on-arrival",
      validFrom: "2023-09-29",
      validUntil: "2023-11-27",
      extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }],
    });
    expect(permitStatus(p, { on: "2023-11-01" }).warnings).toEqual([]);
  });
  it("an internally inconsistent chain is reported apart from the law check", () => {
    const p = permit({
      basis: "visa-on-arrival",
      validFrom: "2023-09-29",
      validUntil: "2023-11-27",
      extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-26" }],
    });
    const codes = permitStatus(p, { on: "2023-11-01" }).warnings.map((w) => w.code);
    expect(codes).toContain("valid-until.chain-mismatch");
    expect(codes).not.toContain("valid-until.mismatch");
  });
  it("where the table does not cover the regime, an unknown note and no law-based mismatch", () => {
    // VoA before 12 May 2022 is not in the table (pre-2022 regime): no guess.
    const p = permit({ basis: "visa-on-arrival", validFrom: "2019-04-01", validUntil: "2019-05-15" });
    const codes = permitStatus(p, { on: "2019-04-10" }).warnings.map((w) => w.code);
    expect(codes).toEqual(["valid-until.law-unknown"]);
  });
  it("the law's days come from the table passed in (a caller's 45-day rule accepts 2023-12-12)", () => {
    const base = defaultPolicyTable.parameters.visaOnArrivalStay;
    const row = base.rows.at(-1)!;
    const policy: PolicyTable = {
      ...defaultPolicyTable,
      parameters: {
        ...defaultPolicyTable.parameters,
        visaOnArrivalStay: { ...base, rows: [{ ...row, value: { ...row.value, daysPerExtension: 45 } }] },
      },
    };
    const p = permit({
      basis: "visa-on-arrival",
      validFrom: "2023-09-29",
      validUntil: "2023-12-12",
      extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-12-12" }],
    });
    expect(permitStatus(p, { on: "2023-12-01", policy }).warnings).toEqual([]);
  });
});

describe("each answer of permitStatus has its reason code", () => {
  const codes = (s: { reasons: { code: string }[] }) => s.reasons.map((r) => r.code);
  it("valid: permit.valid-until (Bali VoA to 2023-11-27), with its text", () => {
    const s = permitStatus(baliVoa, { on: "2023-11-27" });
    expect(s.reasons).toEqual([
      {
        code: "permit.valid-until",
        message: { id: "Berlaku sampai 2023-11-27", en: "Valid until 2023-11-27" },
      },
    ]);
  });
  it("expired: permit.expired with the days of overstay", () => {
    const s = permitStatus(baliVoa, { on: "2023-11-30" });
    expect([s.status, ...codes(s)]).toEqual(["expired", "permit.expired"]);
    expect(s.reasons[0]!.message.en).toBe("Permit ended 2023-11-27; 3 day(s) overstay");
  });
  it("not yet valid: permit.not-yet-valid", () => {
    expect(codes(permitStatus(baliVoa, { on: "2023-09-28" }))).toEqual(["permit.not-yet-valid"]);
  });
  it("not in force from statusFrom: permit.not-in-force, with the status label", () => {
    const p = permit({
      validFrom: "2024-01-01",
      validUntil: "2024-01-30",
      status: "cancelled",
      statusFrom: "2024-01-20",
    });
    const s = permitStatus(p, { on: "2024-01-20" });
    expect(codes(s)).toEqual(["permit.not-in-force"]);
    expect(s.reasons[0]!.message).toEqual({
      id: "Izin tidak berlaku lagi sejak 2024-01-20 (Dibatalkan)",
      en: "Permit no longer holds from 2024-01-20 (Cancelled)",
    });
  });
  it("unlimited ITAP: permit.unlimited", () => {
    const p = PermitSchema.parse({
      schemaVersion: 1,
      id: "pm-u",
      kind: "itap",
      basis: "conversion",
      validFrom: "2020-01-01",
      validUntil: null,
      status: "active",
      purpose: "family",
    });
    expect(codes(permitStatus(p, { on: "2030-01-01" }))).toEqual(["permit.unlimited"]);
  });
  it("an EPO's leave-by day and a pending application add their codes", () => {
    const epo = PermitSchema.parse({
      schemaVersion: 1,
      id: "pm-e",
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2024-01-01",
      validUntil: "2024-12-31",
      status: "active",
      purpose: "work",
      exitPermitOnly: { issuedOn: "2024-05-01", leaveBy: "2024-05-04" },
      pendingApplication: { type: "extension", filedOn: "2024-04-30", paidOn: "2024-04-30" },
    });
    expect(codes(permitStatus(epo, { on: "2024-05-02" }))).toEqual([
      "permit.valid-until",
      "permit.exit-permit-only",
      "permit.application-pending",
    ]);
  });
  it("pending after the last day: permit.pending; filed too late: permit.expired then permit.application-late", () => {
    const p = permit({
      basis: "visit-visa-single",
      validFrom: "2024-01-10",
      validUntil: "2024-03-09",
      pendingApplication: { type: "conversion", filedOn: "2024-03-01", paidOn: "2024-03-09" },
    });
    expect(codes(permitStatus(p, { on: "2024-04-20" }))).toEqual(["permit.pending"]);
    const late = permit({
      ...p,
      pendingApplication: { type: "conversion", filedOn: "2024-03-01", paidOn: "2024-03-10" },
    });
    expect(codes(permitStatus(late, { on: "2024-03-20" }))).toEqual([
      "permit.expired",
      "permit.application-late",
    ]);
  });
  it("a warning's text comes from the message table, its numbers filled in", () => {
    const p = permit({ basis: "visa-exempt", validFrom: "2019-04-01", validUntil: "2019-05-01" });
    const w = permitStatus(p, { on: "2019-05-01" }).warnings.find((x) => x.code === "valid-until.mismatch");
    expect(w?.message.en).toBe(
      "validUntil differs from what the rule in force at entry gives (30 + 0 x 0 days; entry day = day 1)",
    );
  });
});

import { type Permit, PermitSchema } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { extensionOptions } from "./extension-options.js";

const permit = (p: Record<string, unknown>): Permit =>
  PermitSchema.parse({
    schemaVersion: 1,
    id: "pm-e",
    kind: "itk",
    status: "active",
    purpose: "tourism",
    ...p,
  });

describe("extensionOptions", () => {
  it("visa-exempt: never extended or converted", () => {
    const r = extensionOptions(
      permit({ basis: "visa-exempt", validFrom: "2024-01-01", validUntil: "2024-01-30" }),
      { on: "2024-01-20" },
    );
    expect(r).toMatchObject({ extension: "not-possible", conversion: "not-possible" });
  });
  it("VoA: once by 30 days, then no more; not convertible", () => {
    const fresh = permit({ basis: "visa-on-arrival", validFrom: "2023-09-29", validUntil: "2023-10-28" });
    expect(extensionOptions(fresh, { on: "2023-10-20" })).toMatchObject({
      extension: "possible",
      remainingExtensions: 1,
      daysPerExtension: 30,
      conversion: "not-possible",
    });
    const extended = permit({
      basis: "visa-on-arrival",
      validFrom: "2023-09-29",
      validUntil: "2023-11-27",
      extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }],
    });
    expect(extensionOptions(extended, { on: "2023-11-20" }).extension).toBe("not-possible");
  });
  it("visit visa before 12 May 2022: up to 4 x 30 days (Permenkumham 27/2014 era)", () => {
    const r = extensionOptions(
      permit({ basis: "visit-visa-single", validFrom: "2019-01-10", validUntil: "2019-03-10" }),
      { on: "2019-03-01" },
    );
    expect(r).toMatchObject({ extension: "possible", remainingExtensions: 4, daysPerExtension: 30 });
  });
  it("visit visa from 12 May 2022: 2 x 60 days up to 180", () => {
    const r = extensionOptions(
      permit({ basis: "visit-visa-single", validFrom: "2022-06-01", validUntil: "2022-07-30" }),
      { on: "2022-07-20" },
    );
    expect(r).toMatchObject({ extension: "possible", remainingExtensions: 2, daysPerExtension: 60 });
  });
  it("index C12 is excluded from the C rule: unknown; index D: 60 per entry, low confidence", () => {
    const c12 = permit({
      basis: "visit-visa-single",
      visaIndex: "C12",
      validFrom: "2024-03-01",
      validUntil: "2024-04-29",
    });
    expect(extensionOptions(c12, { on: "2024-04-01" }).extension).toBe("unknown");
    const d1 = permit({
      basis: "visit-visa-multiple",
      visaIndex: "D1",
      validFrom: "2024-03-01",
      validUntil: "2024-04-29",
    });
    expect(extensionOptions(d1, { on: "2024-04-01" })).toMatchObject({
      extension: "not-possible",
      confidence: "low",
    });
  });
  it("ITAS: window from 3 months before expiry to the last working day before it", () => {
    const itas = PermitSchema.parse({
      schemaVersion: 1,
      id: "pm-i",
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2023-04-15",
      validUntil: "2024-04-15",
      status: "active",
      purpose: "work",
    });
    expect(extensionOptions(itas, { on: "2024-01-14" }).extension).toBe("not-yet");
    const open = extensionOptions(itas, { on: "2024-01-15" });
    expect(open).toMatchObject({
      extension: "possible",
      window: { opensOn: "2024-01-15", closesOn: "2024-04-05" },
    });
    expect(extensionOptions(itas, { on: "2024-04-08" }).extension).toBe("not-possible");
  });
  it("ITAS from a VITAS on arrival cannot be extended", () => {
    const itas = PermitSchema.parse({
      schemaVersion: 1,
      id: "pm-v",
      kind: "itas",
      basis: "limited-stay-visa-on-arrival",
      validFrom: "2024-01-01",
      validUntil: "2024-12-31",
      status: "active",
      purpose: "work",
    });
    expect(extensionOptions(itas, { on: "2024-11-01" }).extension).toBe("not-possible");
  });
  it("ITAP: unlimited extensions within the window", () => {
    const itap = PermitSchema.parse({
      schemaVersion: 1,
      id: "pm-p",
      kind: "itap",
      basis: "conversion",
      validFrom: "2020-06-01",
      validUntil: "2025-05-31",
      status: "active",
      purpose: "family",
    });
    expect(extensionOptions(itap, { on: "2025-03-10" })).toMatchObject({
      extension: "possible",
      remainingExtensions: "unlimited",
    });
  });
});

describe("extensionOptions: limits of the calendar", () => {
  it("an ITAS expiring where the holiday calendar ends answers unknown, not a guess", () => {
    const itas = PermitSchema.parse({
      schemaVersion: 1,
      id: "pm-u",
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2026-01-05",
      validUntil: "2027-01-04",
      status: "active",
      purpose: "work",
    });
    expect(extensionOptions(itas, { on: "2026-12-01" }).extension).toBe("unknown");
  });
  it("an expired permit cannot be extended", () => {
    const p = permit({ basis: "visa-on-arrival", validFrom: "2023-09-29", validUntil: "2023-10-28" });
    expect(extensionOptions(p, { on: "2023-10-29" })).toMatchObject({
      extension: "not-possible",
      conversion: "not-possible",
    });
  });
});

describe("extensionOptions reasons carry codes", () => {
  it("VoA: extension.possible; conversion.not-possible from the VoA row", () => {
    const r = extensionOptions(
      permit({ basis: "visa-on-arrival", validFrom: "2023-09-29", validUntil: "2023-10-28" }),
      { on: "2023-10-20" },
    );
    expect([r.reason.code, r.conversionReason.code]).toEqual([
      "extension.possible",
      "conversion.not-possible",
    ]);
    expect(r.reason.message.en).toBe("Can be extended 1 more time(s), 30 days each");
  });
  it("ITAS window: not yet, open, closed", () => {
    const itas = PermitSchema.parse({
      schemaVersion: 1,
      id: "pm-i",
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2023-04-15",
      validUntil: "2024-04-15",
      status: "active",
      purpose: "work",
    });
    expect(extensionOptions(itas, { on: "2024-01-14" }).reason.code).toBe("extension.window-not-open");
    expect(extensionOptions(itas, { on: "2024-01-15" }).reason.message.en).toBe(
      "Can be filed from 2024-01-15 to 2024-04-05",
    );
    expect(extensionOptions(itas, { on: "2024-04-08" }).reason.code).toBe("extension.window-closed");
    expect(extensionOptions(itas, { on: "2024-01-15" }).conversionReason.code).toBe("conversion.not-decided");
  });
  it("an expired permit: the permit-status reason explains both answers", () => {
    const r = extensionOptions(
      permit({ basis: "visa-on-arrival", validFrom: "2023-09-29", validUntil: "2023-10-28" }),
      { on: "2023-10-29" },
    );
    expect([r.reason.code, r.conversionReason.code]).toEqual(["permit.expired", "permit.expired"]);
  });
  it("the holiday calendar ends before the window closes: calendar.year-not-covered", () => {
    const itas = PermitSchema.parse({
      schemaVersion: 1,
      id: "pm-u",
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2026-01-05",
      validUntil: "2027-01-04",
      status: "active",
      purpose: "work",
    });
    expect(extensionOptions(itas, { on: "2026-12-01" }).reason).toEqual({
      code: "calendar.year-not-covered",
      message: {
        id: "Kalender hari libur tidak memuat tahun 2027",
        en: "The holiday calendar does not cover 2027",
      },
    });
  });
});

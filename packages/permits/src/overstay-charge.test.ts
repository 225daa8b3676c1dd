import { addDays, type Permit, PermitSchema } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { overstayCharge, overstayChargeForDays } from "./overstay-charge.js";

const endingOn = (lastDay: string, extra: Partial<Permit> = {}): Permit =>
  PermitSchema.parse({
    schemaVersion: 1,
    id: "pm-o",
    kind: "itk",
    basis: "crew",
    validFrom: addDays(lastDay, -29),
    validUntil: lastDay,
    status: "active",
    purpose: "tourism",
    ...extra,
  });

describe("overstay charge (biaya beban)", () => {
  it("10 days ending in 2018: 10 x Rp 300,000 = Rp 3,000,000 (PP 45/2014)", () => {
    const c = overstayCharge(endingOn("2018-03-10"), { on: "2018-03-20" });
    expect(c).toMatchObject({
      status: "charge",
      days: 10,
      ratePerDay: 300_000,
      amount: 3_000_000,
      currency: "IDR",
    });
    expect(c.deportationAndEntryBan).toBe(false);
  });
  it("10 days ending in 2023: 10 x Rp 1,000,000 = Rp 10,000,000 (PP 28/2019)", () => {
    const c = overstayCharge(endingOn("2023-03-10"), { on: "2023-03-20" });
    expect(c).toMatchObject({ status: "charge", days: 10, amount: 10_000_000 });
    expect(c.citations.map((s) => s.instrument)).toContain("PP 28/2019");
  });
  it("PP 45/2014's start is unsourced: 2015 to 12 Jul 2016 answers Rp 300,000 with low confidence", () => {
    const early = overstayChargeForDays(10, { on: "2015-06-01" });
    expect(early).toMatchObject({
      status: "charge",
      ratePerDay: 300_000,
      amount: 3_000_000,
      confidence: "low",
    });
    // From the first dated report (Tribun Belitung, 13 Jul 2016) the rate is medium, as the brief rates it.
    expect(overstayChargeForDays(10, { on: "2016-07-13" }).confidence).toBe("medium");
    expect(overstayChargeForDays(10, { on: "2018-03-20" }).confidence).toBe("medium");
    // Before the table's first row: unknown, never a guess.
    expect(overstayChargeForDays(10, { on: "2014-12-31" }).status).toBe("unknown");
  });
  it("the rate is the one in force on the assessment day (3 May 2019, not 1 May)", () => {
    expect(overstayChargeForDays(1, { on: "2019-05-02" }).ratePerDay).toBe(300_000);
    expect(overstayChargeForDays(1, { on: "2019-05-03" }).ratePerDay).toBe(1_000_000);
  });
  it("60 days is still a charge (tidak lebih dari 60 hari), with the table's low confidence", () => {
    const c = overstayChargeForDays(60, { on: "2023-06-01" });
    expect(c).toMatchObject({
      status: "charge",
      amount: 60_000_000,
      deportationAndEntryBan: false,
      confidence: "low",
    });
  });
  it("61 days means deportation and an entry ban (UU 6/2011 Art. 78(3))", () => {
    const c = overstayChargeForDays(61, { on: "2023-06-01" });
    expect(c).toMatchObject({ status: "deportation", deportationAndEntryBan: true });
    expect(c.amount).toBeUndefined();
    expect(overstayCharge(endingOn("2023-03-01"), { on: addDays("2023-03-01", 61) }).status).toBe(
      "deportation",
    );
    expect(overstayCharge(endingOn("2023-03-01"), { on: addDays("2023-03-01", 60) }).status).toBe("charge");
  });
  it("under PP 45/2024 (from 2024-12-17) the result carries the table's low confidence", () => {
    const c = overstayChargeForDays(5, { on: "2024-12-17" });
    expect(c).toMatchObject({ status: "charge", amount: 5_000_000, confidence: "low" });
    expect(overstayChargeForDays(5, { on: "2024-12-16" }).confidence).toBe("medium");
  });
  it("dates before the tables answer unknown", () => {
    expect(overstayChargeForDays(5, { on: "2013-05-01" }).status).toBe("unknown");
  });
  it("no overstay, no charge; a pending application accrues none", () => {
    expect(overstayCharge(endingOn("2023-03-10"), { on: "2023-03-10" })).toMatchObject({
      status: "none",
      amount: 0,
    });
    const pending = endingOn("2023-03-10", {
      pendingApplication: { type: "extension", filedOn: "2023-03-09", paidOn: "2023-03-09" },
    });
    expect(overstayCharge(pending, { on: "2023-04-20" }).status).toBe("none");
  });
  it("refuses negative day counts", () => {
    expect(() => overstayChargeForDays(-1, { on: "2023-01-01" })).toThrow(
      expect.objectContaining({ name: "PermitsError", code: "days.invalid" }),
    );
  });
});

describe("overstay charge reasons carry codes", () => {
  const code = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);
  it("none, charge, deportation, and unknown where the tables do not reach", () => {
    expect(code(overstayChargeForDays(0, { on: "2023-06-01" }))).toEqual(["overstay.none"]);
    const charge = overstayChargeForDays(10, { on: "2023-06-01" });
    expect(charge.reasons).toEqual([
      {
        code: "overstay.charge",
        message: { id: "10 hari x Rp 1.000.000 (PP 28/2019)", en: "10 day(s) x Rp 1,000,000 (PP 28/2019)" },
      },
    ]);
    expect(code(overstayChargeForDays(61, { on: "2023-06-01" }))).toEqual(["overstay.deportation"]);
    expect(code(overstayChargeForDays(5, { on: "2013-05-01" }))).toEqual(["policy.not-covered"]);
  });
});

import { describe, expect, it } from "vitest";
import { checkPermit } from "./permit-check.js";

// Worked values from the law tables (docs/permits-rules.md): a visa on arrival gives 30 days, a visa exemption
// 30 days, a single-entry visit visa 60 days (2022-05-12 to 2023-12-31); the entry day is day 1. The overstay
// charge is Rp1,000,000 a day from 3 May 2019 (PP 28/2019, then PP 45/2024); more than 60 days means deportation
// and an entry ban (UU 6/2011 Pasal 78 ayat 3).

const instruments = (a: ReturnType<typeof checkPermit>) => (a.ok ? a.citations.map((c) => c.instrument) : []);

describe("checkPermit", () => {
  it("times a visa on arrival from its entry date: 29 Sep 2023 gives 28 Oct, 10 days over on 7 Nov", () => {
    const a = checkPermit({ kind: "itk", basis: "visa-on-arrival", entry: "2023-09-29", on: "2023-11-07" });
    if (!a.ok) throw new Error(a.problem);
    expect(a.lastDaySource).toBe("law");
    expect(a.law).toMatchObject({ status: "known", lastDay: "2023-10-28", days: 30 });
    expect(a.status).toMatchObject({ status: "expired", lastDay: "2023-10-28", overstayDays: 10 });
    expect(a.charge).toMatchObject({ status: "charge", days: 10, ratePerDay: 1_000_000, amount: 10_000_000 });
    expect(instruments(a)).toContain("PP 28/2019");
    expect(
      instruments(a).filter((i) => i.startsWith("Permenkumham 29/2021 + PMK 9/PMK.02/2022")),
    ).toHaveLength(1);
  });

  it("keeps a visa exemption valid on its 30th day and not on the 31st", () => {
    const last = checkPermit({ kind: "itk", basis: "visa-exempt", entry: "2024-01-10", on: "2024-02-08" });
    expect(last.ok && last.status).toMatchObject({
      status: "valid",
      lastDay: "2024-02-08",
      daysRemaining: 0,
    });
    expect(instruments(last)).toContain("Perpres 21/2016");
    const next = checkPermit({ kind: "itk", basis: "visa-exempt", entry: "2024-01-10", on: "2024-02-09" });
    expect(next.ok && next.status).toMatchObject({ status: "expired", overstayDays: 1 });
  });

  it("gives a single-entry visit visa 60 days under the 2022 rule", () => {
    const a = checkPermit({ kind: "itk", basis: "visit-visa-single", entry: "2023-03-01", on: "2023-04-29" });
    expect(a.ok && a.status).toMatchObject({ status: "valid", lastDay: "2023-04-29" });
  });

  it("asks for the written last day where the law does not time the permit from its entry", () => {
    expect(
      checkPermit({ kind: "itas", basis: "limited-stay-visa", entry: "2024-01-10", on: "2024-06-01" }),
    ).toEqual({
      ok: false,
      problem: "needs-last-day",
      law: { status: "none" },
    });
    const early = checkPermit({
      kind: "itk",
      basis: "visa-on-arrival",
      entry: "2020-01-01",
      on: "2020-02-01",
    });
    expect(early.ok === false && early.problem === "needs-last-day" && early.law.status).toBe("unknown");
  });

  it("uses a written last day: an ITAS 51 days over is charged, 62 days over means deportation", () => {
    const base = {
      kind: "itas",
      basis: "limited-stay-visa",
      entry: "2024-01-10",
      writtenLastDay: "2025-01-09",
    } as const;
    const charged = checkPermit({ ...base, on: "2025-03-01" });
    expect(charged.ok && charged.lastDaySource).toBe("written");
    expect(charged.ok && charged.charge).toMatchObject({ status: "charge", days: 51, amount: 51_000_000 });
    expect(instruments(charged)).toContain("PP 45/2024");
    const deported = checkPermit({ ...base, on: "2025-03-12" });
    expect(deported.ok && deported.charge).toMatchObject({ status: "deportation", days: 62 });
  });

  it("reports the law's last day beside a different written one", () => {
    const a = checkPermit({
      kind: "itk",
      basis: "visa-on-arrival",
      entry: "2023-09-29",
      writtenLastDay: "2023-11-27",
      on: "2023-11-27",
    });
    expect(a.ok && a.status.status).toBe("valid");
    expect(a.ok && a.status.warnings.map((w) => [w.code, w.expected, w.stored])).toEqual([
      ["valid-until.mismatch", "2023-10-28", "2023-11-27"],
    ]);
  });

  it("refuses a written last day before the entry with the coded issue", () => {
    const a = checkPermit({
      kind: "itas",
      basis: "limited-stay-visa",
      entry: "2024-01-10",
      writtenLastDay: "2024-01-09",
      on: "2024-02-01",
    });
    expect(a.ok === false && a.problem === "invalid" && a.issues.map((i) => i.code)).toEqual(["date.order"]);
  });

  it("says whether the MRZ's nationality could enter visa-exempt (10 ASEAN states since 7 Jun 2023)", () => {
    const q = { kind: "itk", basis: "visa-exempt", entry: "2024-01-10", on: "2024-01-20" } as const;
    const mys = checkPermit({ ...q, nationality: "MYS" });
    expect(mys.ok && mys.eligibility?.result.status).toBe("eligible");
    const uto = checkPermit({ ...q, nationality: "UTO" });
    expect(uto.ok && uto.eligibility?.result.status).toBe("ineligible");
    const voa = checkPermit({ ...q, basis: "visa-on-arrival", nationality: "MYS" });
    expect(voa.ok && voa.eligibility).toBeUndefined();
  });
});

/**
 * The generator's law comes from @timpora/permits: the questions it asks give the immigration brief's
 * answers, a caller's own table changes them, and generated cases agree with what the permits helpers say.
 */
import { daysBetween } from "@timpora/models";
import {
  defaultPolicyTable,
  entryEligibility,
  type PolicyTable,
  permitStatus,
  stayStatus,
  type VisitExtensionRule,
} from "@timpora/permits";
import { describe, expect, it } from "vitest";
import { generateLabelledCases } from "./generate.js";
import { DEFAULT_AS_OF, MIN_AS_OF } from "./generator-setup.js";
import { PATTERN_IDS } from "./pattern-catalogue.js";
import { visitStay } from "./permit-builders.js";
import { createStayLaw } from "./stay-law.js";

const law = createStayLaw();

describe("the law the generator asks (immigration brief §1.2, §1.4)", () => {
  it("visit stays: visa-exempt 30 days, VoA 30 + one 30, single-entry visit visa 60 + two 60, multiple-entry 60", () => {
    const on = "2025-06-30";
    expect(law.visitRule("visa-exempt", on)).toMatchObject({ initialDays: 30, extensions: 0 });
    expect(law.visitRule("visa-on-arrival", on)).toMatchObject({
      initialDays: 30,
      extensions: 1,
      daysPerExtension: 30,
    });
    expect(law.visitRule("visit-visa-single", on)).toMatchObject({
      initialDays: 60,
      extensions: 2,
      daysPerExtension: 60,
    });
    expect(law.visitRule("visit-visa-multiple", on)).toMatchObject({ initialDays: 60, extensions: 0 });
    // 12 May 2022 - 31 Dec 2023 holds no multiple-entry row.
    expect(law.visitRule("visit-visa-multiple", "2023-11-15")).toBeUndefined();
  });

  it("counts a visit stay inclusively, the entry day being day 1, with one extension when allowed", () => {
    // A VoA entered 29 September 2023 ends 28 October; extended once, 27 November.
    expect(visitStay(law, "visa-on-arrival", "2023-09-29", false, 0)).toEqual({
      validUntil: "2023-10-28",
      extensions: [],
    });
    expect(visitStay(law, "visa-on-arrival", "2023-09-29", true, 20)).toEqual({
      validUntil: "2023-11-27",
      extensions: [{ grantedOn: "2023-10-19", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }],
    });
    // Visa-exempt stays are never extended, whatever is asked.
    expect(visitStay(law, "visa-exempt", "2024-02-01", true, 20)).toEqual({
      validUntil: "2024-03-01",
      extensions: [],
    });
    expect(() => visitStay(law, "visit-visa-multiple", "2023-11-15", false, 0)).toThrowError(
      expect.objectContaining({ name: "TestkitError", code: "law.not-covered" }),
    );
  });

  it("knows since when each visit stay can be answered without a gap", () => {
    expect(law.visitKnownSince("visit-visa-multiple", "2024-01-10")).toBe("2024-01-01");
    expect(law.visitKnownSince("visit-visa-single", "2025-06-30")).toBe("2015-01-01");
    expect(law.visitKnownSince("visa-on-arrival", "2025-06-30")).toBe("2022-05-12");
    // Visa-exempt entry also needs the nationality list, held from 7 June 2023.
    expect(law.visitKnownSince("visa-exempt", "2025-06-30")).toBe("2023-06-07");
    expect(law.visitKnownSince("visit-visa-multiple", "2023-11-15")).toBeUndefined();
  });

  it("visa-exempt entry: the ten listed states since 7 June 2023, unknown before", () => {
    expect(law.visaExemptEntry("MYS", "2024-01-10")).toBe("eligible");
    expect(law.visaExemptEntry("TLS", "2024-01-10")).toBe("eligible");
    expect(law.visaExemptEntry("AUS", "2024-01-10")).toBe("ineligible");
    expect(law.visaExemptEntry("MYS", "2023-06-06")).toBe("unknown");
  });

  it("ITAP for 5 years and no extension of an ITAS from a VITAS on arrival, from 30 August 2023", () => {
    expect(law.itapValidityYears("2025-06-30")).toBe(5);
    expect(law.itapValidityYears("2023-08-29")).toBeUndefined();
    expect(law.itasFromVitasOnArrivalExtendable("2025-06-30")).toBe(false);
  });

  it("reads a caller's table rather than numbers of its own", () => {
    const voa = defaultPolicyTable.parameters.visaOnArrivalStay;
    const longer: VisitExtensionRule = { ...voa.rows[0]!.value, initialDays: 45 };
    const table: PolicyTable = {
      ...defaultPolicyTable,
      parameters: {
        ...defaultPolicyTable.parameters,
        visaOnArrivalStay: { ...voa, rows: [{ ...voa.rows[0]!, value: longer }] },
      },
    };
    const own = createStayLaw(table);
    expect(own.policy).toBe(table);
    expect(visitStay(own, "visa-on-arrival", "2025-01-01", false, 0).validUntil).toBe("2025-02-14");
  });
});

/** Generated populations at the earliest, a leap-day, the default and a later evaluation date. */
const populations = [MIN_AS_OF, "2024-02-29", DEFAULT_AS_OF, "2026-03-01"].map((asOf) => ({
  asOf,
  cases: [
    ...generateLabelledCases({
      seed: `law-${asOf}`,
      count: 2500,
      asOf,
      plant: Object.fromEntries(PATTERN_IDS.map((id) => [id, 0.01])),
      familyRate: 0.1,
    }),
  ],
}));

describe("generated cases agree with @timpora/permits", () => {
  for (const { asOf, cases } of populations) {
    it(`on ${asOf}: permitStatus finds every stored last day as the law tables give it (no warning)`, () => {
      const warnings: string[] = [];
      for (const { case: c } of cases) {
        for (const p of c.permits) {
          for (const w of permitStatus(p, { on: asOf }).warnings) warnings.push(`${c.id} ${p.id} ${w.code}`);
        }
      }
      expect(warnings).toEqual([]);
    });

    it(`on ${asOf}: every visa-exempt entry is by a national the tables list on that day`, () => {
      let checked = 0;
      for (const { case: c } of cases) {
        for (const p of c.permits.filter((x) => x.basis === "visa-exempt")) {
          expect(
            entryEligibility(c.person.nationality, "visa-exempt", { on: p.validFrom }).status,
            c.id,
          ).toBe("eligible");
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(200);
    });

    it(`on ${asOf}: stayStatus finds every clean person lawfully present`, () => {
      let clean = 0;
      for (const { case: c, planted } of cases) {
        if (planted.length > 0) continue;
        expect(stayStatus(c, { on: asOf }).lawfullyPresent, c.id).toBe(true);
        clean++;
      }
      // Each of the patterns is planted at 1%: the rest, less a few groups of slack, is clean.
      expect(clean).toBeGreaterThan(2500 * (1 - 0.01 * PATTERN_IDS.length) - 100);
    });
  }

  it("draws multiple-entry visits only from 2024-01-01, when the tables hold their rule again", () => {
    const early = populations[0]!.cases.filter((l) => l.profile === "visitor-visa-multiple");
    expect(early.length).toBeGreaterThan(20);
    for (const { case: c } of early) {
      const visit = c.permits.find((p) => p.basis === "visit-visa-multiple")!;
      expect(visit.validFrom >= "2024-01-01", c.id).toBe(true);
      expect(daysBetween(visit.validFrom, visit.validUntil!)).toBe(59);
    }
  });
});

import { describe, expect, it } from "vitest";
import { policyAsOf, rowAsOf } from "./policy-as-of.js";
import { checkPolicyTable } from "./policy-check.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { PolicyParameter, PolicyTable } from "./policy-types.js";

describe("every row has a citation", () => {
  it("the shipped tables are sound (citations, dates, no overlaps)", () => {
    expect(checkPolicyTable(defaultPolicyTable)).toEqual([]);
  });
  it("each row of every parameter and of the visa index table names an instrument, article and URL", () => {
    const rows = [
      ...Object.values(defaultPolicyTable.parameters).flatMap((p: PolicyParameter<unknown>) => p.rows),
      ...defaultPolicyTable.visaIndexes,
    ];
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row.source.instrument.trim()).not.toBe("");
      expect(row.source.article.trim()).not.toBe("");
      expect(row.source.url).toMatch(/^https?:\/\//);
      expect(["high", "medium", "low", "unverified"]).toContain(row.confidence);
    }
  });
  it("a row added without a citation is caught", () => {
    const bad: PolicyTable = {
      ...defaultPolicyTable,
      parameters: {
        ...defaultPolicyTable.parameters,
        overstayChargePerDay: {
          ...defaultPolicyTable.parameters.overstayChargePerDay,
          rows: [
            ...defaultPolicyTable.parameters.overstayChargePerDay.rows.map((r) =>
              r.validUntil === null ? { ...r, validUntil: "2030-12-31" } : r,
            ),
            {
              value: 2_000_000,
              unit: "IDR/person/day",
              validFrom: "2031-01-01",
              validUntil: null,
              source: { instrument: "", article: "", url: "" },
              confidence: "low",
            },
          ],
        },
      },
    };
    expect(checkPolicyTable(bad).map((i) => i.code)).toEqual(["citation.missing"]);
  });
  it("overlapping rows are caught", () => {
    const rows = defaultPolicyTable.parameters.overstayChargePerDay.rows;
    const bad: PolicyTable = {
      ...defaultPolicyTable,
      parameters: {
        ...defaultPolicyTable.parameters,
        overstayChargePerDay: {
          ...defaultPolicyTable.parameters.overstayChargePerDay,
          rows: [...rows, rows[0]!],
        },
      },
    };
    expect(checkPolicyTable(bad).some((i) => i.code === "rows.overlap")).toBe(true);
  });
});

describe("policyAsOf", () => {
  it("Rp 300,000 up to 2 May 2019 and Rp 1,000,000 from 3 May 2019 (PP 28/2019)", () => {
    expect(policyAsOf("2019-05-02").rows.overstayChargePerDay?.value).toBe(300_000);
    expect(policyAsOf("2019-05-03").rows.overstayChargePerDay?.value).toBe(1_000_000);
    expect(policyAsOf("2019-05-03").rows.overstayChargePerDay?.note).toMatch(/1 May/);
  });
  it("PP 45/2024 from 17 Dec 2024 with low confidence", () => {
    const row = policyAsOf("2024-12-17").rows.overstayChargePerDay;
    expect(row?.source.instrument).toBe("PP 45/2024");
    expect(row?.confidence).toBe("low");
    expect(policyAsOf("2024-12-16").rows.overstayChargePerDay?.source.instrument).toBe("PP 28/2019");
  });
  it("dates before the tables answer unknown, never a guess", () => {
    const snap = policyAsOf("2013-06-01");
    expect(snap.rows.overstayChargePerDay).toBeUndefined();
    expect(snap.notCovered).toContain("overstayChargePerDay");
    expect(rowAsOf(defaultPolicyTable.parameters.overstayChargePerDay, "2013-06-01").status).toBe("unknown");
  });
  it("carries the table version and accepts a caller's table", () => {
    const mine: PolicyTable = { ...defaultPolicyTable, version: "caller-1" };
    expect(policyAsOf("2024-01-01", mine).policyVersion).toBe("caller-1");
  });
  it("visa-exempt list since 7 June 2023 is the 10 ASEAN states, without Indonesia", () => {
    const list = policyAsOf("2023-06-07").rows.visaExemptNationalities?.value ?? [];
    expect([...list].sort()).toEqual(["BRN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "TLS", "VNM"]);
    expect(policyAsOf("2023-06-06").rows.visaExemptNationalities).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { entryEligibility } from "./entry-eligibility.js";

describe("entryEligibility: visa-exempt entry", () => {
  it("after 7 June 2023 only the 10 ASEAN states are eligible", () => {
    for (const n of ["BRN", "KHM", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"]) {
      expect(entryEligibility(n, "visa-exempt", { on: "2023-06-07" }).status, n).toBe("eligible");
    }
    for (const n of ["AUS", "USA", "JPN", "D", "GBR", "CHN"]) {
      const r = entryEligibility(n, "visa-exempt", { on: "2024-02-01" });
      expect(r.status, n).toBe("ineligible");
      expect(r.citations[0]?.instrument).toMatch(/M\.HH-GR\.01\.07/);
    }
  });
  it("Indonesians are not foreigners", () => {
    expect(entryEligibility("IDN", "visa-exempt", { on: "2024-02-01" }).status).toBe("ineligible");
  });
  it("before 7 June 2023, and for bases without a list, the answer is unknown", () => {
    expect(entryEligibility("AUS", "visa-exempt", { on: "2023-06-06" }).status).toBe("unknown");
    expect(entryEligibility("AUS", "visa-on-arrival", { on: "2024-02-01" }).status).toBe("unknown");
  });
  it("a malformed nationality is refused", () => {
    expect(() => entryEligibility("aus", "visa-exempt", { on: "2024-02-01" })).toThrow(
      expect.objectContaining({ code: "nationality.invalid" }),
    );
  });
});

describe("entryEligibility reasons carry codes", () => {
  it("listed, not listed, a citizen, no list for the basis, and a date before the list", () => {
    const code = (n: string, basis: "visa-exempt" | "visa-on-arrival", on: string) =>
      entryEligibility(n, basis, { on }).reason.code;
    expect(code("MYS", "visa-exempt", "2024-02-01")).toBe("entry.listed");
    expect(code("AUS", "visa-exempt", "2024-02-01")).toBe("entry.not-listed");
    expect(code("IDN", "visa-exempt", "2024-02-01")).toBe("entry.citizen");
    expect(code("AUS", "visa-on-arrival", "2024-02-01")).toBe("entry.no-list");
    expect(code("AUS", "visa-exempt", "2023-06-06")).toBe("policy.not-covered");
  });
});

import { parseMrz } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { generateCases } from "./generate.js";
import { DEFAULT_AS_OF } from "./generator-setup.js";
import { withEthnicity, withNationality, withReligion, withSex } from "./protected-attribute-swaps.js";

const cases = [...generateCases({ seed: "swaps", count: 200, asOf: DEFAULT_AS_OF })];
const passports = (c: (typeof cases)[number]) => c.documents.filter((d) => d.kind === "passport" && d.mrz);

describe("protected-attribute swaps", () => {
  it("nationality: the person, the passports' issuing state and a valid MRZ (ICAO 9303 check digits) all move", () => {
    const withPassport = cases.filter((c) => passports(c).length > 0 && c.person.nationality !== "NLD");
    expect(withPassport.length).toBeGreaterThan(50);
    for (const c of withPassport) {
      const swapped = withNationality(c, "NLD");
      expect(swapped.person.nationality).toBe("NLD");
      for (const d of passports(swapped)) {
        const mrz = parseMrz(d.mrz!.split("\n"));
        expect(mrz.ok).toBe(true);
        if (mrz.ok) expect(mrz.value.nationality).toBe("NLD");
      }
      const from = c.person.nationality;
      expect(swapped.movements.some((m) => m.fromCountry === from || m.toCountry === from)).toBe(false);
    }
  });

  it("sex: flipped in the person and in the passport MRZ; religion and ethnicity: changed to a made-up code", () => {
    for (const c of cases.slice(0, 50)) {
      const swapped = withSex(c);
      expect(swapped.person.sex).toBe(c.person.sex === "F" ? "M" : "F");
      for (const d of passports(swapped)) {
        const mrz = parseMrz(d.mrz!.split("\n"));
        if (mrz.ok) expect(mrz.value.sex).toBe(swapped.person.sex);
        expect(mrz.ok).toBe(true);
      }
      expect(withReligion(c).person.religion).not.toBe(c.person.religion);
      expect(withEthnicity(c).person.ethnicity).not.toBe(c.person.ethnicity);
    }
  });
});

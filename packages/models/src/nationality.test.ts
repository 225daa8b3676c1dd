import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  IcaoNationalitySchema,
  icaoNationalityLabels,
  icaoNationalityTable,
  isIcaoNationality,
} from "./nationality.js";

// ICAO's own codes required by Doc 9303 Part 3 §5 (Parts B–E) and issue 2.
const icaoOwnCodes = [
  "D",
  "GBD",
  "GBN",
  "GBO",
  "GBP",
  "GBS",
  "UNO",
  "UNA",
  "UNK",
  "XBA",
  "XIM",
  "XCC",
  "XCE",
  "XCO",
  "XEC",
  "XPO",
  "XES",
  "XMP",
  "XOM",
  "XDC",
  "XXA",
  "XXB",
  "XXC",
  "XXX",
  "EUE",
  "RKS",
  "UTO",
];

describe("IcaoNationalitySchema.options", () => {
  it("holds the 249 ISO 3166-1 alpha-3 codes and the 27 ICAO codes, without duplicates", () => {
    expect(icaoNationalityTable.filter((row) => row.kind === "iso-3166")).toHaveLength(249);
    expect(IcaoNationalitySchema.options).toHaveLength(249 + icaoOwnCodes.length);
    expect(new Set(IcaoNationalitySchema.options).size).toBe(IcaoNationalitySchema.options.length);
  });

  it.each(icaoOwnCodes)("accepts ICAO's own code %s", (code) => {
    expect(isIcaoNationality(code)).toBe(true);
    expect(IcaoNationalitySchema.safeParse(code).success).toBe(true);
  });

  it.each(["IDN", "MYS", "SGP", "THA", "PHL", "VNM", "BRN", "KHM", "LAO", "MMR", "TLS", "DEU", "GBR", "CHN"])(
    "accepts the ISO code %s",
    (code) => {
      expect(isIcaoNationality(code)).toBe(true);
    },
  );

  it.each(["", "XYZ", "idn", "D<<", "ID", "INDO", "ANT", "UK", "EU"])("rejects %j", (code) => {
    expect(isIcaoNationality(code)).toBe(false);
    expect(IcaoNationalitySchema.safeParse(code).success).toBe(false);
  });

  it("every code is 1–3 capital letters", () => {
    for (const code of IcaoNationalitySchema.options) expect(code).toMatch(/^[A-Z]{1,3}$/);
  });

  it("rejects every string that is not 1–3 capital letters", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^[A-Z]{1,3}$/.test(s)),
        (s) => !isIcaoNationality(s),
      ),
    );
  });
});

describe("icaoNationalityLabels", () => {
  it("gives Indonesian names for ASEAN members", () => {
    expect(icaoNationalityLabels("IDN")).toEqual({ id: "Indonesia", en: "Indonesia" });
    expect(icaoNationalityLabels("SGP")).toEqual({ id: "Singapura", en: "Singapore" });
    expect(icaoNationalityLabels("PHL")).toEqual({ id: "Filipina", en: "Philippines" });
    expect(icaoNationalityLabels("KHM")).toEqual({ id: "Kamboja", en: "Cambodia" });
    expect(icaoNationalityLabels("VNM")?.id).toBe("Vietnam");
    expect(icaoNationalityLabels("TLS")?.id).toBe("Timor Leste");
  });

  it("labels the specimen state and the stateless code", () => {
    expect(icaoNationalityLabels("UTO")?.en).toMatch(/Utopia/);
    expect(icaoNationalityLabels("XXA")?.en).toMatch(/Stateless/);
    expect(icaoNationalityLabels("D")?.en).toMatch(/Germany/);
  });

  it("falls back to the English name and says so", () => {
    const row = icaoNationalityTable.find((r) => r.code === "ABW");
    expect(row?.translated).toBe(false);
    expect(row?.labels).toEqual({ id: "Aruba", en: "Aruba" });
    const translated = icaoNationalityTable.find((r) => r.code === "JPN");
    expect(translated?.translated).toBe(true);
    expect(translated?.labels.id).toBe("Jepang");
  });

  it("is undefined for unknown codes", () => {
    expect(icaoNationalityLabels("XYZ")).toBeUndefined();
  });
});

import { createRequire } from "node:module";
import fc from "fast-check";
import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import { describe, expect, it } from "vitest";
import { regionTableSource } from "./generated/region-core.js";
import { ModelsError } from "./models-error.js";
import { parseAddress, parseWith } from "./parse-result.js";
import { isKnownRegionCode, listProvinces, lookupRegion, RegionCodeSchema } from "./region-code.js";
import { decodeRegionTable } from "./region-table-full.js";
import { regions } from "./regions.js";
import { timeZoneOfRegion } from "./time-zone.js";

describe("lookupRegion", () => {
  it("knows Banyuwangi (35.10) as a kabupaten of Jawa Timur", () => {
    expect(lookupRegion("35")).toEqual({
      code: "35",
      level: "province",
      name: "Jawa Timur",
      provinceCode: "35",
      checked: "full",
    });
    expect(lookupRegion("35.10")).toEqual({
      code: "35.10",
      level: "regency",
      name: "Kabupaten Banyuwangi",
      provinceCode: "35",
      regencyKind: "kabupaten",
      checked: "full",
    });
  });

  it("knows kecamatan 35.10.01 Pesanggaran (idn-area-data districts.csv: 35.10.01,35.10,Pesanggaran)", () => {
    expect(lookupRegion("35.10.01", regions)).toEqual({
      code: "35.10.01",
      level: "district",
      name: "Pesanggaran",
      provinceCode: "35",
      checked: "full",
    });
  });

  it("treats regency numbers 71–99 as kota", () => {
    expect(lookupRegion("35.78")).toMatchObject({ name: "Kota Surabaya", regencyKind: "kota" });
    expect(lookupRegion("71.71")).toMatchObject({ name: "Kota Manado", regencyKind: "kota" });
    expect(lookupRegion("31.71")).toMatchObject({ regencyKind: "kota" });
  });

  it("checks villages against the data: 35.10.01.2001 and .2002 exist, .2003 does not", () => {
    // villages.csv lists 35.10.01.2001 Sarongan, .2002 Pesanggaran, .2004 Sumberagung (no .2003).
    expect(lookupRegion("35.10.01.2001", regions)).toEqual({
      code: "35.10.01.2001",
      level: "village",
      provinceCode: "35",
      villageKind: "desa",
      checked: "full",
    });
    expect(isKnownRegionCode("35.10.01.2002", regions)).toBe(true);
    expect(isKnownRegionCode("35.10.01.2003", regions)).toBe(false);
    expect(isKnownRegionCode("35.10.01.2004", regions)).toBe(true);
    expect(lookupRegion("31.71.01.1001", regions)).toMatchObject({ villageKind: "kelurahan" }); // Gambir, Jakarta Pusat
    expect(lookupRegion("91.03.01.3007", regions)).toMatchObject({ villageKind: "desa-adat" }); // Papua, Kab. Jayapura
  });

  it.each(["35.99", "99", "35.10.99", "3510", "35.1", "35.10.01.20", "35-10", " 35.10", "", "35.10.01.9001"])(
    "rejects %j with the full table",
    (code) => {
      expect(lookupRegion(code, regions)).toBeUndefined();
      expect(isKnownRegionCode(code, regions)).toBe(false);
      const r = parseWith(RegionCodeSchema, code, { regions });
      expect(r.ok === false && r.issues.map((i) => i.code)).toEqual(["region.unknown"]);
    },
  );

  it.each([
    "35.99",
    "99",
    "3510",
    "35.1",
    "35.10.01.20",
    "35-10",
    " 35.10",
    "",
    "35.10.01.9001",
    "35.10.00",
    "35.10.01.2000",
  ])("rejects %j without the full table (form, province or regency wrong)", (code) => {
    expect(lookupRegion(code)).toBeUndefined();
    expect(isKnownRegionCode(code)).toBe(false);
    expect(RegionCodeSchema.safeParse(code).success).toBe(false);
  });

  it("reports region.unknown from the schema", () => {
    const r = RegionCodeSchema.safeParse("35.99");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("region.unknown");
    expect(RegionCodeSchema.parse("35.10.01")).toBe("35.10.01");
  });

  it("every known code's parent is known (property over the table)", () => {
    const t = decodeRegionTable();
    const districts = [...t.districts.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...districts), (d) => {
        return (
          isKnownRegionCode(d, regions) &&
          isKnownRegionCode(d.slice(0, 5), regions) &&
          isKnownRegionCode(d.slice(0, 2), regions)
        );
      }),
    );
  });

  it("lists 38 provinces", () => {
    expect(listProvinces().map((p) => p.code)).toHaveLength(38);
  });
});

describe("without the full table (the main entry alone)", () => {
  it("checks form, province and regency, and names no district", () => {
    expect(lookupRegion("35.10.01")).toEqual({
      code: "35.10.01",
      level: "district",
      provinceCode: "35",
      checked: "regency",
    });
    expect(lookupRegion("35.10.01.2001")).toEqual({
      code: "35.10.01.2001",
      level: "village",
      provinceCode: "35",
      villageKind: "desa",
      checked: "regency",
    });
  });

  it("accepts a well-formed village that does not exist under a real regency (documented)", () => {
    // villages.csv has no 35.10.01.2003 and no district 35.10.99; 35.10 (Banyuwangi) exists.
    expect(isKnownRegionCode("35.10.01.2003")).toBe(true);
    expect(isKnownRegionCode("35.10.99")).toBe(true);
    expect(RegionCodeSchema.safeParse("35.10.01.2003").success).toBe(true);
    expect(isKnownRegionCode("35.10.01.2003", regions)).toBe(false);
    expect(isKnownRegionCode("35.10.99", regions)).toBe(false);
  });

  it("restores the main-entry check after a parse with the full table", () => {
    const address = {
      schemaVersion: 1,
      id: "a-1",
      regionCode: "35.10.01.2003",
      lodgingKind: "villa",
      use: "residence",
    };
    expect(parseAddress(address, { regions })).toMatchObject({
      ok: false,
      issues: [{ code: "region.unknown", path: ["regionCode"] }],
    });
    expect(RegionCodeSchema.safeParse("35.10.01.2003").success).toBe(true);
  });

  it("refuses a regions argument that is not a table (programmer error)", () => {
    for (const bad of [{}, [], "regions", 1, { provinces: new Map() }]) {
      expect(() => lookupRegion("35.10", bad as never)).toThrow(ModelsError);
      expect(() => parseAddress({}, { regions: bad as never })).toThrow(
        expect.objectContaining({ code: "regions.invalid" }),
      );
    }
  });
});

describe("the committed table does not drift from idn-area-data", () => {
  it("matches every province, regency, district and village of the installed package", async () => {
    const [provinces, regencies, districts, villages] = await Promise.all([
      getProvinces(),
      getRegencies(),
      getDistricts(),
      getVillages(),
    ]);
    const t = decodeRegionTable();
    expect(regionTableSource.counts).toEqual({
      provinces: provinces.length,
      regencies: regencies.length,
      districts: districts.length,
      villages: villages.length,
    });
    expect([...t.provinces.values()]).toEqual(provinces.map((p) => ({ code: p.code, name: p.name })));
    expect(new Map([...t.regencies].map(([k, v]) => [k, v.name]))).toEqual(
      new Map(regencies.map((r) => [r.code, r.name])),
    );
    expect(new Map([...t.districts].map(([k, v]) => [k, v.name]))).toEqual(
      new Map(districts.map((d) => [d.code, d.name])),
    );
    // Every village code is known, and the runs hold exactly as many numbers as there are villages,
    // so the shipped set equals the source set.
    for (const v of villages) {
      if (!isKnownRegionCode(v.code, regions)) throw new Error(`village missing from the table: ${v.code}`);
    }
    let shipped = 0;
    for (const runs of t.villages.values()) for (const [a, b] of runs) shipped += b - a + 1;
    expect(shipped).toBe(villages.length);
  });

  it("records the source package and the installed version", () => {
    const pkg = createRequire(import.meta.url)("idn-area-data/package.json") as { version: string };
    expect(regionTableSource.package).toBe("idn-area-data");
    expect(regionTableSource.version).toBe(pkg.version);
  });
});

describe("region lookups on run-time garbage (audit)", () => {
  it("returns undefined / false for non-strings, never throws", () => {
    for (const bad of [35, 35.1, null, undefined, {}, ["35"]]) {
      expect(lookupRegion(bad as unknown as string)).toBeUndefined();
      expect(isKnownRegionCode(bad as unknown as string)).toBe(false);
      expect(timeZoneOfRegion(bad as unknown as string)).toBeUndefined();
    }
  });
  it("rejects undotted and malformed forms", () => {
    for (const bad of ["3510", "351001", "35.1", "35.10.", " 35.10", "35-10", "35.10.01.200"]) {
      expect(isKnownRegionCode(bad)).toBe(false);
      expect(timeZoneOfRegion(bad)).toBeUndefined();
    }
  });
});

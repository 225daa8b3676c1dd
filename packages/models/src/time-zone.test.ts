import { getProvinces } from "idn-area-data";
import { describe, expect, it } from "vitest";
import { listProvinces } from "./region-code.js";
import { provinceTimeZones, timeZoneOfRegion, zoneOffsets } from "./time-zone.js";

// Expected zones written out from the domain brief §6.1 (Keppres 41/1987), not from the table.
const expected: Record<string, "WIB" | "WIB-Pontianak" | "WITA" | "WIT"> = {
  "11": "WIB", // Aceh
  "12": "WIB", // Sumatera Utara
  "13": "WIB", // Sumatera Barat
  "14": "WIB", // Riau
  "15": "WIB", // Jambi
  "16": "WIB", // Sumatera Selatan
  "17": "WIB", // Bengkulu
  "18": "WIB", // Lampung
  "19": "WIB", // Kepulauan Bangka Belitung
  "21": "WIB", // Kepulauan Riau
  "31": "WIB", // DKI Jakarta
  "32": "WIB", // Jawa Barat
  "33": "WIB", // Jawa Tengah
  "34": "WIB", // DI Yogyakarta
  "35": "WIB", // Jawa Timur
  "36": "WIB", // Banten
  "51": "WITA", // Bali
  "52": "WITA", // NTB
  "53": "WITA", // NTT
  "61": "WIB-Pontianak", // Kalimantan Barat
  "62": "WIB-Pontianak", // Kalimantan Tengah
  "63": "WITA", // Kalimantan Selatan
  "64": "WITA", // Kalimantan Timur
  "65": "WITA", // Kalimantan Utara
  "71": "WITA", // Sulawesi Utara
  "72": "WITA", // Sulawesi Tengah
  "73": "WITA", // Sulawesi Selatan
  "74": "WITA", // Sulawesi Tenggara
  "75": "WITA", // Gorontalo
  "76": "WITA", // Sulawesi Barat
  "81": "WIT", // Maluku
  "82": "WIT", // Maluku Utara
  "91": "WIT", // Papua
  "92": "WIT", // Papua Barat
  "93": "WIT", // Papua Selatan
  "94": "WIT", // Papua Tengah
  "95": "WIT", // Papua Pegunungan
  "96": "WIT", // Papua Barat Daya
};
const asZone = {
  WIB: { iana: "Asia/Jakarta", label: "WIB" },
  "WIB-Pontianak": { iana: "Asia/Pontianak", label: "WIB" },
  WITA: { iana: "Asia/Makassar", label: "WITA" },
  WIT: { iana: "Asia/Jayapura", label: "WIT" },
} as const;

describe("timeZoneOfRegion", () => {
  it.each(Object.entries(expected))("province %s is %s", (code, zone) => {
    expect(timeZoneOfRegion(code)).toEqual(asZone[zone]);
  });

  it("every province of idn-area-data has a zone (fails when a new province appears without one)", async () => {
    const provinces = await getProvinces();
    const missing = provinces.filter((p) => timeZoneOfRegion(p.code) === undefined).map((p) => p.code);
    expect(missing).toEqual([]);
    expect(listProvinces().every((p) => timeZoneOfRegion(p.code) !== undefined)).toBe(true);
    expect(provinceTimeZones.map((r) => r.provinceCode).sort()).toEqual(provinces.map((p) => p.code).sort());
  });

  it("follows the province for lower levels", () => {
    expect(timeZoneOfRegion("35.10")).toEqual(asZone.WIB); // Banyuwangi
    expect(timeZoneOfRegion("35.10.01.2001")).toEqual(asZone.WIB);
    expect(timeZoneOfRegion("51.03")).toEqual(asZone.WITA); // Badung, Bali, across the strait
    expect(timeZoneOfRegion("61.71")).toEqual(asZone["WIB-Pontianak"]);
  });

  it("is undefined for malformed codes and unknown provinces", () => {
    expect(timeZoneOfRegion("99")).toBeUndefined();
    expect(timeZoneOfRegion("3510")).toBeUndefined();
    expect(timeZoneOfRegion("")).toBeUndefined();
  });

  it("uses IANA zones whose offsets match the labels", () => {
    for (const r of provinceTimeZones) {
      const name = new Intl.DateTimeFormat("en-US", { timeZone: r.iana, timeZoneName: "longOffset" })
        .formatToParts(new Date("2024-06-01T00:00:00Z"))
        .find((p) => p.type === "timeZoneName")?.value;
      expect(name).toBe(`GMT${zoneOffsets[r.label]}`);
    }
  });

  it("cites Keppres 41/1987 as dated law", () => {
    for (const r of provinceTimeZones) {
      expect(r.citation.instrument).toMatch(/Keputusan Presiden No\. 41 Tahun 1987/);
      expect(r.validFrom).toBe("1988-01-01");
      expect(r.validUntil).toBeNull();
    }
  });
});

import { isKnownRegionCode, lookupRegion, timeZoneOfRegion } from "@timpora/models";
import { regions } from "@timpora/models/regions";
import { describe, expect, it } from "vitest";
import { REGION_TABLE } from "./region-table.js";

describe("REGION_TABLE", () => {
  it("uses only regency and district codes that the Kemendagri table knows", () => {
    for (const row of REGION_TABLE) {
      expect(isKnownRegionCode(row.regency), row.regency).toBe(true);
      for (const d of row.districts) {
        expect(isKnownRegionCode(d, regions), d).toBe(true);
        expect(d.startsWith(`${row.regency}.`)).toBe(true);
      }
    }
    expect(lookupRegion("35.10")?.name).toMatch(/Banyuwangi/i);
    expect(lookupRegion("51.03")?.name).toMatch(/Badung/i);
  });

  it("states the same zone as the models derive from the province", () => {
    for (const row of REGION_TABLE) {
      const zone = timeZoneOfRegion(row.regency);
      expect(zone?.iana, row.regency).toBe(row.iana);
      expect(zone?.label, row.regency).toBe(row.label);
    }
  });

  it("covers WIB (with Asia/Pontianak), WITA and WIT", () => {
    const zones = new Set(REGION_TABLE.map((r) => r.iana));
    expect(zones).toEqual(new Set(["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"]));
    // Offsets: WIB UTC+7, WITA UTC+8, WIT UTC+9 (no daylight saving in Indonesia).
    const offsets = { WIB: "+07:00", WITA: "+08:00", WIT: "+09:00" } as const;
    for (const r of REGION_TABLE) expect(r.offset).toBe(offsets[r.label]);
  });
});

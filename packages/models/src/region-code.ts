import * as z from "zod";
import { regionTable } from "./region-table.js";

export { regionTableSource } from "./generated/regions.js";

/** The four levels of Kemendagri region codes. */
export type RegionLevel = "province" | "regency" | "district" | "village";

/** A region found in the table. */
export interface RegionInfo {
  /** The dotted code as given, e.g. `"35.10.01"`. */
  code: string;
  /** Province (`35`), regency or city (`35.10`), district / kecamatan (`35.10.01`) or village (`35.10.01.2001`). */
  level: RegionLevel;
  /** Official name; absent for villages, whose names are not shipped (size). */
  name?: string;
  /** The 2-digit province code. */
  provinceCode: string;
  /** Regencies only: `kabupaten` (codes 01–69) or `kota` (codes 71–99). */
  regencyKind?: "kabupaten" | "kota";
  /** Villages only: from the first digit of the village number — 1 kelurahan, 2 desa, 3 desa adat. */
  villageKind?: "kelurahan" | "desa" | "desa-adat";
}

/** The form of a dotted Kemendagri code: `PP`, `PP.KK`, `PP.KK.CC` or `PP.KK.CC.DDDD`. */
export const regionCodePattern = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;

const villageKinds = { "1": "kelurahan", "2": "desa", "3": "desa-adat" } as const;

/**
 * Looks up a dotted Kemendagri region code in the table generated from idn-area-data (see
 * {@link regionTableSource}). Every level is checked against the data, villages included (their
 * numbers are shipped as compact runs, their names are not). Undotted or BPS-style codes
 * (`3510010`) and non-strings are not accepted (`undefined`).
 *
 * @example
 * ```ts
 * lookupRegion("35.10");    // { code: "35.10", level: "regency", name: "Kabupaten Banyuwangi", provinceCode: "35", regencyKind: "kabupaten" }
 * lookupRegion("35.10.01"); // { code: "35.10.01", level: "district", name: "Pesanggaran", provinceCode: "35" }
 * lookupRegion("35.99");    // undefined
 * ```
 */
export function lookupRegion(code: string): RegionInfo | undefined {
  if (typeof code !== "string" || !regionCodePattern.test(code)) return undefined;
  const t = regionTable();
  const provinceCode = code.slice(0, 2);
  switch (code.length) {
    case 2: {
      const row = t.provinces.get(code);
      return row && { code, level: "province", name: row.name, provinceCode };
    }
    case 5: {
      const row = t.regencies.get(code);
      const kind = Number(code.slice(3)) >= 71 ? "kota" : "kabupaten";
      return row && { code, level: "regency", name: row.name, provinceCode, regencyKind: kind };
    }
    case 8: {
      const row = t.districts.get(code);
      return row && { code, level: "district", name: row.name, provinceCode };
    }
    default: {
      const runs = t.villages.get(code.slice(0, 8));
      const n = Number(code.slice(9));
      const kind = villageKinds[code.charAt(9) as keyof typeof villageKinds];
      if (runs === undefined || kind === undefined || !runs.some(([a, b]) => n >= a && n <= b))
        return undefined;
      return { code, level: "village", provinceCode, villageKind: kind };
    }
  }
}

/**
 * Whether `code` is a dotted Kemendagri region code present in the table.
 *
 * @example
 * ```ts
 * isKnownRegionCode("35.10");         // true (Kabupaten Banyuwangi)
 * isKnownRegionCode("35.99");         // false
 * isKnownRegionCode("35.10.01.2001"); // true
 * ```
 */
export function isKnownRegionCode(code: string): boolean {
  return lookupRegion(code) !== undefined;
}

/**
 * The provinces of the table, in code order.
 *
 * @example
 * ```ts
 * listProvinces().length; // 38 in idn-area-data 4.0.1
 * ```
 */
export function listProvinces(): RegionInfo[] {
  return [...regionTable().provinces.values()].map((row) => ({
    code: row.code,
    level: "province",
    name: row.name,
    provinceCode: row.code,
  }));
}

/**
 * Zod schema of a known Kemendagri region code (dotted form, present in the table); fails with the
 * issue code `region.unknown`.
 *
 * @example
 * ```ts
 * RegionCodeSchema.parse("35.10.01"); // "35.10.01"
 * RegionCodeSchema.safeParse("35.99").success; // false
 * ```
 */
export const RegionCodeSchema = z
  .string()
  .max(13, { error: "region.unknown" })
  .regex(regionCodePattern, { error: "region.unknown" })
  .refine(isKnownRegionCode, { error: "region.unknown" })
  .describe("Kemendagri region code: 35, 35.10, 35.10.01 or 35.10.01.2001");

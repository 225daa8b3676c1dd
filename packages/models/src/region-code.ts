import * as z from "zod";
import { activeRegionTable } from "./region-scope.js";
import { assertRegionTable, type RegionTable, regencyTable } from "./region-table.js";

/**
 * The four levels of Kemendagri region codes.
 *
 * @example
 * ```ts
 * const level: RegionLevel | undefined = lookupRegion("35.10.01.2001")?.level; // "village"
 * ```
 */
export type RegionLevel = "province" | "regency" | "district" | "village";

/**
 * A region found in the table.
 *
 * @example
 * ```ts
 * const province: RegionInfo | undefined = lookupRegion("51");
 * province; // { code: "51", level: "province", name: "Bali", provinceCode: "51", checked: "full" }
 * ```
 */
export interface RegionInfo {
  /** The dotted code as given, e.g. `"35.10.01"`. */
  code: string;
  /** Province (`35`), regency or city (`35.10`), district / kecamatan (`35.10.01`) or village (`35.10.01.2001`). */
  level: RegionLevel;
  /** Official name; absent for villages, whose names are not shipped (size), and for districts looked up without the full table. */
  name?: string;
  /** The 2-digit province code. */
  provinceCode: string;
  /** Regencies only: `kabupaten` (codes 01–69) or `kota` (codes 71–99). */
  regencyKind?: "kabupaten" | "kota";
  /** Villages only: from the first digit of the village number — 1 kelurahan, 2 desa, 3 desa adat. */
  villageKind?: "kelurahan" | "desa" | "desa-adat";
  /**
   * How far the code was found in a table: `"full"` when the whole code was (always for provinces and
   * regencies; for districts and villages when the full table was passed); `"regency"` for a district or
   * village code looked up without the full table, of which only the form, province and regency were
   * checked (such a code may not exist).
   */
  checked: "full" | "regency";
}

/** The form of a dotted Kemendagri code: `PP`, `PP.KK`, `PP.KK.CC` or `PP.KK.CC.DDDD`. */
export const regionCodePattern = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;

const villageKinds = { "1": "kelurahan", "2": "desa", "3": "desa-adat" } as const;

/**
 * Looks up a dotted Kemendagri region code (idn-area-data, see {@link regionTableSource}). Undotted or
 * BPS-style codes (`3510010`) and non-strings are not accepted (`undefined`).
 *
 * The main entry carries provinces and regencies only. Districts and villages are looked up when the
 * full table is passed as `regions` (from `@timpora/models/regions`); without it, a district or
 * village code whose form, province and regency are right is returned with `checked: "regency"` and no
 * name: `35.10.99` and `35.10.01.2999` pass although no such district or village exists.
 *
 * @param code - dotted code: `35`, `35.10`, `35.10.01` or `35.10.01.2001`
 * @param regions - the full table, `regions` from `@timpora/models/regions` (or a newer table of the
 *   same shape); when given, every level is looked up in it
 * @throws ModelsError `regions.invalid` when `regions` is given but is not a {@link RegionTable}
 * @example
 * ```ts
 * import { regions } from "@timpora/models/regions";
 * lookupRegion("35.10");    // { code: "35.10", level: "regency", name: "Kabupaten Banyuwangi", provinceCode: "35", regencyKind: "kabupaten", checked: "full" }
 * lookupRegion("35.10.01"); // { code: "35.10.01", level: "district", provinceCode: "35", checked: "regency" }
 * lookupRegion("35.10.01", regions); // { code: "35.10.01", level: "district", name: "Pesanggaran", provinceCode: "35", checked: "full" }
 * lookupRegion("35.99");    // undefined
 * ```
 */
export function lookupRegion(code: string, regions?: RegionTable): RegionInfo | undefined {
  assertRegionTable(regions);
  if (typeof code !== "string" || !regionCodePattern.test(code)) return undefined;
  const t = regions ?? regencyTable();
  const provinceCode = code.slice(0, 2);
  if (code.length === 2) {
    const row = t.provinces.get(code);
    return row && { code, level: "province", name: row.name, provinceCode, checked: "full" };
  }
  if (code.length === 5) {
    const row = t.regencies.get(code);
    const kind = Number(code.slice(3)) >= 71 ? "kota" : "kabupaten";
    return (
      row && { code, level: "regency", name: row.name, provinceCode, regencyKind: kind, checked: "full" }
    );
  }
  if (regions === undefined) return belowRegency(code, provinceCode);
  if (code.length === 8) {
    const row = regions.districts.get(code);
    return row && { code, level: "district", name: row.name, provinceCode, checked: "full" };
  }
  const runs = regions.villages.get(code.slice(0, 8));
  const n = Number(code.slice(9));
  const kind = villageKinds[code.charAt(9) as keyof typeof villageKinds];
  if (runs === undefined || kind === undefined || !runs.some(([a, b]) => n >= a && n <= b)) return undefined;
  return { code, level: "village", provinceCode, villageKind: kind, checked: "full" };
}

/** A district or village code checked without the full table: form, province and regency only. */
function belowRegency(code: string, provinceCode: string): RegionInfo | undefined {
  // Districts and village numbers count from 01 and K001 (no `00`, no `K000`); the kind digit is 1–3.
  if (!regencyTable().regencies.has(code.slice(0, 5)) || code.slice(6, 8) === "00") return undefined;
  if (code.length === 8) return { code, level: "district", provinceCode, checked: "regency" };
  const kind = villageKinds[code.charAt(9) as keyof typeof villageKinds];
  if (kind === undefined || code.slice(10) === "000") return undefined;
  return { code, level: "village", provinceCode, villageKind: kind, checked: "regency" };
}

/**
 * Whether `code` is a dotted Kemendagri region code found in the table, as far as {@link lookupRegion}
 * looks: provinces and regencies always; districts and villages only when the full table is passed as
 * `regions`. Without it, a well-formed district or village code under a known regency counts as known.
 *
 * @param code - dotted code: `35`, `35.10`, `35.10.01` or `35.10.01.2001`
 * @param regions - the full table, `regions` from `@timpora/models/regions`
 * @throws ModelsError `regions.invalid` when `regions` is given but is not a {@link RegionTable}
 * @example
 * ```ts
 * import { regions } from "@timpora/models/regions";
 * isKnownRegionCode("35.10");                  // true (Kabupaten Banyuwangi)
 * isKnownRegionCode("35.99");                  // false
 * isKnownRegionCode("35.10.01.2003");          // true: only the form and 35.10 are checked
 * isKnownRegionCode("35.10.01.2003", regions); // false: no such village
 * isKnownRegionCode("35.10.01.2001", regions); // true
 * ```
 */
export function isKnownRegionCode(code: string, regions?: RegionTable): boolean {
  return lookupRegion(code, regions) !== undefined;
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
  return [...regencyTable().provinces.values()].map((row) => ({
    code: row.code,
    level: "province",
    name: row.name,
    provinceCode: row.code,
    checked: "full",
  }));
}

/**
 * Zod schema of a known Kemendagri region code; fails with the issue code `region.unknown`. It checks
 * the code's form, its province and its regency. A district or village is checked against the full
 * table only inside a parse function given `{ regions }` (from `@timpora/models/regions`), e.g.
 * `parseCase(input, { regions })`; otherwise a well-formed district or village under a known regency
 * passes even if it does not exist.
 *
 * @example
 * ```ts
 * RegionCodeSchema.parse("35.10.01"); // "35.10.01"
 * RegionCodeSchema.safeParse("35.99").success; // false (no regency 35.99)
 * RegionCodeSchema.safeParse("35.10.01.2003").success; // true (35.10 exists; villages are not checked here)
 * import { regions } from "@timpora/models/regions";
 * const address = { schemaVersion: 1, id: "a-1", regionCode: "35.10.01.2003", lodgingKind: "house", use: "residence" };
 * const r = parseAddress(address, { regions }); // checks 35.10.01.2003 against the full table
 * r.ok === false && r.issues[0]?.code; // "region.unknown"
 * ```
 */
export const RegionCodeSchema = z
  .string()
  .max(13, { error: "region.unknown" })
  .regex(regionCodePattern, { error: "region.unknown" })
  .refine((code) => isKnownRegionCode(code, activeRegionTable()), { error: "region.unknown" })
  .describe("Kemendagri region code: 35, 35.10, 35.10.01 or 35.10.01.2001");

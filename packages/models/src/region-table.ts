import { provinceRows, regencyRows } from "./generated/region-core.js";
import { ModelsError } from "./models-error.js";

/**
 * A row of the region table: a province, regency or district (codes in dotted Kemendagri form).
 *
 * @example
 * ```ts
 * import { regions } from "@timpora/models/regions";
 * const district: RegionRow | undefined = regions.districts.get("35.10.01");
 * district; // { code: "35.10.01", name: "Pesanggaran" }
 * ```
 */
export interface RegionRow {
  /** Dotted code: `35`, `35.10` or `35.10.01`. */
  readonly code: string;
  /** Official name as in the source data. */
  readonly name: string;
}

/**
 * The full Kemendagri region table: provinces, regencies and districts by code, and village numbers
 * per district. The package's own table is `regions` from `@timpora/models/regions`; a caller may
 * pass a newer table of the same shape.
 *
 * @example
 * ```ts
 * import { regions } from "@timpora/models/regions";
 * const table: RegionTable = regions;
 * table.villages.get("35.10.01"); // [[2001, 2002], [2004, 2004], [2009, 2010]]
 * lookupRegion("35.10.01.2004", table)?.villageKind; // "desa"
 * lookupRegion("35.10.01.2003", table); // undefined: not a village of 35.10.01
 * ```
 */
export interface RegionTable {
  /** Provinces by 2-digit code (`35`). */
  readonly provinces: ReadonlyMap<string, RegionRow>;
  /** Regencies and cities by `PP.KK` (`35.10`). */
  readonly regencies: ReadonlyMap<string, RegionRow>;
  /** Districts by `PP.KK.CC` (`35.10.01`). */
  readonly districts: ReadonlyMap<string, RegionRow>;
  /** Village numbers per district code, as inclusive `[first, last]` runs (`[[2001, 2002], [2004, 2012]]`). */
  readonly villages: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

/** The main entry's part of the table: provinces and regencies only. */
export type RegencyTable = Pick<RegionTable, "provinces" | "regencies">;

/** `"3510"` → `"35.10"`. */
export const dotted = (digits: string): string => digits.match(/\d\d/g)?.join(".") ?? digits;

/** Decodes `CCName|CCName|…` rows whose code has `width` digits. */
export function decodeRows(text: string, width: number): RegionRow[] {
  return text.split("|").map((row) => ({ code: dotted(row.slice(0, width)), name: row.slice(width) }));
}

let core: RegencyTable | undefined;

/** Provinces and regencies, decoded on first use (the main entry's table; see scripts/generate-regions.ts). */
export function regencyTable(): RegencyTable {
  core ??= {
    provinces: new Map(decodeRows(provinceRows, 2).map((r) => [r.code, r])),
    regencies: new Map(decodeRows(regencyRows, 4).map((r) => [r.code, r])),
  };
  return core;
}

const isMap = (value: unknown): boolean =>
  typeof value === "object" && value !== null && typeof (value as { get?: unknown }).get === "function";

/** Whether `value` has the shape of a {@link RegionTable} (four maps), checked at run time. */
export function isRegionTable(value: unknown): value is RegionTable {
  if (typeof value !== "object" || value === null) return false;
  const t = value as Record<keyof RegionTable, unknown>;
  return isMap(t.provinces) && isMap(t.regencies) && isMap(t.districts) && isMap(t.villages);
}

/** Throws `regions.invalid` (a programmer error) when `regions` is given but is not a {@link RegionTable}. */
export function assertRegionTable(regions: unknown): void {
  if (regions !== undefined && !isRegionTable(regions))
    throw new ModelsError("regions.invalid", { field: "regions" });
}

/**
 * `@timpora/models/regions`: the full Kemendagri region table (7,285 districts and 83,762 villages from
 * idn-area-data 4.0.1, about 150 KB), kept out of the main entry so that a bundle which only parses
 * records does not carry it. Pass it where district and village membership matters:
 *
 * ```ts
 * import { parseCase, lookupRegion } from "@timpora/models";
 * import { regions } from "@timpora/models/regions";
 * declare const input: unknown; // a case, e.g. from JSON.parse
 * parseCase(input, { regions });
 * lookupRegion("35.10.01", regions)?.name; // "Pesanggaran"
 * ```
 *
 * @module @timpora/models/regions
 */
import type { RegionTable } from "./region-table.js";
import { regions as table } from "./region-table-full.js";

export type { RegionRow, RegionTable } from "./region-table.js";

/**
 * The full region table: provinces, regencies, districts (with names) and village numbers, decoded on
 * first use. Pass it to the parse functions (`{ regions }`), `lookupRegion`, `isKnownRegionCode` and
 * `checkNik` to check codes below the regency.
 *
 * @example
 * ```ts
 * import { isKnownRegionCode } from "@timpora/models";
 * import { regions } from "@timpora/models/regions";
 * isKnownRegionCode("35.10.01.2001", regions); // true (Sarongan)
 * isKnownRegionCode("35.10.01.2003", regions); // false
 * regions.districts.get("35.10.01")?.name;     // "Pesanggaran"
 * ```
 */
export const regions: RegionTable = table;

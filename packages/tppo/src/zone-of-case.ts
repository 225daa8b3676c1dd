import type { Case } from "@timpora/models";
import { zoneOfStay } from "@timpora/permits";

/**
 * The zone used when neither `zoneOf` nor the case's regions give one (facts then see `zoneKnown: false`).
 *
 * @example
 * ```ts
 * FALLBACK_ZONE; // "Asia/Jakarta"
 * ```
 */
export const FALLBACK_ZONE = "Asia/Jakarta";

/**
 * The zone of the place of stay: the region (Kemendagri code) of the case's permits, else of its residence,
 * else of its lodging addresses (`zoneOfStay` of @timpora/permits); when none maps to a zone,
 * {@link FALLBACK_ZONE} with `known: false`.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const c = generateCase({ seed: "demo", asOf: "2025-03-01" }); // permits in region 51.03 (Bali)
 * defaultZoneOf(c); // { zone: "Asia/Makassar", known: true }
 * defaultZoneOf({ ...c, permits: [], addresses: [] }); // { zone: "Asia/Jakarta", known: false }
 * ```
 */
export function defaultZoneOf(c: Case): { zone: string; known: boolean } {
  const zone = zoneOfStay(undefined, [
    ...c.permits.map((p) => p.regionCode),
    ...c.addresses.filter((a) => a.use === "residence").map((a) => a.regionCode),
    ...c.addresses.filter((a) => a.use === "lodging").map((a) => a.regionCode),
  ]);
  return zone === undefined ? { zone: FALLBACK_ZONE, known: false } : { zone, known: true };
}

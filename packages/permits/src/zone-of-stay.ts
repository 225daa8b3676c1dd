import { timeZoneOfRegion } from "@timpora/models";
import { assertZone } from "./calendar-date.js";
import { PermitsError } from "./permits-error.js";

/**
 * A helper for callers: the zone to read an instant in, i.e. the explicit `zone` when given (checked), else
 * the zone of the first region code (Kemendagri) that maps to one via `timeZoneOfRegion`; `undefined` when
 * none does. The status functions never infer a zone themselves (an instant without `zone` throws
 * `zone.required`), so pass the result explicitly.
 *
 * @throws PermitsError `zone.invalid` for a given zone that is not an IANA zone, `region.invalid` when
 *   `regionCodes` is not a list of strings (or `undefined`s)
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * zoneOfStay(undefined, ["51.03"]); // "Asia/Makassar" (Badung, Bali)
 * zoneOfStay("Asia/Jayapura", ["51.03"]); // "Asia/Jayapura" (a given zone wins)
 * const permit = PermitSchema.parse({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival",
 *   validFrom: "2023-10-29", validUntil: "2023-11-27", status: "active", purpose: "tourism", regionCode: "51.03" });
 * permitStatus(permit, { on: "2023-11-27T23:30:00+07:00", zone: zoneOfStay(undefined, [permit.regionCode]) }).status;
 * // "expired" (00:30 on 28 November in WITA)
 * ```
 */
export function zoneOfStay(
  zone: string | undefined,
  regionCodes: readonly (string | undefined)[],
): string | undefined {
  if (zone !== undefined) return assertZone(zone);
  if (!Array.isArray(regionCodes)) throw new PermitsError("region.invalid", { field: "regionCodes" });
  for (const code of regionCodes) {
    if (code === undefined) continue;
    if (typeof code !== "string") throw new PermitsError("region.invalid", { field: "regionCodes" });
    const found = timeZoneOfRegion(code);
    if (found) return found.iana;
  }
  return undefined;
}

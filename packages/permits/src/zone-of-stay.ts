import { timeZoneOfRegion } from "@timpora/models";

/**
 * The zone to read an instant in: the explicit `zone` when given, else the zone of the first region code
 * (Kemendagri) that maps to one via `timeZoneOfRegion`; `undefined` when none does (an instant then throws
 * `zone.required`).
 *
 * @example
 * ```ts
 * zoneOfStay(undefined, ["51.03"]); // "Asia/Makassar" (Badung, Bali)
 * ```
 */
export function zoneOfStay(
  zone: string | undefined,
  regionCodes: readonly (string | undefined)[],
): string | undefined {
  if (zone !== undefined) return zone;
  for (const code of regionCodes) {
    const found = code === undefined ? undefined : timeZoneOfRegion(code);
    if (found) return found.iana;
  }
  return undefined;
}

import { timeZoneOfRegion } from "@timpora/models";

/**
 * A helper for callers: the zone to read an instant in, i.e. the explicit `zone` when given, else the zone of
 * the first region code (Kemendagri) that maps to one via `timeZoneOfRegion`; `undefined` when none does.
 * The status functions never infer a zone themselves (an instant without `zone` throws `zone.required`), so
 * pass the result explicitly.
 *
 * @example
 * ```ts
 * zoneOfStay(undefined, ["51.03"]); // "Asia/Makassar" (Badung, Bali)
 * permitStatus(permit, { on: "2023-11-27T23:30:00+08:00", zone: zoneOfStay(undefined, [permit.regionCode]) });
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

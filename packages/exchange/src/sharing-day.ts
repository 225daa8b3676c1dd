/**
 * The sharing moment when `share` is given no `at`: now, written with the offset of the team's zone, so that its
 * date part is the sharing day in that zone (and `receive` reads the same day from it), with models' instant module
 * (the platform's `Intl` zone data, no machine zone involved).
 */
import { offsetInZone, writeInstant } from "@timpora/models";
import { ExchangeError } from "./exchange-error.js";

/** The zone for the sharing day when none is given: Western Indonesia Time (WIB), a choice of ours. */
export const DEFAULT_SHARING_ZONE = "Asia/Jakarta";

/** `epochMs` as an ISO date-time (seconds) with the offset `zone` has at that instant. */
export function dateTimeInZone(epochMs: number, zone: string): string {
  const at = Math.floor(epochMs / 1000) * 1000;
  const offsetMinutes = offsetInZone(at, zone);
  const text = offsetMinutes === undefined ? undefined : writeInstant({ epochMs: at, offsetMinutes });
  if (text === undefined) throw new ExchangeError("option.invalid", { field: "zone" });
  return text;
}

/**
 * Today's calendar date in WIB (`Asia/Jakarta`), worked out on this device from its clock through
 * `toCalendarDate` of @timpora/permits (the platform's zone data; nothing is asked of a server).
 */
import type { IsoDate } from "@timpora/models";
import { toCalendarDate } from "@timpora/permits";

/**
 * Today in `Asia/Jakarta`, as an ISO date.
 *
 * @example
 * ```ts
 * todayInJakarta(new Date("2024-03-01T20:00:00Z")); // "2024-03-02"
 * ```
 */
export function todayInJakarta(now: Date = new Date()): IsoDate {
  return toCalendarDate(now.toISOString(), "Asia/Jakarta");
}

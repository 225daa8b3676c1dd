/**
 * The calendar of @timpora/permits: every day count goes through the one calendar-date module of
 * @timpora/models (`addDays`, `daysBetween`, `compareDates`, …). Where an instant meets a zone (reading an
 * instant, `toInstant`; the calendar date of an instant in the zone of the place of stay, `toCalendarDate`;
 * checking a zone name, `assertZone`) the platform's `Intl` zone data is read through `instant.ts`. Law
 * semantics live here too: inclusive counting (`inclusiveDays`) and the last day of a stay (`computeLastDay`).
 */
import {
  addDays,
  dateInZone,
  daysBetween,
  type Instant,
  type IsoDate,
  isIsoDate,
  isTimeZone,
  readInstant,
} from "@timpora/models";
import { guarded, PermitsError } from "./permits-error.js";

/**
 * A moment or a day: an ISO date (`YYYY-MM-DD`) or an ISO date-time WITH offset
 * (`2024-03-01T23:30:00+07:00`). Instants need the zone of the place of stay to become a calendar date.
 *
 * @example
 * ```ts
 * const day: DateInput = "2024-03-01";
 * const instant: DateInput = "2024-03-01T23:30:00+07:00";
 * toCalendarDate(day); // "2024-03-01"
 * toCalendarDate(instant, "Asia/Jayapura"); // "2024-03-02" (WIT is 2 hours ahead of WIB)
 * ```
 */
export type DateInput = string;

/**
 * `value` when it is an existing ISO calendar date, else a `date.invalid` error naming `field`.
 *
 * @example
 * ```ts
 * isoDateArgument("2024-02-29", "on"); // "2024-02-29"
 * ```
 */
export function isoDateArgument(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) throw new PermitsError("date.invalid", { field });
  return value;
}

/**
 * Checks an IANA zone name.
 *
 * @throws PermitsError `zone.invalid` for anything but a valid IANA zone name
 * @example
 * ```ts
 * assertZone("Asia/Makassar"); // "Asia/Makassar"
 * ```
 */
export function assertZone(zone: string): string {
  if (!isTimeZone(zone)) throw new PermitsError("zone.invalid", { field: "zone" });
  return zone;
}

/**
 * Parses an instant: an ISO date-time with an offset, exactly as `isIsoDateTime` of @timpora/models accepts
 * it (seconds required; offset hours 00–23, so `+25:00` is refused).
 *
 * @param input - ISO date-time with offset
 * @param field - argument name used in the error
 * @throws PermitsError `datetime.invalid` for anything else
 * @example
 * ```ts
 * toInstant("2024-01-01T08:00:00+08:00"); // { epochMs: 1704067200000, offsetMinutes: 480 }
 * ```
 */
export function toInstant(input: unknown, field = "instant"): Instant {
  const instant = readInstant(input);
  if (instant === undefined) throw new PermitsError("datetime.invalid", { field });
  return instant;
}

/**
 * Turns a date or an instant into the calendar date of the place of stay. ISO dates are returned as they
 * are (the zone is then not needed). Instants (ISO date-times with an offset) are converted into `zone`; an
 * instant without a zone is a usage error, never resolved with the machine zone.
 *
 * @param input - `YYYY-MM-DD` or an ISO date-time with offset
 * @param zone - IANA zone of the place of stay, e.g. `"Asia/Jayapura"`
 * @param field - argument name used in errors
 * @throws PermitsError `date.invalid` (not a string, or a date that does not exist),
 *   `datetime.invalid`, `zone.required`, `zone.invalid`, `date.out-of-range` (an instant whose day in the
 *   zone falls after 9999-12-31)
 * @example
 * ```ts
 * toCalendarDate("2024-03-01T23:30:00+07:00", "Asia/Jayapura"); // "2024-03-02"
 * toCalendarDate("2024-03-01"); // "2024-03-01"
 * ```
 */
export function toCalendarDate(input: DateInput, zone?: string, field = "on"): IsoDate {
  if (typeof input !== "string") throw new PermitsError("date.invalid", { field });
  if (!input.includes("T")) return isoDateArgument(input, field);
  const instant = toInstant(input, field);
  if (zone === undefined) throw new PermitsError("zone.required", { field: "zone" });
  const day = dateInZone(instant, assertZone(zone));
  if (day === undefined) throw new PermitsError("date.out-of-range", { field });
  return day;
}

/**
 * Inclusive day count: the first day is day 1. `inclusiveDays("2019-04-01", "2019-04-30")` is 30.
 *
 * @throws PermitsError `date.invalid` for a date that does not exist, `date.order` when `last` is before
 *   `first`
 * @example
 * ```ts
 * inclusiveDays("2023-09-29", "2023-11-27"); // 60
 * ```
 */
export function inclusiveDays(first: IsoDate, last: IsoDate): number {
  const n = daysBetween(isoDateArgument(first, "first"), isoDateArgument(last, "last"));
  if (n < 0) throw new PermitsError("date.order", { field: "last" });
  return n + 1;
}

/**
 * The last permitted day of a stay: `validFrom` is day 1, so `days` days end on `validFrom + days - 1`;
 * each extension (a number of days) runs from the day after the previous last day.
 *
 * @param validFrom - first day of the stay (the entry stamp date), an ISO date (an instant of entry becomes
 *   one with `toCalendarDate(instant, zoneOfStay)`)
 * @param days - initial stay in days (a positive integer)
 * @param extensions - the days granted by each extension, in order
 * @throws PermitsError `date.invalid`, `days.invalid` (a non-positive or fractional count, or `extensions`
 *   not a list), `date.out-of-range` (a last day after 9999-12-31)
 * @example
 * ```ts
 * computeLastDay("2019-04-01", 30); // "2019-04-30"
 * computeLastDay("2023-09-29", 30, [30]); // "2023-11-27" (Bali VoA extended once)
 * computeLastDay(toCalendarDate("2023-09-29T23:30:00+08:00", "Asia/Makassar"), 30); // "2023-10-28"
 * ```
 */
export function computeLastDay(
  validFrom: IsoDate,
  days: number,
  extensions: readonly number[] = [],
): IsoDate {
  return guarded(() => {
    const first = isoDateArgument(validFrom, "validFrom");
    if (!Array.isArray(extensions)) throw new PermitsError("days.invalid", { field: "extensions" });
    let total = 0;
    for (const [i, n] of [days, ...extensions].entries()) {
      if (!Number.isSafeInteger(n) || n <= 0) {
        throw new PermitsError("days.invalid", { field: i === 0 ? "days" : "extensions" });
      }
      total += n;
    }
    if (!Number.isSafeInteger(total)) throw new PermitsError("days.invalid", { field: "extensions" });
    return addDays(first, total - 1);
  });
}

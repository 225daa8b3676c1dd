import { DateTime, IANAZone } from "luxon";
import { TimporaUsageError } from "./errors.js";

/** A calendar date as ISO `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * A moment or a day: an ISO date (`YYYY-MM-DD`), an ISO date-time WITH offset, or a luxon `DateTime`.
 * Instants need the zone of the place of stay to become a calendar date.
 */
export type DateInput = string | DateTime;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Calendar arithmetic runs in UTC so that no machine or DST rule can shift a day. */
const ARITHMETIC_ZONE = "UTC";

/** Parsed dates are immutable, so parses are memoised (bounded) for bulk screening. */
const parsedDates = new Map<string, DateTime>();
const PARSE_CACHE_LIMIT = 20_000;

/** Day arithmetic is pure, so luxon's answers are memoised too (bounded maps). */
const addDaysCache = new Map<string, IsoDate>();
const daysBetweenCache = new Map<string, number>();

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= PARSE_CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

function dateOrThrow(value: string, field: string): DateTime {
  const cached = typeof value === "string" ? parsedDates.get(value) : undefined;
  if (cached) return cached;
  if (typeof value !== "string" || !ISO_DATE.test(value)) {
    throw new TimporaUsageError("date.invalid", `${field} is not an ISO date (YYYY-MM-DD)`, field);
  }
  const parsed = DateTime.fromISO(value, { zone: ARITHMETIC_ZONE });
  if (!parsed.isValid) {
    throw new TimporaUsageError("date.invalid", `${field} is not a date that exists`, field);
  }
  if (parsedDates.size >= PARSE_CACHE_LIMIT) parsedDates.clear();
  parsedDates.set(value, parsed);
  return parsed;
}

/**
 * Checks that `value` is an ISO calendar date that exists and returns it unchanged.
 *
 * @param value - `YYYY-MM-DD`
 * @param field - argument name used in the error
 * @throws TimporaUsageError `date.invalid` for malformed or non-existent dates such as `2023-02-29`
 * @example
 * ```ts
 * assertIsoDate("2024-02-29"); // "2024-02-29"
 * ```
 */
export function assertIsoDate(value: string, field = "date"): IsoDate {
  dateOrThrow(value, field);
  return value;
}

/**
 * A calendar date from an ISO date or a luxon `DateTime`; a `DateTime` is read as its calendar date in its
 * own zone (no instant-to-zone conversion happens here).
 *
 * @throws TimporaUsageError `date.invalid` for a malformed or non-existent date or an invalid `DateTime`
 * @example
 * ```ts
 * dateOf(DateTime.fromISO("2024-03-01T23:30", { zone: "Asia/Jayapura" })); // "2024-03-01"
 * ```
 */
export function dateOf(value: IsoDate | DateTime, field = "date"): IsoDate {
  if (DateTime.isDateTime(value)) {
    if (!value.isValid)
      throw new TimporaUsageError("date.invalid", `${field} is not a valid luxon DateTime`, field);
    return value.toISODate()!;
  }
  return assertIsoDate(value, field);
}

/** Zone names already checked (IANA lookups are slow; validity never changes within a process). */
const validZones = new Set<string>();

/**
 * Checks an IANA zone name.
 *
 * @throws TimporaUsageError `zone.invalid`
 * @example
 * ```ts
 * assertZone("Asia/Makassar"); // "Asia/Makassar"
 * ```
 */
export function assertZone(zone: string): string {
  if (validZones.has(zone)) return zone;
  if (typeof zone !== "string" || !IANAZone.isValidZone(zone)) {
    throw new TimporaUsageError("zone.invalid", "zone is not a valid IANA time zone", "zone");
  }
  validZones.add(zone);
  return zone;
}

/**
 * Turns a date or an instant into the calendar date of the place of stay. ISO dates are returned as they
 * are (the zone is then not needed). Instants (ISO date-times with an offset, or luxon `DateTime`s) are
 * converted into `zone`; an instant without a zone is a usage error, never resolved with the machine zone.
 *
 * @param input - `YYYY-MM-DD`, an ISO date-time with offset, or a luxon `DateTime`
 * @param zone - IANA zone of the place of stay, e.g. `"Asia/Jayapura"`
 * @param field - argument name used in errors
 * @throws TimporaUsageError `zone.required`, `zone.invalid`, `date.invalid`, `datetime.invalid`
 * @example
 * ```ts
 * toCalendarDate("2024-03-01T23:30:00+07:00", "Asia/Jayapura"); // "2024-03-02"
 * toCalendarDate("2024-03-01"); // "2024-03-01"
 * ```
 */
export function toCalendarDate(input: DateInput, zone?: string, field = "on"): IsoDate {
  if (typeof input === "string" && !input.includes("T")) return assertIsoDate(input, field);
  const instant = toInstant(input, field);
  if (zone === undefined) {
    throw new TimporaUsageError(
      "zone.required",
      `${field} is an instant: pass the zone of the place of stay (e.g. "Asia/Makassar")`,
      "zone",
    );
  }
  return instant.setZone(assertZone(zone)).toISODate()!;
}

/**
 * Parses an instant: an ISO date-time with an explicit offset (or `Z`) or a valid luxon `DateTime`.
 *
 * @throws TimporaUsageError `datetime.invalid` when the text has no offset or does not exist
 * @example
 * ```ts
 * toInstant("2024-01-01T08:00:00+08:00").toUTC().hour; // 0
 * ```
 */
export function toInstant(input: DateInput, field = "instant"): DateTime {
  if (typeof input === "string") {
    if (!ISO_DATE_TIME_WITH_OFFSET.test(input)) {
      throw new TimporaUsageError(
        "datetime.invalid",
        `${field} must be an ISO date-time with an offset (e.g. 2024-01-01T08:00:00+08:00)`,
        field,
      );
    }
    const parsed = DateTime.fromISO(input, { setZone: true });
    if (!parsed.isValid) {
      throw new TimporaUsageError("datetime.invalid", `${field} is not a date-time that exists`, field);
    }
    return parsed;
  }
  if (!DateTime.isDateTime(input) || !input.isValid) {
    throw new TimporaUsageError("datetime.invalid", `${field} is not a valid luxon DateTime`, field);
  }
  return input;
}

/**
 * Adds (or, with a negative number, subtracts) whole calendar days.
 *
 * @example
 * ```ts
 * addDays("2019-04-01", 29); // "2019-04-30"
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new TimporaUsageError("days.invalid", "days must be an integer", "days");
  const key = `${date}|${days}`;
  const cached = addDaysCache.get(key);
  if (cached !== undefined) return cached;
  const out = dateOrThrow(date, "date").plus({ days }).toISODate()!;
  remember(addDaysCache, key, out);
  return out;
}

/**
 * Number of calendar days from `from` to `to` (positive when `to` is later; 0 for the same day).
 *
 * @example
 * ```ts
 * daysBetween("2019-04-30", "2019-05-01"); // 1
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const key = `${from}|${to}`;
  const cached = daysBetweenCache.get(key);
  if (cached !== undefined) return cached;
  const a = dateOrThrow(from, "from");
  const b = dateOrThrow(to, "to");
  const out = Math.round(b.diff(a, "days").days);
  remember(daysBetweenCache, key, out);
  return out;
}

/**
 * Compares two ISO dates: negative, zero or positive.
 *
 * @example
 * ```ts
 * compareDates("2024-01-02", "2024-01-01"); // 1
 * ```
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Inclusive day count: the first day is day 1. `inclusiveDays("2019-04-01", "2019-04-30")` is 30.
 *
 * @throws TimporaUsageError `date.order` when `last` is before `first`
 * @example
 * ```ts
 * inclusiveDays("2023-09-29", "2023-11-27"); // 60
 * ```
 */
export function inclusiveDays(first: IsoDate, last: IsoDate): number {
  const n = daysBetween(first, last);
  if (n < 0) throw new TimporaUsageError("date.order", "last day is before the first day", "last");
  return n + 1;
}

/**
 * The last permitted day of a stay: `validFrom` is day 1, so `days` days end on `validFrom + days - 1`;
 * each extension (a number of days) runs from the day after the previous last day.
 *
 * @param validFrom - first day of the stay (the entry stamp date): an ISO date, or a luxon `DateTime` read as
 *   its calendar date in its own zone (call `.setZone(zoneOfStay)` first to read it in the place of stay)
 * @param days - initial stay in days (a positive integer)
 * @param extensions - the days granted by each extension, in order
 * @throws TimporaUsageError `days.invalid` for a non-positive or fractional count
 * @example
 * ```ts
 * computeLastDay("2019-04-01", 30); // "2019-04-30"
 * computeLastDay("2023-09-29", 30, [30]); // "2023-11-27" (Bali VoA extended once)
 * computeLastDay(DateTime.fromISO("2023-09-29T23:30", { zone: "Asia/Makassar" }), 30); // "2023-10-28"
 * ```
 */
export function computeLastDay(
  validFrom: IsoDate | DateTime,
  days: number,
  extensions: readonly number[] = [],
): IsoDate {
  const first = dateOf(validFrom, "validFrom");
  for (const [i, n] of [days, ...extensions].entries()) {
    if (!Number.isInteger(n) || n <= 0) {
      throw new TimporaUsageError(
        "days.invalid",
        "days and extensions must be positive integers",
        i === 0 ? "days" : "extensions",
      );
    }
  }
  const total = days + extensions.reduce((sum, n) => sum + n, 0);
  return addDays(first, total - 1);
}

/**
 * "N months before" a date: calendar months back, clamped to the last day of a shorter month
 * (3 months before 31 May is 28 or 29 February).
 *
 * @throws TimporaUsageError `months.invalid` for a negative or fractional `months`
 * @example
 * ```ts
 * monthsBefore("2023-05-31", 3); // "2023-02-28"
 * ```
 */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months) || months < 0) {
    throw new TimporaUsageError("months.invalid", "months must be a non-negative integer", "months");
  }
  return dateOrThrow(date, "date").minus({ months }).toISODate()!;
}

/**
 * The year of an ISO date.
 *
 * @example
 * ```ts
 * yearOf("2024-06-01"); // 2024
 * ```
 */
export function yearOf(date: IsoDate): number {
  return dateOrThrow(date, "date").year;
}

/**
 * ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * weekdayOf("2023-11-27"); // 1 (a Monday)
 * ```
 */
export function weekdayOf(date: IsoDate): number {
  return dateOrThrow(date, "date").weekday;
}

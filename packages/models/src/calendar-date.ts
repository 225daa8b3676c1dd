/**
 * The one calendar-date module of the SDK: ISO calendar dates (`YYYY-MM-DD`, proleptic Gregorian) as whole
 * day numbers, and the arithmetic every package does on them. Pure integer arithmetic (H. Hinnant's
 * `days_from_civil`), so no machine time zone, daylight-saving rule or millisecond can shift a day. luxon is
 * used elsewhere only where an instant meets a zone.
 */
import type { IsoDate } from "./dates.js";
import { ModelsError } from "./models-error.js";

/**
 * A calendar date as a whole number of days since 1970-01-01 (negative before it).
 *
 * @example
 * ```ts
 * const day: DayNumber = dayNumberOf("2024-03-01"); // 19783
 * isoDateOf(day - 1); // "2024-02-29"
 * ```
 */
export type DayNumber = number;

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_SHIFT = 719_468;
const DAYS_PER_ERA = 146_097;

function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * DAYS_PER_ERA + doe - EPOCH_SHIFT;
}

function civilFromDays(dayNumber: DayNumber): [year: number, month: number, day: number] {
  const z = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const doe = z - era * DAYS_PER_ERA;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/**
 * The first day number an ISO date string can hold (`0000-01-01`); {@link isoDateOf} rejects any earlier one.
 *
 * @example
 * ```ts
 * MIN_DAY_NUMBER; // -719528
 * isoDateOf(MIN_DAY_NUMBER); // "0000-01-01"
 * ```
 */
export const MIN_DAY_NUMBER: DayNumber = daysFromCivil(0, 1, 1);
/**
 * The last day number an ISO date string can hold (`9999-12-31`); {@link isoDateOf} and {@link addDays}
 * reject any later one with `date.out-of-range`.
 *
 * @example
 * ```ts
 * isoDateOf(MAX_DAY_NUMBER); // "9999-12-31"
 * try { addDays("9999-12-31", 1); } catch (e) { e instanceof ModelsError && e.code; } // "date.out-of-range"
 * ```
 */
export const MAX_DAY_NUMBER: DayNumber = daysFromCivil(9999, 12, 31);

/**
 * True for a Gregorian leap year (divisible by 4, except centuries not divisible by 400).
 *
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

const ZERO = 48;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Year, month and day of an ISO date string, or undefined when it is not an existing date. */
function partsOf(value: unknown): [number, number, number] | undefined {
  if (typeof value !== "string" || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return [year, month, day];
}

/**
 * The day number of an ISO date, or `undefined` when the value is not an existing calendar date
 * `YYYY-MM-DD` (no throw: for validators and guards).
 *
 * @example
 * ```ts
 * dayNumberOrUndefined("1970-01-02"); // 1
 * dayNumberOrUndefined("2023-02-29"); // undefined
 * ```
 */
export function dayNumberOrUndefined(value: unknown): DayNumber | undefined {
  const parts = partsOf(value);
  return parts === undefined ? undefined : daysFromCivil(parts[0], parts[1], parts[2]);
}

/**
 * The day number (days since 1970-01-01) of an ISO calendar date.
 *
 * @param date - `YYYY-MM-DD`, an existing date
 * @param field - name of the argument, used in the error
 * @throws ModelsError `date.invalid` for anything else (`2023-02-29`, `2024-1-1`, `null`, a number)
 * @example
 * ```ts
 * dayNumberOf("1970-01-01"); // 0
 * dayNumberOf("2024-02-29"); // 19782
 * ```
 */
export function dayNumberOf(date: IsoDate, field = "date"): DayNumber {
  const day = dayNumberOrUndefined(date);
  if (day === undefined) throw new ModelsError("date.invalid", { field });
  return day;
}

/**
 * The ISO calendar date of a day number.
 *
 * @throws ModelsError `days.invalid` for a value that is not a safe integer, `date.out-of-range` outside
 *   0000-01-01 … 9999-12-31
 * @example
 * ```ts
 * isoDateOf(19782); // "2024-02-29"
 * ```
 */
export function isoDateOf(day: DayNumber, field = "day"): IsoDate {
  if (!Number.isSafeInteger(day)) throw new ModelsError("days.invalid", { field });
  if (day < MIN_DAY_NUMBER || day > MAX_DAY_NUMBER) throw new ModelsError("date.out-of-range", { field });
  const [y, m, d] = civilFromDays(day);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

function wholeNumber(
  value: number,
  code: "days.invalid" | "months.invalid" | "years.invalid",
  field: string,
): number {
  if (!Number.isSafeInteger(value)) throw new ModelsError(code, { field });
  return value;
}

/**
 * The date `days` calendar days after `date` (before it, when negative).
 *
 * @throws ModelsError `date.invalid`, `days.invalid` (not a safe integer), `date.out-of-range`
 * @example
 * ```ts
 * addDays("2019-04-01", 29); // "2019-04-30" (a 30-day stay entered on 1 April ends on 30 April)
 * addDays("2024-03-01", -1); // "2024-02-29"
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = dayNumberOf(date, "date");
  return isoDateOf(start + wholeNumber(days, "days.invalid", "days"), "date");
}

/**
 * Calendar days from `from` to `to`: positive when `to` is later, 0 for the same day.
 *
 * @throws ModelsError `date.invalid`
 * @example
 * ```ts
 * daysBetween("2019-04-30", "2019-05-01"); // 1
 * daysBetween("2024-03-01", "2024-02-28"); // -2
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to, "to") - dayNumberOf(from, "from");
}

/**
 * Compares two ISO calendar dates: -1 when `a` is earlier, 0 when equal, 1 when later.
 *
 * @throws ModelsError `date.invalid` when either is not an existing ISO date (never a number for garbage)
 * @example
 * ```ts
 * compareDates("2024-01-31", "2024-02-01"); // -1
 * ```
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const x = dayNumberOf(a, "a");
  const y = dayNumberOf(b, "b");
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @throws ModelsError `date.invalid`
 * @example
 * ```ts
 * weekdayOf("2023-11-27"); // 1 (a Monday)
 * ```
 */
export function weekdayOf(date: IsoDate): number {
  const day = dayNumberOf(date);
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The year of an ISO date.
 *
 * @throws ModelsError `date.invalid`
 * @example
 * ```ts
 * yearOf("2024-06-01"); // 2024
 * ```
 */
export function yearOf(date: IsoDate): number {
  dayNumberOf(date);
  return Number(date.slice(0, 4));
}

function fromParts(year: number, month: number, day: number, field: string): IsoDate {
  if (year < 0 || year > 9999) throw new ModelsError("date.out-of-range", { field });
  return isoDateOf(daysFromCivil(year, month, Math.min(day, daysInMonth(year, month))), field);
}

/**
 * The date `months` calendar months after `date` (before it, when negative), clamped to the last day of a
 * shorter month: three months before 31 May is 28 February (29 in a leap year).
 *
 * @throws ModelsError `date.invalid`, `months.invalid`, `date.out-of-range`
 * @example
 * ```ts
 * addMonths("2023-05-31", -3); // "2023-02-28"
 * addMonths("2024-01-31", 1); // "2024-02-29"
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  dayNumberOf(date);
  const total =
    Number(date.slice(0, 4)) * 12 +
    Number(date.slice(5, 7)) -
    1 +
    wholeNumber(months, "months.invalid", "months");
  return fromParts(Math.floor(total / 12), (((total % 12) + 12) % 12) + 1, Number(date.slice(8, 10)), "date");
}

/**
 * The date `years` years after `date` (before it, when negative); 29 February becomes 28 February in a
 * common year.
 *
 * @throws ModelsError `date.invalid`, `years.invalid`, `date.out-of-range`
 * @example
 * ```ts
 * addYears("2024-02-29", 1); // "2025-02-28"
 * ```
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, wholeNumber(years, "years.invalid", "years") * 12);
}

/**
 * Whole calendar months from `from` to `to`: the largest `m` with `addMonths(from, m)` on or before `to`;
 * 0 when `to` is before `from`.
 *
 * @throws ModelsError `date.invalid`
 * @example
 * ```ts
 * wholeMonthsBetween("2024-01-10", "2024-07-09"); // 5
 * wholeMonthsBetween("2024-01-10", "2024-07-10"); // 6
 * ```
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const a = dayNumberOf(from, "from");
  const b = dayNumberOf(to, "to");
  if (b < a) return 0;
  let months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7));
  if (dayNumberOf(addMonths(from, months)) > b) months -= 1;
  return months;
}

/**
 * The ISO 8601 week of a date as `YYYY-Www` (weeks start on Monday; week 1 holds the year's first Thursday).
 *
 * @throws ModelsError `date.invalid`
 * @example
 * ```ts
 * isoWeekKey("2024-02-29"); // "2024-W09"
 * isoWeekKey("2021-01-03"); // "2020-W53"
 * ```
 */
export function isoWeekKey(date: IsoDate): string {
  const day = dayNumberOf(date);
  const thursday = day - weekdayOf(date) + 4;
  const [weekYear] = civilFromDays(thursday);
  const week = Math.floor((thursday - daysFromCivil(weekYear, 1, 1)) / 7) + 1;
  return `${String(weekYear).padStart(4, "0")}-W${week < 10 ? "0" : ""}${week}`;
}

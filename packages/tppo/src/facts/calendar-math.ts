import { DateTime } from "luxon";

/** Parses an ISO calendar date as a zone-free date (UTC midnight): only whole days are compared. */
function day(date: string): DateTime {
  return DateTime.fromISO(date, { zone: "utc" });
}

/** True when the string is a valid ISO calendar date. */
export function isCalendarDate(date: string | undefined): date is string {
  return date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) && day(date).isValid;
}

/** Whole years from `birth` to `on` (the age on `on`); a birthday on `on` counts. */
export function ageOn(birth: string, on: string): number {
  return Math.floor(day(on).diff(day(birth), "years").years);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round(day(to).diff(day(from), "days").days);
}

/** Whole calendar months from `from` to `to` (0 when `to` is earlier or in the same month span). */
export function wholeMonthsFrom(from: string, to: string): number {
  return Math.max(0, Math.floor(day(to).diff(day(from), "months").months));
}

/** ISO week key of a date, e.g. "2024-W09" (weeks start on Monday). */
export function isoWeekKey(date: string): string {
  const d = day(date);
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, "0")}`;
}

/** The calendar date part (YYYY-MM-DD) of an ISO date-time with offset, in its own offset. */
export function datePart(dateTime: string): string {
  return dateTime.slice(0, 10);
}

/** The calendar date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return day(date).plus({ days }).toISODate() ?? date;
}

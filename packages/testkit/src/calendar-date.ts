/**
 * Arithmetic on ISO calendar dates ("YYYY-MM-DD") as whole day numbers. `Date.UTC` is used only to
 * map a year, month and day to a day count and back, so the machine's time zone never matters.
 */
import { TestkitError } from "./testkit-error.js";

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO calendar date; throws a `TestkitError` for a date that does not exist. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new TestkitError("date.invalid", "expected an ISO calendar date YYYY-MM-DD");
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new TestkitError("date.invalid", "expected an existing calendar date");
  }
  return Math.round(ms / DAY_MS);
}

/** The ISO calendar date of a day number (days since 1970-01-01). */
export function fromDayNumber(day: number): string {
  const dt = new Date(day * DAY_MS);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + 1;
  const d = dt.getUTCDate();
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** `iso` plus `days` calendar days (negative to go back). */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The earlier of two ISO calendar dates. */
export function earlierOf(a: string, b: string): string {
  return dayNumber(a) <= dayNumber(b) ? a : b;
}

/** `iso` moved by whole years, clamping 29 February to 28 February in common years. */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5);
  const candidate = `${String(y).padStart(4, "0")}-${md}`;
  if (md === "02-29" && !isLeapYear(y)) return `${String(y).padStart(4, "0")}-02-28`;
  return candidate;
}

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Age in completed years on `on` of a person born on `birth` (a 29 February birthday counts on 1 March in common years). */
export function ageOn(birth: string, on: string): number {
  const by = Number(birth.slice(0, 4));
  const oy = Number(on.slice(0, 4));
  let age = oy - by;
  if (on.slice(5) < birth.slice(5)) age -= 1;
  return age;
}

/** An ISO date-time with an explicit offset, e.g. `("2025-03-01", 14, 30, "+08:00")` → `"2025-03-01T14:30:00+08:00"`. */
export function isoDateTime(date: string, hour: number, minute: number, offset: string): string {
  return `${date}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00${offset}`;
}

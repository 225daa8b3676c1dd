import * as z from "zod";
import { dayNumberOrUndefined } from "./calendar-date.js";

/**
 * A calendar date as an ISO string `YYYY-MM-DD` (a real date: `2023-02-29` is rejected).
 *
 * @example
 * ```ts
 * const entered: IsoDate = "2024-03-01";
 * addDays(entered, 29); // "2024-03-30"
 * isIsoDate("2023-02-29"); // false
 * ```
 */
export type IsoDate = string;

/**
 * An instant as an ISO date-time string WITH an offset, e.g. `2024-05-01T21:30:00+08:00` or `...Z`.
 *
 * @example
 * ```ts
 * const checkIn: IsoDateTime = "2024-03-01T14:00:00+08:00";
 * compareIsoDateTimes(checkIn, "2024-03-01T13:30:00+07:00"); // -1 (06:00Z is before 06:30Z)
 * ```
 */
export type IsoDateTime = string;

/**
 * Zod schema of an {@link IsoDate}.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse("2024-02-29").success; // true
 * IsoDateSchema.safeParse("2023-02-29").success; // false
 * ```
 */
export const IsoDateSchema = z.iso.date();

/**
 * Zod schema of an {@link IsoDateTime}: an offset (`+07:00` or `Z`) is required, so the instant is unambiguous.
 *
 * @example
 * ```ts
 * IsoDateTimeSchema.safeParse("2024-05-01T21:30:00+08:00").success; // true
 * IsoDateTimeSchema.safeParse("2024-05-01T21:30:00").success; // false
 * ```
 */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * True when the value is a well-formed, existing calendar date `YYYY-MM-DD` (the same dates
 * {@link IsoDateSchema} accepts).
 *
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); // true
 * isIsoDate("2023-02-29"); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return dayNumberOrUndefined(value) !== undefined;
}

/**
 * True when the value is an ISO date-time with an offset (hours of the offset 00–23, minutes 00–59).
 *
 * @example
 * ```ts
 * isIsoDateTime("2024-05-01T21:30:00+08:00"); // true
 * isIsoDateTime("2024-05-01T21:30:00+25:00"); // false
 * ```
 */
export function isIsoDateTime(value: unknown): value is IsoDateTime {
  if (typeof value !== "string") return false;
  if (dateTimePattern === undefined) return IsoDateTimeSchema.safeParse(value).success;
  return dateTimePattern.test(value);
}

/**
 * The pattern {@link IsoDateTimeSchema} tests, when the schema is that pattern alone (as in zod 4): testing it
 * directly accepts exactly what the schema accepts, without a parse's allocations. Any other shape of the schema
 * (another zod release) keeps `safeParse`.
 */
const dateTimePattern: RegExp | undefined = (() => {
  const def = IsoDateTimeSchema._zod.def as { pattern?: unknown; checks?: readonly unknown[] };
  const pattern = def.pattern;
  if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky) return undefined;
  return (def.checks?.length ?? 0) === 0 ? pattern : undefined;
})();

/**
 * Compares two ISO date-times with offsets as instants: negative when `a` is earlier, 0 when the same
 * instant, positive when later. Returns `undefined` when either is not a valid {@link IsoDateTime}.
 *
 * @example
 * ```ts
 * compareIsoDateTimes("2024-05-01T08:00:00+08:00", "2024-05-01T07:30:00+07:00"); // -1 (00:00Z vs 00:30Z)
 * ```
 */
export function compareIsoDateTimes(a: IsoDateTime, b: IsoDateTime): number | undefined {
  if (!isIsoDateTime(a) || !isIsoDateTime(b)) return undefined;
  const diff = Date.parse(a) - Date.parse(b);
  if (Number.isNaN(diff)) return undefined;
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

import { type IsoDate, isIsoDate, isIsoDateTime } from "@timpora/models";

/**
 * The calendar date of an ISO date (`YYYY-MM-DD`, returned as it is) or of an ISO date-time with an offset
 * (the date written in its own offset: `2024-05-01T23:30:00+08:00` is 1 May, whatever the machine's zone);
 * `undefined` for anything else, including non-existent dates (`2023-02-29`) and offsets such as `+25:00`.
 * No zone is involved: the date-time is validated by @timpora/models' `isIsoDateTime` and its date part read.
 *
 * @example
 * ```ts
 * calendarDateOf("2024-02-29"); // "2024-02-29"
 * calendarDateOf("2024-05-01T23:30:00+08:00"); // "2024-05-01"
 * calendarDateOf("2024-05-01T23:30:00"); // undefined (no offset)
 * ```
 */
export function calendarDateOf(value: unknown): IsoDate | undefined {
  if (isIsoDate(value)) return value;
  if (!isIsoDateTime(value)) return undefined;
  const date = value.slice(0, 10);
  return isIsoDate(date) ? date : undefined;
}

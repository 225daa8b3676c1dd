/**
 * ISO date-times with an explicit offset, as lodging reports and field checks record them. Formatting only:
 * every calendar computation goes through the calendar-date module of @timpora/models.
 */
import type { IsoDate, IsoDateTime } from "@timpora/models";

/** An ISO date-time with an explicit offset, e.g. `("2025-03-01", 14, 30, "+08:00")` → `"2025-03-01T14:30:00+08:00"`. */
export function isoDateTime(date: IsoDate, hour: number, minute: number, offset: string): IsoDateTime {
  return `${date}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00${offset}`;
}

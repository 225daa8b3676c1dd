/**
 * The sharing moment when `share` is given no `at`: now, written with the offset of the team's zone, so that its
 * date part is the sharing day in that zone (and `receive` reads the same day from it). Computed with `Intl`, no
 * machine zone involved.
 */
import { ExchangeError } from "./exchange-error.js";

/** The zone for the sharing day when none is given: Western Indonesia Time (WIB), a choice of ours. */
export const DEFAULT_SHARING_ZONE = "Asia/Jakarta";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `epochMs` as an ISO date-time (seconds) with the offset `zone` has at that instant. */
export function dateTimeInZone(epochMs: number, zone: string): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  } catch {
    throw new ExchangeError("option.invalid", { field: "zone" });
  }
  const seconds = Math.floor(epochMs / 1000) * 1000;
  const part: Record<string, number> = {};
  for (const p of format.formatToParts(seconds)) if (p.type !== "literal") part[p.type] = Number(p.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = part;
  const offset = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - seconds) / 60000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Instants without a date library: an ISO date-time with an offset read into epoch milliseconds and its own
 * offset, moved by whole hours in that offset, and read as the calendar date of an IANA zone through the
 * platform's `Intl.DateTimeFormat` (the same zone data luxon read; browsers and Node.js both carry it).
 */
import { type IsoDate, isIsoDate, isIsoDateTime } from "./dates.js";

/** An instant: milliseconds since 1970-01-01T00:00:00Z, and the offset (minutes east of UTC) it was written in. */
export interface Instant {
  /** Milliseconds since the Unix epoch. */
  readonly epochMs: number;
  /** The offset of the text it was read from, in minutes east of UTC (`Z` is 0). */
  readonly offsetMinutes: number;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/i;
const MS_PER_MINUTE = 60_000;

/** Epoch milliseconds of a wall-clock time in UTC, for any year 0–9999 (`Date.UTC` maps years 0–99 to 19xx). */
function utcMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
) {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/**
 * The instant an ISO date-time with an offset names, exactly for the strings `isIsoDateTime` of
 * @timpora/models accepts; `undefined` for anything else. Fractions of a second beyond milliseconds are cut.
 *
 * @example
 * ```ts
 * readInstant("2024-01-01T08:00:00+08:00"); // { epochMs: 1704067200000, offsetMinutes: 480 }
 * readInstant("2024-01-01T08:00:00"); // undefined: no offset
 * ```
 */
export function readInstant(text: unknown): Instant | undefined {
  if (!isIsoDateTime(text)) return undefined;
  const m = DATE_TIME.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, sign, oh, om] = m;
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, "0"));
  const offsetMinutes =
    sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om ?? 0));
  const local = utcMs(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), ms);
  return { epochMs: local - offsetMinutes * MS_PER_MINUTE, offsetMinutes };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * An instant written as an ISO date-time in its own offset: seconds always, milliseconds only when not zero,
 * `Z` for offset 0 (as luxon's `toISO({ suppressMilliseconds: true })` wrote it). `undefined` when the
 * local year falls outside 0000–9999.
 *
 * @example
 * ```ts
 * writeInstant({ epochMs: 1704067200000, offsetMinutes: 480 }); // "2024-01-01T08:00:00+08:00"
 * ```
 */
export function writeInstant(instant: Instant): string | undefined {
  const local = new Date(instant.epochMs + instant.offsetMinutes * MS_PER_MINUTE);
  const year = local.getUTCFullYear();
  if (!Number.isFinite(local.getTime()) || year < 0 || year > 9999) return undefined;
  const ms = local.getUTCMilliseconds();
  const off = instant.offsetMinutes;
  const zone =
    off === 0
      ? "Z"
      : `${off < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  return (
    `${pad(year, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${ms === 0 ? "" : `.${pad(ms, 3)}`}${zone}`
  );
}

/** Formatters by zone name (building one is slow); bounded, since zone names are case-insensitive. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const FORMATTER_CACHE_LIMIT = 1_000;

/** The formatter of the calendar date in a zone, or `undefined` for a name that is not an IANA zone. */
function dateFormatterOf(zone: string): Intl.DateTimeFormat | undefined {
  const cached = formatters.get(zone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      era: "short",
    });
  } catch {
    return undefined;
  }
  if (formatters.size >= FORMATTER_CACHE_LIMIT) formatters.clear();
  formatters.set(zone, formatter);
  return formatter;
}

/**
 * Whether a string names an IANA time zone the platform knows (`Asia/Jakarta`, `UTC`; case-insensitive, as
 * the platform reads them).
 *
 * @example
 * ```ts
 * isTimeZone("Asia/Makassar"); // true
 * isTimeZone("Asia/Bandung"); // false
 * ```
 */
export function isTimeZone(zone: unknown): zone is string {
  return typeof zone === "string" && zone !== "" && dateFormatterOf(zone) !== undefined;
}

/**
 * The calendar date of an instant in an IANA zone, or `undefined` when the zone is unknown or the date falls
 * outside 0001–9999.
 *
 * @example
 * ```ts
 * dateInZone(readInstant("2024-03-01T23:30:00+07:00")!, "Asia/Jayapura"); // "2024-03-02"
 * ```
 */
export function dateInZone(instant: Instant, zone: string): IsoDate | undefined {
  const formatter = dateFormatterOf(zone);
  if (formatter === undefined || !Number.isFinite(instant.epochMs)) return undefined;
  let year = "";
  let month = "";
  let day = "";
  let era = "";
  try {
    for (const part of formatter.formatToParts(instant.epochMs)) {
      if (part.type === "year") year = part.value;
      else if (part.type === "month") month = part.value;
      else if (part.type === "day") day = part.value;
      else if (part.type === "era") era = part.value;
    }
  } catch {
    return undefined;
  }
  if (era !== "AD") return undefined;
  const date = `${year.padStart(4, "0")}-${month}-${day}`;
  return isIsoDate(date) ? date : undefined;
}

/** Formatters of the wall-clock time in a zone, by zone name; bounded like the date formatters. */
const clockFormatters = new Map<string, Intl.DateTimeFormat>();

function clockFormatterOf(zone: string): Intl.DateTimeFormat | undefined {
  const cached = clockFormatters.get(zone);
  if (cached !== undefined) return cached;
  if (dateFormatterOf(zone) === undefined) return undefined;
  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    era: "short",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  if (clockFormatters.size >= FORMATTER_CACHE_LIMIT) clockFormatters.clear();
  clockFormatters.set(zone, formatter);
  return formatter;
}

/**
 * The offset an IANA zone has at an instant, in minutes east of UTC (daylight saving included, from the
 * platform's zone data), or `undefined` when the zone is unknown or the instant is outside the years 0001–9999.
 * With {@link writeInstant} it writes "now" in a team's zone, so that the date part is the day in that zone.
 *
 * @example
 * ```ts
 * const at = Date.UTC(2025, 2, 1, 17, 30); // 2025-03-01T17:30Z
 * offsetInZone(at, "Asia/Makassar"); // 480 (WITA, UTC+8)
 * offsetInZone(at, "America/New_York"); // -300 (EST)
 * writeInstant({ epochMs: at, offsetMinutes: offsetInZone(at, "Asia/Jayapura")! }); // "2025-03-02T02:30:00+09:00"
 * ```
 */
export function offsetInZone(epochMs: number, zone: string): number | undefined {
  const formatter = clockFormatterOf(zone);
  if (formatter === undefined || !Number.isFinite(epochMs)) return undefined;
  const seconds = Math.floor(epochMs / 1000) * 1000;
  const part: Record<string, string> = {};
  try {
    for (const p of formatter.formatToParts(seconds)) if (p.type !== "literal") part[p.type] = p.value;
  } catch {
    return undefined;
  }
  if (part.era !== "AD") return undefined;
  const local = utcMs(
    Number(part.year),
    Number(part.month),
    Number(part.day),
    Number(part.hour),
    Number(part.minute),
    Number(part.second),
    0,
  );
  return Math.round((local - seconds) / MS_PER_MINUTE);
}

/**
 * Instants without a date library: an ISO date-time with an offset read into epoch milliseconds and its own
 * offset, moved by whole hours in that offset, and read as the calendar date of an IANA zone through the
 * platform's `Intl.DateTimeFormat` (the same zone data luxon read; browsers and Node.js both carry it).
 */
import { type IsoDate, isIsoDate, isIsoDateTime } from "@timpora/models";

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

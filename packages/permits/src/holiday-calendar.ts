import { type Confidence, compareDates, type IsoDate, type Labels } from "@timpora/models";
import { PermitsError } from "./permits-error.js";
import { isDecreeMap, isHolidayEntry, usableCalendar } from "./policy-check.js";

/**
 * `libur-nasional` (national public holiday) or `cuti-bersama` (collective leave).
 *
 * @example
 * ```ts
 * const kinds: HolidayKind[] = defaultHolidayCalendar.entries
 *   .filter((e) => e.date >= "2024-04-08" && e.date <= "2024-04-15").map((e) => e.kind);
 * kinds; // ["cuti-bersama", "cuti-bersama", "libur-nasional", "libur-nasional", "cuti-bersama", "cuti-bersama"]
 * ```
 */
export type HolidayKind = "libur-nasional" | "cuti-bersama";

/**
 * The decree that set a holiday date.
 *
 * @example
 * ```ts
 * const decree: HolidayDecree | undefined = defaultHolidayCalendar.decrees["skb-2024"];
 * decree?.date; // "2023-09-12"
 * ```
 */
export interface HolidayDecree {
  /** Number and title. */
  title: string;
  /** Date signed or announced. */
  date: IsoDate;
  /** Public source. */
  url: string;
}

/**
 * One non-working date of the national calendar.
 *
 * @example
 * ```ts
 * const eid: HolidayEntry | undefined = defaultHolidayCalendar.entries.find((e) => e.date === "2024-04-10");
 * eid?.name.en; // "Eid al-Fitr (day 1)"
 * eid?.decree; // "skb-2024"
 * ```
 */
export interface HolidayEntry {
  /** The date. */
  date: IsoDate;
  /** National holiday or collective leave. */
  kind: HolidayKind;
  /** Name in id and en. */
  name: Labels;
  /** Confidence from the brief. */
  confidence: Confidence;
  /** Key into {@link HolidayCalendar.decrees}. */
  decree: string;
}

/**
 * A holiday calendar: the years it covers completely, its dated entries and their decrees, and a version.
 * A date in a year not listed in `years` has unknown working-day status.
 *
 * @example
 * ```ts
 * const office: HolidayCalendar = extendHolidayCalendar(defaultHolidayCalendar, {
 *   version: "kanim-x-2025", entries: [], decrees: {},
 * });
 * office.version; // "id-holidays-2022-2026@2026-03+kanim-x-2025"
 * isWorkingDay("2027-01-04", { calendar: office }).status; // "unknown" (2027 is not in `years`)
 * ```
 */
export interface HolidayCalendar {
  /** Version string, printed in results for audit. */
  version: string;
  /** Years for which the entries are complete. */
  years: readonly number[];
  /** Holiday and cuti bersama dates. */
  entries: readonly HolidayEntry[];
  /** Decrees by key. */
  decrees: Readonly<Record<string, HolidayDecree>>;
}

/**
 * Returns a new calendar with more years (or office-specific days) added; the version records the addition.
 *
 * @param base - the calendar to extend
 * @param addition - the years now covered, their entries and decrees, and a version suffix
 * @throws PermitsError `calendar.invalid` (field `base` or `addition`) when either is not of the shape above
 * @example
 * ```ts
 * const cal = extendHolidayCalendar(defaultHolidayCalendar, {
 *   version: "office-x-2027", years: [2027],
 *   entries: [{ date: "2027-01-01", kind: "libur-nasional", name: { id: "Tahun Baru", en: "New Year" },
 *     confidence: "medium", decree: "skb-2027" }],
 *   decrees: { "skb-2027": { title: "SKB 2027", date: "2026-09-01", url: "https://example.org/skb-2027" } },
 * });
 * cal.years.includes(2027); // true
 * ```
 */
export function extendHolidayCalendar(
  base: HolidayCalendar,
  addition: {
    version: string;
    years?: readonly number[];
    entries: readonly HolidayEntry[];
    decrees?: Readonly<Record<string, HolidayDecree>>;
  },
): HolidayCalendar {
  usableCalendar(base, "base");
  if (!usableAddition(addition)) throw new PermitsError("calendar.invalid", { field: "addition" });
  const years = [...new Set([...base.years, ...(addition.years ?? [])])].sort((a, b) => a - b);
  return {
    version: `${base.version}+${addition.version}`,
    years,
    entries: [...base.entries, ...addition.entries].sort((a, b) => compareDates(a.date, b.date)),
    decrees: { ...base.decrees, ...(addition.decrees ?? {}) },
  };
}

function usableAddition(addition: unknown): addition is {
  version: string;
  years?: readonly number[];
  entries: readonly HolidayEntry[];
  decrees?: Readonly<Record<string, HolidayDecree>>;
} {
  try {
    if (typeof addition !== "object" || addition === null) return false;
    const a = addition as Record<string, unknown>;
    return (
      typeof a.version === "string" &&
      (a.years === undefined || (Array.isArray(a.years) && a.years.every((y) => Number.isSafeInteger(y)))) &&
      Array.isArray(a.entries) &&
      a.entries.every(isHolidayEntry) &&
      (a.decrees === undefined || isDecreeMap(a.decrees))
    );
  } catch {
    return false;
  }
}

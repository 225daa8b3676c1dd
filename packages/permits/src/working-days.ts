import { addDays, type IsoDate, isIsoDate, type Reason, weekdayOf, yearOf } from "@timpora/models";
import { isoDateArgument } from "./calendar-date.js";
import type { HolidayCalendar, HolidayEntry } from "./holiday-calendar.js";
import { defaultHolidayCalendar } from "./holiday-data.js";
import { booleanOption, readOptions } from "./options.js";
import { guarded, PermitsError } from "./permits-error.js";
import { reasonOf, type WorkingDayReasonCode } from "./permits-messages.js";
import { usableCalendar } from "./policy-check.js";

/**
 * Options for working-day questions.
 *
 * @example
 * ```ts
 * const options: WorkingDayOptions = { cutiBersamaNonWorking: false };
 * const s = isWorkingDay("2024-04-15", options);
 * s.status === "known" && s.working; // true (cuti bersama of Idul Fitri, kept open)
 * const r = lastWorkingDayBefore("2024-04-16", options);
 * r.status === "known" && r.date; // "2024-04-15"
 * ```
 */
export interface WorkingDayOptions {
  /** Holiday calendar; defaults to the shipped 2022–2026 calendar. */
  calendar?: HolidayCalendar;
  /** ISO weekdays that are not working days (1 = Monday … 7 = Sunday); default `[6, 7]`. */
  weekend?: readonly number[];
  /** Whether cuti bersama days are non-working (default `true`, as for government offices). */
  cutiBersamaNonWorking?: boolean;
  /** Office-specific extra non-working days. */
  extraNonWorkingDays?: readonly IsoDate[];
}

const OPTION_KEYS = ["calendar", "weekend", "cutiBersamaNonWorking", "extraNonWorkingDays"] as const;

/**
 * Why a day is not a working day: weekend, an office day off, or a holiday (with its name).
 *
 * @example
 * ```ts
 * const r = lastWorkingDayBefore("2024-04-16");
 * const reasons: NonWorkingReason[] = r.status === "known" ? r.skipped.map((s) => s.reason) : [];
 * reasons[0]?.message.en; // "Eid al-Fitr collective leave" (15 April 2024)
 * ```
 */
export type NonWorkingReason = Reason<Exclude<WorkingDayReasonCode, "calendar.year-not-covered">>;

/**
 * Whether one date is a working day, or unknown when the calendar does not cover its year.
 *
 * @example
 * ```ts
 * const s: WorkingDayStatus = isWorkingDay("2024-12-25");
 * s.status === "known" && [s.working, s.holiday?.kind, s.reason?.code]; // [false, "libur-nasional", "working-day.holiday"]
 * isWorkingDay("2021-12-27").status; // "unknown" (2021 is not in the shipped calendar)
 * ```
 */
export type WorkingDayStatus =
  | {
      status: "known";
      working: boolean;
      reason?: NonWorkingReason;
      holiday?: HolidayEntry;
      calendarVersion: string;
    }
  | { status: "unknown"; reason: Reason<"calendar.year-not-covered">; calendarVersion: string };

/**
 * A date found by a working-day walk, or unknown when the walk left the calendar's years.
 *
 * @example
 * ```ts
 * const r: WorkingDayResult = lastWorkingDayBefore("2024-04-16");
 * r.status === "known" && [r.date, r.skipped.length]; // ["2024-04-05", 10] (Lebaran 2024)
 * lastWorkingDayBefore("2022-01-03").status; // "unknown" (the walk reaches 2021)
 * ```
 */
export type WorkingDayResult =
  | {
      status: "known";
      date: IsoDate;
      skipped: { date: IsoDate; reason: NonWorkingReason }[];
      calendarVersion: string;
    }
  | { status: "unknown"; reason: Reason<"calendar.year-not-covered">; calendarVersion: string };

const WEEKEND = reasonOf("working-day.weekend", {});
const OFFICE_CLOSED = reasonOf("working-day.office-closed", {});

interface Resolved {
  calendar: HolidayCalendar;
  weekend: readonly number[];
  cutiBersamaNonWorking: boolean;
  extra: ReadonlySet<IsoDate>;
}

/**
 * Working-day options read and checked once.
 *
 * @throws PermitsError `option.unknown`, `option.invalid`, `calendar.invalid`, `date.invalid`
 */
export function resolveWorkingDays(options: WorkingDayOptions | undefined): Resolved {
  const o = readOptions(options, OPTION_KEYS);
  const weekend = o.weekend === undefined ? [6, 7] : o.weekend;
  if (!Array.isArray(weekend) || !weekend.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)) {
    throw new PermitsError("option.invalid", { field: "weekend" });
  }
  const extra = o.extraNonWorkingDays === undefined ? [] : o.extraNonWorkingDays;
  if (!Array.isArray(extra)) throw new PermitsError("option.invalid", { field: "extraNonWorkingDays" });
  for (const d of extra)
    if (!isIsoDate(d)) throw new PermitsError("date.invalid", { field: "extraNonWorkingDays" });
  return {
    calendar: o.calendar === undefined ? defaultHolidayCalendar : usableCalendar(o.calendar),
    weekend: [...weekend],
    cutiBersamaNonWorking: booleanOption(o.cutiBersamaNonWorking, true, "cutiBersamaNonWorking"),
    extra: new Set(extra),
  };
}

function status(date: IsoDate, o: Resolved): WorkingDayStatus {
  const calendarVersion = o.calendar.version;
  if (o.extra.has(date)) return { status: "known", working: false, reason: OFFICE_CLOSED, calendarVersion };
  if (o.weekend.includes(weekdayOf(date)))
    return { status: "known", working: false, reason: WEEKEND, calendarVersion };
  const year = yearOf(date);
  if (!o.calendar.years.includes(year)) {
    return { status: "unknown", reason: reasonOf("calendar.year-not-covered", { year }), calendarVersion };
  }
  const holiday = o.calendar.entries.find((e) => e.date === date);
  if (holiday && (holiday.kind === "libur-nasional" || o.cutiBersamaNonWorking)) {
    const reason = reasonOf("working-day.holiday", { name: holiday.name });
    return { status: "known", working: false, reason, holiday, calendarVersion };
  }
  return { status: "known", working: true, calendarVersion };
}

/**
 * Whether a date is a working day for an immigration office: weekends, national holidays and (by default)
 * cuti bersama are not. A weekday in a year the calendar does not hold is `unknown`.
 *
 * @throws PermitsError `date.invalid`, `option.unknown`, `option.invalid`, `calendar.invalid`
 * @example
 * ```ts
 * isWorkingDay("2024-04-10"); // { status: "known", working: false, reason: { code: "working-day.holiday", … } } (Idul Fitri)
 * ```
 */
export function isWorkingDay(date: IsoDate, options?: WorkingDayOptions): WorkingDayStatus {
  return guarded(() => status(isoDateArgument(date, "date"), resolveWorkingDays(options)));
}

/** {@link lastWorkingDayBefore} on a checked date with resolved options. */
export function lastWorkingDayOn(date: IsoDate, o: Resolved): WorkingDayResult {
  const skipped: { date: IsoDate; reason: NonWorkingReason }[] = [];
  let day = addDays(date, -1);
  for (let i = 0; i < 366; i++) {
    const s = status(day, o);
    if (s.status === "unknown") return s;
    if (s.working) return { status: "known", date: day, skipped, calendarVersion: o.calendar.version };
    skipped.push({ date: day, reason: s.reason ?? WEEKEND });
    day = addDays(day, -1);
  }
  throw new PermitsError("option.invalid", { field: "weekend" });
}

/**
 * The last working day strictly before `date`, walking back over weekends, holidays and cuti bersama. If the
 * walk reaches a year the calendar does not hold, the answer is `unknown` (never a guess).
 *
 * @throws PermitsError `date.invalid`, `option.unknown`, `option.invalid` (also when no working day is found
 *   in a year: check the weekend option), `calendar.invalid`
 * @example
 * ```ts
 * lastWorkingDayBefore("2024-04-16"); // { status: "known", date: "2024-04-05", ... } (Lebaran 2024)
 * ```
 */
export function lastWorkingDayBefore(date: IsoDate, options?: WorkingDayOptions): WorkingDayResult {
  return guarded(() => lastWorkingDayOn(isoDateArgument(date, "date"), resolveWorkingDays(options)));
}

import { addDays, assertIsoDate, type IsoDate, weekdayOf, yearOf } from "./calendar-date.js";
import { TimporaUsageError } from "./errors.js";
import type { HolidayCalendar, HolidayEntry } from "./holiday-calendar.js";
import { defaultHolidayCalendar } from "./holiday-data.js";
import { assertKnownOptions } from "./options.js";
import type { Labels } from "./policy-types.js";

/** Options for working-day questions. */
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

/** Whether one date is a working day, or unknown when the calendar does not cover its year. */
export type WorkingDayStatus =
  | { status: "known"; working: boolean; reason?: Labels; holiday?: HolidayEntry; calendarVersion: string }
  | { status: "unknown"; reason: Labels; calendarVersion: string };

/** A date found by a working-day walk, or unknown when the walk left the calendar's years. */
export type WorkingDayResult =
  | { status: "known"; date: IsoDate; skipped: { date: IsoDate; reason: Labels }[]; calendarVersion: string }
  | { status: "unknown"; reason: Labels; calendarVersion: string };

const WEEKEND: Labels = { id: "Akhir pekan", en: "Weekend" };
const EXTRA: Labels = { id: "Hari libur kantor", en: "Office non-working day" };

function resolved(options: WorkingDayOptions | undefined) {
  assertKnownOptions(options, OPTION_KEYS);
  const weekend = options?.weekend ?? [6, 7];
  if (!weekend.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)) {
    throw new TimporaUsageError("option.invalid", "weekend days must be ISO weekdays 1-7", "weekend");
  }
  for (const d of options?.extraNonWorkingDays ?? []) assertIsoDate(d, "extraNonWorkingDays");
  return {
    calendar: options?.calendar ?? defaultHolidayCalendar,
    weekend,
    cutiBersamaNonWorking: options?.cutiBersamaNonWorking ?? true,
    extra: new Set(options?.extraNonWorkingDays ?? []),
  };
}

function status(date: IsoDate, o: ReturnType<typeof resolved>): WorkingDayStatus {
  const calendarVersion = o.calendar.version;
  if (o.extra.has(date)) return { status: "known", working: false, reason: EXTRA, calendarVersion };
  if (o.weekend.includes(weekdayOf(date)))
    return { status: "known", working: false, reason: WEEKEND, calendarVersion };
  const year = yearOf(date);
  if (!o.calendar.years.includes(year)) {
    return {
      status: "unknown",
      reason: {
        id: `Kalender hari libur tidak memuat tahun ${year}`,
        en: `The holiday calendar does not cover ${year}`,
      },
      calendarVersion,
    };
  }
  const holiday = o.calendar.entries.find((e) => e.date === date);
  if (holiday && (holiday.kind === "libur-nasional" || o.cutiBersamaNonWorking)) {
    return { status: "known", working: false, reason: holiday.name, holiday, calendarVersion };
  }
  return { status: "known", working: true, calendarVersion };
}

/**
 * Whether a date is a working day for an immigration office: weekends, national holidays and (by default)
 * cuti bersama are not. A weekday in a year the calendar does not hold is `unknown`.
 *
 * @example
 * ```ts
 * isWorkingDay("2024-04-10"); // { status: "known", working: false, ... } (Idul Fitri)
 * ```
 */
export function isWorkingDay(date: IsoDate, options?: WorkingDayOptions): WorkingDayStatus {
  assertIsoDate(date, "date");
  return status(date, resolved(options));
}

/**
 * The last working day strictly before `date`, walking back over weekends, holidays and cuti bersama. If the
 * walk reaches a year the calendar does not hold, the answer is `unknown` (never a guess).
 *
 * @example
 * ```ts
 * lastWorkingDayBefore("2024-04-16"); // { status: "known", date: "2024-04-05", ... } (Lebaran 2024)
 * ```
 */
export function lastWorkingDayBefore(date: IsoDate, options?: WorkingDayOptions): WorkingDayResult {
  assertIsoDate(date, "date");
  const o = resolved(options);
  const skipped: { date: IsoDate; reason: Labels }[] = [];
  let day = addDays(date, -1);
  for (let i = 0; i < 366; i++) {
    const s = status(day, o);
    if (s.status === "unknown") return s;
    if (s.working) return { status: "known", date: day, skipped, calendarVersion: o.calendar.version };
    skipped.push({ date: day, reason: s.reason ?? WEEKEND });
    day = addDays(day, -1);
  }
  throw new TimporaUsageError(
    "option.invalid",
    "no working day found in a year: check the weekend option",
    "weekend",
  );
}

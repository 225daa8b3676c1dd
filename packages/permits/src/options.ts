import { type IsoDate, LONG_KEY_PLACEHOLDER, MAX_ECHOED_KEY_LENGTH } from "@timpora/models";
import { assertZone, type DateInput, toCalendarDate } from "./calendar-date.js";
import type { HolidayCalendar } from "./holiday-calendar.js";
import { defaultHolidayCalendar } from "./holiday-data.js";
import { PermitsError } from "./permits-error.js";
import { usableCalendar, usablePolicyTable } from "./policy-check.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { PolicyTable } from "./policy-types.js";

/** A key name safe to report as the field of an error (long names are never echoed). */
const safeKey = (key: string) => (key.length > MAX_ECHOED_KEY_LENGTH ? LONG_KEY_PLACEHOLDER : key);

/**
 * Reads an options object into a fresh plain object: `undefined` gives `{}`; anything but a plain object
 * (null, a number, an array) is `option.invalid`; a key the function does not know is `option.unknown` (a
 * typo would otherwise be silently ignored and give a wrong answer); a throwing getter or Proxy trap is
 * `option.invalid`. The values are read once, so later reads cannot change under the function.
 *
 * @example
 * ```ts
 * readOptions({ on: "2024-01-01" }, ["on", "zone"]); // { on: "2024-01-01" }
 * ```
 */
export function readOptions<T extends object>(
  options: T | undefined,
  allowed: readonly string[],
): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new PermitsError("option.invalid", { field: "options" });
  }
  const copy: Record<string, unknown> = {};
  let unknownKey: string | undefined;
  try {
    for (const key of Object.keys(options)) {
      if (!allowed.includes(key)) {
        unknownKey = key;
        break;
      }
      copy[key] = (options as Record<string, unknown>)[key];
    }
  } catch (cause) {
    throw new PermitsError("option.invalid", { field: "options", cause });
  }
  if (unknownKey !== undefined) throw new PermitsError("option.unknown", { field: safeKey(unknownKey) });
  return copy as Partial<T>;
}

/**
 * The `on` option, which is required.
 *
 * @throws PermitsError `option.required` when absent
 * @example
 * ```ts
 * requiredOn({ on: "2024-01-01" }); // "2024-01-01"
 * ```
 */
export function requiredOn<V>(options: { on?: V | undefined }): V {
  if (options.on === undefined) throw new PermitsError("option.required", { field: "on" });
  return options.on;
}

/**
 * A whole, non-negative number option, or its default.
 *
 * @throws PermitsError `option.invalid`
 * @example
 * ```ts
 * countOption(undefined, 30, "expiringSoonDays"); // 30
 * ```
 */
export function countOption(value: unknown, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new PermitsError("option.invalid", { field });
  }
  return value;
}

/**
 * A boolean option, or its default.
 *
 * @throws PermitsError `option.invalid`
 * @example
 * ```ts
 * booleanOption(undefined, true, "cutiBersamaNonWorking"); // true
 * ```
 */
export function booleanOption(value: unknown, fallback: boolean, field: string): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new PermitsError("option.invalid", { field });
  return value;
}

/**
 * The calendar date to evaluate: the required `on`, read in `zone` when it is an instant (a `zone` given is
 * checked even for a calendar date).
 *
 * @throws PermitsError `option.required`, `date.invalid`, `datetime.invalid`, `zone.required`, `zone.invalid`
 * @example
 * ```ts
 * dayOption({ on: "2024-03-01T22:30:00+07:00", zone: "Asia/Jayapura" }); // "2024-03-02"
 * ```
 */
export function dayOption(options: { on?: DateInput | undefined; zone?: string | undefined }): IsoDate {
  const zone = options.zone === undefined ? undefined : assertZone(options.zone);
  return toCalendarDate(requiredOn(options), zone);
}

/**
 * The `policy` option checked, or the default table.
 *
 * @throws PermitsError `policy.invalid`
 * @example
 * ```ts
 * policyOption(undefined) === defaultPolicyTable; // true
 * ```
 */
export function policyOption(policy: unknown): PolicyTable {
  return policy === undefined ? defaultPolicyTable : usablePolicyTable(policy);
}

/**
 * The `calendar` option checked, or the default calendar.
 *
 * @throws PermitsError `calendar.invalid`
 * @example
 * ```ts
 * calendarOption(undefined) === defaultHolidayCalendar; // true
 * ```
 */
export function calendarOption(calendar: unknown): HolidayCalendar {
  return calendar === undefined ? defaultHolidayCalendar : usableCalendar(calendar);
}

import { isIsoDate } from "@timpora/models";
import { exitCodes } from "./exit-code.js";
import { fail } from "./messages.js";

/** A value that must be one of `choices` (exit code 2 otherwise). */
export function choiceOf<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  return fail(exitCodes.usage, "usage.invalid-choice", { option, value, choices });
}

/** A calendar date `YYYY-MM-DD` (exit code 2 otherwise). */
export function dateOf(option: string, value: string): string {
  if (isIsoDate(value)) return value;
  return fail(exitCodes.usage, "usage.invalid-date", { option, value });
}

/** A whole number from `min` to `max` (exit code 2 otherwise). */
export function wholeNumberOf(option: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  return fail(exitCodes.usage, "usage.invalid-number", { option, value, min, max });
}

/**
 * Today's calendar date on this computer (its own time zone), the default evaluation date: an office screens
 * as of its own day.
 */
export function todayOnThisComputer(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

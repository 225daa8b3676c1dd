import type * as z from "zod";
import { compareDates } from "./calendar-date.js";
import { compareIsoDateTimes, isIsoDate } from "./dates.js";

/**
 * Adds a `date.order` issue at `path` when both values are valid ISO dates and `earlier` comes after
 * `later` (or on the same day, when `strict`). Invalid or absent dates are left to their own checks.
 */
export function checkDateOrder(
  ctx: z.RefinementCtx,
  earlier: unknown,
  later: unknown,
  path: (string | number)[],
  strict = false,
): void {
  if (!isIsoDate(earlier) || !isIsoDate(later)) return;
  const order = compareDates(earlier, later);
  if (order > 0 || (strict && order === 0)) ctx.addIssue({ code: "custom", message: "date.order", path });
}

/** Like {@link checkDateOrder} for ISO date-times with offsets, compared as instants. */
export function checkDateTimeOrder(
  ctx: z.RefinementCtx,
  earlier: unknown,
  later: unknown,
  path: (string | number)[],
): void {
  if (typeof earlier !== "string" || typeof later !== "string") return;
  const order = compareIsoDateTimes(earlier, later);
  if (order !== undefined && order > 0) ctx.addIssue({ code: "custom", message: "date.order", path });
}

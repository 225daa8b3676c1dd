import { type Permit, permitBases, permitKinds } from "@timpora/models";
import { assertIsoDate, compareDates, daysBetween, type IsoDate } from "./calendar-date.js";
import { TimporaUsageError } from "./errors.js";

const KINDS: readonly string[] = permitKinds;
const BASES: readonly string[] = permitBases;

/**
 * Refuses a permit that is impossible on its face: unknown kind or basis, a date that does not exist, an
 * end before a start, `validUntil: null` on anything but an ITAP, a non-active status without `statusFrom`.
 * Messages name the field, never its value.
 *
 * @throws TimporaUsageError with codes `permit.kind-unknown`, `permit.basis-unknown`, `date.invalid`,
 *   `date.order`, `permit.status-from-required`
 * @example
 * ```ts
 * assertPermitShape({ kind: "visa", ...rest }); // throws permit.kind-unknown
 * ```
 */
export function assertPermitShape(permit: Permit): void {
  if (!KINDS.includes(permit.kind))
    throw new TimporaUsageError("permit.kind-unknown", "unknown permit kind", "kind");
  if (!BASES.includes(permit.basis))
    throw new TimporaUsageError("permit.basis-unknown", "unknown permit basis", "basis");
  assertIsoDate(permit.validFrom, "validFrom");
  if (permit.validUntil === null) {
    if (permit.kind !== "itap")
      throw new TimporaUsageError("date.invalid", "only an ITAP may be unlimited", "validUntil");
  } else {
    assertIsoDate(permit.validUntil, "validUntil");
    if (compareDates(permit.validUntil, permit.validFrom) < 0) {
      throw new TimporaUsageError("date.order", "validUntil is before validFrom", "validUntil");
    }
  }
  for (const ext of permit.extensions ?? []) {
    assertIsoDate(ext.grantedOn, "extensions.grantedOn");
    assertIsoDate(ext.lastDayBefore, "extensions.lastDayBefore");
    assertIsoDate(ext.lastDayAfter, "extensions.lastDayAfter");
    if (compareDates(ext.lastDayAfter, ext.lastDayBefore) <= 0) {
      throw new TimporaUsageError(
        "date.order",
        "an extension ends before it starts",
        "extensions.lastDayAfter",
      );
    }
  }
  if (permit.pendingApplication) {
    assertIsoDate(permit.pendingApplication.filedOn, "pendingApplication.filedOn");
    assertIsoDate(permit.pendingApplication.paidOn, "pendingApplication.paidOn");
  }
  if (permit.status !== "active") {
    if (permit.statusFrom === undefined) {
      throw new TimporaUsageError(
        "permit.status-from-required",
        "statusFrom is required unless active",
        "statusFrom",
      );
    }
    assertIsoDate(permit.statusFrom, "statusFrom");
  }
  for (const rep of permit.reEntryPermits ?? []) {
    assertIsoDate(rep.validFrom, "reEntryPermits.validFrom");
    assertIsoDate(rep.validUntil, "reEntryPermits.validUntil");
    if (compareDates(rep.validUntil, rep.validFrom) < 0) {
      throw new TimporaUsageError(
        "date.order",
        "a re-entry permit ends before it starts",
        "reEntryPermits.validUntil",
      );
    }
  }
}

/**
 * Days granted by each recorded extension (from the last day before it to the last day after it).
 *
 * @example
 * ```ts
 * extensionDays([{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }]); // [30]
 * ```
 */
export function extensionDays(extensions: readonly Permit["extensions"][number][]): number[] {
  return [...extensions]
    .sort((a, b) => compareDates(a.lastDayBefore, b.lastDayBefore))
    .map((e) => daysBetween(e.lastDayBefore, e.lastDayAfter));
}

/**
 * Whether an application was filed and paid on or before `lastDay` (so no overstay accrues while it waits).
 *
 * @example
 * ```ts
 * timelyPending({ pendingApplication: { type: "conversion", filedOn: "2024-01-10", paidOn: "2024-01-11" } }, "2024-01-20"); // true
 * ```
 */
export function timelyPending(permit: Pick<Permit, "pendingApplication">, lastDay: IsoDate): boolean {
  const p = permit.pendingApplication;
  return p !== undefined && compareDates(p.filedOn, lastDay) <= 0 && compareDates(p.paidOn, lastDay) <= 0;
}

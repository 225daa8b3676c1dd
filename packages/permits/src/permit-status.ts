import {
  addDays,
  compareDates,
  daysBetween,
  type IsoDate,
  type Labels,
  type Permit,
  type Reason,
} from "@timpora/models";
import { computeLastDay, type DateInput } from "./calendar-date.js";
import type { HolidayCalendar } from "./holiday-calendar.js";
import { calendarOption, countOption, dayOption, policyOption, readOptions } from "./options.js";
import { checkedPermit, timelyPending } from "./permit-input.js";
import { guarded } from "./permits-error.js";
import {
  messageOf,
  type PermitStatusReasonCode,
  type PermitsMessageParams,
  type PermitWarningCode,
  reasonOf,
} from "./permits-messages.js";
import { rowOn } from "./policy-as-of.js";
import type { Citation, PolicyTable } from "./policy-types.js";
import { visitParameterFor } from "./visit-rules.js";

/**
 * Options of {@link permitStatus}.
 *
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * const voa = PermitSchema.parse({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival",
 *   validFrom: "2024-03-01", validUntil: "2024-03-30", status: "active", purpose: "tourism" });
 * const options: PermitStatusOptions = { on: "2024-03-30T23:30:00+07:00", zone: "Asia/Makassar" };
 * permitStatus(voa, options).overstayDays; // 1 (00:30 on 31 March in WITA)
 * ```
 */
export interface PermitStatusOptions {
  /** The day (ISO date) or instant (with `zone`) to evaluate. */
  on: DateInput;
  /**
   * IANA zone of the place of stay; required when `on` is an instant (never inferred: pass
   * `zoneOfStay(undefined, [permit.regionCode])` to use the permit's region). Not needed for a calendar date.
   */
  zone?: string | undefined;
  /** `expiringSoon` is set when days remaining are at most this (default 30). */
  expiringSoonDays?: number;
  /** Policy table (default {@link defaultPolicyTable}). */
  policy?: PolicyTable;
  /** Holiday calendar (default {@link defaultHolidayCalendar}); only its version is reported here. */
  calendar?: HolidayCalendar;
}

/**
 * A disagreement between the stored permit and what the law tables compute. Reported, never corrected.
 *
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * const voa = PermitSchema.parse({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival",
 *   validFrom: "2024-03-01", validUntil: "2024-04-15", status: "active", purpose: "tourism" });
 * const warnings: PermitWarning[] = permitStatus(voa, { on: "2024-03-10" }).warnings;
 * warnings.map((w) => [w.code, w.expected, w.stored]); // [["valid-until.mismatch", "2024-03-30", "2024-04-15"]]
 * ```
 */
export interface PermitWarning {
  /**
   * `valid-until.mismatch` (stored vs the law's initial days and days per extension), `valid-until.law-unknown`
   * (the tables do not cover the permit's regime: no law-based check), `valid-until.chain-mismatch` (stored vs
   * the last recorded extension), `extensions.chain-broken`, `extensions.exceed-rule` or
   * `exit-permit-only.unknown-leave-day`.
   */
  code: PermitWarningCode;
  /** Explanation in id and en, from the package's message table. */
  message: Labels;
  /** What the tables give, when a date. */
  expected?: IsoDate;
  /** What the record stores, when a date. */
  stored?: IsoDate;
}

/**
 * Status of one permit on one day.
 *
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * const voa = PermitSchema.parse({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival",
 *   validFrom: "2024-03-01", validUntil: "2024-03-30", status: "active", purpose: "tourism" });
 * const r: PermitStatusResult = permitStatus(voa, { on: "2024-03-25" });
 * [r.status, r.lastDay, r.daysRemaining, r.expiringSoon]; // ["valid", "2024-03-30", 5, true]
 * r.citations[0]?.url; // "https://riaugreen.com/view/Nasional/71550/" (the VoA row: 30 days, once 30 more)
 * ```
 */
export interface PermitStatusResult {
  /** `not-yet-valid`, `valid`, `expired`, `pending` (timely application after the last day) or `not-in-force`. */
  status: "not-yet-valid" | "valid" | "expired" | "pending" | "not-in-force";
  /** The calendar date evaluated (in the zone of the place of stay). */
  on: IsoDate;
  /** The last lawful day under this permit (stored `validUntil`, or an earlier EPO leave-by day); null = unlimited. */
  lastDay: IsoDate | null;
  /** Days remaining after `on` while valid (0 on the last day); null otherwise or when unlimited. */
  daysRemaining: number | null;
  /** Days remaining are at most `expiringSoonDays`. */
  expiringSoon: boolean;
  /** Calendar days after the last day up to `on` (0 unless `expired`). */
  overstayDays: number;
  /** Why: coded reasons, the first one naming the answer. */
  reasons: Reason<PermitStatusReasonCode>[];
  /** Disagreements between the record and the law tables. */
  warnings: PermitWarning[];
  /** Citations of the rules used. */
  citations: Citation[];
  /** Version of the policy table used. */
  policyVersion: string;
  /** Version of the holiday calendar. */
  calendarVersion: string;
}

/** The options of {@link permitStatus}, read and checked. */
export interface ResolvedPermitStatusOptions {
  /** The calendar date evaluated. */
  on: IsoDate;
  /** Threshold of `expiringSoon`. */
  expiringSoonDays: number;
  /** The policy table. */
  policy: PolicyTable;
  /** The holiday calendar. */
  calendar: HolidayCalendar;
}

const warning = <C extends PermitWarningCode>(
  code: C,
  params: PermitsMessageParams[C],
  dates: { expected?: IsoDate; stored?: IsoDate } = {},
): PermitWarning => ({ code, message: messageOf(code, params), ...dates });

/** Internal consistency of the stored extensions chain (no law involved). */
function checkExtensionChain(validUntil: IsoDate, exts: Permit["extensions"], warnings: PermitWarning[]) {
  for (let i = 1; i < exts.length; i++) {
    if (exts[i]!.lastDayBefore !== exts[i - 1]!.lastDayAfter)
      warnings.push(warning("extensions.chain-broken", {}));
  }
  const last = exts.at(-1);
  if (last && last.lastDayAfter !== validUntil) {
    warnings.push(
      warning("valid-until.chain-mismatch", {}, { expected: last.lastDayAfter, stored: validUntil }),
    );
  }
}

/**
 * Compares the stored `validUntil` with what the law gives: the initial stay and the days per extension
 * of the visit rule in force on the entry day (never the lengths the record itself stores). Where the table
 * does not cover the permit's regime, a `valid-until.law-unknown` note says so instead of a guess.
 */
function checkStoredLastDay(
  permit: Permit,
  policy: PolicyTable,
  warnings: PermitWarning[],
  citations: Citation[],
) {
  if (permit.validUntil === null) return;
  const exts = [...permit.extensions].sort((a, b) => compareDates(a.lastDayBefore, b.lastDayBefore));
  checkExtensionChain(permit.validUntil, exts, warnings);
  const parameter = permit.kind === "itk" ? visitParameterFor(permit.basis, policy) : undefined;
  if (parameter === undefined) return;
  const rule = rowOn(parameter, permit.validFrom);
  if (rule.status === "unknown") {
    warnings.push(warning("valid-until.law-unknown", { label: parameter.label, date: permit.validFrom }));
    return;
  }
  citations.push(rule.row.source);
  const { initialDays, extensions: allowed, daysPerExtension } = rule.row.value;
  if (exts.length > allowed) {
    warnings.push(warning("extensions.exceed-rule", { count: exts.length, allowed }));
  }
  const expected = computeLastDay(
    permit.validFrom,
    initialDays,
    exts.map(() => daysPerExtension),
  );
  if (expected !== permit.validUntil) {
    warnings.push(
      warning(
        "valid-until.mismatch",
        { initialDays, extensions: exts.length, daysPerExtension },
        { expected, stored: permit.validUntil },
      ),
    );
  }
}

function exitPermitLastDay(
  permit: Permit,
  policy: PolicyTable,
  warnings: PermitWarning[],
  citations: Citation[],
): IsoDate | undefined {
  const epo = permit.exitPermitOnly;
  if (!epo) return undefined;
  if (epo.leaveBy) return epo.leaveBy;
  const parameter = policy.parameters.exitPermitOnlyLeaveDays;
  const row = rowOn(parameter, epo.issuedOn);
  if (row.status === "unknown") {
    warnings.push(
      warning("exit-permit-only.unknown-leave-day", { label: parameter.label, date: epo.issuedOn }),
    );
    return undefined;
  }
  citations.push(row.row.source);
  return addDays(epo.issuedOn, row.row.value);
}

/**
 * Reads and checks the options of {@link permitStatus}.
 *
 * @throws PermitsError `option.unknown`, `option.invalid`, `option.required`, `date.invalid`,
 *   `datetime.invalid`, `zone.required`, `zone.invalid`, `policy.invalid`, `calendar.invalid`
 */
export function resolvePermitStatusOptions(options: PermitStatusOptions): ResolvedPermitStatusOptions {
  const o = readOptions(options, ["on", "zone", "expiringSoonDays", "policy", "calendar"]);
  return {
    expiringSoonDays: countOption(o.expiringSoonDays, 30, "expiringSoonDays"),
    policy: policyOption(o.policy),
    calendar: calendarOption(o.calendar),
    on: dayOption(o),
  };
}

/** {@link permitStatus} on a checked permit with checked options. */
export function statusOfPermit(permit: Permit, o: ResolvedPermitStatusOptions): PermitStatusResult {
  const { on, policy } = o;
  const warnings: PermitWarning[] = [];
  const citations: Citation[] = [];
  checkStoredLastDay(permit, policy, warnings, citations);
  const epoLast = exitPermitLastDay(permit, policy, warnings, citations);
  let lastDay = permit.validUntil;
  if (epoLast !== undefined && (lastDay === null || compareDates(epoLast, lastDay) < 0)) lastDay = epoLast;
  const base = {
    on,
    lastDay,
    warnings,
    citations,
    policyVersion: policy.version,
    calendarVersion: o.calendar.version,
  };
  const none = { daysRemaining: null, expiringSoon: false, overstayDays: 0 };
  if (permit.status !== "active" && compareDates(permit.statusFrom!, on) <= 0) {
    const reason = reasonOf("permit.not-in-force", { statusFrom: permit.statusFrom!, status: permit.status });
    return { ...base, ...none, status: "not-in-force", reasons: [reason] };
  }
  if (compareDates(on, permit.validFrom) < 0) {
    const reason = reasonOf("permit.not-yet-valid", { validFrom: permit.validFrom });
    return { ...base, ...none, status: "not-yet-valid", reasons: [reason] };
  }
  if (lastDay === null) {
    return { ...base, ...none, status: "valid", reasons: [reasonOf("permit.unlimited", {})] };
  }
  if (compareDates(on, lastDay) <= 0) {
    const daysRemaining = daysBetween(on, lastDay);
    const reasons: Reason<PermitStatusReasonCode>[] = [reasonOf("permit.valid-until", { lastDay })];
    if (epoLast === lastDay) reasons.push(reasonOf("permit.exit-permit-only", { lastDay }));
    if (permit.pendingApplication) reasons.push(reasonOf("permit.application-pending", {}));
    return {
      ...base,
      status: "valid",
      daysRemaining,
      expiringSoon: daysRemaining <= o.expiringSoonDays,
      overstayDays: 0,
      reasons,
    };
  }
  if (epoLast !== lastDay && timelyPending(permit, lastDay)) {
    return { ...base, ...none, status: "pending", reasons: [reasonOf("permit.pending", {})] };
  }
  const overstayDays = daysBetween(lastDay, on);
  const reasons: Reason<PermitStatusReasonCode>[] = [reasonOf("permit.expired", { lastDay, overstayDays })];
  if (permit.pendingApplication) reasons.push(reasonOf("permit.application-late", {}));
  return { ...base, status: "expired", daysRemaining: null, expiringSoon: false, overstayDays, reasons };
}

/**
 * Status of a permit on a day: the stored `validUntil` decides; a mismatch with what the law computes is a
 * warning. Days are calendar dates in the zone of the place of stay; the entry day is day 1. The permit may
 * come from `parsePermit`/`parseCase` (trusted as it is) or be any value, which is then validated with
 * `PermitSchema`.
 *
 * @throws PermitsError `permit.invalid` (with the coded parse issues), `option.*`, `date.invalid`,
 *   `datetime.invalid`, `zone.required`, `zone.invalid`, `policy.invalid`, `calendar.invalid`
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * const voa = PermitSchema.parse({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival",
 *   validFrom: "2023-09-29", validUntil: "2023-11-27", status: "active", purpose: "tourism",
 *   extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }] });
 * const s = permitStatus(voa, { on: "2023-11-27" }); // VoA 2023-09-29, extended to 2023-11-27
 * s.status; // "valid"
 * s.daysRemaining; // 0
 * s.reasons[0]?.code; // "permit.valid-until"
 * s.warnings; // [] (30 days and one extension of 30 days: the law's last day)
 * ```
 */
export function permitStatus(permit: Permit, options: PermitStatusOptions): PermitStatusResult {
  return guarded(() => {
    const checked = checkedPermit(permit);
    return statusOfPermit(checked, resolvePermitStatusOptions(options));
  });
}

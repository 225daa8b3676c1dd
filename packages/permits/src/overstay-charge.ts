import type { Confidence, IsoDate, Permit, Reason } from "@timpora/models";
import type { DateInput } from "./calendar-date.js";
import type { HolidayCalendar } from "./holiday-calendar.js";
import { calendarOption, dayOption, policyOption, readOptions } from "./options.js";
import { checkedPermit } from "./permit-input.js";
import { statusOfPermit } from "./permit-status.js";
import { guarded, PermitsError } from "./permits-error.js";
import { type OverstayReasonCode, reasonOf } from "./permits-messages.js";
import { lowestConfidence, rowOn } from "./policy-as-of.js";
import type { Citation, PolicyTable } from "./policy-types.js";

/**
 * Options of {@link overstayCharge} and {@link overstayChargeForDays}.
 *
 * @example
 * ```ts
 * const options: OverstayChargeOptions = { on: "2024-12-16T23:30:00+07:00", zone: "Asia/Jayapura" };
 * const c = overstayChargeForDays(3, options);
 * c.assessedOn; // "2024-12-17" (01:30 the next day in WIT)
 * c.citations[0]?.instrument; // "PP 45/2024" (in force from 2024-12-17)
 * ```
 */
export interface OverstayChargeOptions {
  /** The day the charge is assessed (ISO date, or an instant with `zone`): its rate applies. */
  on: DateInput;
  /** IANA zone of the place of stay; required when `on` is an instant. */
  zone?: string | undefined;
  /** Policy table (default {@link defaultPolicyTable}). */
  policy?: PolicyTable;
  /** Holiday calendar (only its version is reported). */
  calendar?: HolidayCalendar;
}

/**
 * The overstay charge (biaya beban) or the deportation rule, as the tables stood on the assessment day.
 *
 * @example
 * ```ts
 * const day60: OverstayChargeResult = overstayChargeForDays(60, { on: "2025-02-01" });
 * [day60.status, day60.amount, day60.confidence]; // ["charge", 60000000, "low"] (PP 45/2024: day 60 still charged, low)
 * const day61 = overstayChargeForDays(61, { on: "2025-02-01" });
 * [day61.status, day61.deportationAndEntryBan, day61.amount]; // ["deportation", true, undefined]
 * day61.citations[0]?.article; // "Pasal 78 ayat (3)" (UU 6/2011)
 * ```
 */
export interface OverstayChargeResult {
  /** `none` (no overstay), `charge`, `deportation` (more than 60 days) or `unknown`. */
  status: "none" | "charge" | "deportation" | "unknown";
  /** Overstay days. */
  days: number;
  /** The day the charge is assessed. */
  assessedOn: IsoDate;
  /** Rate per person per day in rupiah in force on `assessedOn`, when known. */
  ratePerDay?: number;
  /** Amount in rupiah (`days x ratePerDay`) when a charge is due. */
  amount?: number;
  /** Always `"IDR"`. */
  currency: "IDR";
  /** Deportation and an entry ban are the rule (UU 6/2011 Art. 78(3)). */
  deportationAndEntryBan: boolean;
  /** The weakest confidence of the rows used. */
  confidence: Confidence;
  /** Why: coded reasons. */
  reasons: Reason<OverstayReasonCode>[];
  /** Citations of the rows used. */
  citations: Citation[];
  /** Version of the policy table. */
  policyVersion: string;
  /** Version of the holiday calendar. */
  calendarVersion: string;
}

interface Resolved {
  on: IsoDate;
  policy: PolicyTable;
  calendar: HolidayCalendar;
}

function resolve(options: OverstayChargeOptions): Resolved {
  const o = readOptions(options, ["on", "zone", "policy", "calendar"]);
  return { policy: policyOption(o.policy), calendar: calendarOption(o.calendar), on: dayOption(o) };
}

function chargeFor(days: number, { on: assessedOn, policy, calendar }: Resolved): OverstayChargeResult {
  const base = {
    days,
    assessedOn,
    currency: "IDR" as const,
    policyVersion: policy.version,
    calendarVersion: calendar.version,
  };
  if (days === 0) {
    return {
      ...base,
      status: "none",
      amount: 0,
      deportationAndEntryBan: false,
      confidence: "high",
      reasons: [reasonOf("overstay.none", {})],
      citations: [],
    };
  }
  const rate = rowOn(policy.parameters.overstayChargePerDay, assessedOn);
  const threshold = rowOn(policy.parameters.overstayDeportationAfterDays, assessedOn);
  const unknown = (reason: Reason<OverstayReasonCode>): OverstayChargeResult => ({
    ...base,
    status: "unknown",
    deportationAndEntryBan: false,
    confidence: "unverified",
    reasons: [reason],
    citations: [],
  });
  if (threshold.status === "unknown") return unknown(threshold.reason);
  const limit = threshold.row.value;
  if (days > limit) {
    return {
      ...base,
      status: "deportation",
      ...(rate.status === "known" ? { ratePerDay: rate.row.value } : {}),
      deportationAndEntryBan: true,
      confidence: threshold.row.confidence,
      reasons: [reasonOf("overstay.deportation", { limit })],
      citations: [threshold.row.source],
    };
  }
  if (rate.status === "unknown") return unknown(rate.reason);
  const confidences: Confidence[] = [rate.row.confidence, threshold.row.confidence];
  const citations: Citation[] = [rate.row.source, threshold.row.source];
  if (days === limit) {
    const boundary = rowOn(policy.parameters.overstayThresholdDayCharged, assessedOn);
    if (boundary.status === "unknown" || !boundary.row.value) {
      return unknown(reasonOf("overstay.threshold-unsettled", { limit }));
    }
    confidences.push(boundary.row.confidence);
    citations.push(boundary.row.source);
  }
  const ratePerDay = rate.row.value;
  return {
    ...base,
    status: "charge",
    ratePerDay,
    amount: days * ratePerDay,
    deportationAndEntryBan: false,
    confidence: lowestConfidence(confidences),
    reasons: [reasonOf("overstay.charge", { days, ratePerDay, instrument: rate.row.source.instrument })],
    citations,
  };
}

/**
 * Overstay charge for a number of overstay days assessed on a day: the daily rate in force then, the amount,
 * and whether deportation and an entry ban are the rule (more than 60 days; exactly 60 is still charged,
 * with the confidence the table gives that reading).
 *
 * @throws PermitsError `days.invalid` (not a whole number of days, 0 or more), `option.*`, `date.invalid`,
 *   `datetime.invalid`, `zone.required`, `zone.invalid`, `policy.invalid`, `calendar.invalid`
 * @example
 * ```ts
 * overstayChargeForDays(10, { on: "2018-03-20" }).amount; // 3000000
 * overstayChargeForDays(61, { on: "2023-05-01" }).reasons[0]?.code; // "overstay.deportation"
 * ```
 */
export function overstayChargeForDays(days: number, options: OverstayChargeOptions): OverstayChargeResult {
  return guarded(() => {
    if (typeof days !== "number" || !Number.isSafeInteger(days) || days < 0) {
      throw new PermitsError("days.invalid", { field: "days" });
    }
    return chargeFor(days, resolve(options));
  });
}

/**
 * Overstay charge for a permit assessed on `on`: the overstay days come from {@link permitStatus} (no
 * overstay while a timely application is pending). An instant needs `zone` (usage error `zone.required`
 * otherwise, even when the permit has a region); the rate is the one in force on that calendar day.
 *
 * @throws PermitsError `permit.invalid` (with the coded parse issues), and the codes of
 *   {@link overstayChargeForDays}
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * const voa = PermitSchema.parse({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival",
 *   validFrom: "2023-02-09", validUntil: "2023-03-10", status: "active", purpose: "tourism" });
 * const c = overstayCharge(voa, { on: "2023-03-20" });
 * [c.days, c.ratePerDay, c.amount]; // [10, 1000000, 10000000]
 * [c.citations[0]?.instrument, c.confidence]; // ["PP 28/2019", "medium"]
 * ```
 */
export function overstayCharge(permit: Permit, options: OverstayChargeOptions): OverstayChargeResult {
  return guarded(() => {
    const checked = checkedPermit(permit);
    const resolved = resolve(options);
    // The rate and the days refer to the same calendar day (an instant read in `zone`).
    const status = statusOfPermit(checked, { ...resolved, expiringSoonDays: 30 });
    return chargeFor(status.overstayDays, resolved);
  });
}

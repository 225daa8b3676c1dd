import type { Permit } from "@timpora/models";
import { type DateInput, type IsoDate, toCalendarDate } from "./calendar-date.js";
import { TimporaUsageError } from "./errors.js";
import type { HolidayCalendar } from "./holiday-calendar.js";
import { defaultHolidayCalendar } from "./holiday-data.js";
import { assertKnownOptions } from "./options.js";
import { permitStatus } from "./permit-status.js";
import { lowestConfidence, rowAsOf } from "./policy-as-of.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { Citation, Confidence, Labels, PolicyTable } from "./policy-types.js";

const groupThousands = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** Options of {@link overstayCharge} and {@link overstayChargeForDays}. */
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

/** The overstay charge (biaya beban) or the deportation rule, as the tables stood on the assessment day. */
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
  /** Why, in id and en. */
  reasons: Labels[];
  /** Citations of the rows used. */
  citations: Citation[];
  /** Version of the policy table. */
  policyVersion: string;
  /** Version of the holiday calendar. */
  calendarVersion: string;
}

/**
 * Overstay charge for a number of overstay days assessed on a day: the daily rate in force then, the amount,
 * and whether deportation and an entry ban are the rule (more than 60 days; exactly 60 is still charged,
 * with the confidence the table gives that reading).
 *
 * @example
 * ```ts
 * overstayChargeForDays(10, { on: "2018-03-20" }).amount; // 3000000
 * overstayChargeForDays(61, { on: "2023-05-01" }).status; // "deportation"
 * ```
 */
export function overstayChargeForDays(days: number, options: OverstayChargeOptions): OverstayChargeResult {
  assertKnownOptions(options, ["on", "zone", "policy", "calendar"]);
  if (!Number.isInteger(days) || days < 0) {
    throw new TimporaUsageError("days.invalid", "overstay days must be a non-negative integer", "days");
  }
  const policy = options.policy ?? defaultPolicyTable;
  const assessedOn = toCalendarDate(options.on, options.zone);
  const base = {
    days,
    assessedOn,
    currency: "IDR" as const,
    policyVersion: policy.version,
    calendarVersion: (options.calendar ?? defaultHolidayCalendar).version,
  };
  if (days === 0) {
    return {
      ...base,
      status: "none",
      amount: 0,
      deportationAndEntryBan: false,
      confidence: "high",
      reasons: [{ id: "Tidak melebihi izin tinggal", en: "No overstay" }],
      citations: [],
    };
  }
  const rate = rowAsOf(policy.parameters.overstayChargePerDay, assessedOn);
  const threshold = rowAsOf(policy.parameters.overstayDeportationAfterDays, assessedOn);
  const unknown = (reason: Labels): OverstayChargeResult => ({
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
      reasons: [
        {
          id: `Melebihi izin tinggal lebih dari ${limit} hari: deportasi dan penangkalan`,
          en: `Overstay of more than ${limit} days: deportation and an entry ban`,
        },
      ],
      citations: [threshold.row.source],
    };
  }
  if (rate.status === "unknown") return unknown(rate.reason);
  const confidences: Confidence[] = [rate.row.confidence, threshold.row.confidence];
  const citations: Citation[] = [rate.row.source, threshold.row.source];
  if (days === limit) {
    const boundary = rowAsOf(policy.parameters.overstayThresholdDayCharged, assessedOn);
    if (boundary.status === "unknown" || !boundary.row.value) {
      return unknown({
        id: `Tabel tidak menentukan apakah tepat ${limit} hari dikenai biaya beban`,
        en: `The tables do not settle whether exactly ${limit} days is charged`,
      });
    }
    confidences.push(boundary.row.confidence);
    citations.push(boundary.row.source);
  }
  return {
    ...base,
    status: "charge",
    ratePerDay: rate.row.value,
    amount: days * rate.row.value,
    deportationAndEntryBan: false,
    confidence: lowestConfidence(confidences),
    reasons: [
      {
        id: `${days} hari x Rp ${groupThousands(rate.row.value, ".")} (${rate.row.source.instrument})`,
        en: `${days} day(s) x Rp ${groupThousands(rate.row.value, ",")} (${rate.row.source.instrument})`,
      },
    ],
    citations,
  };
}

/**
 * Overstay charge for a permit assessed on `on`: the overstay days come from {@link permitStatus} (no
 * overstay while a timely application is pending). An instant needs `zone` (usage error `zone.required`
 * otherwise, even when the permit has a region); the rate is the one in force on that calendar day.
 *
 * @example
 * ```ts
 * const c = overstayCharge(permitEndingOn("2023-03-10"), { on: "2023-03-20" });
 * c.amount; // 10000000
 * ```
 */
export function overstayCharge(permit: Permit, options: OverstayChargeOptions): OverstayChargeResult {
  const status = permitStatus(permit, options);
  // Assess on the calendar date permitStatus resolved (an instant read in `zone`), so the rate and the days
  // always refer to the same day.
  const { zone: _zone, ...rest } = options;
  return overstayChargeForDays(status.overstayDays, { ...rest, on: status.on });
}

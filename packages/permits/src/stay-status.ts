import type { IsoDate, Reason } from "@timpora/models";
import type { DateInput } from "./calendar-date.js";
import type { HolidayCalendar } from "./holiday-calendar.js";
import { calendarOption, dayOption, policyOption, readOptions } from "./options.js";
import { checkedStayCase, type StayCase } from "./permit-input.js";
import { guarded } from "./permits-error.js";
import { reasonOf, type StayReasonCode } from "./permits-messages.js";
import type { PolicyTable } from "./policy-types.js";
import {
  decideStay,
  type PermitSummary,
  type StayDecision,
  type StayReasonFact,
  type StayStatusValue,
} from "./stay-decision.js";

/**
 * Options of {@link stayStatus}.
 *
 * @example
 * ```ts
 * const stay: StayCase = { permits: [], movements: [{ direction: "entry", date: "2024-03-01" }] };
 * const options: StayStatusOptions = { on: "2024-03-01T20:00:00+07:00", zone: zoneOfStay(undefined, ["51.03"]) };
 * stayStatus(stay, options).on; // "2024-03-01" (21:00 WITA in Badung)
 * ```
 */
export interface StayStatusOptions {
  /** The day (ISO date) or instant (with `zone`) to evaluate. */
  on: DateInput;
  /**
   * IANA zone of the place of stay; required when `on` is an instant, even when a permit or address has a
   * region (never inferred). Use `zoneOfStay(undefined, [permit.regionCode])` to obtain it from a region.
   */
  zone?: string | undefined;
  /** Policy table (default {@link defaultPolicyTable}). */
  policy?: PolicyTable;
  /** Holiday calendar (only its version is reported). */
  calendar?: HolidayCalendar;
}

/**
 * The answer for a person on a day: the one answer the evaluator and every tool use.
 *
 * @example
 * ```ts
 * const s: StayStatus = stayStatus({
 *   permits: [{ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival", validFrom: "2024-03-01",
 *     validUntil: "2024-03-30", status: "active", purpose: "tourism" }],
 *   movements: [{ direction: "entry", date: "2024-03-01" }],
 * }, { on: "2024-04-02" });
 * [s.status, s.lawfullyPresent, s.lastLawfulDay, s.overstayDays]; // ["overstay", false, "2024-03-30", 3]
 * s.reasons[0]?.message.en; // "Overstay of 3 day(s) (last lawful day 2024-03-30)"
 * ```
 */
export interface StayStatus {
  /** Lawfully present on the day (`false` when abroad or overstaying; `unknown` when the record cannot tell). */
  lawfullyPresent: boolean | "unknown";
  /** The permit in force on the day, if any. */
  permitInForce?: PermitSummary;
  /** Last day covered by a permit, when the person is (or left) out of status. */
  lastLawfulDay?: IsoDate;
  /** Overstay days from the last lawful day, stopped at a recorded exit. */
  overstayDays: number;
  /** Date of the exit that ended the presence, when the person has left. */
  exitedOn?: IsoDate;
  /**
   * Why: coded reasons, the first naming the answer (`stay.lawful.until`, `stay.overstay`,
   * `stay.departed.overstayed`, …); texts in id and en from the package's message table.
   */
  reasons: Reason<StayReasonCode>[];
  /** Version of the policy table. */
  policyVersion: string;
  /** Version of the holiday calendar. */
  calendarVersion: string;
  /** `lawful`, `overstay`, `departed`, `not-yet-arrived` or `unknown`. */
  status: StayStatusValue;
  /** The calendar date evaluated. */
  on: IsoDate;
}

/** A decided reason in words: its text from the message table, its parameters filled in. */
function explainReason(fact: StayReasonFact): Reason<StayReasonCode> {
  return reasonOf<StayReasonCode>(fact.code, fact.params as never);
}

/** Explains a decision: the same values, each reason in words. */
function explain(
  decision: StayDecision,
  context: Pick<StayStatus, "on" | "policyVersion" | "calendarVersion">,
): StayStatus {
  const { reasons, ...values } = decision;
  return { ...context, ...values, reasons: reasons.map(explainReason) };
}

/**
 * Whether a person is lawfully present on a day, following the permit chain (visit permit, extensions,
 * conversion to ITAS, ITAP, cancellations, exit permit only, re-entry permits) and the recorded movements.
 * Overstay days count from the last lawful day and stop at a recorded exit. A case from `parseCase` is
 * trusted as it is (the evaluator's fast path); any other value is validated with {@link StayCaseSchema}.
 *
 * @throws PermitsError `case.invalid` (with the coded parse issues), `option.*`, `date.invalid`,
 *   `datetime.invalid`, `zone.required`, `zone.invalid`, `policy.invalid`, `calendar.invalid`
 * @example
 * ```ts
 * const stay: StayCase = {
 *   permits: [{ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival", validFrom: "2024-03-01",
 *     validUntil: "2024-03-30", status: "active", purpose: "tourism" }],
 *   movements: [{ direction: "entry", date: "2024-03-01" }, { direction: "exit", date: "2024-04-05" }],
 * };
 * stayStatus(stay, { on: "2024-03-15" }).reasons[0]?.code; // "stay.lawful.until"
 * const later = stayStatus(stay, { on: "2024-04-10" });
 * [later.status, later.overstayDays, later.reasons[0]?.code]; // ["departed", 6, "stay.departed.overstayed"]
 * ```
 */
export function stayStatus(stayCase: StayCase, options: StayStatusOptions): StayStatus {
  return guarded(() => {
    const checked = checkedStayCase(stayCase);
    const o = readOptions(options, ["on", "zone", "policy", "calendar"]);
    const policy = policyOption(o.policy);
    const calendar = calendarOption(o.calendar);
    const on = dayOption(o);
    return explain(decideStay(checked, on, policy), {
      on,
      policyVersion: policy.version,
      calendarVersion: calendar.version,
    });
  });
}

import type { Confidence, Reason } from "@timpora/models";
import { type Instant, writeInstant } from "@timpora/models";
import { type DateInput, isoDateArgument, toInstant } from "./calendar-date.js";
import { policyOption, readOptions } from "./options.js";
import { guarded, PermitsError } from "./permits-error.js";
import { type LodgingReasonCode, type PolicyReasonCode, reasonOf } from "./permits-messages.js";
import { rowOn } from "./policy-as-of.js";
import type { Citation, PolicyTable } from "./policy-types.js";

/**
 * The deadline for a lodging's APOA report of a foreign guest, or unknown.
 *
 * @example
 * ```ts
 * const d: LodgingDeadline = lodgingReportDeadline("2024-05-01T21:15:00+08:00");
 * d.status === "known" && [d.deadline, d.hours, d.citation.instrument, d.confidence];
 * // ["2024-05-02T21:15:00+08:00", 24, "UU 6/2011 Pasal 72; PP 31/2013 Pasal 187-188 (APOA)", "medium"]
 * lodgingReportDeadline("2015-05-01T10:00:00+07:00").status; // "unknown" (APOA rows start 2015-05-29)
 * ```
 */
export type LodgingDeadline =
  | {
      status: "known";
      /** ISO date-time (in the check-in's offset) by which the report is due, inclusive. */
      deadline: string;
      /** Hours allowed (1 x 24). */
      hours: number;
      /** Citation of the rule. */
      citation: Citation;
      /** Confidence of the rule. */
      confidence: Confidence;
      /** Policy table version. */
      policyVersion: string;
    }
  | { status: "unknown"; reason: Reason<PolicyReasonCode>; policyVersion: string };

/**
 * Options for lodging-report checks.
 *
 * @example
 * ```ts
 * const options: LodgingOptions = { policy: defaultPolicyTable };
 * lodgingReportDeadline("2024-05-01T10:00:00+07:00", options).status; // "known"
 * ```
 */
export interface LodgingOptions {
  /** Policy table; defaults to {@link defaultPolicyTable}. */
  policy?: PolicyTable;
}

/** The calendar date of an instant in the offset it was written in. */
function localDateOf(instant: Instant): string | undefined {
  return writeInstant(instant)?.slice(0, 10);
}

function deadlineOf(start: Instant, policy: PolicyTable): LodgingDeadline {
  const found = rowOn(policy.parameters.lodgingReportHours, isoDateArgument(localDateOf(start), "checkIn"));
  if (found.status === "unknown")
    return { status: "unknown", reason: found.reason, policyVersion: policy.version };
  const hours = found.row.value;
  const deadline = writeInstant({
    epochMs: start.epochMs + hours * 3_600_000,
    offsetMinutes: start.offsetMinutes,
  });
  if (deadline === undefined) throw new PermitsError("date.out-of-range", { field: "checkIn" });
  return {
    status: "known",
    deadline,
    hours,
    citation: found.row.source,
    confidence: found.row.confidence,
    policyVersion: policy.version,
  };
}

/**
 * When a lodging must report a foreign guest via APOA: the hours of the row in force (1 x 24 hours in the
 * default table) after the guest starts to stay.
 *
 * @param checkIn - ISO date-time with offset
 * @throws PermitsError `datetime.invalid`, `option.*`, `policy.invalid`
 * @example
 * ```ts
 * const d = lodgingReportDeadline("2024-05-01T21:15:00+08:00");
 * d.status === "known" && d.deadline; // "2024-05-02T21:15:00+08:00"
 * ```
 */
export function lodgingReportDeadline(checkIn: DateInput, options?: LodgingOptions): LodgingDeadline {
  return guarded(() => {
    const o = readOptions(options, ["policy"]);
    return deadlineOf(toInstant(checkIn, "checkIn"), policyOption(o.policy));
  });
}

/**
 * Whether a lodging report was (or is) on time.
 *
 * @example
 * ```ts
 * const r: LodgingLateness = lodgingReportLateness(
 *   { checkIn: "2024-05-01T10:00:00+07:00" }, { on: "2024-05-02T16:00:00+07:00" });
 * r.status; // "overdue"
 * r.status !== "unknown" && r.hoursLate; // 6
 * ```
 */
export type LodgingLateness =
  | {
      status: "on-time" | "late" | "overdue" | "not-yet-due";
      /** The deadline (ISO date-time). */
      deadline: string;
      /** Hours past the deadline (0 when on time or not yet due). */
      hoursLate: number;
      /** Why: a coded reason. */
      reason: Reason<LodgingReasonCode>;
      /** Citation of the rule. */
      citation: Citation;
      /** Confidence of the rule. */
      confidence: Confidence;
      /** Policy table version. */
      policyVersion: string;
    }
  | { status: "unknown"; reason: Reason<PolicyReasonCode>; policyVersion: string };

/** Reads `checkIn` and `reportedAt` of a report once (a throwing getter or Proxy is `report.invalid`). */
function readReport(report: unknown): { checkIn: DateInput; reportedAt: DateInput | undefined } {
  if (typeof report !== "object" || report === null)
    throw new PermitsError("report.invalid", { field: "report" });
  try {
    const r = report as { checkIn?: DateInput; reportedAt?: DateInput };
    const checkIn = r.checkIn;
    if (checkIn === undefined) throw new PermitsError("report.invalid", { field: "checkIn" });
    return { checkIn, reportedAt: r.reportedAt };
  } catch (cause) {
    throw cause instanceof PermitsError
      ? cause
      : new PermitsError("report.invalid", { field: "report", cause });
  }
}

/**
 * Checks a lodging report against the deadline of the row in force (1 x 24 hours in the default table). With
 * `reportedAt`: `on-time` or `late`. Without it, `on` (an instant) is required: `overdue` once the deadline
 * has passed, else `not-yet-due`.
 *
 * @throws PermitsError `report.invalid`, `datetime.invalid`, `option.required` (neither `reportedAt` nor
 *   `on`), `option.*`, `policy.invalid`
 * @example
 * ```ts
 * const r = lodgingReportLateness({ checkIn: "2024-05-01T10:00:00+07:00", reportedAt: "2024-05-02T12:00:00+07:00" });
 * r.status; // "late"
 * r.status !== "unknown" && r.reason.code; // "lodging.late"
 * ```
 */
export function lodgingReportLateness(
  report: { checkIn: DateInput; reportedAt?: DateInput },
  options?: LodgingOptions & { on?: DateInput },
): LodgingLateness {
  return guarded(() => {
    const { checkIn, reportedAt } = readReport(report);
    const o = readOptions(options, ["policy", "on"]);
    const deadline = deadlineOf(toInstant(checkIn, "checkIn"), policyOption(o.policy));
    const reported = reportedAt !== undefined;
    if (!reported && o.on === undefined) throw new PermitsError("option.required", { field: "on" });
    const at = reported ? toInstant(reportedAt, "reportedAt") : toInstant(o.on as DateInput, "on");
    if (deadline.status === "unknown") return deadline;
    const due = toInstant(deadline.deadline, "deadline");
    const hours = deadline.hours;
    const hoursLate = Math.max(0, (at.epochMs - due.epochMs) / 3_600_000);
    const late = at.epochMs > due.epochMs;
    const base = {
      deadline: deadline.deadline,
      hoursLate,
      citation: deadline.citation,
      confidence: deadline.confidence,
      policyVersion: deadline.policyVersion,
    };
    if (reported) {
      return late
        ? { status: "late", ...base, reason: reasonOf("lodging.late", { hours }) }
        : { status: "on-time", ...base, reason: reasonOf("lodging.on-time", { hours }) };
    }
    return late
      ? { status: "overdue", ...base, reason: reasonOf("lodging.overdue", { hours }) }
      : { status: "not-yet-due", ...base, reason: reasonOf("lodging.not-yet-due", {}) };
  });
}

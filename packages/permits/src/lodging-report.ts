import { type DateInput, toInstant } from "./calendar-date.js";
import { TimporaUsageError } from "./errors.js";
import { assertKnownOptions } from "./options.js";
import { rowAsOf } from "./policy-as-of.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { Citation, Confidence, Labels, PolicyTable } from "./policy-types.js";

/** The deadline for a lodging's APOA report of a foreign guest, or unknown. */
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
  | { status: "unknown"; reason: Labels; policyVersion: string };

/** Options for lodging-report checks. */
export interface LodgingOptions {
  /** Policy table; defaults to {@link defaultPolicyTable}. */
  policy?: PolicyTable;
}

/**
 * When a lodging must report a foreign guest via APOA: the hours of the row in force (1 x 24 hours in the
 * default table) after the guest starts to stay.
 *
 * @param checkIn - ISO date-time with offset, or a luxon `DateTime`
 * @example
 * ```ts
 * const d = lodgingReportDeadline("2024-05-01T21:15:00+08:00");
 * d.status === "known" && d.deadline; // "2024-05-02T21:15:00+08:00"
 * ```
 */
export function lodgingReportDeadline(checkIn: DateInput, options?: LodgingOptions): LodgingDeadline {
  assertKnownOptions(options, ["policy"]);
  const policy = options?.policy ?? defaultPolicyTable;
  const start = toInstant(checkIn, "checkIn");
  const found = rowAsOf(policy.parameters.lodgingReportHours, start.toISODate()!);
  if (found.status === "unknown")
    return { status: "unknown", reason: found.reason, policyVersion: policy.version };
  const hours = found.row.value;
  return {
    status: "known",
    deadline: start.plus({ hours }).toISO({ suppressMilliseconds: true })!,
    hours,
    citation: found.row.source,
    confidence: found.row.confidence,
    policyVersion: policy.version,
  };
}

/** Whether a lodging report was (or is) on time. */
export type LodgingLateness =
  | {
      status: "on-time" | "late" | "overdue" | "not-yet-due";
      /** The deadline (ISO date-time). */
      deadline: string;
      /** Hours past the deadline (0 when on time or not yet due). */
      hoursLate: number;
      /** Explanation in id and en. */
      reason: Labels;
      /** Citation of the rule. */
      citation: Citation;
      /** Confidence of the rule. */
      confidence: Confidence;
      /** Policy table version. */
      policyVersion: string;
    }
  | { status: "unknown"; reason: Labels; policyVersion: string };

/**
 * Checks a lodging report against the deadline of the row in force (1 x 24 hours in the default table). With `reportedAt`: `on-time` or `late`.
 * Without it, `on` (an instant) is required: `overdue` once the deadline has passed, else `not-yet-due`.
 *
 * @example
 * ```ts
 * lodgingReportLateness({ checkIn: "2024-05-01T10:00:00+07:00", reportedAt: "2024-05-02T12:00:00+07:00" }).status; // "late"
 * ```
 */
export function lodgingReportLateness(
  report: { checkIn: DateInput; reportedAt?: DateInput },
  options?: LodgingOptions & { on?: DateInput },
): LodgingLateness {
  assertKnownOptions(options, ["policy", "on"]);
  const deadline = lodgingReportDeadline(
    report.checkIn,
    options?.policy ? { policy: options.policy } : undefined,
  );
  if (deadline.status === "unknown") return deadline;
  const due = toInstant(deadline.deadline, "deadline");
  let at: ReturnType<typeof toInstant>;
  let reported: boolean;
  if (report.reportedAt !== undefined) {
    at = toInstant(report.reportedAt, "reportedAt");
    reported = true;
  } else if (options?.on !== undefined) {
    at = toInstant(options.on, "on");
    reported = false;
  } else {
    throw new TimporaUsageError(
      "option.invalid",
      "pass reportedAt, or on (an instant) to judge an unreported stay",
      "on",
    );
  }
  const hours = deadline.hours;
  const hoursLate = Math.max(0, at.diff(due, "hours").hours);
  const late = at > due;
  const base = {
    deadline: deadline.deadline,
    hoursLate,
    citation: deadline.citation,
    confidence: deadline.confidence,
    policyVersion: deadline.policyVersion,
  };
  if (reported) {
    return late
      ? {
          status: "late",
          ...base,
          reason: { id: `Dilaporkan lewat 1 x ${hours} jam`, en: `Reported after 1 x ${hours} hours` },
        }
      : {
          status: "on-time",
          ...base,
          reason: { id: `Dilaporkan dalam 1 x ${hours} jam`, en: `Reported within 1 x ${hours} hours` },
        };
  }
  return late
    ? {
        status: "overdue",
        ...base,
        reason: {
          id: `Belum dilaporkan dan sudah lewat 1 x ${hours} jam`,
          en: `Not reported and past 1 x ${hours} hours`,
        },
      }
    : {
        status: "not-yet-due",
        ...base,
        reason: {
          id: "Belum dilaporkan, batas waktu belum lewat",
          en: "Not reported yet; deadline not passed",
        },
      };
}

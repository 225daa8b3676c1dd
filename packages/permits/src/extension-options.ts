import {
  addMonths,
  type Confidence,
  compareDates,
  type IsoDate,
  type Permit,
  type Reason,
} from "@timpora/models";
import { type DateInput, inclusiveDays } from "./calendar-date.js";
import type { HolidayCalendar } from "./holiday-calendar.js";
import { readOptions } from "./options.js";
import { checkedPermit } from "./permit-input.js";
import { resolvePermitStatusOptions, statusOfPermit } from "./permit-status.js";
import { guarded } from "./permits-error.js";
import {
  type ConversionReasonCode,
  type ExtensionReasonCode,
  type PermitsMessageCode,
  type PermitsMessageParams,
  reasonOf,
} from "./permits-messages.js";
import { lowestConfidence, rowOn } from "./policy-as-of.js";
import type { Citation, ExtensionWindowRule, PolicyParameter, PolicyTable } from "./policy-types.js";
import { visitRuleAtEntry } from "./visit-rules.js";
import { lastWorkingDayOn, resolveWorkingDays, type WorkingDayOptions } from "./working-days.js";

/**
 * Options of {@link extensionOptions}.
 *
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * const itas = PermitSchema.parse({ schemaVersion: 1, id: "pm-2", kind: "itas", basis: "limited-stay-visa",
 *   validFrom: "2024-05-01", validUntil: "2025-04-30", status: "active", purpose: "work" });
 * const options: ExtensionOptionsOptions = { on: "2025-03-01", workingDays: { extraNonWorkingDays: ["2025-04-29"] } };
 * extensionOptions(itas, options).window; // { opensOn: "2025-01-30", closesOn: "2025-04-28" } (an office day off on 29 April)
 * ```
 */
export interface ExtensionOptionsOptions {
  /** The day (ISO date) or instant (with `zone`) to evaluate. */
  on: DateInput;
  /** IANA zone of the place of stay; required when `on` is an instant. */
  zone?: string | undefined;
  /** Policy table (default {@link defaultPolicyTable}). */
  policy?: PolicyTable;
  /** Holiday calendar for "last working day before expiry" (default the shipped calendar). */
  calendar?: HolidayCalendar;
  /** Working-day options (weekend, cuti bersama, office days). */
  workingDays?: Omit<WorkingDayOptions, "calendar">;
}

/**
 * Whether a permit can be extended or converted on a day.
 *
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * const voa = PermitSchema.parse({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival",
 *   validFrom: "2023-09-29", validUntil: "2023-10-28", status: "active", purpose: "tourism" });
 * const r: ExtensionOptionsResult = extensionOptions(voa, { on: "2023-10-20" });
 * [r.extension, r.remainingExtensions, r.daysPerExtension]; // ["possible", 1, 30]
 * [r.conversion, r.conversionReason.code]; // ["not-possible", "conversion.not-possible"]
 * r.confidence; // "medium"
 * ```
 */
export interface ExtensionOptionsResult {
  /** `possible`, `not-possible`, `not-yet` (window not open) or `unknown`. */
  extension: "possible" | "not-possible" | "not-yet" | "unknown";
  /** `possible`, `not-possible` or `unknown`. */
  conversion: "possible" | "not-possible" | "unknown";
  /** Extensions left under the rule (visit permits), or `unlimited` (ITAP). */
  remainingExtensions?: number | "unlimited";
  /** Days each extension grants (visit permits). */
  daysPerExtension?: number;
  /** Filing window (ITAS, ITAP): from `opensOn` to `closesOn`, inclusive. */
  window?: { opensOn: IsoDate; closesOn: IsoDate };
  /** Why the extension answer (a permit-status reason when the permit is not valid on the day). */
  reason: Reason<ExtensionReasonCode>;
  /** Why the conversion answer. */
  conversionReason: Reason<ConversionReasonCode>;
  /** Citations of the rows used. */
  citations: Citation[];
  /** Weakest confidence of the rows used (`unverified` when unknown). */
  confidence: Confidence;
  /** Version of the policy table. */
  policyVersion: string;
  /** Version of the holiday calendar. */
  calendarVersion: string;
}

type Extension = ExtensionOptionsResult["extension"];
type Extra = Partial<Pick<ExtensionOptionsResult, "remainingExtensions" | "daysPerExtension" | "window">>;

/** Collects the rows used and the conversion answer while the extension answer is decided. */
class Answer {
  readonly citations: Citation[] = [];
  readonly confidences: Confidence[] = [];
  conversion: ExtensionOptionsResult["conversion"] = "unknown";
  conversionReason: Reason<ConversionReasonCode> = reasonOf("conversion.not-decided", {});

  constructor(
    private readonly policy: PolicyTable,
    private readonly calendar: HolidayCalendar,
  ) {}

  use(row: { source: Citation; confidence: Confidence }): void {
    this.citations.push(row.source);
    this.confidences.push(row.confidence);
  }

  convert(conversion: ExtensionOptionsResult["conversion"], reason: Reason<ConversionReasonCode>): void {
    this.conversion = conversion;
    this.conversionReason = reason;
  }

  give(extension: Extension, reason: Reason<ExtensionReasonCode>, extra: Extra = {}): ExtensionOptionsResult {
    return {
      extension,
      conversion: this.conversion,
      reason,
      conversionReason: this.conversionReason,
      citations: this.citations,
      confidence:
        extension === "unknown" || this.confidences.length === 0
          ? "unverified"
          : lowestConfidence(this.confidences),
      policyVersion: this.policy.version,
      calendarVersion: this.calendar.version,
      ...extra,
    };
  }

  /** An answer with a reason from the message table. */
  say<C extends ExtensionReasonCode & PermitsMessageCode>(
    extension: Extension,
    code: C,
    params: PermitsMessageParams[C],
    extra: Extra = {},
  ): ExtensionOptionsResult {
    return this.give(extension, reasonOf(code, params), extra);
  }
}

/**
 * Whether a permit can be extended or converted on a day under the law then in force: visa-exempt never;
 * VoA once by 30 days; visit visas per the regime in force on their entry day; ITAS from a VITAS on arrival
 * no; ITAS and ITAP within the window from 3 months before expiry to the last working day before it.
 *
 * @throws PermitsError `permit.invalid` (with the coded parse issues), `option.*`, `date.invalid`,
 *   `datetime.invalid`, `zone.required`, `zone.invalid`, `policy.invalid`, `calendar.invalid`
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * const voa = PermitSchema.parse({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival",
 *   validFrom: "2023-09-29", validUntil: "2023-10-28", status: "active", purpose: "tourism" });
 * const r = extensionOptions(voa, { on: "2023-10-20" });
 * r.extension; // "possible" (once, 30 days: Permenkumham 29/2021 + PMK 9/PMK.02/2022, medium)
 * r.reason.code; // "extension.possible"
 * ```
 */
export function extensionOptions(permit: Permit, options: ExtensionOptionsOptions): ExtensionOptionsResult {
  return guarded(() => {
    const checked = checkedPermit(permit);
    const { workingDays, ...rest } = readOptions(options, [
      "on",
      "zone",
      "policy",
      "calendar",
      "workingDays",
    ]);
    const resolved = resolvePermitStatusOptions(rest as ExtensionOptionsOptions);
    const days = resolveWorkingDays({
      ...readOptions(workingDays, ["weekend", "cutiBersamaNonWorking", "extraNonWorkingDays"]),
      calendar: resolved.calendar,
    });
    const status = statusOfPermit(checked, resolved);
    const answer = new Answer(resolved.policy, resolved.calendar);
    if (status.status !== "valid") {
      answer.convert("not-possible", status.reasons[0]!);
      return answer.give("not-possible", status.reasons[0]!);
    }
    return decide(checked, resolved.policy, status.on, answer, (validUntil) =>
      lastWorkingDayOn(validUntil, days),
    );
  });
}

function decide(
  permit: Permit,
  policy: PolicyTable,
  on: IsoDate,
  answer: Answer,
  lastWorkingDay: (validUntil: IsoDate) => ReturnType<typeof lastWorkingDayOn>,
): ExtensionOptionsResult {
  if (permit.kind === "diplomatic" || permit.kind === "service") {
    return answer.say("unknown", "extension.diplomatic", {});
  }
  if (permit.kind === "itk") return visitOptions(permit, policy, on, answer);
  if (permit.kind === "itas" && permit.basis === "limited-stay-visa-on-arrival") {
    const row = rowOn(policy.parameters.itasFromVitasOnArrivalExtendable, on);
    if (row.status === "unknown") return answer.give("unknown", row.reason);
    answer.use(row.row);
    if (!row.row.value) return answer.say("not-possible", "extension.vitas-on-arrival", {});
  }
  if (permit.validUntil === null) {
    const years = rowOn(policy.parameters.itapValidityYears, on);
    if (years.status === "known") answer.use(years.row);
    const reportEveryYears = years.status === "known" ? years.row.value : undefined;
    return answer.say("not-possible", "extension.itap-unlimited", { reportEveryYears });
  }
  const parameter: PolicyParameter<ExtensionWindowRule> =
    permit.kind === "itas" ? policy.parameters.itasExtensionWindow : policy.parameters.itapExtensionWindow;
  const row = rowOn(parameter, on);
  if (row.status === "unknown") return answer.give("unknown", row.reason);
  answer.use(row.row);
  const opensOn = addMonths(permit.validUntil, -row.row.value.monthsBefore);
  const closes = lastWorkingDay(permit.validUntil);
  if (closes.status === "unknown") return answer.give("unknown", closes.reason);
  const closesOn = closes.date;
  const extra: Extra = {
    window: { opensOn, closesOn },
    ...(permit.kind === "itap" ? { remainingExtensions: "unlimited" as const } : {}),
  };
  if (compareDates(on, opensOn) < 0)
    return answer.say("not-yet", "extension.window-not-open", { opensOn }, extra);
  if (compareDates(on, closesOn) > 0) {
    return answer.say("not-possible", "extension.window-closed", { closesOn }, extra);
  }
  return answer.say("possible", "extension.window-open", { opensOn, closesOn }, extra);
}

function visitOptions(
  permit: Permit,
  policy: PolicyTable,
  on: IsoDate,
  answer: Answer,
): ExtensionOptionsResult {
  const basis = permit.basis;
  const convertible =
    basis === "visa-exempt"
      ? policy.parameters.visaExemptConvertible
      : basis === "visa-on-arrival"
        ? policy.parameters.voaConvertible
        : undefined;
  if (convertible && (basis === "visa-exempt" || basis === "visa-on-arrival")) {
    const row = rowOn(convertible, on);
    if (row.status === "known") {
      answer.use(row.row);
      if (row.row.value) answer.convert("possible", reasonOf("conversion.possible", {}));
      else answer.convert("not-possible", reasonOf("conversion.not-possible", { basis }));
    } else answer.convert("unknown", row.reason);
  }
  const rule = visitRuleAtEntry(permit, policy);
  if (!rule) return answer.say("unknown", "extension.no-rule", {});
  if (rule.status === "unknown") return answer.give("unknown", rule.reason);
  const r = rule.row.value;
  if (permit.visaIndex && r.excludedIndexes.includes(permit.visaIndex)) {
    return answer.say("unknown", "extension.index-unconfirmed", { visaIndex: permit.visaIndex });
  }
  answer.use(rule.row);
  const remaining = Math.max(0, r.extensions - permit.extensions.length);
  const extra = { remainingExtensions: remaining, daysPerExtension: r.daysPerExtension };
  if (r.extensions === 0) return answer.say("not-possible", "extension.not-extendable", {}, extra);
  const stayed = inclusiveDays(permit.validFrom, permit.validUntil!);
  if (remaining === 0 || (r.maxTotalDays !== null && stayed + r.daysPerExtension > r.maxTotalDays)) {
    return answer.say("not-possible", "extension.limit-reached", {}, { ...extra, remainingExtensions: 0 });
  }
  return answer.say(
    "possible",
    "extension.possible",
    { remaining, daysPerExtension: r.daysPerExtension },
    extra,
  );
}

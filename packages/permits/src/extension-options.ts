import type { Permit } from "@timpora/models";
import { compareDates, type DateInput, type IsoDate, inclusiveDays, monthsBefore } from "./calendar-date.js";
import type { HolidayCalendar } from "./holiday-calendar.js";
import { defaultHolidayCalendar } from "./holiday-data.js";
import { assertKnownOptions } from "./options.js";
import { permitStatus } from "./permit-status.js";
import { lowestConfidence, rowAsOf } from "./policy-as-of.js";
import { defaultPolicyTable } from "./policy-table.js";
import type {
  Citation,
  Confidence,
  ExtensionWindowRule,
  Labels,
  PolicyParameter,
  PolicyTable,
} from "./policy-types.js";
import { visitRuleAtEntry } from "./visit-rules.js";
import { lastWorkingDayBefore, type WorkingDayOptions } from "./working-days.js";

/** Options of {@link extensionOptions}. */
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

/** Whether a permit can be extended or converted on a day. */
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
  /** Why the extension answer, in id and en. */
  reason: Labels;
  /** Why the conversion answer, in id and en. */
  conversionReason: Labels;
  /** Citations of the rows used. */
  citations: Citation[];
  /** Weakest confidence of the rows used (`unverified` when unknown). */
  confidence: Confidence;
  /** Version of the policy table. */
  policyVersion: string;
  /** Version of the holiday calendar. */
  calendarVersion: string;
}

const NOT_DECIDED: Labels = {
  id: "Alih status bergantung pada tujuan dan penjamin; tabel tidak menentukannya",
  en: "Conversion depends on purpose and sponsor; the tables do not decide it",
};

/**
 * Whether a permit can be extended or converted on a day under the law then in force: visa-exempt never;
 * VoA once by 30 days; visit visas per the regime in force on their entry day; ITAS from a VITAS on arrival
 * no; ITAS and ITAP within the window from 3 months before expiry to the last working day before it.
 *
 * @example
 * ```ts
 * extensionOptions(voaPermit, { on: "2023-10-20" }).extension; // "possible" (once, 30 days)
 * ```
 */
export function extensionOptions(permit: Permit, options: ExtensionOptionsOptions): ExtensionOptionsResult {
  assertKnownOptions(options, ["on", "zone", "policy", "calendar", "workingDays"]);
  const policy = options.policy ?? defaultPolicyTable;
  const calendar = options.calendar ?? defaultHolidayCalendar;
  const status = permitStatus(permit, {
    on: options.on,
    ...(options.zone ? { zone: options.zone } : {}),
    policy,
    calendar,
  });
  const on = status.on;
  const citations: Citation[] = [];
  const confidences: Confidence[] = [];
  let conversion: ExtensionOptionsResult["conversion"] = "unknown";
  let conversionReason = NOT_DECIDED;
  const out = (
    extension: ExtensionOptionsResult["extension"],
    reason: Labels,
    extra: Partial<ExtensionOptionsResult> = {},
  ): ExtensionOptionsResult => ({
    extension,
    conversion,
    reason,
    conversionReason,
    citations,
    confidence:
      extension === "unknown" || confidences.length === 0 ? "unverified" : lowestConfidence(confidences),
    policyVersion: policy.version,
    calendarVersion: calendar.version,
    ...extra,
  });
  const use = (row: { source: Citation; confidence: Confidence }) => {
    citations.push(row.source);
    confidences.push(row.confidence);
  };

  if (status.status !== "valid") {
    conversion = "not-possible";
    conversionReason = status.reasons[0]!;
    return out("not-possible", status.reasons[0]!);
  }
  if (permit.kind === "diplomatic" || permit.kind === "service") {
    return out("unknown", {
      id: "Izin tinggal diplomatik/dinas diberikan dan diperpanjang oleh Menteri Luar Negeri",
      en: "Diplomatic and service stay permits are granted and extended by the Minister of Foreign Affairs",
    });
  }
  if (permit.kind === "itk") {
    return visitOptions(permit, policy, on, use, out, (c, r) => {
      conversion = c;
      conversionReason = r;
    });
  }

  if (permit.kind === "itas" && permit.basis === "limited-stay-visa-on-arrival") {
    const row = rowAsOf(policy.parameters.itasFromVitasOnArrivalExtendable, on);
    if (row.status === "unknown") return out("unknown", row.reason);
    use(row.row);
    if (!row.row.value) {
      return out("not-possible", {
        id: "ITAS dari Visa Tinggal Terbatas Saat Kedatangan tidak dapat diperpanjang",
        en: "An ITAS from a limited-stay visa on arrival cannot be extended",
      });
    }
  }
  if (permit.validUntil === null) {
    const years = rowAsOf(policy.parameters.itapValidityYears, on);
    if (years.status === "known") use(years.row);
    const every =
      years.status === "known"
        ? { id: ` (lapor setiap ${years.row.value} tahun)`, en: ` (report every ${years.row.value} years)` }
        : { id: "", en: "" };
    return out("not-possible", {
      id: `ITAP tanpa batas waktu: tidak perlu diperpanjang${every.id}`,
      en: `Unlimited ITAP: no extension needed${every.en}`,
    });
  }
  const parameter: PolicyParameter<ExtensionWindowRule> =
    permit.kind === "itas" ? policy.parameters.itasExtensionWindow : policy.parameters.itapExtensionWindow;
  const row = rowAsOf(parameter, on);
  if (row.status === "unknown") return out("unknown", row.reason);
  use(row.row);
  const opensOn = monthsBefore(permit.validUntil, row.row.value.monthsBefore);
  const closes = lastWorkingDayBefore(permit.validUntil, { ...(options.workingDays ?? {}), calendar });
  if (closes.status === "unknown") return out("unknown", closes.reason);
  const window = { opensOn, closesOn: closes.date };
  const extra: Partial<ExtensionOptionsResult> = {
    window,
    ...(permit.kind === "itap" ? { remainingExtensions: "unlimited" as const } : {}),
  };
  if (compareDates(on, opensOn) < 0) {
    return out(
      "not-yet",
      { id: `Permohonan perpanjangan dibuka ${opensOn}`, en: `Extension window opens ${opensOn}` },
      extra,
    );
  }
  if (compareDates(on, closes.date) > 0) {
    return out(
      "not-possible",
      {
        id: `Batas akhir permohonan (hari kerja terakhir sebelum berakhir) adalah ${closes.date}`,
        en: `The last filing day (last working day before expiry) was ${closes.date}`,
      },
      extra,
    );
  }
  return out(
    "possible",
    {
      id: `Dapat diajukan ${opensOn} s.d. ${closes.date}`,
      en: `Can be filed from ${opensOn} to ${closes.date}`,
    },
    extra,
  );
}

function visitOptions(
  permit: Permit,
  policy: PolicyTable,
  on: IsoDate,
  use: (row: { source: Citation; confidence: Confidence }) => void,
  out: (
    e: ExtensionOptionsResult["extension"],
    r: Labels,
    x?: Partial<ExtensionOptionsResult>,
  ) => ExtensionOptionsResult,
  setConversion: (c: ExtensionOptionsResult["conversion"], r: Labels) => void,
): ExtensionOptionsResult {
  const convertible =
    permit.basis === "visa-exempt"
      ? policy.parameters.visaExemptConvertible
      : permit.basis === "visa-on-arrival"
        ? policy.parameters.voaConvertible
        : undefined;
  if (convertible) {
    const row = rowAsOf(convertible, on);
    if (row.status === "known") {
      use(row.row);
      setConversion(
        row.row.value ? "possible" : "not-possible",
        row.row.value
          ? { id: "Dapat dialihstatuskan", en: "Can be converted" }
          : {
              id: `ITK dari ${permit.basis === "visa-exempt" ? "Bebas Visa" : "Visa on Arrival"} tidak dapat dialihstatuskan`,
              en: `A visit permit from ${permit.basis === "visa-exempt" ? "visa exemption" : "a visa on arrival"} cannot be converted`,
            },
      );
    } else setConversion("unknown", row.reason);
  }
  const rule = visitRuleAtEntry(permit, policy);
  if (!rule) {
    return out("unknown", {
      id: "Tabel tidak memuat aturan perpanjangan untuk dasar izin ini",
      en: "The tables hold no extension rule for this permit basis",
    });
  }
  if (rule.status === "unknown") return out("unknown", rule.reason);
  const r = rule.row.value;
  if (permit.visaIndex && r.excludedIndexes.includes(permit.visaIndex)) {
    return out("unknown", {
      id: `Aturan perpanjangan indeks ${permit.visaIndex} tidak terkonfirmasi`,
      en: `The extension rule for index ${permit.visaIndex} is unconfirmed`,
    });
  }
  use(rule.row);
  const remaining = Math.max(0, r.extensions - permit.extensions.length);
  const extra = { remainingExtensions: remaining, daysPerExtension: r.daysPerExtension };
  if (r.extensions === 0) {
    return out(
      "not-possible",
      { id: "Izin tinggal ini tidak dapat diperpanjang", en: "This stay permit cannot be extended" },
      extra,
    );
  }
  const stayed = inclusiveDays(permit.validFrom, permit.validUntil!);
  if (remaining === 0 || (r.maxTotalDays !== null && stayed + r.daysPerExtension > r.maxTotalDays)) {
    return out(
      "not-possible",
      { id: "Batas perpanjangan sudah tercapai", en: "The extension limit has been reached" },
      { ...extra, remainingExtensions: 0 },
    );
  }
  return out(
    "possible",
    {
      id: `Dapat diperpanjang ${remaining} kali lagi, masing-masing ${r.daysPerExtension} hari`,
      en: `Can be extended ${remaining} more time(s), ${r.daysPerExtension} days each`,
    },
    extra,
  );
}

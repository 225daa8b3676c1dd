import { type Confidence, type Permit, PermitBasisSchema, type Reason } from "@timpora/models";
import type { DateInput } from "./calendar-date.js";
import { dayOption, policyOption, readOptions } from "./options.js";
import { guarded, PermitsError } from "./permits-error.js";
import { type EntryReasonCode, reasonOf } from "./permits-messages.js";
import { rowOn } from "./policy-as-of.js";
import type { Citation, PolicyTable } from "./policy-types.js";

/**
 * Options of {@link entryEligibility}.
 *
 * @example
 * ```ts
 * const options: EntryEligibilityOptions = { on: "2024-01-10T06:30:00+08:00", zone: "Asia/Makassar" };
 * entryEligibility("SGP", "visa-exempt", options).status; // "eligible"
 * ```
 */
export interface EntryEligibilityOptions {
  /** Day of entry (ISO date, or an instant with `zone`). */
  on: DateInput;
  /** IANA zone of the check point; required when `on` is an instant. */
  zone?: string | undefined;
  /** Policy table (default {@link defaultPolicyTable}). */
  policy?: PolicyTable;
}

/**
 * Whether a nationality could enter on a basis on a day.
 *
 * @example
 * ```ts
 * const r: EntryEligibilityResult = entryEligibility("AUS", "visa-exempt", { on: "2024-01-10" });
 * r.status; // "ineligible"
 * r.reason.code; // "entry.not-listed"
 * r.citations[0]?.instrument; // "Kepmenkumham M.HH-GR.01.07 Tahun 2023 (suspends Perpres 21/2016 for 159 countries)"
 * r.confidence; // "medium"
 * ```
 */
export interface EntryEligibilityResult {
  /** `eligible`, `ineligible` or `unknown` (the tables do not cover the basis or the date). */
  status: "eligible" | "ineligible" | "unknown";
  /** Why: a coded reason. */
  reason: Reason<EntryReasonCode>;
  /** Citations of the rows used. */
  citations: Citation[];
  /** Confidence of the row used (`unverified` when unknown). */
  confidence: Confidence;
  /** Version of the policy table. */
  policyVersion: string;
}

const BASES: readonly unknown[] = PermitBasisSchema.options;

/**
 * Whether a nationality (ICAO code) could use an entry basis on a day. Since 7 June 2023 visa-exempt entry is
 * only for the 10 states on the list; earlier dates and bases without a nationality list answer `unknown`.
 *
 * @throws PermitsError `nationality.invalid`, `basis.invalid`, `option.*`, `date.invalid`,
 *   `datetime.invalid`, `zone.required`, `zone.invalid`, `policy.invalid`
 * @example
 * ```ts
 * entryEligibility("AUS", "visa-exempt", { on: "2024-01-10" }).status; // "ineligible"
 * entryEligibility("MYS", "visa-exempt", { on: "2024-01-10" }).reason.code; // "entry.listed"
 * ```
 */
export function entryEligibility(
  nationality: string,
  basis: Permit["basis"],
  options: EntryEligibilityOptions,
): EntryEligibilityResult {
  return guarded(() => {
    if (typeof nationality !== "string" || !/^[A-Z]{1,3}$/.test(nationality)) {
      throw new PermitsError("nationality.invalid", { field: "nationality" });
    }
    if (!BASES.includes(basis)) throw new PermitsError("basis.invalid", { field: "basis" });
    const o = readOptions(options, ["on", "zone", "policy"]);
    const policy = policyOption(o.policy);
    const on = dayOption(o);
    const policyVersion = policy.version;
    const unknown = (reason: Reason<EntryReasonCode>): EntryEligibilityResult => ({
      status: "unknown",
      reason,
      citations: [],
      confidence: "unverified",
      policyVersion,
    });
    if (nationality === "IDN") {
      return {
        status: "ineligible",
        reason: reasonOf("entry.citizen", {}),
        citations: [],
        confidence: "high",
        policyVersion,
      };
    }
    if (basis !== "visa-exempt") return unknown(reasonOf("entry.no-list", {}));
    const row = rowOn(policy.parameters.visaExemptNationalities, on);
    if (row.status === "unknown") return unknown(row.reason);
    const listed = row.row.value.includes(nationality);
    return {
      status: listed ? "eligible" : "ineligible",
      reason: listed
        ? reasonOf("entry.listed", {})
        : reasonOf("entry.not-listed", { since: row.row.validFrom, count: row.row.value.length }),
      citations: [row.row.source],
      confidence: row.row.confidence,
      policyVersion,
    };
  });
}

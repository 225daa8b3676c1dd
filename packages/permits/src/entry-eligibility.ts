import type { Permit } from "@timpora/models";
import { type DateInput, toCalendarDate } from "./calendar-date.js";
import { TimporaUsageError } from "./errors.js";
import { assertKnownOptions } from "./options.js";
import { rowAsOf } from "./policy-as-of.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { Citation, Confidence, Labels, PolicyTable } from "./policy-types.js";

/** Options of {@link entryEligibility}. */
export interface EntryEligibilityOptions {
  /** Day of entry (ISO date, or an instant with `zone`). */
  on: DateInput;
  /** IANA zone of the check point; required when `on` is an instant. */
  zone?: string | undefined;
  /** Policy table (default {@link defaultPolicyTable}). */
  policy?: PolicyTable;
}

/** Whether a nationality could enter on a basis on a day. */
export interface EntryEligibilityResult {
  /** `eligible`, `ineligible` or `unknown` (the tables do not cover the basis or the date). */
  status: "eligible" | "ineligible" | "unknown";
  /** Why, in id and en. */
  reason: Labels;
  /** Citations of the rows used. */
  citations: Citation[];
  /** Confidence of the row used (`unverified` when unknown). */
  confidence: Confidence;
  /** Version of the policy table. */
  policyVersion: string;
}

/**
 * Whether a nationality (ICAO code) could use an entry basis on a day. Since 7 June 2023 visa-exempt entry is
 * only for the 10 states on the list; earlier dates and bases without a nationality list answer `unknown`.
 *
 * @example
 * ```ts
 * entryEligibility("AUS", "visa-exempt", { on: "2024-01-10" }).status; // "ineligible"
 * entryEligibility("MYS", "visa-exempt", { on: "2024-01-10" }).status; // "eligible"
 * ```
 */
export function entryEligibility(
  nationality: string,
  basis: Permit["basis"],
  options: EntryEligibilityOptions,
): EntryEligibilityResult {
  assertKnownOptions(options, ["on", "zone", "policy"]);
  if (typeof nationality !== "string" || !/^[A-Z]{1,3}$/.test(nationality)) {
    throw new TimporaUsageError(
      "nationality.invalid",
      "nationality must be an ICAO code of 1-3 capital letters",
      "nationality",
    );
  }
  const policy = options.policy ?? defaultPolicyTable;
  const on = toCalendarDate(options.on, options.zone);
  const unknown = (reason: Labels): EntryEligibilityResult => ({
    status: "unknown",
    reason,
    citations: [],
    confidence: "unverified",
    policyVersion: policy.version,
  });
  if (nationality === "IDN") {
    return {
      status: "ineligible",
      reason: {
        id: "Warga negara Indonesia bukan orang asing: tidak memerlukan izin masuk orang asing",
        en: "Indonesian citizens are not foreigners: no foreigner entry basis applies",
      },
      citations: [],
      confidence: "high",
      policyVersion: policy.version,
    };
  }
  if (basis !== "visa-exempt") {
    return unknown({
      id: "Tabel hukum tidak memuat daftar negara untuk dasar masuk ini",
      en: "The law tables hold no nationality list for this entry basis",
    });
  }
  const row = rowAsOf(policy.parameters.visaExemptNationalities, on);
  if (row.status === "unknown") return unknown(row.reason);
  const listed = row.row.value.includes(nationality);
  return {
    status: listed ? "eligible" : "ineligible",
    reason: listed
      ? { id: "Termasuk negara penerima Bebas Visa Kunjungan", en: "On the visa-exempt list" }
      : {
          id: `Tidak termasuk negara penerima Bebas Visa Kunjungan (sejak ${row.row.validFrom} hanya ${row.row.value.length} negara dalam daftar)`,
          en: `Not on the visa-exempt list (since ${row.row.validFrom} only ${row.row.value.length} states are listed)`,
        },
    citations: [row.row.source],
    confidence: row.row.confidence,
    policyVersion: policy.version,
  };
}

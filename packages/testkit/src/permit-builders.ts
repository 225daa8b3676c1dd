/**
 * Builders of stay permits and of the visit stays the generator uses. Durations follow the
 * immigration brief (all inclusive, the entry day is day 1): visa-exempt 30 days, not extendable;
 * visa on arrival (B1) 30 days plus one 30-day extension; single-entry visit visa (C index) 60 days,
 * extendable by 60; multiple-entry visit visa (D index) 60 days per entry; ITAS one year.
 */
import { addDays, addYears, type Permit } from "@timpora/models";

/** The fields of a permit the builders set; absent optionals stay absent. */
export interface PermitFields {
  /** Record id. */
  readonly id: string;
  /** Permit kind. */
  readonly kind: Permit["kind"];
  /** How it was obtained. */
  readonly basis: Permit["basis"];
  /** Purpose. */
  readonly purpose: Permit["purpose"];
  /** First valid day. */
  readonly validFrom: string;
  /** Last valid day after extensions (null only for an unlimited ITAP). */
  readonly validUntil: string | null;
  /** Visa index code. */
  readonly visaIndex?: string;
  /** Granted extensions. */
  readonly extensions?: Permit["extensions"];
  /** Status; `active` when absent. */
  readonly status?: Permit["status"];
  /** First day the permit no longer holds (required unless active). */
  readonly statusFrom?: string;
  /** Sponsor id. */
  readonly sponsorId?: string;
  /** Employer id. */
  readonly employerId?: string;
  /** Region code of the place of stay. */
  readonly regionCode?: string;
  /** The permit this one was converted from. */
  readonly previousPermitId?: string;
  /** Re-entry permits (ITAS and ITAP only). */
  readonly reEntryPermits?: Permit["reEntryPermits"];
}

/** Builds a permit from its fields, leaving absent optionals out (exactOptionalPropertyTypes). */
export function buildPermit(fields: PermitFields): Permit {
  const out: Record<string, unknown> = {
    schemaVersion: 1,
    id: fields.id,
    kind: fields.kind,
    basis: fields.basis,
    validFrom: fields.validFrom,
    validUntil: fields.validUntil,
    extensions: [...(fields.extensions ?? [])],
    status: fields.status ?? "active",
    purpose: fields.purpose,
    reEntryPermits: [...(fields.reEntryPermits ?? [])],
  };
  const optional = [
    "visaIndex",
    "statusFrom",
    "sponsorId",
    "employerId",
    "regionCode",
    "previousPermitId",
  ] as const;
  for (const key of optional) {
    const value = fields[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Permit;
}

/** The days and extension rule of a visit basis. */
export interface VisitRule {
  /** Days of stay granted on entry (inclusive). */
  readonly days: number;
  /** Days added by one extension (0 = not extendable). */
  readonly extensionDays: number;
}

/** Visit stays by basis (immigration brief §1.2 and the visa-index table; confidence medium). */
export const VISIT_RULES: Readonly<
  Record<"visa-exempt" | "visa-on-arrival" | "visit-visa-single" | "visit-visa-multiple", VisitRule>
> = {
  "visa-exempt": { days: 30, extensionDays: 0 },
  "visa-on-arrival": { days: 30, extensionDays: 30 },
  "visit-visa-single": { days: 60, extensionDays: 60 },
  "visit-visa-multiple": { days: 60, extensionDays: 0 },
};

/** The last day and extension of a visit stay that began on `entry`, extended when `extended`. */
export function visitStay(
  basis: keyof typeof VISIT_RULES,
  entry: string,
  extended: boolean,
  grantedAfterDays: number,
): { validUntil: string; extensions: Permit["extensions"] } {
  const rule = VISIT_RULES[basis];
  const first = addDays(entry, rule.days - 1);
  if (!extended || rule.extensionDays === 0) return { validUntil: first, extensions: [] };
  const last = addDays(first, rule.extensionDays);
  return {
    validUntil: last,
    extensions: [{ grantedOn: addDays(entry, grantedAfterDays), lastDayBefore: first, lastDayAfter: last }],
  };
}

/** The last day of a stay of `years` whole years from `from` (inclusive). */
export function yearsStay(from: string, years: number): string {
  return addDays(addYears(from, years), -1);
}

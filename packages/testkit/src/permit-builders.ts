/**
 * Builders of stay permits and of the visit stays the generator uses. Visit-stay lengths and extensions
 * come from the law tables of @timpora/permits (through {@link StayLaw}); the whole-year stays of ITAS,
 * diplomatic and service permits are choices of the generator (the tables hold no ITAS length).
 */
import { addDays, addYears, type IsoDate, type Permit } from "@timpora/models";
import { computeLastDay } from "@timpora/permits";
import type { StayLaw, VisitBasis } from "./stay-law.js";
import { TestkitError } from "./testkit-error.js";

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

/**
 * The last day and extension of a visit stay that began on `entry`, extended once when `extended` and the
 * rule in force on the entry day allows it: the initial days and the days of one extension are those of
 * the law tables of @timpora/permits, counted inclusively by its `computeLastDay` (the entry day is day 1).
 *
 * @throws TestkitError `law.not-covered` when the tables hold no rule for `basis` on `entry`
 */
export function visitStay(
  law: StayLaw,
  basis: VisitBasis,
  entry: IsoDate,
  extended: boolean,
  grantedAfterDays: number,
): { validUntil: IsoDate; extensions: Permit["extensions"] } {
  const rule = law.visitRule(basis, entry);
  if (rule === undefined) throw new TestkitError("law.not-covered", { field: "asOf" });
  const first = computeLastDay(entry, rule.initialDays);
  if (!extended || rule.extensions === 0) return { validUntil: first, extensions: [] };
  const last = computeLastDay(entry, rule.initialDays, [rule.daysPerExtension]);
  return {
    validUntil: last,
    extensions: [{ grantedOn: addDays(entry, grantedAfterDays), lastDayBefore: first, lastDayAfter: last }],
  };
}

/** The last day of a stay of `years` whole years from `from` (inclusive). */
export function yearsStay(from: string, years: number): string {
  return addDays(addYears(from, years), -1);
}

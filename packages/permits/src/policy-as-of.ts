import { type Confidence, ConfidenceSchema, compareDates, type IsoDate, type Reason } from "@timpora/models";
import { isoDateArgument } from "./calendar-date.js";
import { guarded, PermitsError } from "./permits-error.js";
import { type PolicyReasonCode, reasonOf } from "./permits-messages.js";
import { policyParameterIds, usableParameter, usablePolicyTable } from "./policy-check.js";
import { defaultPolicyTable } from "./policy-table.js";
import type {
  PolicyParameter,
  PolicyParameterId,
  PolicyParameters,
  PolicyRow,
  PolicyTable,
} from "./policy-types.js";

/**
 * The answer to "what did parameter X say on date D": the row, or `unknown` with a coded reason.
 *
 * @example
 * ```ts
 * const r: RowLookup<number> = rowAsOf(defaultPolicyTable.parameters.overstayChargePerDay, "2019-05-03");
 * r.status === "known" && [r.row.value, r.row.source.instrument, r.row.confidence]; // [1000000, "PP 28/2019", "medium"]
 * ```
 */
export type RowLookup<V> =
  | { status: "known"; row: PolicyRow<V> }
  | { status: "unknown"; reason: Reason<PolicyReasonCode> };

/**
 * The row in force per parameter on one date (a parameter is absent when the table does not cover it).
 *
 * @example
 * ```ts
 * const rows: PolicySnapshotRows = policyAsOf("2024-12-17").rows;
 * [rows.overstayChargePerDay?.value, rows.overstayChargePerDay?.source.instrument]; // [1000000, "PP 45/2024"]
 * rows.overstayChargePerDay?.confidence; // "low"
 * ```
 */
export type PolicySnapshotRows = { [K in PolicyParameterId]?: PolicyParameters[K]["rows"][number] };

/**
 * The rows in force on one date, one per parameter; parameters the table does not cover are listed.
 *
 * @example
 * ```ts
 * const snap: PolicySnapshot = policyAsOf("2020-01-01");
 * snap.notCovered.includes("visaExemptNationalities"); // true (the 2016 list is not in the table)
 * snap.rows.overstayChargePerDay?.value; // 1000000
 * ```
 */
export interface PolicySnapshot {
  /** The date asked about. */
  asOf: IsoDate;
  /** Version of the table used. */
  policyVersion: string;
  /** Row in force per parameter (absent when not covered). */
  rows: PolicySnapshotRows;
  /** Parameters for which the table holds no row on `asOf`. */
  notCovered: PolicyParameterId[];
}

const confidenceRank: Record<Confidence, number> = { high: 3, medium: 2, low: 1, unverified: 0 };
const isConfidence = (v: unknown): v is Confidence =>
  (ConfidenceSchema.options as readonly unknown[]).includes(v);

/**
 * The lowest of several confidences (a result is only as sure as its weakest input); `high` for none.
 *
 * @throws PermitsError `confidence.invalid` when `values` is not a list of confidences
 * @example
 * ```ts
 * lowestConfidence(["high", "low", "medium"]); // "low"
 * ```
 */
export function lowestConfidence(values: readonly Confidence[]): Confidence {
  if (!Array.isArray(values)) throw new PermitsError("confidence.invalid", { field: "values" });
  let out: Confidence = "high";
  for (const v of values as readonly unknown[]) {
    if (!isConfidence(v)) throw new PermitsError("confidence.invalid", { field: "values" });
    if (confidenceRank[v] < confidenceRank[out]) out = v;
  }
  return out;
}

/** {@link rowAsOf} for a parameter and a date already checked. */
export function rowOn<V>(parameter: PolicyParameter<V>, date: IsoDate): RowLookup<V> {
  const row = parameter.rows.find(
    (r) =>
      compareDates(r.validFrom, date) <= 0 &&
      (r.validUntil === null || compareDates(date, r.validUntil) <= 0),
  );
  if (row) return { status: "known", row };
  return { status: "unknown", reason: reasonOf("policy.not-covered", { label: parameter.label, date }) };
}

/**
 * The row of one parameter in force on `date` (validFrom and validUntil inclusive), or `unknown` with the
 * reason `policy.not-covered`.
 *
 * @throws PermitsError `date.invalid`, `policy.invalid` (a parameter without a label or dated rows)
 * @example
 * ```ts
 * const r = rowAsOf(defaultPolicyTable.parameters.overstayChargePerDay, "2018-06-01");
 * r.status === "known" && r.row.value; // 300000
 * ```
 */
export function rowAsOf<V>(parameter: PolicyParameter<V>, date: IsoDate): RowLookup<V> {
  return guarded(() => rowOn(usableParameter(parameter), isoDateArgument(date, "date")));
}

/**
 * The policy table in force on a date: for each parameter the row that applied, and the list of parameters
 * the table does not cover then. Pass your own table to apply a newer regulation without a release.
 *
 * @param date - ISO date
 * @param table - defaults to {@link defaultPolicyTable}
 * @throws PermitsError `date.invalid`, `policy.invalid`
 * @example
 * ```ts
 * const snap = policyAsOf("2023-11-27");
 * snap.rows.overstayChargePerDay?.value; // 1000000
 * ```
 */
export function policyAsOf(date: IsoDate, table: PolicyTable = defaultPolicyTable): PolicySnapshot {
  return guarded(() => {
    const asOf = isoDateArgument(date, "date");
    const policy = usablePolicyTable(table, "table");
    const rows: Record<string, PolicyRow<unknown>> = {};
    const notCovered: PolicyParameterId[] = [];
    for (const id of policyParameterIds) {
      const found = rowOn(policy.parameters[id] as PolicyParameter<unknown>, asOf);
      if (found.status === "known") rows[id] = found.row;
      else notCovered.push(id);
    }
    return { asOf, policyVersion: policy.version, rows: rows as PolicySnapshotRows, notCovered };
  });
}

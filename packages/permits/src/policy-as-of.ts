import { assertIsoDate, type IsoDate } from "./calendar-date.js";
import { defaultPolicyTable } from "./policy-table.js";
import type {
  Citation,
  Confidence,
  Labels,
  PolicyParameter,
  PolicyParameterId,
  PolicyParameters,
  PolicyRow,
  PolicyTable,
} from "./policy-types.js";

/** The answer to "what did parameter X say on date D": the row, or `unknown` with a reason. */
export type RowLookup<V> = { status: "known"; row: PolicyRow<V> } | { status: "unknown"; reason: Labels };

/** The row in force per parameter on one date (a parameter is absent when the table does not cover it). */
export type PolicySnapshotRows = { [K in PolicyParameterId]?: PolicyParameters[K]["rows"][number] };

/** The rows in force on one date, one per parameter; parameters the table does not cover are listed. */
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

/**
 * The lowest of several confidences (a result is only as sure as its weakest input).
 *
 * @example
 * ```ts
 * lowestConfidence(["high", "low", "medium"]); // "low"
 * ```
 */
export function lowestConfidence(values: readonly Confidence[]): Confidence {
  let out: Confidence = "high";
  for (const v of values) if (confidenceRank[v] < confidenceRank[out]) out = v;
  return out;
}

/**
 * The row of one parameter in force on `date` (validFrom and validUntil inclusive), or `unknown`.
 *
 * @example
 * ```ts
 * const r = rowAsOf(defaultPolicyTable.parameters.overstayChargePerDay, "2018-06-01");
 * r.status === "known" && r.row.value; // 300000
 * ```
 */
export function rowAsOf<V>(parameter: PolicyParameter<V>, date: IsoDate): RowLookup<V> {
  assertIsoDate(date, "date");
  const row = parameter.rows.find(
    (r) => r.validFrom <= date && (r.validUntil === null || date <= r.validUntil),
  );
  if (row) return { status: "known", row };
  return {
    status: "unknown",
    reason: {
      id: `Tabel hukum tidak mencakup "${parameter.label.id}" pada ${date}`,
      en: `The law tables do not cover "${parameter.label.en}" on ${date}`,
    },
  };
}

/**
 * The policy table in force on a date: for each parameter the row that applied, and the list of parameters
 * the table does not cover then. Pass your own table to apply a newer regulation without a release.
 *
 * @param date - ISO date
 * @param table - defaults to {@link defaultPolicyTable}
 * @example
 * ```ts
 * const snap = policyAsOf("2023-11-27");
 * snap.rows.overstayChargePerDay?.value; // 1000000
 * ```
 */
export function policyAsOf(date: IsoDate, table: PolicyTable = defaultPolicyTable): PolicySnapshot {
  assertIsoDate(date, "date");
  const rows: Record<string, PolicyRow<unknown>> = {};
  const notCovered: PolicyParameterId[] = [];
  for (const [id, parameter] of Object.entries(table.parameters) as [
    PolicyParameterId,
    PolicyParameter<unknown>,
  ][]) {
    const found = rowAsOf(parameter, date);
    if (found.status === "known") rows[id] = found.row;
    else notCovered.push(id);
  }
  return { asOf: date, policyVersion: table.version, rows: rows as PolicySnapshot["rows"], notCovered };
}

/** A problem found by {@link checkPolicyTable}. */
export interface PolicyTableIssue {
  /** Stable code: `citation.missing`, `date.invalid`, `date.order`, `rows.overlap`, `confidence.invalid`. */
  code: string;
  /** Parameter id (or `visaIndexes`) and row index. */
  path: (string | number)[];
  /** What is wrong, in id and en. */
  message: Labels;
}

function citationComplete(source: Citation | undefined): boolean {
  return (
    source !== undefined &&
    [source.instrument, source.article, source.url].every((s) => typeof s === "string" && s.trim() !== "") &&
    /^https?:\/\//.test(source.url)
  );
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function checkRow(
  row: { validFrom: string; validUntil: string | null; source: Citation; confidence: Confidence },
  path: (string | number)[],
  issues: PolicyTableIssue[],
): void {
  if (!citationComplete(row.source)) {
    issues.push({
      code: "citation.missing",
      path,
      message: {
        id: "Baris tanpa sitasi lengkap",
        en: "Row without a complete citation (instrument, article, url)",
      },
    });
  }
  if (!(row.confidence in confidenceRank)) {
    issues.push({
      code: "confidence.invalid",
      path,
      message: { id: "Tingkat keyakinan tidak valid", en: "Invalid confidence" },
    });
  }
  if (!ISO.test(row.validFrom) || (row.validUntil !== null && !ISO.test(row.validUntil))) {
    issues.push({ code: "date.invalid", path, message: { id: "Tanggal tidak valid", en: "Invalid date" } });
  } else if (row.validUntil !== null && row.validUntil < row.validFrom) {
    issues.push({
      code: "date.order",
      path,
      message: { id: "Akhir sebelum awal", en: "validUntil before validFrom" },
    });
  }
}

/**
 * Checks a policy table: every row has a complete citation and a known confidence, dates are valid and in
 * order, and rows of one parameter do not overlap. Returns the issues (empty when the table is sound).
 *
 * @example
 * ```ts
 * checkPolicyTable(defaultPolicyTable); // []
 * ```
 */
export function checkPolicyTable(table: PolicyTable): PolicyTableIssue[] {
  const issues: PolicyTableIssue[] = [];
  for (const [id, parameter] of Object.entries(table.parameters) as [string, PolicyParameter<unknown>][]) {
    const sorted = [...parameter.rows].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
    for (const [i, row] of parameter.rows.entries()) checkRow(row, [id, i], issues);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      if (prev.validUntil === null || prev.validUntil >= sorted[i]!.validFrom) {
        issues.push({
          code: "rows.overlap",
          path: [id, i],
          message: { id: "Baris tumpang tindih", en: "Rows of one parameter overlap" },
        });
      }
    }
  }
  for (const [i, row] of table.visaIndexes.entries()) checkRow(row, ["visaIndexes", i], issues);
  return issues;
}

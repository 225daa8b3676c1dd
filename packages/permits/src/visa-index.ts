import { assertIsoDate, compareDates, type IsoDate } from "./calendar-date.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { Labels, PolicyTable, VisaIndexRow } from "./policy-types.js";

/** Whether a visa index code existed on a day. */
export type VisaIndexStatus =
  | { status: "in-force"; row: VisaIndexRow; policyVersion: string }
  | { status: "not-in-force"; reason: Labels; policyVersion: string }
  | { status: "unknown"; reason: Labels; policyVersion: string };

/**
 * Whether a visa index code (e.g. `"E33G"`) was part of the visa classification on a day. Days before the
 * January 2024 index system answer `unknown`.
 *
 * @example
 * ```ts
 * isVisaIndexInForce("C7C", "2025-07-01").status; // "in-force" (2025 classification)
 * isVisaIndexInForce("E23B", "2025-07-01").status; // "not-in-force" (merged into E23)
 * ```
 */
export function isVisaIndexInForce(
  code: string,
  on: IsoDate,
  table: PolicyTable = defaultPolicyTable,
): VisaIndexStatus {
  assertIsoDate(on, "on");
  const policyVersion = table.version;
  const row = table.visaIndexes.find(
    (r) =>
      r.code === code &&
      compareDates(r.validFrom, on) <= 0 &&
      (r.validUntil === null || compareDates(on, r.validUntil) <= 0),
  );
  if (row) return { status: "in-force", row, policyVersion };
  const earliest = table.visaIndexes.reduce<IsoDate | undefined>(
    (min, r) => (min === undefined || compareDates(r.validFrom, min) < 0 ? r.validFrom : min),
    undefined,
  );
  const known = table.visaIndexes.some((r) => r.code === code);
  if (earliest === undefined || compareDates(on, earliest) < 0 || !known) {
    return {
      status: "unknown",
      reason: {
        id: `Tabel indeks visa tidak mencakup ${code} pada ${on}`,
        en: `The visa index table does not cover ${code} on ${on}`,
      },
      policyVersion,
    };
  }
  return {
    status: "not-in-force",
    reason: {
      id: `Indeks ${code} tidak ada dalam klasifikasi visa yang berlaku pada ${on}`,
      en: `Index ${code} is not in the classification in force on ${on}`,
    },
    policyVersion,
  };
}

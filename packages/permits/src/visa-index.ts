import { compareDates, type IsoDate, type Reason, VisaIndexSchema } from "@timpora/models";
import { isoDateArgument } from "./calendar-date.js";
import { guarded, PermitsError } from "./permits-error.js";
import { reasonOf } from "./permits-messages.js";
import { usablePolicyTable } from "./policy-check.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { PolicyTable, VisaIndexRow } from "./policy-types.js";

/**
 * Whether a visa index code existed on a day.
 *
 * @example
 * ```ts
 * const s: VisaIndexStatus = isVisaIndexInForce("C7C", "2025-07-01");
 * s.status === "in-force" && [s.row.label.en, s.row.confidence]; // ["Non-music arts and talent visit visa", "medium"]
 * isVisaIndexInForce("C7C", "2023-07-01").status; // "unknown" (before the January 2024 index system)
 * ```
 */
export type VisaIndexStatus =
  | { status: "in-force"; row: VisaIndexRow; policyVersion: string }
  | { status: "not-in-force"; reason: Reason<"visa-index.not-in-force">; policyVersion: string }
  | { status: "unknown"; reason: Reason<"visa-index.not-covered">; policyVersion: string };

/**
 * Whether a visa index code (e.g. `"E33G"`) was part of the visa classification on a day. Days before the
 * January 2024 index system answer `unknown`.
 *
 * @throws PermitsError `visa-index.invalid` (not a code of the form `C1`, `E33G`), `date.invalid`,
 *   `policy.invalid`
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
  return guarded(() => {
    if (!VisaIndexSchema.safeParse(code).success)
      throw new PermitsError("visa-index.invalid", { field: "code" });
    const day = isoDateArgument(on, "on");
    const policy = usablePolicyTable(table, "table");
    const policyVersion = policy.version;
    const row = policy.visaIndexes.find(
      (r) =>
        r.code === code &&
        compareDates(r.validFrom, day) <= 0 &&
        (r.validUntil === null || compareDates(day, r.validUntil) <= 0),
    );
    if (row) return { status: "in-force", row, policyVersion };
    const earliest = policy.visaIndexes.reduce<IsoDate | undefined>(
      (min, r) => (min === undefined || compareDates(r.validFrom, min) < 0 ? r.validFrom : min),
      undefined,
    );
    const known = policy.visaIndexes.some((r) => r.code === code);
    if (earliest === undefined || compareDates(day, earliest) < 0 || !known) {
      return {
        status: "unknown",
        reason: reasonOf("visa-index.not-covered", { code, on: day }),
        policyVersion,
      };
    }
    return {
      status: "not-in-force",
      reason: reasonOf("visa-index.not-in-force", { code, on: day }),
      policyVersion,
    };
  });
}

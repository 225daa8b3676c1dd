import {
  overstayChargePerDay,
  overstayDeportationAfterDays,
  overstayThresholdDayCharged,
} from "./policy-overstay-rows.js";
import {
  falseStatementProvision,
  overstayProvision,
  permitMisuseProvision,
} from "./policy-provision-rows.js";
import {
  exitPermitOnlyLeaveDays,
  itapExtensionWindow,
  itapValidityYears,
  itasExtensionWindow,
  itasFromVitasOnArrivalExtendable,
  lodgingReportHours,
  visaExemptConvertible,
  visaExemptNationalities,
  visaExemptStay,
  visaOnArrivalStay,
  visitVisaMultipleStay,
  visitVisaSingleStay,
  voaConvertible,
} from "./policy-stay-rows.js";
import type { PolicyTable } from "./policy-types.js";
import { defaultVisaIndexes } from "./visa-index-table.js";

/**
 * The law tables shipped with this release. Every row carries dates, a citation and a confidence; see
 * `docs/permits-rules.md` for the full list.
 *
 * @example
 * ```ts
 * defaultPolicyTable.parameters.overstayChargePerDay.rows.length; // 4
 * overstayChargeForDays(10, { on: "2025-01-10", policy: defaultPolicyTable }).citations[0]?.instrument; // "PP 45/2024"
 * ```
 */
export const defaultPolicyTable: PolicyTable = {
  version: "2026.12.1",
  parameters: {
    overstayChargePerDay,
    overstayDeportationAfterDays,
    overstayThresholdDayCharged,
    visaExemptNationalities,
    visaExemptStay,
    visaOnArrivalStay,
    visitVisaSingleStay,
    visitVisaMultipleStay,
    visaExemptConvertible,
    voaConvertible,
    itasExtensionWindow,
    itasFromVitasOnArrivalExtendable,
    itapValidityYears,
    itapExtensionWindow,
    exitPermitOnlyLeaveDays,
    lodgingReportHours,
    overstayProvision,
    permitMisuseProvision,
    falseStatementProvision,
  },
  visaIndexes: defaultVisaIndexes,
};

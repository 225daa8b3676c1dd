/**
 * @timpora/permits: Indonesian stay-permit validity, day counting, overstay charges, extensions and
 * working days, as the law stood on any date. Law is data: dated rows with citations and confidence.
 *
 * @packageDocumentation
 */
export {
  addDays,
  assertIsoDate,
  assertZone,
  compareDates,
  computeLastDay,
  type DateInput,
  daysBetween,
  type IsoDate,
  inclusiveDays,
  monthsBefore,
  toCalendarDate,
  toInstant,
  weekdayOf,
  yearOf,
} from "./calendar-date.js";
export {
  type EntryEligibilityOptions,
  type EntryEligibilityResult,
  entryEligibility,
} from "./entry-eligibility.js";
export { TimporaUsageError, type UsageErrorCode } from "./errors.js";
export {
  type ExtensionOptionsOptions,
  type ExtensionOptionsResult,
  extensionOptions,
} from "./extension-options.js";
export {
  extendHolidayCalendar,
  type HolidayCalendar,
  type HolidayDecree,
  type HolidayEntry,
  type HolidayKind,
} from "./holiday-calendar.js";
export { defaultHolidayCalendar } from "./holiday-data.js";
export {
  type LodgingDeadline,
  type LodgingLateness,
  type LodgingOptions,
  lodgingReportDeadline,
  lodgingReportLateness,
} from "./lodging-report.js";
export {
  type OverstayChargeOptions,
  type OverstayChargeResult,
  overstayCharge,
  overstayChargeForDays,
} from "./overstay-charge.js";
export {
  type PermitStatusOptions,
  type PermitStatusResult,
  type PermitWarning,
  permitStatus,
} from "./permit-status.js";
export {
  checkPolicyTable,
  lowestConfidence,
  type PolicySnapshot,
  type PolicySnapshotRows,
  type PolicyTableIssue,
  policyAsOf,
  type RowLookup,
  rowAsOf,
} from "./policy-as-of.js";
export { defaultPolicyTable } from "./policy-table.js";
export type {
  Citation,
  Confidence,
  ExtensionWindowRule,
  PolicyParameter,
  PolicyParameterId,
  PolicyParameters,
  PolicyRow,
  PolicyTable,
  VisaIndexRow,
  VisitExtensionRule,
} from "./policy-types.js";
export { renderRulesDoc } from "./rules-doc.js";
export { type StayCase, type StayStatus, type StayStatusOptions, stayStatus } from "./stay-status.js";
export { isVisaIndexInForce, type VisaIndexStatus } from "./visa-index.js";
export {
  isWorkingDay,
  lastWorkingDayBefore,
  type WorkingDayOptions,
  type WorkingDayResult,
  type WorkingDayStatus,
} from "./working-days.js";
export { zoneOfStay } from "./zone-of-stay.js";

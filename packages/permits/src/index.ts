/**
 * @timpora/permits: Indonesian stay-permit validity, day counting, overstay charges, extensions and
 * working days, as the law stood on any date. Law is data: dated rows with citations and confidence.
 * Every calendar day is computed by the calendar-date module of @timpora/models; the shared vocabulary
 * (`IsoDate`, `Labels`, `Confidence`, `Reason`) comes from there too.
 *
 * @packageDocumentation
 */
export { computeLastDay, type DateInput, inclusiveDays, toCalendarDate } from "./calendar-date.js";
export {
  type EntryEligibilityOptions,
  type EntryEligibilityResult,
  entryEligibility,
} from "./entry-eligibility.js";
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
export { type StayCase, StayCaseSchema } from "./permit-input.js";
export {
  type PermitStatusOptions,
  type PermitStatusResult,
  type PermitWarning,
  permitStatus,
} from "./permit-status.js";
export {
  PermitsError,
  type PermitsErrorCode,
  type PermitsErrorOptions,
  permitsErrorMessages,
} from "./permits-error.js";
export {
  type ConversionReasonCode,
  type EntryReasonCode,
  type ExtensionReasonCode,
  type LodgingReasonCode,
  type MessageText,
  type OverstayReasonCode,
  type PermitStatusReasonCode,
  type PermitsMessageCode,
  type PermitsMessageParams,
  type PermitsMessageTable,
  type PermitWarningCode,
  type PolicyReasonCode,
  type PolicyTableIssueCode,
  permitsMessages,
  type StayReasonCode,
  type VisaIndexReasonCode,
  type WorkingDayReasonCode,
} from "./permits-messages.js";
export {
  type PolicySnapshot,
  type PolicySnapshotRows,
  policyAsOf,
  type RowLookup,
  rowAsOf,
} from "./policy-as-of.js";
export { checkPolicyTable, type PolicyTableIssue } from "./policy-check.js";
export { defaultPolicyTable } from "./policy-table.js";
export type {
  Citation,
  ExtensionWindowRule,
  LegalProvision,
  PolicyParameter,
  PolicyParameterId,
  PolicyParameters,
  PolicyRow,
  PolicyTable,
  VisaIndexRow,
  VisitExtensionRule,
} from "./policy-types.js";
export type { PermitSummary, StayStatusValue } from "./stay-decision.js";
export { type StayStatus, type StayStatusOptions, stayStatus } from "./stay-status.js";
export { isVisaIndexInForce, type VisaIndexStatus } from "./visa-index.js";
export {
  isWorkingDay,
  lastWorkingDayBefore,
  type NonWorkingReason,
  type WorkingDayOptions,
  type WorkingDayResult,
  type WorkingDayStatus,
} from "./working-days.js";
export { zoneOfStay } from "./zone-of-stay.js";

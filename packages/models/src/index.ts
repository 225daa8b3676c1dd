/**
 * Typed zod 4 models of foreign nationals, their travel documents and permits, sponsors, employers and
 * addresses, and the agencies and Timpora teams that oversee them; parse functions with stable issue
 * codes; JSON Schemas; labels in Indonesian and English. The full region table (districts and
 * villages) is in the subpath `@timpora/models/regions`.
 *
 * @module @timpora/models
 */

export * from "./address.js";
export { ageOn } from "./age.js";
export * from "./agency.js";
export {
  addDays,
  addMonths,
  addYears,
  compareDates,
  type DayNumber,
  dayNumberOf,
  dayNumberOrUndefined,
  daysBetween,
  isLeapYear,
  isoDateOf,
  isoWeekKey,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  weekdayOf,
  wholeMonthsBetween,
  yearOf,
} from "./calendar-date.js";
export * from "./case.js";
export { type Confidence, ConfidenceSchema, confidenceLabels, confidences } from "./confidence.js";
export * from "./crew.js";
export {
  compareIsoDateTimes,
  type IsoDate,
  IsoDateSchema,
  type IsoDateTime,
  IsoDateTimeSchema,
  isIsoDate,
  isIsoDateTime,
} from "./dates.js";
export * from "./employer.js";
export * from "./enforcement.js";
export {
  CodeSchema,
  fieldLimits,
  IdSchema,
  NameSchema,
  NationalityCodeSchema,
  NibSchema,
  NikSchema,
  PhoneSchema,
  SchemaVersionSchema,
  TextSchema,
} from "./fields.js";
export * from "./identity-flag.js";
export { defaultInputLimits, type InputLimits } from "./input-guard.js";
export { type IssueCode, isIssueCode, issueCodes, issueMessages } from "./issue-code.js";
export {
  type IssuePath,
  LONG_KEY_PLACEHOLDER,
  MAX_ECHOED_KEY_LENGTH,
  MAX_UNKNOWN_KEYS_REPORTED,
} from "./issue-mapping.js";
export * from "./json-schema.js";
export * from "./labels.js";
export * from "./lodging-report.js";
export { ModelsError, type ModelsErrorCode, modelsErrorMessages } from "./models-error.js";
export * from "./movement.js";
export * from "./mrz.js";
export type { MrzCheckName, MrzFormat } from "./mrz-layout.js";
export * from "./nationality.js";
export { icaoNationalityRows } from "./nationality-table.js";
export * from "./nik.js";
export * from "./observation.js";
export * from "./observation-answers.js";
export * from "./parse-result.js";
export * from "./permit.js";
export * from "./permit-enums.js";
export * from "./person.js";
export type { Reason } from "./reason.js";
export * from "./refugee.js";
export * from "./region-code.js";
export * from "./relation.js";
export * from "./sponsor.js";
export * from "./time-zone.js";
export { TimporaError, type TimporaErrorOptions } from "./timpora-error.js";
export * from "./timpora-team.js";
export * from "./travel-document.js";
export * from "./verification-status.js";

/**
 * Typed zod 4 models of foreign nationals, their travel documents and permits, sponsors, employers and
 * addresses, and the agencies and Timpora teams that oversee them; parse functions with stable issue
 * codes; JSON Schemas; labels in Indonesian and English. The full region table (districts and
 * villages) is in the subpath `@timpora/models/regions`.
 *
 * Every enum has one zod schema (its `.options` is the list of values), its type and its labels:
 * `SexSchema`, `Sex`, `sexLabels`. Every top-level record has its schema, its type and a parse function:
 * `CaseSchema`, `Case`, `parseCase`. What a schema accepts is `z.input<typeof XSchema>` (`CaseInput` for
 * a whole case).
 *
 * @module @timpora/models
 */

export {
  type Address,
  AddressSchema,
  type AddressUse,
  AddressUseSchema,
  addressUseLabels,
  type LodgingKind,
  LodgingKindSchema,
  lodgingKindLabels,
} from "./address.js";
export { ageOn } from "./age.js";
export {
  type Agency,
  type AgencyKind,
  AgencyKindSchema,
  AgencySchema,
  agencyKindLabels,
  type ImmigrationOfficeClass,
  ImmigrationOfficeClassSchema,
  immigrationOfficeClassLabels,
} from "./agency.js";
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
export { type Case, type CaseInput, CaseSchema } from "./case.js";
export { type Confidence, ConfidenceSchema, confidenceLabels } from "./confidence.js";
export {
  type CrewMembership,
  CrewMembershipSchema,
  type VesselRisk,
  VesselRiskSchema,
  vesselRiskLabels,
} from "./crew.js";
export {
  compareIsoDateTimes,
  type IsoDate,
  IsoDateSchema,
  type IsoDateTime,
  IsoDateTimeSchema,
  isIsoDate,
  isIsoDateTime,
} from "./dates.js";
export {
  type Employer,
  EmployerSchema,
  type EmployerSector,
  EmployerSectorSchema,
  employerSectorLabels,
  type VenueType,
  VenueTypeSchema,
  venueTypeLabels,
} from "./employer.js";
export {
  type EnforcementKind,
  EnforcementKindSchema,
  type EnforcementRecord,
  EnforcementRecordSchema,
  type EnforcementSubjectType,
  EnforcementSubjectTypeSchema,
  enforcementKindLabels,
  enforcementSubjectTypeLabels,
} from "./enforcement.js";
export { fieldLimits, NibSchema, NikSchema, PhoneSchema } from "./fields.js";
export { regionTableSource } from "./generated/region-core.js";
export { type IdentityFlags, IdentityFlagsSchema } from "./identity-flag.js";
export { defaultInputLimits, type InputLimits } from "./input-guard.js";
export {
  dateInZone,
  type Instant,
  isTimeZone,
  offsetInZone,
  readInstant,
  writeInstant,
} from "./instant.js";
export { type IssueCode, issueMessages } from "./issue-code.js";
export { type IssuePath, LONG_KEY_PLACEHOLDER, MAX_ECHOED_KEY_LENGTH } from "./issue-mapping.js";
export { type JsonSchema, type RecordSchemaName, recordJsonSchema, recordSchemas } from "./json-schema.js";
export { type Labels, type LabelTable, type Locale, LocaleSchema, localeLabels } from "./labels.js";
export { type LodgingReport, LodgingReportSchema } from "./lodging-report.js";
export { ModelsError, type ModelsErrorCode, modelsErrorMessages } from "./models-error.js";
export {
  type Accompaniment,
  AccompanimentSchema,
  accompanimentLabels,
  type Conveyance,
  type ConveyanceMode,
  ConveyanceModeSchema,
  ConveyanceSchema,
  conveyanceModeLabels,
  type Movement,
  type MovementDirection,
  MovementDirectionSchema,
  MovementSchema,
  movementDirectionLabels,
  type TicketType,
  TicketTypeSchema,
  ticketTypeLabels,
} from "./movement.js";
export {
  type MrzCheck,
  type MrzDate,
  type MrzIssue,
  type MrzIssueCode,
  type MrzParseResult,
  mrzIssueMessages,
  type ParsedMrz,
  type ParseMrzOptions,
  parseMrz,
} from "./mrz.js";
export { MrzCharsetError, mrzCheckDigit } from "./mrz-check-digit.js";
export { formatMrz, type MrzFields, MrzFormatError } from "./mrz-format.js";
export type { MrzCheckName, MrzFieldName, MrzFormat } from "./mrz-layout.js";
export {
  type IcaoNationality,
  type IcaoNationalityEntry,
  IcaoNationalitySchema,
  icaoNationalityLabels,
  icaoNationalityTable,
} from "./nationality.js";
export type { IcaoCodeKind } from "./nationality-table.js";
export {
  checkNik,
  type NikCheckResult,
  type NikIssue,
  type NikIssueCode,
  type NikParts,
  nikIssueMessages,
} from "./nik.js";
export {
  type Observation,
  type ObservationMode,
  ObservationModeSchema,
  ObservationSchema,
  observationModeLabels,
} from "./observation.js";
export {
  type DebtCreditor,
  DebtCreditorSchema,
  type DocumentHolder,
  type DocumentHolderReason,
  DocumentHolderReasonSchema,
  DocumentHolderSchema,
  debtCreditorLabels,
  documentHolderLabels,
  documentHolderReasonLabels,
  type ForcedTaskKind,
  ForcedTaskKindSchema,
  forcedTaskKindLabels,
  type ObservationAnswers,
  ObservationAnswersSchema,
  type PayStatus,
  PayStatusSchema,
  payStatusLabels,
  type ThreatKind,
  ThreatKindSchema,
  threatKindLabels,
} from "./observation-answers.js";
export {
  type ParseIssue,
  type ParseOptions,
  type ParseResult,
  parseAddress,
  parseAgency,
  parseCase,
  parseCrewMembership,
  parseEmployer,
  parseEnforcementRecord,
  parseLodgingReport,
  parseMovement,
  parseObservation,
  parsePermit,
  parsePerson,
  parseRelation,
  parseSponsor,
  parseTimporaTeam,
  parseTravelDocument,
  parseWith,
  wasParsed,
} from "./parse-result.js";
export {
  type ExitPermitOnly,
  ExitPermitOnlySchema,
  type PendingApplication,
  PendingApplicationSchema,
  type Permit,
  type PermitExtension,
  PermitExtensionSchema,
  PermitSchema,
  type ReEntryPermit,
  ReEntryPermitSchema,
  VisaIndexSchema,
} from "./permit.js";
export {
  type PendingApplicationType,
  PendingApplicationTypeSchema,
  type PermitBasis,
  PermitBasisSchema,
  type PermitKind,
  PermitKindSchema,
  type PermitPurpose,
  PermitPurposeSchema,
  type PermitStatus,
  PermitStatusSchema,
  pendingApplicationTypeLabels,
  permitBasisLabels,
  permitKindLabels,
  permitPurposeLabels,
  permitStatusLabels,
  type ReEntryPermitKind,
  ReEntryPermitKindSchema,
  reEntryPermitKindLabels,
} from "./permit-enums.js";
export {
  type Contact,
  type ContactKind,
  ContactKindSchema,
  ContactSchema,
  contactKindLabels,
  type Person,
  type PersonNames,
  PersonNamesSchema,
  PersonSchema,
  type Sex,
  SexSchema,
  sexLabels,
} from "./person.js";
export type { Reason } from "./reason.js";
export {
  type RefugeeRegistrar,
  RefugeeRegistrarSchema,
  type RefugeeRegistration,
  RefugeeRegistrationSchema,
  type RefugeeStatus,
  RefugeeStatusSchema,
  refugeeRegistrarLabels,
  refugeeStatusLabels,
} from "./refugee.js";
export {
  isKnownRegionCode,
  listProvinces,
  lookupRegion,
  RegionCodeSchema,
  type RegionInfo,
  type RegionLevel,
} from "./region-code.js";
export type { RegionRow, RegionTable } from "./region-table.js";
export {
  type Relation,
  type RelationKind,
  RelationKindSchema,
  type RelationOtherParty,
  RelationOtherPartySchema,
  RelationSchema,
  relationKindLabels,
} from "./relation.js";
export {
  type Sponsor,
  type SponsorKind,
  SponsorKindSchema,
  SponsorSchema,
  sponsorKindLabels,
} from "./sponsor.js";
export {
  type IndonesianIanaZone,
  type ProvinceTimeZoneRow,
  provinceTimeZones,
  type RegionTimeZone,
  timeZoneOfRegion,
  type ZoneLabel,
  zoneOffsets,
} from "./time-zone.js";
export { TimporaError, type TimporaErrorOptions } from "./timpora-error.js";
export {
  type TeamDecree,
  TeamDecreeSchema,
  type TeamMember,
  TeamMemberSchema,
  type TeamPillar,
  TeamPillarSchema,
  type TeamRole,
  TeamRoleSchema,
  type TeamTier,
  TeamTierSchema,
  type TimporaTeam,
  TimporaTeamSchema,
  teamPillarAgencyKinds,
  teamPillarLabels,
  teamRoleLabels,
  teamTierLabels,
} from "./timpora-team.js";
export {
  type TravelDocument,
  type TravelDocumentKind,
  TravelDocumentKindSchema,
  TravelDocumentSchema,
  travelDocumentKindLabels,
} from "./travel-document.js";
export {
  type VerificationStatus,
  VerificationStatusSchema,
  verificationStatusLabels,
} from "./verification-status.js";
export { regionContains } from "./work-area.js";

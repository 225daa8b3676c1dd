/**
 * @timpora/exchange: sharing information between the agencies of a Timpora team with the least data, and a record
 * of every disclosure (issue 14). A sharing profile names the recipient agency kinds, one purpose, the legal basis
 * with citation and confidence, the fields allowed, pseudonymity and retention; `share` minimises records to it and
 * returns an envelope with a disclosure record; the disclosure log is append-only and hash-chained (`verifyLog`
 * locates tampering given the expected head); `receive` checks an envelope on arrival. Religion and ethnicity never
 * leave; specific personal data (UU 27/2022 Art. 4(2)) leaves only for purposes that need it. Hashing and
 * pseudonyms use WebCrypto (Node and browsers), canonical JSON is RFC 8785.
 *
 * @packageDocumentation
 */

/** The default profiles for the usual member agencies (proposals). */
export { defaultProfile, defaultProfiles } from "./default-profiles.js";
export {
  type DisclosureRecord,
  DisclosureRecordSchema,
  type Envelope,
  type EnvelopeDisclosure,
  EnvelopeDisclosureSchema,
  EnvelopeSchema,
  type Recipient,
  RecipientSchema,
  type SharedRecord,
  SharedRecordSchema,
} from "./disclosure.js";
/** The disclosure log: append, head, verify, the data subject's question, retention. */
export {
  appendDisclosure,
  GENESIS_HASH,
  type LogHead,
  type LogRecord,
  LogRecordSchema,
  logHead,
} from "./disclosure-log.js";
/** Errors. */
export {
  ExchangeError,
  type ExchangeErrorCode,
  exchangeErrorMessages,
  ProfileInvalidError,
} from "./exchange-error.js";
export { type ExpiredDisclosure, type ExpiredRecordsOptions, expiredRecords } from "./expired-records.js";
/** What each field is: the catalogue, protected attributes, specific data, direct identifiers. */
export { fieldPaths } from "./field-catalogue.js";
export {
  DIRECT_IDENTIFIER_PATHS,
  PROTECTED_PATHS,
  type RestrictedCategory,
  RestrictedCategorySchema,
  type RestrictionRule,
  restrictionRules,
} from "./field-classes.js";
/** JSON Schemas. */
export {
  type ExchangeJsonSchema,
  type ExchangeSchemaName,
  exchangeJsonSchema,
  exchangeSchemas,
} from "./json-schema.js";
export { type LogIssue, type LogIssueCode, logIssueMessages } from "./log-issue.js";
/** Sharing profiles: schema, type and legal basis. */
export { type LegalBasis, LegalBasisSchema, type SharingProfile, SharingProfileSchema } from "./profile.js";
export { type ProfileIssue, type ProfileIssueCode, profileIssueMessages } from "./profile-issue.js";
/** Pseudonyms keyed per recipient. */
export { type PseudonymOptions, pseudonymOf } from "./pseudonym.js";
/** Purposes of an exchange. */
export { type SharingPurpose, SharingPurposeSchema, sharingPurposeLabels } from "./purpose.js";
/** Receiving an envelope. */
export { type ReceiveOptions, type ReceiveResult, receive } from "./receive.js";
export { type ReceiveIssue, type ReceiveIssueCode, receiveIssueMessages } from "./receive-issue.js";
/** Sharing: envelopes and disclosure records. */
export { type Shared, type ShareOptions, type ShareRecord, share } from "./share.js";
export { disclosuresAbout, type SubjectDisclosure, type SubjectQueryOptions } from "./subject-query.js";
/** Profile validation and its issues. */
export { type ProfileValidation, validateProfile } from "./validate-profile.js";
export { type LogVerification, type VerifyLogOptions, verifyLog } from "./verify-log.js";

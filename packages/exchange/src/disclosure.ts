import { AgencyKindSchema, IsoDateSchema, IsoDateTimeSchema } from "@timpora/models";
import * as z from "zod";
import { FIELD_PATH_PATTERN, LegalBasisSchema } from "./profile.js";
import { SharingPurposeSchema } from "./purpose.js";

/** The format tag of a disclosure record of this version. */
export const DISCLOSURE_FORMAT = "timpora.disclosure/1";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * zod schema of a {@link Recipient}: the agency that receives the data.
 *
 * @example
 * ```ts
 * RecipientSchema.parse({ id: "disnaker-5171", kind: "manpower-office" });
 * ```
 */
export const RecipientSchema = z.strictObject({
  /** The agency's id in the team's records (e.g. `"disnaker-5171"`). */
  id: z.string().min(1).max(128),
  /** Kind of agency; must be one the profile sends to. */
  kind: AgencyKindSchema,
  /** Name of the agency. */
  name: z.string().min(1).max(200).optional(),
});

/**
 * The agency that receives an envelope.
 *
 * @example
 * ```ts
 * const recipient: Recipient = { id: "uptd-ppa-51", kind: "uptd-ppa", name: "UPTD PPA Provinsi" };
 * ```
 */
export type Recipient = z.infer<typeof RecipientSchema>;

/**
 * zod schema of a {@link DisclosureRecord} (shipped as `schemas/disclosure-record.json`).
 *
 * @example
 * ```ts
 * DisclosureRecordSchema.shape.format.value; // "timpora.disclosure/1"
 * ```
 */
export const DisclosureRecordSchema = z.strictObject({
  /** Format and version of the record. */
  format: z.literal(DISCLOSURE_FORMAT),
  /** Random id of this disclosure (a UUID). */
  id: z.uuid(),
  /** When it was shared (ISO date-time with offset). */
  sharedAt: IsoDateTimeSchema,
  /** The sharing day: the calendar date of `sharedAt` at its own offset. */
  sharedOn: IsoDateSchema,
  /** Who asked for the disclosure (an official's id in the team's records). */
  requestedBy: z.string().min(1).max(128),
  /** Why, in words (no personal data: it goes to the recipient and into the log). */
  reason: z.string().min(1).max(1000),
  /** To whom. */
  recipient: RecipientSchema,
  /** The purpose. */
  purpose: SharingPurposeSchema,
  /** The legal basis, as the profile gives it. */
  legalBasis: z.array(LegalBasisSchema).min(1),
  /** The profile used: id, version and the SHA-256 of its RFC 8785 canonical JSON. */
  profile: z.strictObject({
    /** Profile id. */
    id: z.string().min(1).max(64),
    /** Profile version. */
    version: z.string().min(1).max(20),
    /** SHA-256 (hex) of the profile's canonical JSON. */
    sha256,
  }),
  /** The fields allowed, as the profile lists them. */
  fields: z.array(z.string().regex(FIELD_PATH_PATTERN)),
  /** Whether record identifiers were replaced by pseudonyms. */
  pseudonymous: z.boolean(),
  /** Records sent. */
  recordCount: z.int().min(0),
  /** Children's records held back because the purpose may not carry them. */
  withheldChildRecords: z.int().min(0),
  /**
   * The data subjects: the recipient's pseudonym of each person's id (`case.person.id`), so that a person's
   * question "who received my data?" can be answered from the log without the log naming anyone.
   */
  subjects: z.array(z.string().min(1).max(128)),
  /** Days the recipient may keep the data (the sharing day is day 1). */
  retentionDays: z.int().min(1),
  /** The last day the recipient may keep the data (inclusive). */
  retainUntil: IsoDateSchema,
  /** SHA-256 (hex) of the RFC 8785 canonical JSON of the envelope's `records`. */
  payloadSha256: sha256,
});

/**
 * Who shared what with whom, why, when, under which basis, how many records, and the payload's digest.
 *
 * @example
 * ```ts
 * const logLine = (d: DisclosureRecord): string =>
 *   `${d.sharedOn} ${d.recipient.id} ${d.purpose}: ${d.recordCount} record(s) of ${d.subjects.length} person(s), kept until ${d.retainUntil}`;
 * ```
 */
export type DisclosureRecord = z.infer<typeof DisclosureRecordSchema>;

/**
 * zod schema of an {@link EnvelopeDisclosure}: the disclosure record as the recipient gets it, without `subjects`
 * (beside records that carry real person ids, the pseudonyms would say whose pseudonym is whose).
 *
 * @example
 * ```ts
 * "subjects" in EnvelopeDisclosureSchema.shape; // false
 * "subjects" in DisclosureRecordSchema.shape; // true
 * ```
 */
export const EnvelopeDisclosureSchema = DisclosureRecordSchema.omit({ subjects: true });

/**
 * The disclosure record as the recipient gets it in an envelope: every field of the sender's
 * {@link DisclosureRecord} but `subjects`.
 *
 * @example
 * ```ts
 * const keptTooLong = (d: EnvelopeDisclosure, today: string): boolean => d.retainUntil < today;
 * ```
 */
export type EnvelopeDisclosure = z.infer<typeof EnvelopeDisclosureSchema>;

const part = z.record(z.string(), z.unknown());

/**
 * zod schema of a {@link SharedRecord}: what is left of a case and its assessment after minimisation.
 *
 * @example
 * ```ts
 * SharedRecordSchema.parse({ case: { person: { nationality: "UTO" } } });
 * ```
 */
export const SharedRecordSchema = z.strictObject({
  /** The allowed fields of the case. */
  case: part.optional(),
  /** The allowed fields of the assessment. */
  assessment: part.optional(),
});

/**
 * One minimised record in an envelope.
 *
 * @example
 * ```ts
 * const record: SharedRecord = { case: { person: { nationality: "UTO", sex: "F" } } };
 * SharedRecordSchema.safeParse(record).success; // true
 * ```
 */
export type SharedRecord = z.infer<typeof SharedRecordSchema>;

/**
 * zod schema of an {@link Envelope} (shipped as `schemas/envelope.json`).
 *
 * @example
 * ```ts
 * EnvelopeSchema.safeParse({ disclosure: {}, records: [] }).success; // false
 * ```
 */
export const EnvelopeSchema = z.strictObject({
  /** The disclosure record, as the sender's log keeps it but without `subjects`. */
  disclosure: EnvelopeDisclosureSchema,
  /** The minimised records. */
  records: z.array(SharedRecordSchema),
});

/**
 * What a recipient gets: the minimised records and the disclosure record.
 *
 * @example
 * ```ts
 * const countMatches = (envelope: Envelope): boolean => envelope.records.length === envelope.disclosure.recordCount;
 * ```
 */
export type Envelope = z.infer<typeof EnvelopeSchema>;

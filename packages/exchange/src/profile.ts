import { AgencyKindSchema, ConfidenceSchema } from "@timpora/models";
import * as z from "zod";
import { SharingPurposeSchema } from "./purpose.js";

const labels = z.strictObject({
  /** Indonesian text. */
  id: z.string().min(1).max(2000),
  /** English text. */
  en: z.string().min(1).max(2000),
});

/**
 * zod schema of a {@link LegalBasis}: one instrument and article a profile rests on, with its confidence.
 *
 * @example
 * ```ts
 * LegalBasisSchema.parse({ instrument: "UU 27/2022", article: "Pasal 20 ayat (2) huruf e", confidence: "medium" });
 * ```
 */
export const LegalBasisSchema = z.strictObject({
  /** The instrument, e.g. `"UU 27/2022"`. */
  instrument: z.string().min(1).max(200),
  /** The article, e.g. `"Pasal 20 ayat (2) huruf e"`. */
  article: z.string().min(1).max(200),
  /** Where to read it. */
  url: z.url().max(2000).optional(),
  /** How sure the SDK is that the source says this and that it applies. */
  confidence: ConfidenceSchema,
  /** What the citation supports, where it is not obvious. */
  note: z.string().max(2000).optional(),
});

/**
 * One legal basis of a sharing profile: instrument, article, confidence.
 *
 * @example
 * ```ts
 * const basis: LegalBasis = { instrument: "UU 27/2022", article: "Pasal 25", confidence: "medium" };
 * ```
 */
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** The pattern of a field path: `case` or `assessment`, then dotted keys (`case.person.nationality`). */
export const FIELD_PATH_PATTERN: RegExp = /^(case|assessment)(\.[A-Za-z][A-Za-z0-9]{0,63}){0,8}$/;

/**
 * zod schema of a {@link SharingProfile} (shipped as `schemas/sharing-profile.json`). The schema checks the shape;
 * `validateProfile` also checks each field against the catalogue, protected attributes, specific data and
 * pseudonymity.
 *
 * @example
 * ```ts
 * SharingProfileSchema.shape.purpose.options.length; // 6
 * ```
 */
export const SharingProfileSchema = z.strictObject({
  /** Stable id, e.g. `"manpower-labour-inspection"`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  /** Version of the profile (`1.0.0`); the disclosure record keeps it. */
  version: z.string().regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/),
  /** Name in Indonesian and English. */
  label: labels,
  /** The agency kinds the profile sends to. */
  recipientKinds: z.array(AgencyKindSchema).min(1).max(50),
  /** The one purpose of the exchange. */
  purpose: SharingPurposeSchema,
  /** The legal basis, with citation and confidence (at least one). */
  legalBasis: z.array(LegalBasisSchema).min(1).max(20),
  /** Paths of the fields sent (`case.…`, `assessment.…`); a path sends everything under it. */
  fields: z.array(z.string().regex(FIELD_PATH_PATTERN)).min(1).max(500),
  /** Record identifiers are replaced by per-recipient pseudonyms, and direct identifiers may not be sent. */
  pseudonymous: z.boolean(),
  /** Days the recipient may keep the data, the sharing day being day 1. */
  retentionDays: z.int().min(1).max(3650),
  /** Why these fields, for this purpose, in Indonesian and English. */
  reasoning: labels,
  /** True where the law does not settle the profile: a proposal for the team to adopt or change. */
  proposal: z.boolean(),
});

/**
 * A sharing profile: recipient kinds, purpose, legal basis, fields, pseudonymity and retention.
 *
 * @example
 * ```ts
 * const mine: SharingProfile = { ...defaultProfile("manpower-labour-inspection")!, id: "disnaker-bali", retentionDays: 60 };
 * ```
 */
export type SharingProfile = z.infer<typeof SharingProfileSchema>;

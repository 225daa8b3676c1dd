import * as z from "zod";
import {
  IdSchema,
  issue,
  NameSchema,
  NibSchema,
  NikSchema,
  PhoneSchema,
  SchemaVersionSchema,
} from "./fields.js";
import type { LabelTable } from "./labels.js";
import { VerificationStatusSchema } from "./verification-status.js";

/**
 * Kinds of sponsors (penjamin, UU 6/2011 Pasal 63): an individual or a corporation.
 *
 * Zod schema of {@link SponsorKind}; `SponsorKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * SponsorKindSchema.options; // ["person", "corporation"]
 * ```
 */
export const SponsorKindSchema = z.enum(["person", "corporation"]);
/**
 * Kind of a sponsor.
 *
 * @example
 * ```ts
 * const sponsorKind: SponsorKind = "person";
 * ```
 */
export type SponsorKind = z.infer<typeof SponsorKindSchema>;
/**
 * Labels of {@link SponsorKind}.
 *
 * @example
 * ```ts
 * sponsorKindLabels.person.en; // "Individual"
 * ```
 */
export const sponsorKindLabels: LabelTable<SponsorKind> = {
  person: { id: "Perorangan", en: "Individual" },
  corporation: { id: "Korporasi", en: "Corporation" },
};

const commonFields = {
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  name: NameSchema,
  addressId: IdSchema.optional(),
  phone: PhoneSchema.optional(),
  verificationStatus: VerificationStatusSchema,
};

/** Zod schema of an individual sponsor; `nik` is the Indonesian sponsor's NIK (16 digits, structure checked). */
export const PersonSponsorSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("person"),
  nik: NikSchema.optional(),
  nib: z.never(issue("field.not-allowed")).optional(),
});

/** Zod schema of a corporate sponsor; `nib` is its 13-digit OSS business number. */
export const CorporationSponsorSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("corporation"),
  nib: NibSchema.optional(),
  nik: z.never(issue("field.not-allowed")).optional(),
});

/**
 * Zod schema of a {@link Sponsor}, discriminated on `kind`. A NIK is only allowed on an individual
 * and a NIB only on a corporation (`field.not-allowed` otherwise). JSON Schema checks the NIK's 16 digits, not
 * its structure (region, birth date).
 *
 * @example
 * ```ts
 * SponsorSchema.parse({ schemaVersion: 1, id: "s-1", kind: "corporation", name: "PT Contoh Sintetis",
 *   nib: "1234567890123", verificationStatus: "unverified" });
 * ```
 */
export const SponsorSchema = z.discriminatedUnion("kind", [PersonSponsorSchema, CorporationSponsorSchema]);

/**
 * A sponsor (penjamin) of a foreigner: output type of {@link SponsorSchema}. Narrow on `kind`: only a `person`
 * has a `nik`, only a `corporation` a `nib`.
 *
 * @example
 * ```ts
 * const sponsor: Sponsor = SponsorSchema.parse({ schemaVersion: 1, id: "s-1", kind: "person", name: "SYNTHETIC SPONSOR",
 *   nik: "3510015008900001", verificationStatus: "verified" });
 * sponsor.kind === "person" && checkNik(sponsor.nik ?? "").ok; // true
 * ```
 */
export type Sponsor = z.output<typeof SponsorSchema>;
/** What {@link SponsorSchema} accepts. */
export type SponsorInput = z.input<typeof SponsorSchema>;

import * as z from "zod";
import { IsoDateSchema } from "./dates.js";
import { IdSchema, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";

/**
 * Kinds of earlier enforcement records.
 *
 * Zod schema of {@link EnforcementKind}; `EnforcementKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * EnforcementKindSchema.options.includes("deportation"); // true
 * ```
 */
export const EnforcementKindSchema = z.enum([
  "deportation",
  "art-122-finding",
  "art-123-finding",
  "tppo-case",
  "prostitution-raid",
  "scam-raid",
  "tip",
]);
/**
 * Kind of an enforcement record.
 *
 * @example
 * ```ts
 * const enforcementKind: EnforcementKind = "deportation";
 * ```
 */
export type EnforcementKind = z.infer<typeof EnforcementKindSchema>;
/**
 * Labels of {@link EnforcementKind}.
 *
 * @example
 * ```ts
 * enforcementKindLabels.deportation.en; // "Deportation"
 * ```
 */
export const enforcementKindLabels: LabelTable<EnforcementKind> = {
  deportation: { id: "Deportasi", en: "Deportation" },
  "art-122-finding": {
    id: "Temuan Pasal 122 UU Keimigrasian (penyalahgunaan izin tinggal)",
    en: "Immigration Law Art. 122 finding (misuse of a stay permit)",
  },
  "art-123-finding": {
    id: "Temuan Pasal 123 UU Keimigrasian (keterangan palsu)",
    en: "Immigration Law Art. 123 finding (false statements or data)",
  },
  "tppo-case": { id: "Perkara TPPO", en: "Trafficking (TPPO) case" },
  "prostitution-raid": { id: "Razia prostitusi", en: "Prostitution raid" },
  "scam-raid": { id: "Penggerebekan penipuan daring", en: "Online scam raid" },
  tip: { id: "Laporan atau informasi masyarakat", en: "Tip-off" },
};

/**
 * What an enforcement record is about.
 *
 * Zod schema of {@link EnforcementSubjectType}; `EnforcementSubjectTypeSchema.options` lists the values.
 *
 * @example
 * ```ts
 * EnforcementSubjectTypeSchema.options; // ["person", "sponsor", "address", "employer", "phone"]
 * ```
 */
export const EnforcementSubjectTypeSchema = z.enum(["person", "sponsor", "address", "employer", "phone"]);
/**
 * What an enforcement record is about.
 *
 * @example
 * ```ts
 * const enforcementSubjectType: EnforcementSubjectType = "person";
 * ```
 */
export type EnforcementSubjectType = z.infer<typeof EnforcementSubjectTypeSchema>;
/**
 * Labels of {@link EnforcementSubjectType}.
 *
 * @example
 * ```ts
 * enforcementSubjectTypeLabels.person.en; // "Person"
 * ```
 */
export const enforcementSubjectTypeLabels: LabelTable<EnforcementSubjectType> = {
  person: { id: "Orang", en: "Person" },
  sponsor: { id: "Penjamin", en: "Sponsor" },
  address: { id: "Alamat", en: "Address" },
  employer: { id: "Pemberi kerja", en: "Employer" },
  phone: { id: "Nomor telepon", en: "Phone number" },
};

/**
 * Zod schema of an {@link EnforcementRecord}: an earlier enforcement event linked to the case through
 * its subject (the person, or their sponsor, address, employer or phone number).
 *
 * @example
 * ```ts
 * EnforcementRecordSchema.parse({ schemaVersion: 1, id: "en-1", kind: "scam-raid", date: "2024-06-26",
 *   subject: { type: "address", ref: "a-1" } });
 * ```
 */
export const EnforcementRecordSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  kind: EnforcementKindSchema,
  date: IsoDateSchema,
  subject: z.strictObject({
    type: EnforcementSubjectTypeSchema,
    ref: z.string().min(1).max(128),
  }),
});

/**
 * An enforcement record (output type of {@link EnforcementRecordSchema}).
 *
 * @example
 * ```ts
 * const record: EnforcementRecord = EnforcementRecordSchema.parse({ schemaVersion: 1, id: "en-1",
 *   kind: "scam-raid", date: "2024-06-26", subject: { type: "address", ref: "a-1" } });
 * enforcementKindLabels[record.kind].en; // "Online scam raid"
 * enforcementSubjectTypeLabels[record.subject.type].en; // "Address"
 * ```
 */
export type EnforcementRecord = z.output<typeof EnforcementRecordSchema>;
/** What {@link EnforcementRecordSchema} accepts. */
export type EnforcementRecordInput = z.input<typeof EnforcementRecordSchema>;

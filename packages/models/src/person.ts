import * as z from "zod";
import { IsoDateSchema } from "./dates.js";
import { CodeSchema, IdSchema, listOf, NameSchema, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";
import { IcaoNationalitySchema } from "./nationality.js";

/**
 * Sex as printed in the travel document (ICAO 9303: F, M, or X for unspecified).
 *
 * Zod schema of {@link Sex}; `SexSchema.options` lists the values.
 *
 * @example
 * ```ts
 * SexSchema.options; // ["F", "M", "X"]
 * ```
 */
export const SexSchema = z.enum(["F", "M", "X"]);
/**
 * Sex as printed in the travel document.
 *
 * @example
 * ```ts
 * const sex: Sex = "F";
 * ```
 */
export type Sex = z.infer<typeof SexSchema>;
/**
 * Labels of {@link Sex}.
 *
 * @example
 * ```ts
 * sexLabels.F.en; // "Female"
 * ```
 */
export const sexLabels: LabelTable<Sex> = {
  F: { id: "Perempuan", en: "Female" },
  M: { id: "Laki-laki", en: "Male" },
  X: { id: "Tidak ditentukan", en: "Unspecified" },
};

/**
 * Kinds of contact details.
 *
 * Zod schema of {@link ContactKind}; `ContactKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * ContactKindSchema.options; // ["phone", "email"]
 * ```
 */
export const ContactKindSchema = z.enum(["phone", "email"]);
/**
 * Kind of a contact detail.
 *
 * @example
 * ```ts
 * const contactKind: ContactKind = "phone";
 * ```
 */
export type ContactKind = z.infer<typeof ContactKindSchema>;
/**
 * Labels of {@link ContactKind}.
 *
 * @example
 * ```ts
 * contactKindLabels.phone.en; // "Phone"
 * ```
 */
export const contactKindLabels: LabelTable<ContactKind> = {
  phone: { id: "Telepon", en: "Phone" },
  email: { id: "Surel", en: "Email" },
};

/**
 * Zod schema of a person's names, as in the travel document.
 *
 * @example
 * ```ts
 * PersonNamesSchema.safeParse({ primary: "ERIKSSON", secondary: "ANNA MARIA" }).success; // true
 * PersonNamesSchema.safeParse({ secondary: "ANNA MARIA" }).success; // false (primary is required)
 * ```
 */
export const PersonNamesSchema = z.strictObject({
  primary: NameSchema,
  secondary: NameSchema.optional(),
});
/**
 * A person's names as in the travel document: `primary` (surname) and optional `secondary` (given names).
 *
 * @example
 * ```ts
 * const fullName = (n: PersonNames): string => (n.secondary === undefined ? n.primary : `${n.primary}, ${n.secondary}`);
 * fullName({ primary: "ERIKSSON", secondary: "ANNA MARIA" }); // "ERIKSSON, ANNA MARIA" (ICAO specimen)
 * ```
 */
export type PersonNames = z.output<typeof PersonNamesSchema>;

/**
 * Zod schema of one contact detail.
 *
 * @example
 * ```ts
 * ContactSchema.safeParse({ kind: "email", value: "someone@example.invalid" }).success; // true
 * ContactSchema.safeParse({ kind: "fax", value: "021 000 0000" }).success; // false
 * ```
 */
export const ContactSchema = z.strictObject({
  kind: ContactKindSchema,
  value: z.string().min(1).max(254),
});
/**
 * One contact detail: a phone number or an email address (personal data, never echoed in messages).
 *
 * @example
 * ```ts
 * const contact: Contact = { kind: "phone", value: "+62 812-0000-0000" };
 * contactKindLabels[contact.kind].id; // "Telepon"
 * ```
 */
export type Contact = z.output<typeof ContactSchema>;

/**
 * Zod schema of a {@link Person}: a foreign national (or, rarely, another subject of a case).
 *
 * @example
 * ```ts
 * PersonSchema.parse({ schemaVersion: 1, id: "p-1", names: { primary: "SYNTHETIC" }, sex: "F", nationality: "UTO" });
 * ```
 */
export const PersonSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  names: PersonNamesSchema,
  sex: SexSchema,
  birthDate: IsoDateSchema.optional(),
  nationality: IcaoNationalitySchema,
  contacts: listOf(ContactSchema),
  languages: listOf(CodeSchema),
  religion: CodeSchema.optional(),
  ethnicity: CodeSchema.optional(),
  documentIds: listOf(IdSchema),
  permitIds: listOf(IdSchema),
  sponsorId: IdSchema.optional(),
  employerId: IdSchema.optional(),
  addressIds: listOf(IdSchema),
});

/**
 * A person (output type of {@link PersonSchema}). `religion` and `ethnicity` are protected attributes:
 * optional, and no indicator may fire on them alone.
 *
 * @example
 * ```ts
 * const person: Person = PersonSchema.parse({ schemaVersion: 1, id: "p-1", names: { primary: "SYNTHETIC" },
 *   sex: "F", birthDate: "2008-02-29", nationality: "UTO" });
 * person.birthDate === undefined ? undefined : ageOn(person.birthDate, "2026-02-28"); // 17
 * person.contacts; // []
 * ```
 */
export type Person = z.output<typeof PersonSchema>;
/** What {@link PersonSchema} accepts (lists may be omitted). */
export type PersonInput = z.input<typeof PersonSchema>;

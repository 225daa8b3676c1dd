import { ageOn, isIsoDate } from "@timpora/models";
import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";

/** zod type of the `person` fact's value. */
const PersonFactsSchema = z.strictObject({
  /** A birth date is recorded (and not after the evaluation date). */
  ageKnown: z.boolean(),
  /** Completed years on the evaluation date (`ageOn` of @timpora/models); `null` when unknown. */
  age: z.number().int().min(0).nullable(),
  /** Known to be under the minor age (default 18) on the evaluation date. */
  minor: z.boolean(),
  /** Known to be of or over the minor age on the evaluation date. */
  adult: z.boolean(),
});

/** Value of the `person` fact: age on the evaluation date, with its absence explicit. */
export type PersonFacts = z.infer<typeof PersonFactsSchema>;

/** Derives the `person` fact. */
export function derivePerson(ctx: FactContext): PersonFacts {
  const birth = ctx.case.person.birthDate;
  if (!isIsoDate(birth) || birth > ctx.asOf)
    return { ageKnown: false, age: null, minor: false, adult: false };
  const age = ageOn(birth, ctx.asOf);
  const minor = age < ctx.thresholds.minorAge;
  return { ageKnown: true, age, minor, adult: !minor };
}

/** `person`: age and minority on the evaluation date (not the birth date itself). */
export const personFact: FactDefinition<PersonFacts> = {
  id: "person",
  type: PersonFactsSchema,
  label: { id: "Usia orang asing", en: "Age of the foreign national" },
  description: {
    id: "Usia dalam tahun penuh pada tanggal evaluasi; anak bila di bawah batas usia anak (bawaan 18).",
    en: "Age in whole years on the evaluation date; a minor when under the minor age (default 18).",
  },
  personal: false,
  protected: false,
  derive: derivePerson,
};

/** `sex`: sex as in the travel document. PROTECTED: no rule may fire on it alone. */
export const sexFact: FactDefinition<"F" | "M" | "X"> = {
  id: "sex",
  type: z.enum(["F", "M", "X"]),
  label: { id: "Jenis kelamin", en: "Sex" },
  personal: false,
  protected: true,
  derive: (ctx) => ctx.case.person.sex,
};

/** `nationality`: ICAO nationality code. PROTECTED: no rule may fire on it alone. */
export const nationalityFact: FactDefinition<string> = {
  id: "nationality",
  type: z.string().min(1).max(3),
  label: { id: "Kewarganegaraan", en: "Nationality" },
  personal: false,
  protected: true,
  derive: (ctx) => ctx.case.person.nationality,
};

/** zod type of an optional protected attribute's value. */
const RecordedCodeSchema = z.strictObject({
  /** The attribute is recorded. */
  recorded: z.boolean(),
  /** Its code; `null` when not recorded. */
  code: z.string().nullable(),
});

/** Value of an optional protected attribute: whether it is recorded, and its code. */
export type RecordedCode = z.infer<typeof RecordedCodeSchema>;

function recordedCode(code: string | undefined): RecordedCode {
  return code === undefined ? { recorded: false, code: null } : { recorded: true, code };
}

/** `religion`: recorded religion code. PROTECTED. */
export const religionFact: FactDefinition<RecordedCode> = {
  id: "religion",
  type: RecordedCodeSchema,
  label: { id: "Agama", en: "Religion" },
  personal: false,
  protected: true,
  derive: (ctx) => recordedCode(ctx.case.person.religion),
};

/** `ethnicity`: recorded ethnicity code. PROTECTED. */
export const ethnicityFact: FactDefinition<RecordedCode> = {
  id: "ethnicity",
  type: RecordedCodeSchema,
  label: { id: "Suku bangsa", en: "Ethnicity" },
  personal: false,
  protected: true,
  derive: (ctx) => recordedCode(ctx.case.person.ethnicity),
};

/** zod type of the `contact` fact's value. */
const ContactFactsSchema = z.strictObject({
  /** Phone numbers, digits only. */
  phones: z.array(z.string()),
  /** Email addresses, lower case. */
  emails: z.array(z.string()),
  /** Number of contact details recorded. */
  count: z.number().int().min(0),
});

/** Value of the `contact` fact: the person's phone numbers and emails (personal data). */
export type ContactFacts = z.infer<typeof ContactFactsSchema>;

/** Normalises a contact value for comparison: phones to digits, emails to lower case. */
export function normaliseContact(kind: "phone" | "email", value: string): string {
  return kind === "phone" ? value.replace(/\D/g, "") : value.trim().toLowerCase();
}

/** `contact`: phone numbers and emails. PERSONAL: redacted in explanations. */
export const contactFact: FactDefinition<ContactFacts> = {
  id: "contact",
  type: ContactFactsSchema,
  label: { id: "Kontak (telepon, surel)", en: "Contact details (phone, email)" },
  personal: true,
  protected: false,
  derive: (ctx) => {
    const contacts = ctx.case.person.contacts;
    return {
      phones: contacts.filter((c) => c.kind === "phone").map((c) => normaliseContact("phone", c.value)),
      emails: contacts.filter((c) => c.kind === "email").map((c) => normaliseContact("email", c.value)),
      count: contacts.length,
    };
  },
};

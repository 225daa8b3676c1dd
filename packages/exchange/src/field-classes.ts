/**
 * What the law and the SDK say about each field: protected attributes that never leave, specific personal data
 * (UU 27/2022 Art. 4(2)) that leaves only for the purposes that need it, direct identifiers that a pseudonymous
 * exchange may not carry, and the identifiers it replaces with pseudonyms. The readings are in
 * docs/decisions.md (issue 14); confidence as in the project's privacy brief.
 */
import type { Confidence, Labels } from "@timpora/models";
import * as z from "zod";
import { isAtOrAbove } from "./field-catalogue.js";
import type { SharingPurpose } from "./purpose.js";

/**
 * Religion and ethnicity: no profile may ask for them, nor for a field above them (`case.person`). UU 27/2022
 * Art. 4(3) classes religion as general data; keeping both out of every exchange is the SDK's non-discrimination
 * choice, stricter than the law.
 *
 * @example
 * ```ts
 * PROTECTED_PATHS; // ["case.person.religion", "case.person.ethnicity"]
 * ```
 */
export const PROTECTED_PATHS: readonly string[] = Object.freeze([
  "case.person.religion",
  "case.person.ethnicity",
]);

/**
 * Categories of specific personal data under UU 27/2022 Art. 4(2) that a case can hold (high confidence):
 * children's data (a whole record, when the person is under 18), criminal records (enforcement history, Art. 123
 * findings), biometric data (a biometric match), health data (visible injuries) and personal financial data
 * (debts: owed, to whom, repaid through work). A screening explanation is
 * not specific data, but the SDK restricts it the same way (`screening-explanation`, a choice of ours): it holds
 * the facts behind a flag.
 *
 * Zod schema of {@link RestrictedCategory}; `RestrictedCategorySchema.options` lists the values.
 *
 * @example
 * ```ts
 * RestrictedCategorySchema.options;
 * // ["children", "criminal-records", "biometric", "health", "financial", "screening-explanation"]
 * ```
 */
export const RestrictedCategorySchema = z.enum([
  "children",
  "criminal-records",
  "biometric",
  "health",
  "financial",
  "screening-explanation",
]);

/**
 * A category of restricted data.
 *
 * @example
 * ```ts
 * const category: RestrictedCategory = "criminal-records";
 * ```
 */
export type RestrictedCategory = z.infer<typeof RestrictedCategorySchema>;

/**
 * What may carry one category of restricted data, and why.
 *
 * @example
 * ```ts
 * const rule: RestrictionRule | undefined = restrictionRules.find((r) => r.category === "health");
 * rule?.purposes; // ["tppo-referral", "child-protection"]
 * ```
 */
export interface RestrictionRule {
  /** The category. */
  readonly category: RestrictedCategory;
  /** Specific personal data under UU 27/2022 Art. 4(2) (false: restricted by the SDK's own choice). */
  readonly specificData: boolean;
  /** The paths that hold it (children's data is a whole record: no paths). */
  readonly paths: readonly string[];
  /** The purposes that may carry it. */
  readonly purposes: readonly SharingPurpose[];
  /** The reading, in Indonesian and English. */
  readonly reading: Labels;
  /** Confidence in the classification under the law (`unverified` for the SDK's own choices). */
  readonly confidence: Confidence;
}

/**
 * The restriction table (data, one row a category). Which category is specific data follows UU 27/2022 Art. 4(2)
 * (high); which purposes may carry it is the SDK's reading (Art. 20 basis and the purpose principle), a proposal.
 *
 * @example
 * ```ts
 * restrictionRules.find((r) => r.category === "children")?.purposes; // ["child-protection", "tppo-referral"]
 * ```
 */
export const restrictionRules: readonly RestrictionRule[] = Object.freeze([
  {
    category: "children",
    specificData: true,
    paths: [],
    purposes: ["child-protection", "tppo-referral"],
    reading: {
      id: "Data anak (UU 27/2022 Pasal 4 ayat (2)); rekaman anak hanya untuk perlindungan anak atau rujukan TPPO (tafsiran kami)",
      en: "Children's data (UU 27/2022 Art. 4(2)); a child's record leaves only for child protection or a TPPO referral (our reading)",
    },
    confidence: "high",
  },
  {
    category: "criminal-records",
    specificData: true,
    paths: ["case.enforcement", "case.identityFlags.earlierFalseStatementFinding"],
    purposes: ["law-enforcement"],
    reading: {
      id: "Catatan kejahatan (Pasal 4 ayat (2)); riwayat penindakan hanya untuk penegakan hukum (tafsiran kami)",
      en: "Criminal records (Art. 4(2)); enforcement history leaves only for law enforcement (our reading)",
    },
    confidence: "high",
  },
  {
    category: "biometric",
    specificData: true,
    paths: ["case.identityFlags.biometricMatchOtherIdentity"],
    purposes: ["law-enforcement"],
    reading: {
      id: "Hasil pencocokan biometrik dianggap data biometrik (Pasal 4 ayat (2)); hanya untuk penegakan hukum (tafsiran kami)",
      en: "A biometric match is treated as biometric data (Art. 4(2)); it leaves only for law enforcement (our reading)",
    },
    confidence: "high",
  },
  {
    category: "health",
    specificData: true,
    paths: ["case.observations.answers.injuriesVisible"],
    purposes: ["tppo-referral", "child-protection"],
    reading: {
      id: "Luka yang terlihat adalah data kesehatan (Pasal 4 ayat (2)); hanya untuk rujukan TPPO dan perlindungan anak (tafsiran kami)",
      en: "Visible injuries are health data (Art. 4(2)); they leave only for a TPPO referral or child protection (our reading)",
    },
    confidence: "high",
  },
  {
    category: "financial",
    specificData: true,
    paths: [
      "case.observations.answers.debtOwed",
      "case.observations.answers.debtCreditor",
      "case.observations.answers.repaidThroughWork",
    ],
    purposes: ["tppo-referral", "law-enforcement"],
    reading: {
      id: "Utang seseorang adalah data keuangan pribadi (Pasal 4 ayat (2)); hanya untuk rujukan TPPO (bukti jeratan utang) dan penegakan hukum (tafsiran kami; upah dan potongan dibaca sebagai kondisi kerja)",
      en: "A person's debts are personal financial data (Art. 4(2)); they leave only for a TPPO referral (debt bondage evidence) or law enforcement (our reading; wages and deductions are read as working conditions)",
    },
    confidence: "high",
  },
  {
    category: "screening-explanation",
    specificData: false,
    paths: ["assessment.fired.explanation", "assessment.notEvaluated.explanation"],
    purposes: ["tppo-referral", "law-enforcement"],
    reading: {
      id: "Penjelasan skrining memuat fakta di balik indikator; hanya untuk rujukan TPPO dan penegakan hukum (pilihan kami, bukan ketentuan UU)",
      en: "A screening explanation holds the facts behind a flag; it leaves only for a TPPO referral or law enforcement (our choice, not the law's)",
    },
    confidence: "unverified",
  },
] satisfies RestrictionRule[]);

/**
 * Direct identifiers of a person: names, contact details, birth dates (the person's, and the other party's of a
 * relation, protected under Adminduk UU 23/2006 Art. 84 for Indonesian residents, medium confidence), document
 * numbers and MRZ, a sponsor's name, NIK and phone, a street address. A pseudonymous profile may not ask for them
 * (nor for a field above them).
 *
 * @example
 * ```ts
 * DIRECT_IDENTIFIER_PATHS.includes("case.documents.number"); // true
 * ```
 */
export const DIRECT_IDENTIFIER_PATHS: readonly string[] = Object.freeze([
  "case.person.names",
  "case.person.contacts",
  "case.person.birthDate",
  "case.relations.otherParty.birthDate",
  "case.documents.number",
  "case.documents.mrz",
  "case.sponsors.name",
  "case.sponsors.nik",
  "case.sponsors.phone",
  "case.addresses.line",
]);

/** Children's records leave only for these purposes. */
export function childPurposes(): readonly SharingPurpose[] {
  return restrictionRules.find((r) => r.category === "children")?.purposes ?? [];
}

/**
 * The record identifiers a pseudonymous exchange replaces with pseudonyms: in a case, every `id` and every field
 * named `…Id` or `…Ids` (references between records), and an enforcement record's `subject.ref`; in an
 * assessment, `caseId`. An assessment's indicator ids (`fired.id`, `ruleSetId`) are not personal and stay.
 */
export function isIdentifierPath(path: string): boolean {
  if (path === "assessment.caseId" || path === "case.enforcement.subject.ref") return true;
  if (!path.startsWith("case.")) return false;
  const last = path.slice(path.lastIndexOf(".") + 1);
  return last === "id" || last.endsWith("Id") || last.endsWith("Ids");
}

/** The protected path at or below `path`, if any. */
export function protectedPathUnder(path: string): string | undefined {
  return PROTECTED_PATHS.find((p) => isAtOrAbove(path, p));
}

/** The direct-identifier path at or below `path`, or above it, if any. */
export function directIdentifierAt(path: string): string | undefined {
  return DIRECT_IDENTIFIER_PATHS.find((p) => isAtOrAbove(path, p) || isAtOrAbove(p, path));
}

/** The restriction rules whose paths lie at, below or above `path` and do not allow `purpose`. */
export function restrictionsBreached(path: string, purpose: SharingPurpose): RestrictionRule[] {
  return restrictionRules.filter(
    (rule) =>
      !rule.purposes.includes(purpose) &&
      rule.paths.some((p) => isAtOrAbove(path, p) || isAtOrAbove(p, path)),
  );
}

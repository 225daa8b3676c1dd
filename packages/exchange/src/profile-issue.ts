import type { LabelTable, ParseIssue } from "@timpora/models";

/**
 * Stable codes of sharing-profile validation issues:
 * - `type.invalid`: a value of the wrong JSON type;
 * - `required`: a required field is missing;
 * - `key.unknown`: a field the format does not know;
 * - `value.invalid`: a value outside its allowed set or pattern (id, version, purpose, agency kind, path form);
 * - `field.unknown`: a path that is not in the catalogue of case and assessment fields;
 * - `field.duplicate`: a path listed twice;
 * - `field.protected`: a path at or above religion or ethnicity (never shared, whatever the purpose);
 * - `field.specific-data`: a path holding specific personal data (UU 27/2022 Art. 4(2)) that the purpose may not
 *   carry;
 * - `field.restricted`: a path restricted by the SDK's own choice (a screening explanation) that the purpose may
 *   not carry;
 * - `field.direct-identifier`: a direct identifier (name, document number, contact) in a pseudonymous profile.
 *
 * @example
 * ```ts
 * const code: ProfileIssueCode = "field.specific-data";
 * ```
 */
export type ProfileIssueCode =
  | "type.invalid"
  | "required"
  | "key.unknown"
  | "value.invalid"
  | "field.unknown"
  | "field.duplicate"
  | "field.protected"
  | "field.specific-data"
  | "field.restricted"
  | "field.direct-identifier";

/**
 * One problem found in a sharing profile: a stable code, the path to the spot and a fixed message in `id` and
 * `en` (the shape of `ParseIssue`); the message never echoes the value.
 *
 * @example
 * ```ts
 * const issue: ProfileIssue = { code: "field.protected", path: ["fields", 2], message: profileIssueMessages["field.protected"] };
 * ```
 */
export interface ProfileIssue extends Omit<ParseIssue, "code"> {
  /** Stable code. */
  code: ProfileIssueCode;
}

/**
 * The message of each {@link ProfileIssueCode} (data, one row a code).
 *
 * @example
 * ```ts
 * profileIssueMessages["field.protected"].en; // "Religion and ethnicity are never shared"
 * ```
 */
export const profileIssueMessages: LabelTable<ProfileIssueCode> = {
  "type.invalid": { id: "Jenis nilai tidak valid", en: "Value has the wrong type" },
  required: { id: "Wajib diisi", en: "Required" },
  "key.unknown": { id: "Kunci tidak dikenal", en: "Unknown key" },
  "value.invalid": { id: "Nilai tidak valid", en: "Invalid value" },
  "field.unknown": {
    id: "Path tidak ada pada rekaman kasus atau asesmen",
    en: "No such field in a case or assessment record",
  },
  "field.duplicate": { id: "Path disebut dua kali", en: "Field listed twice" },
  "field.protected": {
    id: "Agama dan etnis tidak pernah dibagikan",
    en: "Religion and ethnicity are never shared",
  },
  "field.specific-data": {
    id: "Data pribadi spesifik (UU 27/2022 Pasal 4 ayat (2)) yang tidak diperlukan untuk tujuan ini",
    en: "Specific personal data (UU 27/2022 Art. 4(2)) that this purpose does not allow",
  },
  "field.restricted": {
    id: "Data yang dibatasi (penjelasan skrining) yang tidak diperlukan untuk tujuan ini",
    en: "Restricted data (a screening explanation) that this purpose does not allow",
  },
  "field.direct-identifier": {
    id: "Pengenal langsung (nama, nomor dokumen, kontak) pada profil berpseudonim",
    en: "A direct identifier (name, document number, contact) in a pseudonymous profile",
  },
};

/** Builds an issue with the message of its code. */
export function profileIssue(code: ProfileIssueCode, path: (string | number)[]): ProfileIssue {
  return { code, path, message: profileIssueMessages[code] };
}

import type { LabelTable, ParseIssue } from "@timpora/models";

/**
 * Stable codes of why {@link receive} refuses an envelope, each with the path to the spot (keys and indexes only,
 * never a value):
 * - `type.invalid`, `required`, `key.unknown`, `value.invalid`: the envelope does not fit its JSON Schema
 *   (`schemas/envelope.json`);
 * - `profile.mismatch`: the envelope was made under another profile, or another version of it (id, version,
 *   digest, fields, pseudonymity or retention differ);
 * - `purpose.mismatch`: its purpose is not the profile's;
 * - `recipient.mismatch`: its recipient's agency kind is not one the profile sends to;
 * - `field.not-allowed`: a field the profile does not allow (the path names it);
 * - `identifier.not-pseudonymised`: a record identifier that is not a pseudonym, under a pseudonymous profile;
 * - `record.child-not-allowed`: a child's record (under 18 on the sharing day, or assessed `minor`) under a purpose
 *   that may not carry it;
 * - `explanation.not-redacted`: an explanation leaf shows religion, ethnicity or restricted data the purpose may
 *   not carry (the path names the leaf);
 * - `count.mismatch`: `recordCount` is not the number of records;
 * - `digest.mismatch`: the records' SHA-256 in RFC 8785 canonical JSON is not `payloadSha256` (changed on the way);
 * - `retention.mismatch`: `sharedOn` or `retainUntil` do not follow from `sharedAt` and the profile's retention;
 * - `retention.expired`: the retention period has passed (`retainUntil` is before the day given).
 *
 * @example
 * ```ts
 * const code: ReceiveIssueCode = "retention.expired";
 * ```
 */
export type ReceiveIssueCode =
  | "type.invalid"
  | "required"
  | "key.unknown"
  | "value.invalid"
  | "profile.mismatch"
  | "purpose.mismatch"
  | "recipient.mismatch"
  | "field.not-allowed"
  | "identifier.not-pseudonymised"
  | "record.child-not-allowed"
  | "explanation.not-redacted"
  | "count.mismatch"
  | "digest.mismatch"
  | "retention.mismatch"
  | "retention.expired";

/**
 * One reason {@link receive} refuses an envelope: code, path and a fixed message in `id` and `en`.
 *
 * @example
 * ```ts
 * const issue: ReceiveIssue = { code: "digest.mismatch", path: ["disclosure", "payloadSha256"], message: receiveIssueMessages["digest.mismatch"] };
 * ```
 */
export interface ReceiveIssue extends Omit<ParseIssue, "code"> {
  /** Stable code. */
  code: ReceiveIssueCode;
}

/**
 * The message of each {@link ReceiveIssueCode} (data, one row a code).
 *
 * @example
 * ```ts
 * receiveIssueMessages["digest.mismatch"].en; // "The records do not match the digest in the disclosure record"
 * ```
 */
export const receiveIssueMessages: LabelTable<ReceiveIssueCode> = {
  "type.invalid": { id: "Jenis nilai tidak valid", en: "Value has the wrong type" },
  required: { id: "Wajib diisi", en: "Required" },
  "key.unknown": { id: "Kunci tidak dikenal", en: "Unknown key" },
  "value.invalid": { id: "Nilai tidak valid", en: "Invalid value" },
  "profile.mismatch": {
    id: "Amplop dibuat dengan profil berbagi lain atau versi lain",
    en: "The envelope was made under another sharing profile or version",
  },
  "purpose.mismatch": {
    id: "Tujuan amplop bukan tujuan profil",
    en: "The envelope's purpose is not the profile's",
  },
  "recipient.mismatch": {
    id: "Jenis instansi penerima tidak termasuk dalam profil",
    en: "The recipient's agency kind is not one the profile sends to",
  },
  "field.not-allowed": { id: "Kolom tidak diizinkan oleh profil", en: "A field the profile does not allow" },
  "identifier.not-pseudonymised": {
    id: "Pengenal rekaman tidak berupa pseudonim pada profil berpseudonim",
    en: "A record identifier that is not a pseudonym under a pseudonymous profile",
  },
  "record.child-not-allowed": {
    id: "Rekaman anak tidak boleh dikirim untuk tujuan ini",
    en: "A child's record, which this purpose may not carry",
  },
  "explanation.not-redacted": {
    id: "Penjelasan skrining menampilkan data yang seharusnya disamarkan untuk tujuan ini",
    en: "A screening explanation shows a value that must be redacted for this purpose",
  },
  "count.mismatch": {
    id: "Jumlah rekaman tidak sesuai dengan catatan pengungkapan",
    en: "The number of records differs from the disclosure record",
  },
  "digest.mismatch": {
    id: "Rekaman tidak sesuai dengan digest pada catatan pengungkapan",
    en: "The records do not match the digest in the disclosure record",
  },
  "retention.mismatch": {
    id: "Tanggal berbagi atau batas retensi tidak sesuai dengan profil",
    en: "The sharing day or retention limit does not follow from the profile",
  },
  "retention.expired": {
    id: "Masa retensi telah lewat: data harus dihapus",
    en: "The retention period has passed: the data must be deleted",
  },
};

/** Builds an issue with the message of its code. */
export function receiveIssue(code: ReceiveIssueCode, path: (string | number)[]): ReceiveIssue {
  return { code, path, message: receiveIssueMessages[code] };
}

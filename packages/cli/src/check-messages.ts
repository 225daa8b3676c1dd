import { type Confidence, confidenceLabels } from "@timpora/models";
import type { MessageTable } from "./message-table.js";

/**
 * Parameters of the messages of `timpora mrz`, `timpora nik` and `timpora permit`, by code.
 *
 * @example
 * ```ts
 * const p: CheckMessageParams["mrz.invalid"] = { issues: 1 };
 * ```
 */
export interface CheckMessageParams {
  /** An MRZ read and checked. */
  "mrz.valid": { format: string; documentCode: string };
  /** An MRZ with issues. */
  "mrz.invalid": { issues: number };
  /** A NIK whose structure holds. */
  "nik.valid": Record<string, never>;
  /** A NIK with issues. */
  "nik.invalid": { issues: number };
  /** One issue of an MRZ or NIK: code, where, message. */
  "check.issue": { code: string; where: string; message: string };
  /** Names of the fields shown for an MRZ, a NIK or a permit. */
  "check.field": { field: CheckField };
  /** The count at the end of `timpora permit`. */
  "permit.summary": { file: string; permits: number; records: number; invalid: number };
  /** A record of `timpora permit` with no permit in it. */
  "permit.none": { file: string; where: string };
  /**
   * The overstay charge cell of `timpora permit`: the amount (or the status when there is none), with the
   * confidence of the law-table rows behind it whenever that is not `high`.
   */
  "permit.charge": { amount: string; confidence: Confidence };
}

/**
 * The fields shown by the check commands, whose names are in the message table.
 *
 * @example
 * ```ts
 * const field: CheckField = "last-day";
 * ```
 */
export type CheckField =
  | "issuing-state"
  | "names"
  | "document-number"
  | "nationality"
  | "birth-date"
  | "sex"
  | "expiry-date"
  | "optional-data"
  | "check-digits"
  | "province"
  | "regency"
  | "district"
  | "serial"
  | "permit"
  | "kind"
  | "status"
  | "last-day"
  | "days-remaining"
  | "overstay-days"
  | "charge"
  | "extension"
  | "conversion"
  | "reason";

const fields: Record<CheckField, [string, string]> = {
  "issuing-state": ["negara penerbit", "issuing state"],
  names: ["nama", "names"],
  "document-number": ["nomor dokumen", "document number"],
  nationality: ["kewarganegaraan", "nationality"],
  "birth-date": ["tanggal lahir", "birth date"],
  sex: ["jenis kelamin", "sex"],
  "expiry-date": ["berlaku sampai", "expiry date"],
  "optional-data": ["data opsional", "optional data"],
  "check-digits": ["digit pemeriksa", "check digits"],
  province: ["provinsi", "province"],
  regency: ["kabupaten/kota", "regency/city"],
  district: ["kecamatan", "district"],
  serial: ["nomor urut", "serial"],
  permit: ["izin", "permit"],
  kind: ["jenis", "kind"],
  status: ["status", "status"],
  "last-day": ["hari terakhir", "last day"],
  "days-remaining": ["sisa hari", "days left"],
  "overstay-days": ["hari lewat", "overstay days"],
  charge: ["biaya beban", "charge"],
  extension: ["perpanjangan", "extension"],
  conversion: ["alih status", "conversion"],
  reason: ["alasan", "reason"],
};

/** Messages of the check commands, in Indonesian and English. */
export const checkMessages: MessageTable<CheckMessageParams> = {
  "mrz.valid": {
    id: (p) => `MRZ ${p.format} (kode dokumen ${p.documentCode}): valid`,
    en: (p) => `MRZ ${p.format} (document code ${p.documentCode}): valid`,
  },
  "mrz.invalid": {
    id: (p) => `MRZ tidak valid: ${p.issues} masalah`,
    en: (p) => `MRZ invalid: ${p.issues} ${p.issues === 1 ? "issue" : "issues"}`,
  },
  "nik.valid": {
    id: () => "NIK: strukturnya valid (tidak memeriksa apakah NIK ini pernah diterbitkan)",
    en: () => "NIK: the structure is valid (this does not check that it was ever issued)",
  },
  "nik.invalid": {
    id: (p) => `NIK tidak valid: ${p.issues} masalah`,
    en: (p) => `NIK invalid: ${p.issues} ${p.issues === 1 ? "issue" : "issues"}`,
  },
  "check.issue": {
    id: (p) => `  ${p.code}${p.where ? ` (${p.where})` : ""}: ${p.message}`,
    en: (p) => `  ${p.code}${p.where ? ` (${p.where})` : ""}: ${p.message}`,
  },
  "check.field": { id: (p) => fields[p.field][0], en: (p) => fields[p.field][1] },
  "permit.summary": {
    id: (p) => `${p.file}: ${p.permits} izin dari ${p.records} rekaman; ${p.invalid} tidak valid`,
    en: (p) =>
      `${p.file}: ${p.permits} ${p.permits === 1 ? "permit" : "permits"} from ${p.records} ${p.records === 1 ? "record" : "records"}; ${p.invalid} invalid`,
  },
  "permit.none": {
    id: (p) => `${p.file}: ${p.where}: kasus tanpa izin tinggal`,
    en: (p) => `${p.file}: ${p.where}: a case without a permit`,
  },
  "permit.charge": {
    id: (p) =>
      p.confidence === "high"
        ? p.amount
        : `${p.amount} (keyakinan ${confidenceLabels[p.confidence].id.toLowerCase()})`,
    en: (p) =>
      p.confidence === "high"
        ? p.amount
        : `${p.amount} (${confidenceLabels[p.confidence].en.toLowerCase()} confidence)`,
  },
};

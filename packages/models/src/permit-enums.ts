import * as z from "zod";
import type { LabelTable } from "./labels.js";

/**
 * Kinds of stay permits (UU 6/2011 as amended: ITK, ITAS, ITAP, diplomatic and service stay permits).
 *
 * Zod schema of {@link PermitKind}; `PermitKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * PermitKindSchema.options; // ["itk", "itas", "itap", "diplomatic", "service"]
 * ```
 */
export const PermitKindSchema = z.enum(["itk", "itas", "itap", "diplomatic", "service"]);
/**
 * Kind of a stay permit.
 *
 * @example
 * ```ts
 * const permitKind: PermitKind = "itk";
 * ```
 */
export type PermitKind = z.infer<typeof PermitKindSchema>;
/**
 * Labels of {@link PermitKind}.
 *
 * @example
 * ```ts
 * permitKindLabels.itk.en; // "Visit stay permit (ITK)"
 * ```
 */
export const permitKindLabels: LabelTable<PermitKind> = {
  itk: { id: "Izin Tinggal Kunjungan (ITK)", en: "Visit stay permit (ITK)" },
  itas: { id: "Izin Tinggal Terbatas (ITAS)", en: "Limited stay permit (ITAS)" },
  itap: { id: "Izin Tinggal Tetap (ITAP)", en: "Permanent stay permit (ITAP)" },
  diplomatic: { id: "Izin Tinggal Diplomatik", en: "Diplomatic stay permit" },
  service: { id: "Izin Tinggal Dinas", en: "Service stay permit" },
};

/**
 * What a permit was granted on: the visa or exemption used to enter, or another basis.
 *
 * Zod schema of {@link PermitBasis}; `PermitBasisSchema.options` lists the values.
 *
 * @example
 * ```ts
 * PermitBasisSchema.options.includes("visa-exempt"); // true
 * ```
 */
export const PermitBasisSchema = z.enum([
  "visa-exempt",
  "visa-on-arrival",
  "visit-visa-single",
  "visit-visa-multiple",
  "limited-stay-visa",
  "limited-stay-visa-on-arrival",
  "diplomatic-visa",
  "service-visa",
  "conversion",
  "birth",
  "crew",
  "emergency",
]);
/**
 * Basis a permit was granted on.
 *
 * @example
 * ```ts
 * const permitBasis: PermitBasis = "visa-exempt";
 * ```
 */
export type PermitBasis = z.infer<typeof PermitBasisSchema>;
/**
 * Labels of {@link PermitBasis}.
 *
 * @example
 * ```ts
 * permitBasisLabels["visa-exempt"].en; // "Visa exemption"
 * ```
 */
export const permitBasisLabels: LabelTable<PermitBasis> = {
  "visa-exempt": { id: "Bebas visa kunjungan", en: "Visa exemption" },
  "visa-on-arrival": { id: "Visa kunjungan saat kedatangan", en: "Visa on arrival" },
  "visit-visa-single": { id: "Visa kunjungan satu kali perjalanan", en: "Single-entry visit visa" },
  "visit-visa-multiple": { id: "Visa kunjungan beberapa kali perjalanan", en: "Multiple-entry visit visa" },
  "limited-stay-visa": { id: "Visa tinggal terbatas", en: "Limited stay visa" },
  "limited-stay-visa-on-arrival": {
    id: "Visa tinggal terbatas saat kedatangan",
    en: "Limited stay visa on arrival",
  },
  "diplomatic-visa": { id: "Visa diplomatik", en: "Diplomatic visa" },
  "service-visa": { id: "Visa dinas", en: "Service visa" },
  conversion: { id: "Alih status", en: "Conversion (change of status)" },
  birth: { id: "Kelahiran di wilayah Indonesia", en: "Birth in Indonesia" },
  crew: { id: "Awak alat angkut", en: "Crew of a conveyance" },
  emergency: { id: "Keadaan darurat", en: "Emergency" },
};

/**
 * Status of a permit. `statusFrom` gives the first day a non-active status holds.
 *
 * Zod schema of {@link PermitStatus}; `PermitStatusSchema.options` lists the values.
 *
 * @example
 * ```ts
 * PermitStatusSchema.options; // ["active", "converted", "cancelled", "ended"]
 * ```
 */
export const PermitStatusSchema = z.enum(["active", "converted", "cancelled", "ended"]);
/**
 * Status of a permit.
 *
 * @example
 * ```ts
 * const permitStatus: PermitStatus = "active";
 * ```
 */
export type PermitStatus = z.infer<typeof PermitStatusSchema>;
/**
 * Labels of {@link PermitStatus}.
 *
 * @example
 * ```ts
 * permitStatusLabels.active.en; // "Active"
 * ```
 */
export const permitStatusLabels: LabelTable<PermitStatus> = {
  active: { id: "Berlaku", en: "Active" },
  converted: { id: "Telah dialihstatuskan", en: "Converted" },
  cancelled: { id: "Dibatalkan", en: "Cancelled" },
  ended: { id: "Berakhir", en: "Ended" },
};

/**
 * Purpose of stay a permit was granted for.
 *
 * Zod schema of {@link PermitPurpose}; `PermitPurposeSchema.options` lists the values.
 *
 * @example
 * ```ts
 * PermitPurposeSchema.options.includes("work"); // true
 * ```
 */
export const PermitPurposeSchema = z.enum([
  "work",
  "family",
  "investment",
  "retirement",
  "study",
  "religious-work",
  "second-home",
  "remote-work",
  "tourism",
  "business",
  "medical",
  "other",
]);
/**
 * Purpose of stay.
 *
 * @example
 * ```ts
 * const permitPurpose: PermitPurpose = "work";
 * ```
 */
export type PermitPurpose = z.infer<typeof PermitPurposeSchema>;
/**
 * Labels of {@link PermitPurpose}.
 *
 * @example
 * ```ts
 * permitPurposeLabels.work.en; // "Work"
 * ```
 */
export const permitPurposeLabels: LabelTable<PermitPurpose> = {
  work: { id: "Bekerja", en: "Work" },
  family: { id: "Penyatuan keluarga", en: "Family" },
  investment: { id: "Penanaman modal", en: "Investment" },
  retirement: { id: "Lanjut usia (pensiun)", en: "Retirement" },
  study: { id: "Belajar", en: "Study" },
  "religious-work": { id: "Rohaniwan", en: "Religious work" },
  "second-home": { id: "Rumah kedua", en: "Second home" },
  "remote-work": { id: "Pekerja jarak jauh", en: "Remote work" },
  tourism: { id: "Wisata", en: "Tourism" },
  business: { id: "Bisnis", en: "Business" },
  medical: { id: "Pengobatan", en: "Medical treatment" },
  other: { id: "Lainnya", en: "Other" },
};

/**
 * Types of pending applications on a permit.
 *
 * Zod schema of {@link PendingApplicationType}; `PendingApplicationTypeSchema.options` lists the values.
 *
 * @example
 * ```ts
 * PendingApplicationTypeSchema.options; // ["extension", "conversion"]
 * ```
 */
export const PendingApplicationTypeSchema = z.enum(["extension", "conversion"]);
/**
 * Type of a pending application.
 *
 * @example
 * ```ts
 * const pendingApplicationType: PendingApplicationType = "extension";
 * ```
 */
export type PendingApplicationType = z.infer<typeof PendingApplicationTypeSchema>;
/**
 * Labels of {@link PendingApplicationType}.
 *
 * @example
 * ```ts
 * pendingApplicationTypeLabels.extension.en; // "Extension"
 * ```
 */
export const pendingApplicationTypeLabels: LabelTable<PendingApplicationType> = {
  extension: { id: "Perpanjangan", en: "Extension" },
  conversion: { id: "Alih status", en: "Conversion" },
};

/**
 * Kinds of re-entry permits: single (IMK) or multiple (MERP).
 *
 * Zod schema of {@link ReEntryPermitKind}; `ReEntryPermitKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * ReEntryPermitKindSchema.options; // ["single", "multiple"]
 * ```
 */
export const ReEntryPermitKindSchema = z.enum(["single", "multiple"]);
/**
 * Kind of a re-entry permit.
 *
 * @example
 * ```ts
 * const reEntryPermitKind: ReEntryPermitKind = "single";
 * ```
 */
export type ReEntryPermitKind = z.infer<typeof ReEntryPermitKindSchema>;
/**
 * Labels of {@link ReEntryPermitKind}.
 *
 * @example
 * ```ts
 * reEntryPermitKindLabels.single.en; // "Single re-entry permit"
 * ```
 */
export const reEntryPermitKindLabels: LabelTable<ReEntryPermitKind> = {
  single: { id: "Izin Masuk Kembali satu kali (IMK)", en: "Single re-entry permit" },
  multiple: { id: "Izin Masuk Kembali beberapa kali (MERP)", en: "Multiple re-entry permit (MERP)" },
};

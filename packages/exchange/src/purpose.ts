import type { LabelTable } from "@timpora/models";
import * as z from "zod";

/**
 * Why data leaves for another agency: one purpose from a fixed list per exchange (issue 14), kept in the
 * disclosure record with the legal basis.
 * - `tppo-referral`: referral of a possible trafficking case for victim screening and investigation;
 * - `child-protection`: a child's case for the social affairs office or the UPTD PPA;
 * - `labour-inspection`: working conditions at an employer, for the manpower office;
 * - `law-enforcement`: an investigation by the police or the prosecutor;
 * - `civil-registration-check`: checking Indonesian identity data (a sponsor's or spouse's NIK) with Dukcapil;
 * - `oversight-statistics`: counts for the oversight map, without direct identifiers.
 *
 * Zod schema of {@link SharingPurpose}; `SharingPurposeSchema.options` lists the values.
 *
 * @example
 * ```ts
 * SharingPurposeSchema.options.includes("labour-inspection"); // true
 * ```
 */
export const SharingPurposeSchema = z.enum([
  "tppo-referral",
  "child-protection",
  "labour-inspection",
  "law-enforcement",
  "civil-registration-check",
  "oversight-statistics",
]);

/**
 * The purpose of an exchange.
 *
 * @example
 * ```ts
 * const purpose: SharingPurpose = "child-protection";
 * ```
 */
export type SharingPurpose = z.infer<typeof SharingPurposeSchema>;

/**
 * Labels of {@link SharingPurpose}.
 *
 * @example
 * ```ts
 * sharingPurposeLabels["labour-inspection"].id; // "Pengawasan ketenagakerjaan"
 * ```
 */
export const sharingPurposeLabels: LabelTable<SharingPurpose> = {
  "tppo-referral": {
    id: "Rujukan TPPO (skrining korban dan penyidikan)",
    en: "TPPO referral (victim screening and investigation)",
  },
  "child-protection": { id: "Perlindungan anak", en: "Child protection" },
  "labour-inspection": { id: "Pengawasan ketenagakerjaan", en: "Labour inspection" },
  "law-enforcement": { id: "Penegakan hukum", en: "Law enforcement" },
  "civil-registration-check": {
    id: "Pemeriksaan data kependudukan (Dukcapil)",
    en: "Civil registration check (Dukcapil)",
  },
  "oversight-statistics": { id: "Statistik pengawasan", en: "Oversight statistics" },
};

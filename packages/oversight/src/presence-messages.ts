import type { LabelTable } from "@timpora/models";

/**
 * Codes of the reason a person was placed where they were on a date, or counted apart:
 * - `place.lodging-report`: a lodging report (APOA) covers the date, read in the zone of the lodging's region;
 * - `place.residence`: the residence address;
 * - `place.permit-region`: the region of the permit in force (else of the latest permit that names one);
 * - `apart.departed`: the stay status says the person left before the date;
 * - `apart.not-yet-arrived`: the stay status says the person had not arrived;
 * - `apart.place-unknown`: present or possibly present, but no record says where.
 *
 * @example
 * ```ts
 * const code: PresenceReasonCode = "place.lodging-report";
 * ```
 */
export type PresenceReasonCode =
  | "place.lodging-report"
  | "place.residence"
  | "place.permit-region"
  | "apart.departed"
  | "apart.not-yet-arrived"
  | "apart.place-unknown";

/**
 * The text of each {@link PresenceReasonCode} in Indonesian and English (no personal data).
 *
 * @example
 * ```ts
 * presenceReasonMessages["place.residence"].en; // "Residence address"
 * ```
 */
export const presenceReasonMessages: LabelTable<PresenceReasonCode> = {
  "place.lodging-report": {
    id: "Laporan penginapan (APOA) yang mencakup tanggal itu, menurut zona waktu tempat penginapan",
    en: "A lodging report (APOA) covering the date, read in the lodging's own time zone",
  },
  "place.residence": { id: "Alamat tempat tinggal", en: "Residence address" },
  "place.permit-region": { id: "Wilayah pada izin tinggal", en: "The region on the stay permit" },
  "apart.departed": { id: "Sudah keluar dari Indonesia", en: "Departed from Indonesia" },
  "apart.not-yet-arrived": { id: "Belum tiba di Indonesia", en: "Not yet arrived in Indonesia" },
  "apart.place-unknown": { id: "Tempat tidak diketahui", en: "Place unknown" },
};

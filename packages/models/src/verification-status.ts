import * as z from "zod";
import type { LabelTable } from "./labels.js";

/** How far a sponsor's or employer's existence and identity have been verified. */
export const verificationStatuses = [
  "unverified",
  "verified",
  "not-found",
  "fictitious",
  "inactive",
] as const;
/** Zod schema of {@link VerificationStatus}. */
export const VerificationStatusSchema = z.enum(verificationStatuses);
/** Verification status of a sponsor or employer. */
export type VerificationStatus = z.infer<typeof VerificationStatusSchema>;
/** Labels of {@link VerificationStatus}. */
export const verificationStatusLabels: LabelTable<VerificationStatus> = {
  unverified: { id: "Belum diverifikasi", en: "Not verified" },
  verified: { id: "Terverifikasi", en: "Verified" },
  "not-found": { id: "Tidak ditemukan", en: "Not found" },
  fictitious: { id: "Fiktif", en: "Fictitious" },
  inactive: { id: "Tidak aktif", en: "Inactive" },
};

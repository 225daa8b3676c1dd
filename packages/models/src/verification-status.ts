import * as z from "zod";
import type { LabelTable } from "./labels.js";

/**
 * How far a sponsor's or employer's existence and identity have been verified.
 *
 * Zod schema of {@link VerificationStatus}; `VerificationStatusSchema.options` lists the values.
 *
 * @example
 * ```ts
 * VerificationStatusSchema.options.includes("unverified"); // true
 * ```
 */
export const VerificationStatusSchema = z.enum([
  "unverified",
  "verified",
  "not-found",
  "fictitious",
  "inactive",
]);
/**
 * Verification status of a sponsor or employer.
 *
 * @example
 * ```ts
 * const verificationStatus: VerificationStatus = "unverified";
 * ```
 */
export type VerificationStatus = z.infer<typeof VerificationStatusSchema>;
/**
 * Labels of {@link VerificationStatus}.
 *
 * @example
 * ```ts
 * verificationStatusLabels.unverified.en; // "Not verified"
 * ```
 */
export const verificationStatusLabels: LabelTable<VerificationStatus> = {
  unverified: { id: "Belum diverifikasi", en: "Not verified" },
  verified: { id: "Terverifikasi", en: "Verified" },
  "not-found": { id: "Tidak ditemukan", en: "Not found" },
  fictitious: { id: "Fiktif", en: "Fictitious" },
  inactive: { id: "Tidak aktif", en: "Inactive" },
};

import * as z from "zod";
import type { LabelTable } from "./labels.js";

/** How sure the SDK is of a fact of law or of a source: high, medium, low, or not verified at all. */
export const confidences = ["high", "medium", "low", "unverified"] as const;

/**
 * Zod schema of {@link Confidence}.
 *
 * @example
 * ```ts
 * ConfidenceSchema.parse("medium"); // "medium"
 * ```
 */
export const ConfidenceSchema = z.enum(confidences);

/** Confidence in a source, a legal value or a reading (`high`, `medium`, `low`, `unverified`). */
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** Labels of {@link Confidence}. */
export const confidenceLabels: LabelTable<Confidence> = {
  high: { id: "Tinggi", en: "High" },
  medium: { id: "Sedang", en: "Medium" },
  low: { id: "Rendah", en: "Low" },
  unverified: { id: "Belum diverifikasi", en: "Unverified" },
};

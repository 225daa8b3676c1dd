import * as z from "zod";
import type { LabelTable } from "./labels.js";

/**
 * How sure the SDK is of a fact of law or of a source: high, medium, low, or not verified at all.
 *
 * Zod schema of {@link Confidence}; `ConfidenceSchema.options` lists the values, surest first.
 *
 * @example
 * ```ts
 * ConfidenceSchema.options; // ["high", "medium", "low", "unverified"]
 * ConfidenceSchema.parse("medium"); // "medium"
 * ```
 */
export const ConfidenceSchema = z.enum(["high", "medium", "low", "unverified"]);

/**
 * Confidence in a source, a legal value or a reading (`high`, `medium`, `low`, `unverified`).
 *
 * @example
 * ```ts
 * const confidence: Confidence = "high";
 * ```
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * Labels of {@link Confidence}.
 *
 * @example
 * ```ts
 * confidenceLabels.high.en; // "High"
 * ```
 */
export const confidenceLabels: LabelTable<Confidence> = {
  high: { id: "Tinggi", en: "High" },
  medium: { id: "Sedang", en: "Medium" },
  low: { id: "Rendah", en: "Low" },
  unverified: { id: "Belum diverifikasi", en: "Unverified" },
};

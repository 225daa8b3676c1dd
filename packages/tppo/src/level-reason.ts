import type { LabelTable, Reason } from "@timpora/models";
import * as z from "zod";

/**
 * The stable codes of the reasons behind a level, in the order the level rule tests them.
 *
 * @example
 * ```ts
 * levelReasonCodes.filter((c) => c.startsWith("refer.")); // ["refer.means-purpose-observed", "refer.minor-act-purpose"]
 * ```
 */
export const levelReasonCodes = [
  "refer.means-purpose-observed",
  "refer.minor-act-purpose",
  "review.act-and-means",
  "review.strong-indicator",
  "review.means-purpose-administrative",
  "note.indicators",
] as const;

/**
 * A reason behind a level:
 * - `refer.means-purpose-observed`: means and purpose positive, with an officer-observed indicator counted;
 * - `refer.minor-act-purpose`: a minor, act and purpose positive (Palermo Protocol Art. 3(c): no means needed);
 * - `review.act-and-means`: act positive with a means indicator fired;
 * - `review.strong-indicator`: a strong (non-context) indicator fired;
 * - `review.means-purpose-administrative`: means and purpose positive on administrative indicators only;
 * - `note.indicators`: indicators fired, no review condition holds.
 */
export type LevelReasonCode = (typeof levelReasonCodes)[number];

/**
 * The message of each {@link LevelReasonCode} in Indonesian and English (fixed texts).
 *
 * @example
 * ```ts
 * levelReasonMessages["review.strong-indicator"].id; // "Ada indikator kuat"
 * ```
 */
export const levelReasonMessages: LabelTable<LevelReasonCode> = {
  "refer.means-purpose-observed": {
    id: "Cara dan tujuan positif, termasuk indikator hasil pengamatan petugas",
    en: "Means and purpose positive, including an officer-observed indicator",
  },
  "refer.minor-act-purpose": {
    id: "Anak: proses dan tujuan positif (tanpa unsur cara, Protokol Palermo Pasal 3(c))",
    en: "Minor: act and purpose positive (no means needed, Palermo Protocol Art. 3(c))",
  },
  "review.act-and-means": {
    id: "Proses positif dengan indikator cara",
    en: "Act positive with a means indicator",
  },
  "review.strong-indicator": { id: "Ada indikator kuat", en: "A strong indicator fired" },
  "review.means-purpose-administrative": {
    id: "Cara dan tujuan positif hanya dari data administratif: perlu pemeriksaan lapangan",
    en: "Means and purpose positive on administrative indicators only: field check needed",
  },
  "note.indicators": {
    id: "Ada indikator, tanpa syarat tinjauan",
    en: "Indicators fired, no review condition holds",
  },
};

/** A reason behind the level: a stable code and its message in Indonesian and English. */
export type LevelReason = Reason<LevelReasonCode>;

/**
 * zod schema of a {@link LevelReason} (as in `schemas/assessment.json`).
 *
 * @example
 * ```ts
 * LevelReasonSchema.safeParse(assessment.levelReasons[0]).success; // true
 * LevelReasonSchema.safeParse({ code: "refer.minor-act-purpose", label: { id: "…", en: "…" } }).success; // false
 * ```
 */
export const LevelReasonSchema = z.object({
  /** Stable code, e.g. `"refer.minor-act-purpose"`. */
  code: z.enum(levelReasonCodes),
  /** The reason in Indonesian and English. */
  message: z.object({ id: z.string(), en: z.string() }),
}) satisfies z.ZodType<LevelReason>;

/**
 * The reason with a code, its message taken from {@link levelReasonMessages}.
 *
 * @example
 * ```ts
 * levelReason("review.strong-indicator").message.en; // "A strong indicator fired"
 * ```
 */
export function levelReason(code: LevelReasonCode): LevelReason {
  return { code, message: levelReasonMessages[code] };
}

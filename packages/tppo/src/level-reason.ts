import type { LabelTable, Reason } from "@timpora/models";
import * as z from "zod";

/**
 * The stable codes of the reasons behind a level, in the order the level rule tests them.
 *
 * @example
 * ```ts
 * levelReasonCodes.filter((c) => c.startsWith("refer.")); // ["refer.means-purpose-observed", "refer.child-purpose-act", "refer.child-purpose-observed"]
 * ```
 */
export const levelReasonCodes = [
  "refer.means-purpose-observed",
  "refer.child-purpose-act",
  "refer.child-purpose-observed",
  "review.child-act",
  "review.act-and-means",
  "review.strong-indicator",
  "review.means-purpose-administrative",
  "note.indicators",
] as const;

/**
 * A reason behind a level:
 * - `refer.means-purpose-observed`: means and purpose positive, with an officer-observed indicator counted;
 * - `refer.child-purpose-act`: a minor with a strong purpose indicator (or purpose positive) and any act
 *   indicator (Palermo Protocol Art. 3(c): no means needed for a child; UU 21/2007 Art. 17 as context);
 * - `refer.child-purpose-observed`: a minor with a strong purpose indicator (or purpose positive) and an
 *   officer's observation of the child's work or living conditions (a part-B indicator): the child's presence
 *   there is itself receipt or harbouring;
 * - `review.child-act`: a minor with any act indicator, e.g. travelling alone or with unrelated adults on
 *   positive evidence;
 * - `review.act-and-means`: act positive with a means indicator fired;
 * - `review.strong-indicator`: a strong (non-context) indicator fired;
 * - `review.means-purpose-administrative`: means and purpose positive on administrative indicators only;
 * - `note.indicators`: indicators fired, no review condition holds.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const c = generateCase({ seed: "demo", asOf, plant: ["passport-withheld"] });
 * const assessment = await createEvaluator({ asOf }).evaluate(c);
 * const codes: LevelReasonCode[] = assessment.levelReasons.map((r) => r.code);
 * codes; // ["review.strong-indicator"]
 * ```
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
  "refer.child-purpose-act": {
    id: "Anak: indikator tujuan yang kuat (atau tujuan positif) bersama indikator proses; tanpa unsur cara (Protokol Palermo Pasal 3(c)); UU 21/2007 Pasal 17 (pemberatan bila korban anak) sebagai konteks",
    en: "Minor: a strong purpose indicator (or purpose positive) with an act indicator; no means needed (Palermo Protocol Art. 3(c)); UU 21/2007 Art. 17 (child victim aggravation) as context",
  },
  "refer.child-purpose-observed": {
    id: "Anak: indikator tujuan yang kuat (atau tujuan positif) dengan pengamatan petugas atas pekerjaan atau tempat tinggal anak (Protokol Palermo Pasal 3(c)); UU 21/2007 Pasal 17 sebagai konteks",
    en: "Minor: a strong purpose indicator (or purpose positive) with an officer's observation of the child's work or living conditions (Palermo Protocol Art. 3(c)); UU 21/2007 Art. 17 as context",
  },
  "review.child-act": {
    id: "Anak dengan indikator proses (misalnya bepergian sendiri atau dengan orang dewasa bukan keluarga)",
    en: "A minor with an act indicator (e.g. travelling alone or with unrelated adults)",
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

/**
 * A reason behind the level: a stable code and its message in Indonesian and English.
 *
 * @example
 * ```ts
 * const code = "review.strong-indicator";
 * const reason: LevelReason = { code, message: levelReasonMessages[code] };
 * reason.message.en; // "A strong indicator fired"
 * ```
 */
export type LevelReason = Reason<LevelReasonCode>;

/**
 * zod schema of a {@link LevelReason} (as in `schemas/assessment.json`).
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const c = generateCase({ seed: "demo", asOf, plant: ["passport-withheld"] });
 * LevelReasonSchema.safeParse((await createEvaluator({ asOf }).evaluate(c)).levelReasons[0]).success; // true
 * LevelReasonSchema.safeParse({ code: "refer.child-purpose-act", label: { id: "…", en: "…" } }).success; // false
 * ```
 */
export const LevelReasonSchema = z.object({
  /** Stable code, e.g. `"refer.child-purpose-act"`. */
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

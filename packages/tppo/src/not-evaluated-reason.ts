import type { Labels, LabelTable, Reason } from "@timpora/models";
import * as z from "zod";

/**
 * Why an indicator was not evaluated:
 * - `not-evaluated.cross-record-missing`: it needs a population index or precomputed counts, not given;
 * - `not-evaluated.data-gap`: the record does not hold an answer it needs (e.g. whom a minor travelled with),
 *   so the indicator is shown as a gap instead of being read as evidence either way.
 *
 * @example
 * ```ts
 * notEvaluatedReasonCodes; // ["not-evaluated.cross-record-missing", "not-evaluated.data-gap"]
 * ```
 */
export const notEvaluatedReasonCodes = [
  "not-evaluated.cross-record-missing",
  "not-evaluated.data-gap",
] as const;

/**
 * A reason an indicator was not evaluated.
 *
 * @example
 * ```ts
 * const code: NotEvaluatedReasonCode = "not-evaluated.data-gap";
 * notEvaluatedReasonMessages[code].id; // "Tidak tercatat"
 * ```
 */
export type NotEvaluatedReasonCode = (typeof notEvaluatedReasonCodes)[number];

/**
 * The message of each {@link NotEvaluatedReasonCode} in Indonesian and English; a data gap names the facts
 * that are not on record after it.
 *
 * @example
 * ```ts
 * notEvaluatedReasonMessages["not-evaluated.data-gap"].en; // "Not on record"
 * ```
 */
export const notEvaluatedReasonMessages: LabelTable<NotEvaluatedReasonCode> = {
  "not-evaluated.cross-record-missing": {
    id: "Data lintas-catatan (indeks populasi atau hitungan) tidak diberikan",
    en: "Cross-record data (population index or counts) was not given",
  },
  "not-evaluated.data-gap": { id: "Tidak tercatat", en: "Not on record" },
};

/**
 * zod schema of a reason an indicator was not evaluated.
 *
 * @example
 * ```ts
 * NotEvaluatedReasonCodeSchema.options.length; // 2
 * ```
 */
export const NotEvaluatedReasonCodeSchema = z.enum(notEvaluatedReasonCodes);

/**
 * The reason with its message; for a data gap, the labels of the facts not on record are appended.
 *
 * @example
 * ```ts
 * notEvaluatedReason("not-evaluated.data-gap", [{ id: "Perjalanan", en: "Travel" }]).message.en; // "Not on record: Travel"
 * ```
 */
export function notEvaluatedReason(
  code: NotEvaluatedReasonCode,
  missing: readonly Labels[] = [],
): Reason<NotEvaluatedReasonCode> {
  const base = notEvaluatedReasonMessages[code];
  if (missing.length === 0) return { code, message: base };
  return {
    code,
    message: {
      id: `${base.id}: ${missing.map((l) => l.id).join("; ")}`,
      en: `${base.en}: ${missing.map((l) => l.en).join("; ")}`,
    },
  };
}

import type { Labels, LabelTable, Locale } from "@timpora/models";
import type { Level } from "./levels.js";

/**
 * Name of each level in Indonesian and English. `refer` means "refer for victim screening", a protective
 * procedure; the Indonesian wording names the procedure without labelling the person.
 *
 * @example
 * ```ts
 * levelLabels.refer.en; // "Refer for victim screening (a protective procedure)"
 * levelLabels.review.id; // "Tinjau (pemeriksaan lapangan)"
 * ```
 */
export const levelLabels: LabelTable<Level> = Object.freeze({
  none: { id: "Tidak ada", en: "None" },
  note: { id: "Catatan", en: "Note" },
  review: { id: "Tinjau (pemeriksaan lapangan)", en: "Review (field check)" },
  refer: {
    id: "Rujuk untuk skrining perlindungan (prosedur perlindungan)",
    en: "Refer for victim screening (a protective procedure)",
  },
});

const WORDS = {
  id: {
    noIndicator: "tidak ada indikator yang muncul",
    indicators: (n: number) => `${n} indikator`,
    notEvaluated: (n: number) => `${n} tidak dievaluasi (data tidak diberikan atau tidak tercatat)`,
  },
  en: {
    noIndicator: "no indicator fired",
    indicators: (n: number) => `${n} indicator${n === 1 ? "" : "s"}`,
    notEvaluated: (n: number) => `${n} not evaluated (data not given or not on record)`,
  },
} as const;

/**
 * What a summary line is made of.
 *
 * @example
 * ```ts
 * const input: SummaryInput = { level: "none", fired: [], notEvaluated: 1 };
 * summaryLine(input, "en"); // "None — no indicator fired; 1 not evaluated (data not given or not on record)"
 * ```
 */
export interface SummaryInput {
  /** The level. */
  level: Level;
  /** Labels of the fired indicators, in rule-set order. */
  fired: readonly { label: Labels }[];
  /** Number of indicators not evaluated. */
  notEvaluated: number;
}

/**
 * One line in `locale`: the level's label, then the fired indicators' labels, then how many indicators were
 * not evaluated (when any). Never names the person or shows any personal value.
 *
 * @example
 * ```ts
 * summaryLine({ level: "note", fired: [{ label: { id: "Overstay", en: "Overstay" } }], notEvaluated: 0 }, "en");
 * // "Note — 1 indicator: Overstay"
 * ```
 */
export function summaryLine(input: SummaryInput, locale: Locale): string {
  const w = WORDS[locale];
  const head = levelLabels[input.level][locale];
  const body =
    input.fired.length === 0
      ? w.noIndicator
      : `${w.indicators(input.fired.length)}: ${input.fired.map((f) => f.label[locale]).join("; ")}`;
  const tail = input.notEvaluated > 0 ? `; ${w.notEvaluated(input.notEvaluated)}` : "";
  return `${head} — ${body}${tail}`;
}

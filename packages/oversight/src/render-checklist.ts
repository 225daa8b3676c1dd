/**
 * The observation form of a visit as one printable HTML page: the questions in Indonesian and English, a
 * yes/no/answer column to fill in by hand, no script, no request (a Content-Security-Policy of
 * `default-src 'none'`), and no personal data (people are numbered by case position only).
 */
import type { Labels } from "@timpora/models";
import type { Checklist } from "./checklist.js";
import { escapeHtml } from "./html-text.js";

/**
 * Options of {@link renderChecklist}.
 *
 * @example
 * ```ts
 * const options: ChecklistPageOptions = { locale: "en", day: "2025-07-01" };
 * renderChecklist({ target: { kind: "address", id: "adr-1", rank: 1 }, questions: [] }, options).includes("No question left to ask."); // true
 * ```
 */
export interface ChecklistPageOptions {
  /** `"id"`, `"en"`, or `"both"` (default). */
  locale?: "id" | "en" | "both";
  /** The day of the visit, printed in the heading. */
  day?: string;
}

const texts = {
  title: { id: "Formulir pemeriksaan lapangan (bagian B)", en: "Field-check form (part B)" },
  basis: {
    id: "Jawaban yang belum tercatat untuk orang di tempat ini. Bila ada indikator cara atau tujuan, penapisan korban dilakukan sebelum tindakan keimigrasian apa pun (UU 21/2007 Pasal 18).",
    en: "Answers not yet on record for the people at this place. With a means or purpose indicator, victim screening comes before any immigration action (UU 21/2007 Art. 18).",
  },
  place: { id: "Tempat", en: "Place" },
  question: { id: "Pertanyaan", en: "Question" },
  people: { id: "Orang (nomor urut kasus)", en: "People (case positions)" },
  answer: { id: "Jawaban", en: "Answer" },
  none: { id: "Tidak ada pertanyaan yang tersisa.", en: "No question left to ask." },
  kind: { id: "Jenis", en: "Kind" },
} satisfies Record<string, Labels>;

function say(label: Labels, locale: ChecklistPageOptions["locale"]): string {
  if (locale === "id") return escapeHtml(label.id);
  if (locale === "en") return escapeHtml(label.en);
  return `${escapeHtml(label.id)}<br><span class="en">${escapeHtml(label.en)}</span>`;
}

const style = `body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#111}h1{font-size:20px;margin:0 0 4px}
.en{color:#555}table{border-collapse:collapse;width:100%;margin-top:12px}th,td{border:1px solid #999;padding:6px;vertical-align:top;text-align:left}
td.answer{width:28%}p.basis{max-width:60em}@media print{body{margin:0}tr{break-inside:avoid}}`;

/**
 * The observation form of one target ({@link checklistFor}) as a self-contained, printable HTML page: a
 * table of the questions, who to ask (case positions) and an empty answer column; labels in Indonesian and
 * English. No script, font, image or other request.
 *
 * @param checklist - the form of `checklistFor`
 * @param options - `locale`, `day`
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * const form: Checklist = { // as checklistFor returns it
 *   target: { kind: "address", id: "adr-1", rank: 1 },
 *   questions: [{ key: "guarded", label: questionLabels.guarded, indicators: ["movement-restricted"], people: [3, 7] }],
 * };
 * writeFileSync("form.html", renderChecklist(form, { day: "2025-07-01" })); // no script, no request: Content-Security-Policy default-src 'none'
 * ```
 */
export function renderChecklist(checklist: Checklist, options: ChecklistPageOptions = {}): string {
  const locale = options.locale ?? "both";
  const rows = checklist.questions
    .map(
      (q) =>
        `<tr><td>${say(q.label, locale)}</td><td>${escapeHtml(q.people.map((p) => `#${p}`).join(", "))}</td><td class="answer"></td></tr>`,
    )
    .join("\n");
  const table =
    checklist.questions.length === 0
      ? `<p>${say(texts.none, locale)}</p>`
      : `<table><thead><tr><th>${say(texts.question, locale)}</th><th>${say(texts.people, locale)}</th><th>${say(texts.answer, locale)}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
  const t = checklist.target;
  return `<!doctype html>
<html lang="${locale === "en" ? "en" : "id"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(locale === "en" ? texts.title.en : texts.title.id)}</title>
<style>${style}</style>
</head>
<body>
<h1>${say(texts.title, locale)}</h1>
<p>${say(texts.place, locale)}: #${t.rank} · ${escapeHtml(t.kind)} · ${escapeHtml(t.id)}${options.day === undefined ? "" : ` · ${escapeHtml(options.day)}`}</p>
<p class="basis">${say(texts.basis, locale)}</p>
${table}
</body>
</html>
`;
}

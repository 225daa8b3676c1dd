import type { Labels, Locale } from "@timpora/models";

/**
 * A message's text in one language, its parameters filled in.
 *
 * @example
 * ```ts
 * const text: MessageText<{ file: string }> = (p) => `${p.file}: the file is empty`;
 * ```
 */
export type MessageText<P> = (params: P) => string;

/**
 * A table of messages keyed by stable dotted codes: for each code, its text in Indonesian (`id`) and English
 * (`en`), written as functions of the code's parameters (counts, line numbers, file names, codes and ids;
 * never a value read from a case).
 *
 * @example
 * ```ts
 * const table: MessageTable<{ "input.empty": { file: string } }> = {
 *   "input.empty": { id: (p) => `${p.file}: berkas kosong`, en: (p) => `${p.file}: the file is empty` },
 * };
 * ```
 */
export type MessageTable<P> = {
  readonly [C in keyof P]: { readonly [L in Locale]: MessageText<P[C]> };
};

/** Thousands separated as the language writes them: `10.000` in Indonesian, `10,000` in English. */
export function formatCount(n: number, locale: Locale): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "id" ? "." : ",");
}

/** A percentage with one decimal, with the language's decimal mark (`12,5 %` or `12.5%`). */
export function formatPercent(part: number, whole: number, locale: Locale): string {
  const value = whole === 0 ? 0 : (100 * part) / whole;
  const text = value.toFixed(1);
  return locale === "id" ? `${text.replace(".", ",")} %` : `${text}%`;
}

/** The labels of one message of a table, in both languages. */
export function labelsOf<P, C extends keyof P>(table: MessageTable<P>, code: C, params: P[C]): Labels {
  const texts = table[code];
  return { id: texts.id(params), en: texts.en(params) };
}

import type { MessageTable } from "./message-table.js";

/**
 * Parameters of the messages about rule sets (validation), by code.
 *
 * @example
 * ```ts
 * const p: RulesMessageParams["rules.invalid"] = { file: "team.yaml", issues: 3 };
 * ```
 */
export interface RulesMessageParams {
  /** One validation issue, located in the file. */
  "rules.issue": {
    file: string;
    line: number;
    column: number;
    code: string;
    message: string;
    path: string;
    suggestions: readonly string[] | undefined;
  };
  /** A rule set validated. */
  "rules.valid": { file: string; id: string; version: string; rules: number };
  /** A rule set that does not validate. */
  "rules.invalid": { file: string; issues: number };
  /** `timpora facts ID` with an id not in the catalogue. */
  "facts.unknown": { id: string; suggestions: readonly string[] };
  /** The flags of a fact, in words. */
  "facts.flags": { personal: boolean; protected: boolean; context: boolean; crossRecord: boolean };
  /** The heading of a fact's example value. */
  "facts.example": Record<string, never>;
  /** The closing hint of `timpora facts`. */
  "facts.hint": Record<string, never>;
}

const didYouMean = (s: readonly string[] | undefined, words: string) =>
  s === undefined || s.length === 0 ? "" : `; ${words} ${s.join(", ")}?`;

const flags = (p: RulesMessageParams["facts.flags"], words: [string, string, string, string]) =>
  [p.personal && words[0], p.protected && words[1], p.context && words[2], p.crossRecord && words[3]]
    .filter(Boolean)
    .join(", ");

/** Messages about rule sets, in Indonesian and English. */
export const rulesMessages: MessageTable<RulesMessageParams> = {
  "rules.issue": {
    id: (p) =>
      `${p.file}:${p.line}:${p.column}: ${p.code} ${p.message} (${p.path})${didYouMean(p.suggestions, "maksud Anda")}`,
    en: (p) =>
      `${p.file}:${p.line}:${p.column}: ${p.code} ${p.message} (${p.path})${didYouMean(p.suggestions, "did you mean")}`,
  },
  "rules.valid": {
    id: (p) => `${p.file}: valid: ${p.id} ${p.version}, ${p.rules} aturan`,
    en: (p) => `${p.file}: valid: ${p.id} ${p.version}, ${p.rules} rules`,
  },
  "rules.invalid": {
    id: (p) => `${p.file}: tidak valid, ${p.issues} masalah`,
    en: (p) => `${p.file}: invalid, ${p.issues} ${p.issues === 1 ? "issue" : "issues"}`,
  },
  "facts.unknown": {
    id: (p) =>
      `fakta tidak dikenal: ${p.id}${didYouMean(p.suggestions, "maksud Anda")} (timpora facts mencantumkan semuanya)`,
    en: (p) =>
      `unknown fact: ${p.id}${didYouMean(p.suggestions, "did you mean")} (timpora facts lists them all)`,
  },
  "facts.flags": {
    id: (p) =>
      flags(p, [
        "pribadi (disamarkan dalam penjelasan)",
        "dilindungi",
        "konteks",
        "lintas rekaman (perlu indeks populasi)",
      ]),
    en: (p) =>
      flags(p, [
        "personal (redacted in explanations)",
        "protected",
        "context",
        "cross-record (needs the population index)",
      ]),
  },
  "facts.example": { id: () => "contoh (kasus sintetis)", en: () => "example (synthetic case)" },
  "facts.hint": {
    id: () =>
      'Kondisi aturan: { "fact": "<id>", "path": "<path>", "operator": "equal", "value": … }. Aturan tidak boleh terpicu hanya oleh fakta dilindungi atau konteks.',
    en: () =>
      'A rule condition: { "fact": "<id>", "path": "<path>", "operator": "equal", "value": … }. No rule may fire on protected or context facts alone.',
  },
};

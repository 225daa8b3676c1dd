import type { MessageTable } from "./message-table.js";

/** Parameters of the messages about rule sets (validation), by code. */
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
}

const didYouMean = (s: readonly string[] | undefined, words: string) =>
  s === undefined || s.length === 0 ? "" : `; ${words} ${s.join(", ")}?`;

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
};

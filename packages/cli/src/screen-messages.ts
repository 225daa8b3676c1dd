import { formatCount, type MessageTable } from "./message-table.js";

/**
 * Parameters of the messages of `timpora screen` (and the other commands that read case files), by code.
 *
 * @example
 * ```ts
 * const p: ScreenMessageParams["screen.levels"] = { none: 9656, note: 262, review: 67, refer: 15 };
 * ```
 */
export interface ScreenMessageParams {
  /** A record that could not be read: the file, where, and what. */
  "screen.unreadable": { file: string; where: string; problem: string };
  /** A record that is not a valid case. */
  "screen.invalid": { file: string; where: string; caseId: string | undefined; issues: number };
  /** One issue of an invalid record: its field path (and CSV column), code and message. */
  "screen.issue": { path: string; column: string | undefined; code: string; message: string };
  /** The counts at the end of a run. */
  "screen.summary": { file: string; records: number; screened: number; unreadable: number; invalid: number };
  /** Cases per level at the end of a run. */
  "screen.levels": { none: number; note: number; review: number; refer: number };
  /** The rule set given with `--rules` does not validate. */
  "screen.rules-invalid": { file: string; issues: number };
  /** Progress label of the first pass. */
  "progress.index": Record<string, never>;
  /** Progress label of the second pass. */
  "progress.screen": Record<string, never>;
}

/** Messages of `timpora screen`, in Indonesian and English. */
export const screenMessages: MessageTable<ScreenMessageParams> = {
  "screen.unreadable": {
    id: (p) => `${p.file}: ${p.where}: ${p.problem}`,
    en: (p) => `${p.file}: ${p.where}: ${p.problem}`,
  },
  "screen.invalid": {
    id: (p) =>
      `${p.file}: ${p.where}: ${p.caseId === undefined ? "rekaman" : `kasus ${p.caseId}`} bukan kasus yang valid (${p.issues} masalah), tidak disaring`,
    en: (p) =>
      `${p.file}: ${p.where}: ${p.caseId === undefined ? "the record" : `case ${p.caseId}`} is not a valid case (${p.issues} ${p.issues === 1 ? "issue" : "issues"}), not screened`,
  },
  "screen.issue": {
    id: (p) =>
      `  ${p.column === undefined ? p.path : `kolom ${p.column} (${p.path})`}: ${p.code} — ${p.message}`,
    en: (p) =>
      `  ${p.column === undefined ? p.path : `column ${p.column} (${p.path})`}: ${p.code} — ${p.message}`,
  },
  "screen.summary": {
    id: (p) =>
      `${p.file}: ${formatCount(p.records, "id")} rekaman: ${formatCount(p.screened, "id")} disaring, ${formatCount(p.invalid, "id")} bukan kasus yang valid, ${formatCount(p.unreadable, "id")} tidak terbaca`,
    en: (p) =>
      `${p.file}: ${formatCount(p.records, "en")} records: ${formatCount(p.screened, "en")} screened, ${formatCount(p.invalid, "en")} not valid cases, ${formatCount(p.unreadable, "en")} unreadable`,
  },
  "screen.levels": {
    id: (p) =>
      `tingkat: tidak ada ${formatCount(p.none, "id")} · catatan ${formatCount(p.note, "id")} · tinjau ${formatCount(p.review, "id")} · rujuk ${formatCount(p.refer, "id")}`,
    en: (p) =>
      `levels: none ${formatCount(p.none, "en")} · note ${formatCount(p.note, "en")} · review ${formatCount(p.review, "en")} · refer ${formatCount(p.refer, "en")}`,
  },

  "screen.rules-invalid": {
    id: (p) =>
      `${p.file}: set aturan tidak valid (${p.issues} masalah, lihat di atas); tidak ada yang disaring`,
    en: (p) => `${p.file}: the rule set is invalid (${p.issues} issues, see above); nothing was screened`,
  },
  "progress.index": { id: () => "indeks", en: () => "indexing" },
  "progress.screen": { id: () => "penyaringan", en: () => "screening" },
};

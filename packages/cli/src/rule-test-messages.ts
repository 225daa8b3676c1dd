import { formatPercent, type MessageTable } from "./message-table.js";

/**
 * Parameters of the messages of `timpora rules test` and `timpora rules diff`, by code.
 *
 * @example
 * ```ts
 * const p: RuleTestMessageParams["ruletest.expected-fire"] = { id: "overstay" };
 * ```
 */
export interface RuleTestMessageParams {
  /** A test passed. */
  "ruletest.passed": { file: string; name: string };
  /** A test failed. */
  "ruletest.failed": { file: string; name: string };
  /** An indicator expected to fire did not. */
  "ruletest.expected-fire": { id: string };
  /** An indicator expected not to fire did. */
  "ruletest.expected-not-fire": { id: string };
  /** An expected indicator whose rule is not in force on the test's date. */
  "ruletest.not-in-force": { id: string; asOf: string };
  /** An expected indicator that is not in the rule set. */
  "ruletest.unknown-indicator": { id: string; suggestions: readonly string[] };
  /** The level differs. */
  "ruletest.level": { expected: string; actual: string };
  /** The routes differ. */
  "ruletest.routes": { expected: readonly string[]; actual: readonly string[] };
  /** The fired indicators, for context. */
  "ruletest.fired": { ids: readonly string[] };
  /** A test's case id is not in its file of cases. */
  "ruletest.case-missing": { caseId: string; file: string; unreadable: number; firstUnreadableLine?: number };
  /** A test gives a case id but no file of cases. */
  "ruletest.no-cases-file": { caseId: string };
  /** A test's case is not a valid case. */
  "ruletest.case-invalid": { issues: number };
  /** A test without an evaluation date. */
  "ruletest.no-as-of": Record<string, never>;
  /** The shape of a test file is wrong. */
  "ruletest.file-issue": { file: string; line: number; column: number; path: string; problem: string };
  /** The rule set of a test file does not validate. */
  "ruletest.rules-invalid": { file: string; rules: string; issues: number };
  /** Rule coverage. */
  "coverage.rules": { name: string; fired: number; total: number };
  /** Rules that never fired. */
  "coverage.never-fired": { ids: readonly string[] };
  /** Conditions not seen both ways. */
  "coverage.conditions": { count: number; total: number };
  /** One condition not seen both ways. */
  "coverage.condition": { rule: string; where: string; text: string; seen: "true" | "false" | "never" };
  /** Rule coverage below `--min-coverage`. */
  "coverage.below": { percent: number; min: number };
  /** The counts of `rules diff`. */
  "diff.summary": { cases: number; changed: number; invalid: number; old: string; new: string };
  /** A changed case of `rules diff`. */
  "diff.case": {
    caseId: string;
    where: string;
    oldLevel: string;
    newLevel: string;
    added: readonly string[];
    removed: readonly string[];
    oldRoutes: readonly string[];
    newRoutes: readonly string[];
  };
  /** Changed cases beyond `--limit`. */
  "diff.more": { count: number };
}

const list = (ids: readonly string[]) => (ids.length === 0 ? "—" : ids.join(", "));
const pct = (fired: number, total: number, l: "id" | "en") =>
  formatPercent(fired, total === 0 ? 1 : total, l);

/** Messages of `timpora rules test` and `rules diff`, in Indonesian and English. */
export const ruleTestMessages: MessageTable<RuleTestMessageParams> = {
  "ruletest.passed": { id: (p) => `✔ ${p.file}: ${p.name}`, en: (p) => `✔ ${p.file}: ${p.name}` },
  "ruletest.failed": { id: (p) => `✘ ${p.file}: ${p.name}`, en: (p) => `✘ ${p.file}: ${p.name}` },
  "ruletest.expected-fire": {
    id: (p) => `  seharusnya ${p.id} terpicu, tetapi tidak; kondisinya:`,
    en: (p) => `  expected ${p.id} to fire; it did not. Its conditions:`,
  },
  "ruletest.expected-not-fire": {
    id: (p) => `  seharusnya ${p.id} tidak terpicu, tetapi terpicu; penjelasannya:`,
    en: (p) => `  expected ${p.id} not to fire; it fired. Its explanation:`,
  },
  "ruletest.not-in-force": {
    id: (p) => `  aturan ${p.id} tidak berlaku pada ${p.asOf}`,
    en: (p) => `  the rule ${p.id} is not in force on ${p.asOf}`,
  },
  "ruletest.unknown-indicator": {
    id: (p) =>
      `  indikator ${p.id} tidak ada dalam set aturan${p.suggestions.length ? `; maksud Anda ${p.suggestions.join(", ")}?` : ""}`,
    en: (p) =>
      `  indicator ${p.id} is not in the rule set${p.suggestions.length ? `; did you mean ${p.suggestions.join(", ")}?` : ""}`,
  },
  "ruletest.level": {
    id: (p) => `  tingkat seharusnya ${p.expected}, hasilnya ${p.actual}; alasannya:`,
    en: (p) => `  expected level ${p.expected}, got ${p.actual}; why:`,
  },
  "ruletest.routes": {
    id: (p) => `  rute seharusnya ${list(p.expected)}, hasilnya ${list(p.actual)}`,
    en: (p) => `  expected routes ${list(p.expected)}, got ${list(p.actual)}`,
  },
  "ruletest.fired": {
    id: (p) => `    indikator yang terpicu: ${list(p.ids)}`,
    en: (p) => `    fired: ${list(p.ids)}`,
  },
  "ruletest.case-missing": {
    id: (p) =>
      p.unreadable === 0
        ? `  kasus ${p.caseId} tidak ada di ${p.file}`
        : `  kasus ${p.caseId} tidak ditemukan di ${p.file}, tetapi ${p.unreadable} rekamannya tidak dapat dibaca (yang pertama di baris ${p.firstUnreadableLine}): mungkin salah satunya; perbaiki dulu`,
    en: (p) =>
      p.unreadable === 0
        ? `  case ${p.caseId} is not in ${p.file}`
        : `  case ${p.caseId} was not found in ${p.file}, but ${p.unreadable} of its records could not be read (the first on line ${p.firstUnreadableLine}): it may be one of them; fix them first`,
  },
  "ruletest.no-cases-file": {
    id: (p) => `  caseId ${p.caseId} diberikan tanpa berkas kasus (cases)`,
    en: (p) => `  caseId ${p.caseId} is given without a file of cases (cases)`,
  },
  "ruletest.case-invalid": {
    id: (p) => `  kasusnya bukan kasus yang valid (${p.issues} masalah):`,
    en: (p) => `  the case is not a valid case (${p.issues} ${p.issues === 1 ? "issue" : "issues"}):`,
  },
  "ruletest.no-as-of": {
    id: () => "  tanggal evaluasi (asOf) tidak diberikan, baik pada uji maupun pada berkas",
    en: () => "  no evaluation date (asOf), neither on the test nor on the file",
  },
  "ruletest.file-issue": {
    id: (p) => `${p.file}:${p.line}:${p.column}: ${p.problem} (${p.path})`,
    en: (p) => `${p.file}:${p.line}:${p.column}: ${p.problem} (${p.path})`,
  },
  "ruletest.rules-invalid": {
    id: (p) => `${p.file}: set aturan ${p.rules} tidak valid (${p.issues} masalah, lihat di atas)`,
    en: (p) => `${p.file}: the rule set ${p.rules} is invalid (${p.issues} issues, see above)`,
  },
  "coverage.rules": {
    id: (p) =>
      `cakupan aturan (${p.name}): ${p.fired} dari ${p.total} aturan terpicu dalam setidaknya satu uji (${pct(p.fired, p.total, "id")})`,
    en: (p) =>
      `rule coverage (${p.name}): ${p.fired} of ${p.total} rules fired in at least one test (${pct(p.fired, p.total, "en")})`,
  },
  "coverage.never-fired": {
    id: (p) => `aturan yang tidak pernah terpicu: ${list(p.ids)}`,
    en: (p) => `rules that never fired: ${list(p.ids)}`,
  },
  "coverage.conditions": {
    id: (p) => `kondisi yang tidak pernah terlihat benar dan salah: ${p.count} dari ${p.total}`,
    en: (p) => `conditions never seen both true and false: ${p.count} of ${p.total}`,
  },
  "coverage.condition": {
    id: (p) =>
      `  ${p.rule} ${p.where || "(kondisi)"}: ${p.text} — ${p.seen === "never" ? "tidak pernah dievaluasi" : `hanya ${p.seen === "true" ? "benar" : "salah"}`}`,
    en: (p) =>
      `  ${p.rule} ${p.where || "(condition)"}: ${p.text} — ${p.seen === "never" ? "never evaluated" : `only ${p.seen}`}`,
  },
  "coverage.below": {
    id: (p) =>
      `cakupan aturan ${p.percent.toFixed(1).replace(".", ",")} % di bawah --min-coverage ${p.min} %`,
    en: (p) => `rule coverage ${p.percent.toFixed(1)}% is below --min-coverage ${p.min}%`,
  },
  "diff.summary": {
    id: (p) =>
      `${p.cases} kasus disaring dengan ${p.old} dan ${p.new}: ${p.changed} berbeda (tingkat, rute atau indikator), ${p.invalid} rekaman tidak valid`,
    en: (p) =>
      `${p.cases} cases screened with ${p.old} and with ${p.new}: ${p.changed} changed (level, routes or indicators), ${p.invalid} invalid records`,
  },
  "diff.case": {
    id: (p) =>
      `${p.caseId} (${p.where}): tingkat ${p.oldLevel} → ${p.newLevel}; indikator +[${list(p.added)}] −[${list(p.removed)}]; rute ${list(p.oldRoutes)} → ${list(p.newRoutes)}`,
    en: (p) =>
      `${p.caseId} (${p.where}): level ${p.oldLevel} → ${p.newLevel}; indicators +[${list(p.added)}] −[${list(p.removed)}]; routes ${list(p.oldRoutes)} → ${list(p.newRoutes)}`,
  },
  "diff.more": {
    id: (p) => `… dan ${p.count} kasus lain yang berbeda (naikkan --limit untuk melihatnya)`,
    en: (p) => `… and ${p.count} more changed cases (raise --limit to see them)`,
  },
};

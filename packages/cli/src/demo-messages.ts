import { formatCount, type MessageTable } from "./message-table.js";

/**
 * Parameters of the messages of `timpora demo`, by code.
 *
 * @example
 * ```ts
 * const p: DemoMessageParams["demo.files"] = { dir: "/tmp/timpora-demo-demo-10000" };
 * ```
 */
export interface DemoMessageParams {
  /** The first line: what was done. */
  "demo.title": { count: number; seed: string; asOf: string; ruleSet: string; seconds: number };
  /** What the levels mean, and that indicators are evidence. */
  "demo.note": Record<string, never>;
  /** Heading: cases per level. */
  "demo.levels": Record<string, never>;
  /** Heading: the most frequent indicators. */
  "demo.indicators": { shown: number };
  /** Heading: planted patterns against what was flagged. */
  "demo.patterns": Record<string, never>;
  /** Column headings of the patterns table. */
  "demo.patterns-columns": Record<string, never>;
  /** Heading: look-alikes. */
  "demo.look-alikes": Record<string, never>;
  /** Column headings of the look-alikes table. */
  "demo.look-alikes-columns": Record<string, never>;
  /** Heading: cases per province. */
  "demo.provinces": { shown: number };
  /** Column headings of the provinces table. */
  "demo.provinces-columns": Record<string, never>;
  /** Where the files are. */
  "demo.files": { dir: string };
  /** What to try next. */
  "demo.next": { dir: string };
  /** Progress label of the generation. */
  "progress.generate": Record<string, never>;
}

/** Messages of `timpora demo`, in Indonesian and English. */
export const demoMessages: MessageTable<DemoMessageParams> = {
  "demo.title": {
    id: (p) =>
      `Penyaringan indikator TPPO atas ${formatCount(p.count, "id")} kasus sintetis yang realistis (benih "${p.seed}", per ${p.asOf}, aturan ${p.ruleSet}), ${p.seconds.toFixed(1).replace(".", ",")} detik`,
    en: (p) =>
      `TPPO-indicator screening of ${formatCount(p.count, "en")} realistic synthetic cases (seed "${p.seed}", as of ${p.asOf}, rules ${p.ruleSet}), ${p.seconds.toFixed(1)} s`,
  },
  "demo.note": {
    id: () =>
      "Indikator adalah bukti, bukan putusan. Tingkat meminta tindakan seseorang: catatan (lihat saat ada waktu), tinjau (pemeriksaan lapangan), rujuk (rujukan untuk skrining perlindungan korban, prosedur perlindungan). Semua data sintetis.",
    en: () =>
      "Indicators are evidence, not verdicts. A level asks a person to act: note (look when there is time), review (a field check), refer (refer for victim screening, a protective procedure). All data is synthetic.",
  },
  "demo.levels": { id: () => "Kasus per tingkat", en: () => "Cases per level" },
  "demo.indicators": {
    id: (p) => `${p.shown} indikator yang paling sering terpicu`,
    en: (p) => `The ${p.shown} indicators that fired most often`,
  },
  "demo.patterns": {
    id: () => "Pola yang ditanam (kasus yang dibuat dengan pola TPPO) dibanding yang ditandai",
    en: () => "Planted patterns (cases built with a TPPO pattern) against what was flagged",
  },
  "demo.patterns-columns": {
    id: () => "pola|kasus|ditandai|≥ tingkat yang diharapkan|diharapkan",
    en: () => "pattern|cases|flagged|≥ expected level|expected",
  },
  "demo.look-alikes": {
    id: () =>
      "Kasus yang mirip tetapi wajar (keluarga, perusahaan besar, pengunjung bisnis, …): tidak boleh sampai tinjau",
    en: () => "Benign look-alikes (families, large employers, business visitors, …): none may reach review",
  },
  "demo.look-alikes-columns": {
    id: () => "jenis|kasus|catatan|tinjau atau rujuk",
    en: () => "kind|cases|note|review or refer",
  },
  "demo.provinces": {
    id: (p) => `Kasus per provinsi (${p.shown} teratas, menurut tempat tinggal)`,
    en: (p) => `Cases per province (top ${p.shown}, by residence)`,
  },
  "demo.provinces-columns": {
    id: () => "provinsi|kasus|ditandai|tinjau atau rujuk",
    en: () => "province|cases|flagged|review or refer",
  },
  "demo.files": {
    id: (p) =>
      `Berkas di ${p.dir}: cases.ndjson (masukan), labels.ndjson (yang ditanam), assessments.ndjson (penilaian), summary.txt dan summary.json`,
    en: (p) =>
      `Files in ${p.dir}: cases.ndjson (inputs), labels.ndjson (what was planted), assessments.ndjson, summary.txt and summary.json`,
  },
  "demo.next": {
    id: (p) =>
      `Coba: timpora screen ${p.dir}/cases.ndjson --format table | head   ·   timpora facts   ·   timpora --help`,
    en: (p) =>
      `Try: timpora screen ${p.dir}/cases.ndjson --format table | head   ·   timpora facts   ·   timpora --help`,
  },
  "progress.generate": { id: () => "pembuatan", en: () => "generating" },
};

import type { LabelTable } from "@timpora/models";

/** Codes of the help texts of the command, its subcommands and their options. */
export type HelpCode =
  | "program"
  | "program.after"
  | "locale"
  | "version"
  | "help"
  | "help.command"
  | "screen"
  | "screen.file"
  | "screen.format"
  | "screen.out"
  | "screen.rules"
  | "screen.as-of"
  | "screen.concurrency"
  | "screen.input-format"
  | "screen.delimiter"
  | "screen.date-format"
  | "screen.after"
  | "permit"
  | "permit.file"
  | "permit.on"
  | "permit.format"
  | "mrz"
  | "mrz.input"
  | "mrz.format"
  | "nik"
  | "nik.nik"
  | "nik.format"
  | "facts"
  | "facts.id"
  | "facts.format"
  | "facts.as-of"
  | "rules"
  | "rules.validate"
  | "rules.validate.file"
  | "rules.test"
  | "rules.test.files"
  | "rules.test.rules"
  | "rules.test.min-coverage"
  | "rules.test.after"
  | "rules.diff"
  | "rules.diff.old"
  | "rules.diff.new"
  | "rules.diff.cases"
  | "rules.diff.as-of"
  | "rules.diff.format"
  | "rules.diff.limit"
  | "demo"
  | "demo.count"
  | "demo.seed"
  | "demo.out-dir"
  | "demo.as-of";

/** Section titles of the help, by commander's English title. */
export const helpTitles: Readonly<Record<string, { id: string; en: string }>> = {
  "Usage:": { id: "Pemakaian:", en: "Usage:" },
  "Options:": { id: "Opsi:", en: "Options:" },
  "Commands:": { id: "Perintah:", en: "Commands:" },
  "Arguments:": { id: "Argumen:", en: "Arguments:" },
  "Global Options:": { id: "Opsi umum:", en: "Global Options:" },
};

const exitCodesText = {
  id: "Kode keluar: 0 selesai; 1 selesai tetapi ada masukan tidak valid atau pemeriksaan gagal; 2 kesalahan pemakaian atau tidak ada masukan yang dapat dibaca; 70 kesalahan internal.",
  en: "Exit codes: 0 done; 1 done, but some input was invalid or a check failed; 2 a usage error, or no input could be read; 70 an internal error.",
};

/** The help texts, in Indonesian and English. */
export const helpTexts: LabelTable<HelpCode> = {
  program: {
    id: "timpora: saring berkas kasus untuk indikator TPPO, periksa izin tinggal, MRZ dan NIK, dan uji set aturan. Indikator adalah bukti, bukan putusan.",
    en: "timpora: screen case files for TPPO indicators, check permits, MRZs and NIKs, and test rule sets. Indicators are evidence, not verdicts.",
  },
  "program.after": {
    id: `${exitCodesText.id}\nBahasa: --locale id|en, atau LANG (id_ID.UTF-8 memilih bahasa Indonesia). Semua data contoh adalah sintetis.`,
    en: `${exitCodesText.en}\nLanguage: --locale id|en, or LANG (id_ID.UTF-8 picks Indonesian). All example data is synthetic.`,
  },
  locale: {
    id: "bahasa pesan: id atau en (bawaan: dari LANG)",
    en: "language of messages: id or en (default: from LANG)",
  },
  version: { id: "tampilkan versi", en: "show the version" },
  help: { id: "tampilkan bantuan", en: "show help" },
  "help.command": { id: "tampilkan bantuan sebuah perintah", en: "show help for a command" },
  screen: {
    id: "saring kasus dari berkas JSON, NDJSON atau CSV (atau - untuk masukan standar) dan tulis penilaiannya",
    en: "screen the cases of a JSON, NDJSON or CSV file (or - for standard input) and write their assessments",
  },
  "screen.file": {
    id: "berkas kasus, atau - untuk masukan standar",
    en: "file of cases, or - for standard input",
  },
  "screen.format": {
    id: "keluaran: ndjson, json atau table (bawaan: table di terminal, selain itu ndjson)",
    en: "output: ndjson, json or table (default: table on a terminal, else ndjson)",
  },
  "screen.out": { id: "tulis penilaian ke berkas ini", en: "write the assessments to this file" },
  "screen.rules": {
    id: "set aturan tim (JSON atau YAML; bawaan: aturan bawaan)",
    en: "the team's rule set (JSON or YAML; default: the default rules)",
  },
  "screen.as-of": {
    id: "tanggal evaluasi YYYY-MM-DD (bawaan: tanggal hari ini di komputer ini)",
    en: "evaluation date YYYY-MM-DD (default: today's date on this computer)",
  },
  "screen.concurrency": {
    id: "jumlah worker thread yang menyaring (bawaan 1: thread ini saja; worker berguna untuk berkas besar dengan inti CPU yang luang)",
    en: "worker threads that screen the cases (default 1: this thread only; workers pay off on large files with cores to spare)",
  },
  "screen.input-format": {
    id: "format masukan: json, ndjson atau csv (bawaan: dari ekstensi berkas, lalu dari isinya)",
    en: "input format: json, ndjson or csv (default: from the file's extension, then from its content)",
  },
  "screen.delimiter": {
    id: "pemisah CSV: , atau ; (bawaan: dari baris judul)",
    en: "CSV delimiter: , or ; (default: from the header row)",
  },
  "screen.date-format": {
    id: "format tanggal CSV: YYYY-MM-DD (bawaan) atau DD/MM/YYYY",
    en: "CSV date format: YYYY-MM-DD (default) or DD/MM/YYYY",
  },
  "screen.after": {
    id: `Kolom CSV (satu baris per kasus; wajib: case_id, surname, sex, nationality): lihat README @timpora/cli.\nRekaman yang tidak valid dilaporkan di stderr dengan baris dan path kolomnya; sisanya tetap disaring.\n${exitCodesText.id}`,
    en: `CSV columns (one row per case; required: case_id, surname, sex, nationality): see the README of @timpora/cli.\nInvalid records are reported on stderr with their line and field path; the rest are still screened.\n${exitCodesText.en}`,
  },
  permit: {
    id: "status, hari terakhir, hari lewat waktu dan biaya beban, serta pilihan perpanjangan tiap izin tinggal dalam berkas (izin, larik izin, NDJSON, atau kasus)",
    en: "status, last day, overstay days and charge, and extension options of each permit in a file (a permit, an array of permits, NDJSON, or cases)",
  },
  "permit.file": { id: "berkas izin atau kasus, atau -", en: "file of permits or cases, or -" },
  "permit.on": {
    id: "tanggal pemeriksaan YYYY-MM-DD (bawaan: hari ini)",
    en: "day of the check YYYY-MM-DD (default: today)",
  },
  "permit.format": { id: "keluaran: table atau json", en: "output: table or json" },
  mrz: {
    id: "baca dan periksa MRZ (ICAO 9303): teks MRZ (baris dipisah spasi atau baris baru) atau berkas yang memuatnya",
    en: "read and check an MRZ (ICAO 9303): the MRZ text (lines separated by spaces or new lines) or a file holding it",
  },
  "mrz.input": { id: "teks MRZ atau berkas", en: "MRZ text or file" },
  "mrz.format": { id: "keluaran: table atau json", en: "output: table or json" },
  nik: {
    id: "periksa struktur NIK (provinsi, tanggal lahir, nomor urut); tidak memeriksa keberadaan orangnya",
    en: "check the structure of a NIK (province, birth date, serial); it does not check that the person exists",
  },
  "nik.nik": { id: "NIK 16 angka", en: "16-digit NIK" },
  "nik.format": { id: "keluaran: table atau json", en: "output: table or json" },
  facts: {
    id: "katalog fakta untuk penulis aturan: id, path dan tipenya, tanda pribadi/dilindungi/konteks, dan contoh nilai dari kasus sintetis",
    en: "the fact catalogue rule authors write against: ids, paths and their types, personal/protected/context flags, and an example value from a synthetic case",
  },
  "facts.id": { id: "id satu fakta (bawaan: semua)", en: "the id of one fact (default: all)" },
  "facts.format": { id: "keluaran: table atau json", en: "output: table or json" },
  "facts.as-of": {
    id: "tanggal untuk contoh nilai (bawaan 2025-06-30)",
    en: "date of the example values (default 2025-06-30)",
  },
  rules: { id: "periksa, uji dan bandingkan set aturan", en: "validate, test and compare rule sets" },
  "rules.validate": {
    id: "validasi set aturan (JSON atau YAML): tiap kesalahan dengan baris dan kolomnya, dan saran untuk fakta, path dan operator yang tidak dikenal",
    en: "validate a rule set (JSON or YAML): each error with its line and column, and suggestions for unknown facts, paths and operators",
  },
  "rules.validate.file": { id: "berkas set aturan", en: "rule-set file" },
  "rules.test": {
    id: "jalankan uji YAML set aturan: tiap kegagalan dengan pohon penjelasannya, lalu cakupan aturan dan kondisi",
    en: "run YAML tests of a rule set: each failure with its explanation tree, then rule and condition coverage",
  },
  "rules.test.files": { id: "berkas uji YAML", en: "YAML test files" },
  "rules.test.rules": {
    id: "set aturan yang diuji (bawaan: rules dalam berkas uji, atau aturan bawaan)",
    en: "the rule set under test (default: the test file's rules, or the default rules)",
  },
  "rules.test.min-coverage": {
    id: "gagal bila cakupan aturan di bawah persen ini (0-100)",
    en: "fail when rule coverage is below this percentage (0-100)",
  },
  "rules.test.after": {
    id: `Format uji: lihat README @timpora/cli ("Menguji set aturan").\n${exitCodesText.id}`,
    en: `Test format: see the README of @timpora/cli ("Testing rule sets").\n${exitCodesText.en}`,
  },
  "rules.diff": {
    id: "jalankan dua set aturan atas kasus yang sama dan tampilkan kasus yang tingkat, rute atau indikatornya berbeda",
    en: "run two rule sets over the same cases and show the cases whose level, routes or fired indicators differ",
  },
  "rules.diff.old": { id: "set aturan lama (atau default)", en: "old rule set (or default)" },
  "rules.diff.new": { id: "set aturan baru", en: "new rule set" },
  "rules.diff.cases": {
    id: "berkas kasus (JSON, NDJSON atau CSV)",
    en: "file of cases (JSON, NDJSON or CSV)",
  },
  "rules.diff.as-of": { id: "tanggal evaluasi (bawaan: hari ini)", en: "evaluation date (default: today)" },
  "rules.diff.format": { id: "keluaran: table atau json", en: "output: table or json" },
  "rules.diff.limit": {
    id: "paling banyak kasus berbeda yang dicantumkan (bawaan 50; semua dihitung)",
    en: "most changed cases listed (default 50; all are counted)",
  },
  demo: {
    id: "buat 10.000 kasus sintetis yang realistis, saring, dan tampilkan ringkasan; masukan, penilaian dan ringkasan ditulis ke sebuah folder",
    en: "generate 10,000 realistic synthetic cases, screen them and print a summary; inputs, assessments and the summary are written to a folder",
  },
  "demo.count": { id: "jumlah kasus (bawaan 10000)", en: "number of cases (default 10000)" },
  "demo.seed": { id: "benih pembangkit (bawaan demo)", en: "generator seed (default demo)" },
  "demo.out-dir": {
    id: "folder keluaran (bawaan: timpora-demo-<seed> di folder ini)",
    en: "output folder (default: timpora-demo-<seed> in this folder)",
  },
  "demo.as-of": { id: "tanggal evaluasi (bawaan 2025-06-30)", en: "evaluation date (default 2025-06-30)" },
};

/**
 * Every text of the page, keyed by a stable dotted code, in Indonesian (`id`, the default) and English (`en`).
 * Texts that come from the packages (MRZ issues, permit reasons, indicator labels, level names) are shown from
 * their own tables; these are the page's own words. `{name}` marks a value filled in by {@link text}.
 */
import type { Labels, Locale } from "@timpora/models";

const table = {
  "app.title": { id: "Timpora — Halaman Petugas", en: "Timpora — Officer's page" },
  "app.lead": {
    id: "Baca MRZ dokumen perjalanan, periksa izin tinggal pada suatu tanggal menurut hukum yang berlaku saat itu, dan buka berkas kasus untuk melihat hasil skrining indikator TPPO beserta penjelasannya.",
    en: "Read the MRZ of a travel document, check a stay permit on a day under the law in force then, and open a case file to see its TPPO indicator screening with the explanation.",
  },
  "app.privacy": {
    id: "Halaman ini tidak menyimpan dan tidak mengirim apa pun. Semua yang Anda ketik atau buka diolah di perangkat ini saja, tidak disimpan (tanpa cookie, localStorage atau basis data) dan hilang saat halaman ditutup atau dimuat ulang. Tidak ada permintaan jaringan selain berkas halaman ini sendiri.",
    en: "This page stores nothing and sends nothing. Everything you type or open is processed on this device only, is not stored (no cookies, localStorage or database) and is gone when the page is closed or reloaded. It makes no network request other than for its own files.",
  },
  "app.switch": { id: "English", en: "Bahasa Indonesia" },
  "app.switch.label": { id: "Ganti bahasa ke bahasa Inggris", en: "Switch the language to Indonesian" },
  "app.versions": {
    id: "Tabel hukum {policy}; kalender libur {calendar}; aturan indikator {rules} {rulesVersion}.",
    en: "Law table {policy}; holiday calendar {calendar}; indicator rules {rules} {rulesVersion}.",
  },
  "app.noscript": {
    id: "Halaman ini memerlukan JavaScript.",
    en: "This page needs JavaScript.",
  },
  "offline.pending": { id: "Menyiapkan mode tanpa jaringan…", en: "Preparing to work without a network…" },
  "offline.ready": {
    id: "Siap dipakai tanpa jaringan: halaman ini tersimpan di peramban (hanya berkas halaman, tanpa data Anda).",
    en: "Ready to work without a network: the browser keeps this page (its files only, none of your data).",
  },
  "offline.unavailable": {
    id: "Mode tanpa jaringan tidak tersedia di peramban ini (perlu HTTPS atau localhost).",
    en: "Working without a network is not available in this browser (it needs HTTPS or localhost).",
  },

  "mrz.heading": { id: "1. Baca MRZ", en: "1. Read an MRZ" },
  "mrz.label": { id: "MRZ (2 atau 3 baris)", en: "MRZ (2 or 3 lines)" },
  "mrz.hint": {
    id: "Tempel atau ketik baris MRZ dari halaman data paspor, kartu identitas atau visa (TD1, TD2, TD3, MRV). Boleh dikosongkan untuk memeriksa izin saja.",
    en: "Paste or type the MRZ lines of a passport data page, an identity card or a visa (TD1, TD2, TD3, MRV). May be left empty to check a permit only.",
  },
  "mrz.read": { id: "Baca MRZ", en: "Read the MRZ" },
  "mrz.empty": { id: "Belum ada MRZ untuk dibaca.", en: "There is no MRZ to read." },
  "mrz.valid": { id: "MRZ valid: semua digit pemeriksa cocok.", en: "Valid MRZ: every check digit matches." },
  "mrz.invalid": { id: "MRZ tidak valid:", en: "Invalid MRZ:" },
  "mrz.at": { id: "baris {line}, posisi {position}", en: "line {line}, position {position}" },
  "mrz.field.format": { id: "Format", en: "Layout" },
  "mrz.field.documentCode": { id: "Kode dokumen", en: "Document code" },
  "mrz.field.issuingState": { id: "Negara penerbit", en: "Issuing state" },
  "mrz.field.primary": { id: "Nama utama (nama keluarga)", en: "Primary identifier (surname)" },
  "mrz.field.secondary": { id: "Nama lain", en: "Given names" },
  "mrz.field.documentNumber": { id: "Nomor dokumen", en: "Document number" },
  "mrz.field.nationality": { id: "Kewarganegaraan", en: "Nationality" },
  "mrz.field.birthDate": { id: "Tanggal lahir", en: "Date of birth" },
  "mrz.field.sex": { id: "Jenis kelamin", en: "Sex" },
  "mrz.field.expiryDate": { id: "Tanggal habis berlaku", en: "Date of expiry" },
  "mrz.field.optionalData": { id: "Data opsional", en: "Optional data" },
  "mrz.checks": { id: "Digit pemeriksa", en: "Check digits" },
  "mrz.check.documentNumber": { id: "Nomor dokumen", en: "Document number" },
  "mrz.check.birthDate": { id: "Tanggal lahir", en: "Date of birth" },
  "mrz.check.expiryDate": { id: "Tanggal habis berlaku", en: "Date of expiry" },
  "mrz.check.optionalData": { id: "Data opsional", en: "Optional data" },
  "mrz.check.composite": { id: "Gabungan", en: "Composite" },
  "mrz.check.ok": { id: "cocok ({actual})", en: "matches ({actual})" },
  "mrz.check.bad": {
    id: "tidak cocok: tercetak {actual}, seharusnya {expected}",
    en: "does not match: printed {actual}, should be {expected}",
  },
  "mrz.expired": {
    id: "Dokumen sudah habis berlaku pada tanggal yang diperiksa.",
    en: "The document had expired on the date checked.",
  },

  "permit.heading": { id: "2. Periksa izin tinggal", en: "2. Check a stay permit" },
  "permit.kind": { id: "Jenis izin tinggal", en: "Kind of stay permit" },
  "permit.basis": { id: "Dasar pemberian izin", en: "Basis of the permit" },
  "permit.entry": { id: "Tanggal masuk (cap masuk, hari ke-1)", en: "Entry date (entry stamp, day 1)" },
  "permit.lastDay": {
    id: "Hari terakhir yang tertulis pada izin (jika ada)",
    en: "Last day written on the permit (if any)",
  },
  "permit.lastDay.hint": {
    id: "Kosongkan untuk izin kunjungan: hari terakhir dihitung menurut aturan yang berlaku saat masuk. Isi untuk ITAS dan izin lain yang lamanya tidak ditentukan oleh tanggal masuk, atau untuk izin yang sudah diperpanjang.",
    en: "Leave empty for a visit permit: the last day is computed under the rule in force at entry. Fill it in for an ITAS and other permits whose length the entry date does not fix, or for a permit that was extended.",
  },
  "permit.on": { id: "Tanggal yang diperiksa", en: "Date to check" },
  "date.today.hint": {
    id: "Bawaan: hari ini menurut WIB (Asia/Jakarta), dihitung di perangkat ini.",
    en: "Default: today in WIB (Asia/Jakarta), computed on this device.",
  },
  "permit.check": { id: "Periksa izin", en: "Check the permit" },
  "permit.required": {
    id: "Isi tanggal masuk dan tanggal yang diperiksa.",
    en: "Give the entry date and the date to check.",
  },
  "permit.invalid": { id: "Data izin tidak valid:", en: "The permit data is not valid:" },
  "permit.needsLastDay": {
    id: "Tabel hukum tidak menentukan lamanya izin ini dari tanggal masuk: isi hari terakhir yang tertulis pada izin.",
    en: "The law tables do not fix the length of this permit from its entry date: give the last day written on the permit.",
  },
  "permit.status": { id: "Status pada {on}", en: "Status on {on}" },
  "permit.status.valid": { id: "Berlaku", en: "Valid" },
  "permit.status.expired": { id: "Berakhir — melebihi izin tinggal", en: "Expired — overstay" },
  "permit.status.not-yet-valid": { id: "Belum berlaku", en: "Not yet valid" },
  "permit.status.pending": { id: "Permohonan sedang diproses", en: "Application pending" },
  "permit.status.not-in-force": { id: "Tidak berlaku lagi", en: "No longer in force" },
  "permit.lastDayResult": { id: "Hari terakhir izin tinggal", en: "Last day of stay" },
  "permit.lastDay.law": {
    id: "{lastDay} (menurut aturan saat masuk: {days} hari, hari masuk = hari ke-1)",
    en: "{lastDay} (under the rule in force at entry: {days} days, entry day = day 1)",
  },
  "permit.lastDay.stored": { id: "{lastDay} (tertulis pada izin)", en: "{lastDay} (written on the permit)" },
  "permit.lastDay.unlimited": { id: "Tanpa batas waktu", en: "Unlimited" },
  "permit.overstay": { id: "Melebihi izin tinggal", en: "Overstay" },
  "permit.days": { id: "{n} hari", en: "{n} day(s)" },
  "permit.remaining": { id: "Sisa hari setelah tanggal ini", en: "Days left after this date" },
  "permit.charge": { id: "Biaya beban atau tindakan", en: "Charge or measure" },
  "permit.charge.none": { id: "Tidak ada", en: "None" },
  "permit.charge.charge": {
    id: "{amount} ({days} hari × {rate} per hari)",
    en: "{amount} ({days} day(s) × {rate} a day)",
  },
  "permit.charge.deportation": { id: "Deportasi dan penangkalan", en: "Deportation and an entry ban" },
  "permit.charge.unknown": { id: "Tidak diketahui", en: "Unknown" },
  "permit.reasons": { id: "Alasan", en: "Reasons" },
  "permit.warnings": { id: "Catatan pemeriksaan data", en: "Notes on the data" },
  "permit.warning.mismatch": {
    id: "Hari terakhir pada izin ({stored}) berbeda dengan hitungan menurut aturan saat masuk ({expected}, tanpa perpanjangan).",
    en: "The last day on the permit ({stored}) differs from the count under the rule in force at entry ({expected}, without extensions).",
  },
  "permit.eligibility": {
    id: "Masuk dengan dasar ini untuk kewarganegaraan {nationality} (dari MRZ) pada {on}",
    en: "Entry on this basis for nationality {nationality} (from the MRZ) on {on}",
  },
  "permit.eligibility.eligible": { id: "memenuhi syarat", en: "eligible" },
  "permit.eligibility.ineligible": { id: "tidak memenuhi syarat", en: "not eligible" },
  "permit.citations": { id: "Dasar hukum yang dipakai", en: "Law applied" },
  "permit.confidence": { id: "Keyakinan jawaban biaya beban", en: "Confidence of the charge answer" },
  "permit.policyVersion": { id: "Versi tabel hukum", en: "Law table version" },

  "screening.heading": { id: "3. Skrining indikator TPPO", en: "3. TPPO indicator screening" },
  "screening.evidence": {
    id: "Indikator adalah bukti, bukan putusan: halaman ini tidak pernah menyebut seseorang pelaku atau korban. Tingkat “rujuk” berarti rujukan untuk skrining korban, sebuah prosedur perlindungan.",
    en: "Indicators are evidence, not verdicts: this page never labels anyone a trafficker or a victim. The level “refer” means a referral for victim screening, a protective procedure.",
  },
  "screening.file": {
    id: "Berkas kasus (JSON: satu kasus atau daftar kasus)",
    en: "Case file (JSON: one case or a list of cases)",
  },
  "screening.paste": { id: "atau tempel JSON kasus di sini", en: "or paste the case JSON here" },
  "screening.on": { id: "Tanggal penilaian", en: "Evaluation date" },
  "screening.run": { id: "Lakukan skrining", en: "Screen" },
  "screening.working": { id: "Sedang menilai…", en: "Screening…" },
  "screening.empty": {
    id: "Belum ada kasus: pilih berkas atau tempel JSON.",
    en: "There is no case yet: choose a file or paste JSON.",
  },
  "screening.json": { id: "Isi berkas bukan JSON yang valid.", en: "The file is not valid JSON." },
  "screening.tooMany": {
    id: "Terlalu banyak rekaman untuk halaman ini ({count}; paling banyak {max}). Gunakan baris perintah: timpora screen.",
    en: "Too many records for this page ({count}; at most {max}). Use the command line: timpora screen.",
  },
  "screening.date": { id: "Isi tanggal penilaian.", en: "Give the evaluation date." },
  "screening.count": {
    id: "{valid} dari {count} rekaman dinilai pada {asOf}.",
    en: "{valid} of {count} record(s) screened on {asOf}.",
  },
  "screening.crossRecord.file": {
    id: "Indikator lintas-rekaman (sponsor, alamat, telepon, kedatangan bersama) dihitung di antara kasus dalam berkas ini saja.",
    en: "Cross-record indicators (sponsor, address, phone, arrival together) are counted among the cases of this file only.",
  },
  "screening.crossRecord.one": {
    id: "Satu kasus: indikator lintas-rekaman tidak dinilai (lihat kesenjangan data).",
    en: "One case: cross-record indicators are not evaluated (see data gaps).",
  },
  "screening.record": { id: "Rekaman {n}", en: "Record {n}" },
  "screening.record.invalid": { id: "bukan kasus yang valid:", en: "not a valid case:" },
  "screening.case": { id: "Kasus {id}", en: "Case {id}" },
  "screening.level": { id: "Tingkat", en: "Level" },
  "screening.levelReasons": { id: "Alasan tingkat", en: "Why this level" },
  "screening.elements": { id: "Unsur TPPO", en: "TPPO elements" },
  "element.act": { id: "Proses", en: "Act" },
  "element.means": { id: "Cara", en: "Means" },
  "element.purpose": { id: "Tujuan (eksploitasi)", en: "Purpose (exploitation)" },
  "element.positive": { id: "positif", en: "positive" },
  "element.notPositive": { id: "tidak positif", en: "not positive" },
  "screening.routes": { id: "Jalur lain di samping tingkat", en: "Routes beside the level" },
  "screening.noRoutes": { id: "Tidak ada.", en: "None." },
  "screening.fired": { id: "Indikator yang muncul", en: "Indicators that fired" },
  "screening.noneFired": { id: "Tidak ada indikator yang muncul.", en: "No indicator fired." },
  "strength.strong": { id: "kuat", en: "strong" },
  "strength.medium": { id: "sedang", en: "medium" },
  "strength.weak": { id: "lemah", en: "weak" },
  "indicator.observed": { id: "dari pengamatan petugas", en: "from an officer's observation" },
  "indicator.context": { id: "konteks, tidak dihitung", en: "context, not counted" },
  "indicator.explanation": { id: "Penjelasan: fakta dan nilai", en: "Explanation: facts and values" },
  "indicator.sources": { id: "Sumber", en: "Sources" },
  "node.all": { id: "semua syarat berikut", en: "all of" },
  "node.any": { id: "salah satu syarat berikut", en: "any of" },
  "node.not": { id: "bukan", en: "not" },
  "node.passed": { id: "terpenuhi", en: "passed" },
  "node.failed": { id: "tidak terpenuhi", en: "failed" },
  "node.not-evaluated": { id: "tidak dinilai", en: "not evaluated" },
  "node.expected": { id: "diharapkan", en: "expected" },
  "node.actual": { id: "nilai", en: "value" },
  "value.redacted": { id: "(data pribadi, disembunyikan)", en: "(personal data, hidden)" },
  "value.absent": { id: "(tidak tercatat)", en: "(not on record)" },
  "screening.gaps": { id: "Kesenjangan data (tidak dinilai)", en: "Data gaps (not evaluated)" },
  "screening.noGaps": { id: "Tidak ada.", en: "None." },
} as const satisfies Record<string, Labels>;

/** A code of the page's message table. */
export type MessageCode = keyof typeof table;

/** The page's message table. */
export const pageMessages: Readonly<Record<MessageCode, Labels>> = table;

/**
 * The text of `code` in `locale`, with each `{name}` replaced by `params[name]`.
 *
 * @example
 * ```ts
 * text("permit.days", "en", { n: 10 }); // "10 day(s)"
 * ```
 */
export function text(
  code: MessageCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return pageMessages[code][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

import type { Confidence, Labels } from "@timpora/models";
import type { Citation, VisaIndexRow } from "./policy-types.js";

const KEPMEN_2023: Citation = {
  instrument: "Kepmenkumham M.HH-02.GR.01.04 Tahun 2023 (Klasifikasi Visa)",
  article: "Lampiran",
  url: "https://kanimtanjungpriok.kemenkumham.go.id/?page_id=310",
};
const KEPMEN_2025: Citation = {
  instrument: "Kepmen Imigrasi dan Pemasyarakatan M.IP-08.GR.01.01 Tahun 2025 (Klasifikasi Visa)",
  article: "Lampiran",
  url: "https://duniakita.info/ditjen-imigrasi-ringkas-klasifikasi-visa-dari-133-jadi-110-indeks-ada-untuk-seni-budaya-4920.html",
};
const FROM_2024 = "2024-01-01";
const UNTIL_2025 = "2025-05-31";
const FROM_2025 = "2025-06-01";
const NOTE_2024 =
  "Index system from January 2024 (month precision); the 2023 decree itself was not read: codes come from " +
  "office pages and agencies.";
const NOTE_2025 =
  "The 2025 decree (133 -> 110 indices) takes effect 30 days after signing, about 1 June 2025 (SSEK: 2 June); " +
  "start date unconfirmed (low). The full 110-row list was not read.";

type Era = "2024" | "2025" | "both";

const rowsFor = (code: string, id: string, en: string, confidence: Confidence, era: Era, note?: string) => {
  const label: Labels = { id, en };
  const out: VisaIndexRow[] = [];
  const extra = note === undefined ? "" : ` ${note}`;
  if (era !== "2025") {
    out.push({
      code,
      label,
      validFrom: FROM_2024,
      validUntil: UNTIL_2025,
      source: KEPMEN_2023,
      confidence,
      note: NOTE_2024 + extra,
    });
  }
  if (era !== "2024") {
    out.push({
      code,
      label,
      validFrom: FROM_2025,
      validUntil: null,
      source: KEPMEN_2025,
      confidence,
      note: NOTE_2025 + extra,
    });
  }
  return out;
};

const E23_MERGED_2025 = "BCDEFGHIJKLMNOPQRSTW".split("").map((letter) => `E23${letter}`);

/** The dated visa index codes (2024 classification and its 2025 replacement). */
export const defaultVisaIndexes: readonly VisaIndexRow[] = [
  ...rowsFor("A1", "Bebas visa kunjungan", "Visa-free visit", "medium", "2025"),
  ...rowsFor(
    "B1",
    "Visa kunjungan saat kedatangan (VoA / e-VoA)",
    "Visa on arrival (VoA / e-VoA)",
    "medium",
    "both",
  ),
  ...rowsFor("B2", "VoA bisnis", "VoA business", "low", "2024"),
  ...rowsFor("B3", "VoA pengobatan", "VoA medical", "low", "2024"),
  ...rowsFor("B4", "VoA tugas pemerintahan", "VoA government", "low", "2024"),
  ...rowsFor(
    "C1",
    "Visa kunjungan wisata",
    "Tourist visit visa",
    "unverified",
    "2024",
    "C1 = tourism is not defined in any source retrieved.",
  ),
  ...rowsFor("C1", "Visa kunjungan wisata", "Tourist visit visa", "medium", "2025"),
  ...rowsFor("C2", "Visa kunjungan bisnis", "Business visit visa", "low", "both"),
  ...rowsFor("C3", "Visa kunjungan pengobatan", "Medical visit visa", "low", "2025"),
  ...rowsFor("C7", "Visa kunjungan seni dan budaya", "Arts and culture visit visa", "low", "both"),
  ...rowsFor("C7A", "Visa kunjungan pertunjukan musik", "Music performance visit visa", "low", "2025"),
  ...rowsFor("C7B", "Visa kunjungan kru musik", "Music crew visit visa", "low", "2025"),
  ...rowsFor(
    "C7C",
    "Visa kunjungan seni non-musik dan talenta",
    "Non-music arts and talent visit visa",
    "medium",
    "2025",
  ),
  ...rowsFor("C8", "Visa kunjungan olahraga non-komersial", "Non-commercial sport visit visa", "low", "2024"),
  ...rowsFor(
    "C10",
    "Visa kunjungan pengajar / narasumber",
    "Lecturing / resource person visit visa",
    "low",
    "both",
  ),
  ...rowsFor("C10A", "Visa kunjungan penceramah agama", "Religious lecturer visit visa", "low", "2025"),
  ...rowsFor("C11", "Visa kunjungan penyelenggara MICE", "MICE operator visit visa", "low", "2024"),
  ...rowsFor("C12", "Visa kunjungan pra-investasi", "Pre-investment visit visa", "low", "both"),
  ...rowsFor("C18", "Visa uji coba kerja", "Work trial visit visa", "low", "2025"),
  ...rowsFor("C19", "Visa kunjungan layanan purna jual", "After-sales service visit visa", "high", "2025"),
  ...rowsFor(
    "D1",
    "Visa kunjungan beberapa kali perjalanan wisata",
    "Multiple-entry tourism visit visa",
    "medium",
    "both",
  ),
  ...rowsFor(
    "D2",
    "Visa kunjungan beberapa kali perjalanan bisnis",
    "Multiple-entry business visit visa",
    "medium",
    "both",
  ),
  ...rowsFor(
    "D12",
    "Visa kunjungan beberapa kali perjalanan pra-investasi",
    "Multiple-entry pre-investment visa",
    "low",
    "both",
  ),
  ...rowsFor(
    "E23",
    "Visa kerja (penjamin korporasi)",
    "Work visa (company sponsor)",
    "low",
    "2025",
    "Single work index since 2025.",
  ),
  ...E23_MERGED_2025.flatMap((code) =>
    rowsFor(
      code,
      "Visa kerja (sub-indeks)",
      "Work visa (sub-index)",
      "low",
      "2024",
      "Merged into E23 in 2025.",
    ),
  ),
  ...rowsFor("E23A", "Visa kerja kawasan ekonomi khusus", "Work visa, special economic zone", "low", "2025"),
  ...rowsFor("E23U", "Visa kerja, penjamin bukan korporasi", "Work visa, non-company sponsor", "low", "2025"),
  ...rowsFor("E23V", "Visa kerja, penjamin bukan korporasi", "Work visa, non-company sponsor", "low", "2025"),
  ...rowsFor("E28A", "Visa investor (PMA)", "Investor visa (foreign direct investment)", "low", "both"),
  ...rowsFor(
    "E28B",
    "Golden Visa investor perorangan yang mendirikan perusahaan",
    "Golden Visa, individual investor with a company",
    "low",
    "both",
  ),
  ...rowsFor(
    "E28C",
    "Golden Visa investor perorangan tanpa perusahaan",
    "Golden Visa, individual investor without a company",
    "low",
    "both",
  ),
  ...rowsFor(
    "E28D",
    "Golden Visa direksi/komisaris investor korporasi",
    "Golden Visa, directors of a corporate investor",
    "low",
    "both",
  ),
  ...rowsFor(
    "E28F",
    "Visa investor IKN",
    "Investor in IKN",
    "medium",
    "2025",
    "Reported in use already in May 2024.",
  ),
  ...rowsFor("E28G", "Visa perwakilan perusahaan induk", "Parent company representative", "medium", "2025"),
  ...rowsFor(
    "E31A",
    "Visa keluarga: pasangan WNI",
    "Family visa: spouse of an Indonesian citizen",
    "medium",
    "both",
  ),
  ...rowsFor(
    "E31B",
    "Visa keluarga: pasangan pemegang ITAS/ITAP",
    "Family visa: spouse of an ITAS/ITAP holder",
    "low",
    "both",
  ),
  ...rowsFor("E33", "Visa rumah kedua", "Second home visa", "medium", "both"),
  ...rowsFor("E33E", "Visa lanjut usia 5 tahun", "Elderly visa, 5 years", "low", "both"),
  ...rowsFor("E33F", "Visa lanjut usia 1 tahun", "Elderly visa, 1 year", "medium", "both"),
  ...rowsFor("E33G", "Visa rumah kedua pekerja jarak jauh", "Remote worker visa", "medium", "both"),
];

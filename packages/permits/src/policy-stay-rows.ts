import type { ExtensionWindowRule, PolicyParameter, VisitExtensionRule } from "./policy-types.js";

const NGURAH_RAI_ITK = "https://ngurahrai.imigrasi.go.id/read/izin-tinggal-kunjungan";
const RIAUGREEN_2022 = "https://riaugreen.com/view/Nasional/71550/";
const LEGALINDONESIA_2024 = "https://legalindonesia.id/new-visa-indexes-in-indonesia-in-2024/";
const PERPRES_21_2016 =
  "https://redaksi.waspada.co.id/v2021/2016/03/jaring-wisatawan-asing-pemerintah-bebaskan-visa-169-negara/";
const PERMENKUMHAM_22_2023 = "Permenkumham 22/2023";
const PERMENKUMHAM_22_2023_FROM = "2023-08-30";

const visit = (
  initialDays: number,
  extensions: number,
  daysPerExtension: number,
  maxTotalDays: number | null,
  excludedIndexes: readonly string[] = [],
): VisitExtensionRule => ({ initialDays, extensions, daysPerExtension, maxTotalDays, excludedIndexes });

const window3Months: ExtensionWindowRule = { monthsBefore: 3, latest: "last-working-day-before-expiry" };

/** The 10 states whose nationals may enter visa-exempt since 7 June 2023 (ICAO codes). */
export const ASEAN_VISA_EXEMPT_2023: readonly string[] = [
  "BRN",
  "KHM",
  "LAO",
  "MYS",
  "MMR",
  "PHL",
  "SGP",
  "THA",
  "TLS",
  "VNM",
];

/** Nationalities that may enter visa-exempt. */
export const visaExemptNationalities: PolicyParameter<readonly string[]> = {
  id: "entry.visaExemptNationalities",
  label: { id: "Negara penerima Bebas Visa Kunjungan", en: "Nationalities eligible for visa-exempt entry" },
  rows: [
    {
      value: ASEAN_VISA_EXEMPT_2023,
      unit: "ICAO nationality codes",
      validFrom: "2023-06-07",
      validUntil: null,
      source: {
        instrument: "Kepmenkumham M.HH-GR.01.07 Tahun 2023 (suspends Perpres 21/2016 for 159 countries)",
        article: "Diktum (list of remaining countries)",
        url: "https://riau.antaranews.com/berita/336834",
      },
      confidence: "medium",
      note:
        "Only Brunei, Cambodia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand, Timor-Leste and " +
        "Vietnam remain. The 169-country list of Perpres 21/2016 (10 Mar 2016 - 6 Jun 2023) is not in this table, " +
        "so earlier dates answer unknown.",
    },
  ],
};

/** Visa-exempt visit stay. */
export const visaExemptStay: PolicyParameter<VisitExtensionRule> = {
  id: "stay.visaExempt",
  label: { id: "Izin tinggal kunjungan Bebas Visa", en: "Visa-exempt visit stay" },
  rows: [
    {
      value: visit(30, 0, 0, 30),
      unit: "days",
      validFrom: "2016-03-10",
      validUntil: null,
      source: {
        instrument: "Perpres 21/2016",
        article: "Pasal 4 ayat (1) dan (2); Pasal 8",
        url: PERPRES_21_2016,
      },
      confidence: "medium",
      note:
        "At most 30 days, cannot be extended or converted; in force on promulgation (10 Mar 2016). Restated for " +
        "index A1 by Kepmen M.IP-08.GR.01.01/2025 (30 days, not extendable).",
    },
  ],
};

/** Whether a visa-exempt ITK may be converted to another permit. */
export const visaExemptConvertible: PolicyParameter<boolean> = {
  id: "conversion.visaExempt",
  label: { id: "Alih status ITK Bebas Visa", en: "Conversion of a visa-exempt visit permit" },
  rows: [
    {
      value: false,
      unit: "boolean",
      validFrom: "2016-03-10",
      validUntil: null,
      source: { instrument: "Perpres 21/2016", article: "Pasal 4 ayat (2)", url: PERPRES_21_2016 },
      confidence: "medium",
      note: "Confirmed for the current rules by Kanim Surabaya (Permenkumham 22/2023).",
    },
  ],
};

/** Whether a VoA ITK may be converted to another permit. */
export const voaConvertible: PolicyParameter<boolean> = {
  id: "conversion.visaOnArrival",
  label: { id: "Alih status ITK dari Visa on Arrival", en: "Conversion of a visa-on-arrival visit permit" },
  rows: [
    {
      value: false,
      unit: "boolean",
      validFrom: PERMENKUMHAM_22_2023_FROM,
      validUntil: null,
      source: {
        instrument: PERMENKUMHAM_22_2023,
        article: "Alih status izin tinggal (as published by Kanim Surabaya)",
        url: "https://kanimsurabaya.kemenkumham.go.id/layanan-warga-negara-asing/alih-status-izin-tinggal",
      },
      confidence: "high",
      note: "Earlier regimes are not in the table: dates before 30 Aug 2023 answer unknown.",
    },
  ],
};

/** Visa on arrival stay and extension. */
export const visaOnArrivalStay: PolicyParameter<VisitExtensionRule> = {
  id: "stay.visaOnArrival",
  label: { id: "Izin tinggal kunjungan Visa on Arrival", en: "Visa-on-arrival visit stay" },
  rows: [
    {
      value: visit(30, 1, 30, 60),
      unit: "days",
      validFrom: "2022-05-12",
      validUntil: null,
      source: {
        instrument:
          "Permenkumham 29/2021 + PMK 9/PMK.02/2022; index B (2024) and B1 (Kepmen M.IP-08.GR.01.01/2025)",
        article: "ITK extension",
        url: RIAUGREEN_2022,
      },
      confidence: "medium",
      note: "30 days, extendable once by 30 days (Rp 500,000). The pre-2022 VoA regime is not in the table.",
    },
  ],
};

/** Single-entry visit visa stay and extensions. */
export const visitVisaSingleStay: PolicyParameter<VisitExtensionRule> = {
  id: "stay.visitVisaSingle",
  label: {
    id: "Izin tinggal kunjungan visa kunjungan satu kali perjalanan",
    en: "Single-entry visit visa stay",
  },
  rows: [
    {
      value: visit(60, 4, 30, 180),
      unit: "days",
      validFrom: "2015-01-01",
      validUntil: "2022-05-11",
      source: { instrument: "Permenkumham 27/2014", article: "Perpanjangan ITK", url: NGURAH_RAI_ITK },
      confidence: "low",
      note:
        "Rule: high (Kanim Ngurah Rai: 60 days from the entry stamp, up to 4 extensions of 30 days). Dates: low; " +
        "the regulation's own start day is not in the briefs (row starts 2015-01-01). The 180-day total is " +
        "inferred. Covid-era rules and the April 2022 interim rule (visas issued after 16 Apr 2022 not " +
        "extendable, low) are not modelled.",
    },
    {
      value: visit(60, 2, 60, 180),
      unit: "days",
      validFrom: "2022-05-12",
      validUntil: "2023-12-31",
      source: {
        instrument: "Permenkumham 29/2021 + PMK 9/PMK.02/2022",
        article: "ITK-1, ITK-2",
        url: RIAUGREEN_2022,
      },
      confidence: "medium",
      note: "Visa 211: 60 days, then two extensions of 60 days (Rp 2,000,000 each); at most 180 days.",
    },
    {
      value: visit(60, 2, 60, 180, ["C12"]),
      unit: "days",
      validFrom: "2024-01-01",
      validUntil: "2025-05-31",
      source: {
        instrument: "Permenkumham 22/2023 + Kepmenkumham M.HH-02.GR.01.04/2023 (index C)",
        article: "Visa kunjungan satu kali perjalanan",
        url: LEGALINDONESIA_2024,
      },
      confidence: "medium",
      note: "Index system from January 2024 (month precision). C12 (pre-investment) is excluded by the source.",
    },
    {
      value: visit(60, 2, 60, 180, ["C12"]),
      unit: "days",
      validFrom: "2025-06-01",
      validUntil: null,
      source: {
        instrument: "Kepmen Imigrasi dan Pemasyarakatan M.IP-08.GR.01.01/2025 (type C)",
        article: "Visa kunjungan satu kali perjalanan",
        url: "https://radarsulawesi.id/2024/08/29/imigrasi-banggai-perkenalkan-visa-tipe-c-",
      },
      confidence: "medium",
      note:
        "Type C: 60 days, total stay at most 180 (agencies say 2 x 60). Start date low: dictum KELIMA, 30 days " +
        "after signing, about 1 June 2025 (SSEK says 2 June). C12 extension is unconfirmed and left out.",
    },
  ],
};

/** Multiple-entry visit visa stay per entry and extensions. */
export const visitVisaMultipleStay: PolicyParameter<VisitExtensionRule> = {
  id: "stay.visitVisaMultiple",
  label: {
    id: "Izin tinggal kunjungan visa kunjungan beberapa kali perjalanan",
    en: "Multiple-entry visit visa stay",
  },
  rows: [
    {
      value: visit(60, 0, 0, 60),
      unit: "days",
      validFrom: "2015-01-01",
      validUntil: "2022-05-11",
      source: {
        instrument: "Permenkumham 27/2014 (index 212)",
        article: "ITK",
        url: "https://www.rami-services.com/multiple-entry-visit-visa",
      },
      confidence: "low",
      note: "60 days per entry, no extension; must exit. One agency source; row start date as for single entry.",
    },
    {
      value: visit(60, 0, 0, 60),
      unit: "days",
      validFrom: "2024-01-01",
      validUntil: null,
      source: {
        instrument: "Permenkumham 22/2023 + visa classification (index D1, D2)",
        article: "Visa kunjungan beberapa kali perjalanan",
        url: "https://indonesiaexpat.id/news/indonesian-immigration-issues-five-year-multiple-entry-visa-policy/",
      },
      confidence: "low",
      note:
        "Sources disagree: DG statements give up to 60 days per arrival (followed here); one agency says D1 can be " +
        "extended twice by 60 days (180 per visit). 12 May 2022 - 31 Dec 2023 is not covered.",
    },
  ],
};

/** ITAS extension window. */
export const itasExtensionWindow: PolicyParameter<ExtensionWindowRule> = {
  id: "extension.itasWindow",
  label: { id: "Jangka waktu permohonan perpanjangan ITAS", en: "ITAS extension filing window" },
  rows: [
    {
      value: window3Months,
      unit: "window",
      validFrom: PERMENKUMHAM_22_2023_FROM,
      validUntil: null,
      source: {
        instrument: PERMENKUMHAM_22_2023,
        article: "Perpanjangan ITAS (as published by Kanim Karawang)",
        url: "https://karawang.imigrasi.go.id/izin-tinggal-terbatas",
      },
      confidence: "medium",
      note:
        "Earliest 3 months before expiry, latest the last working day before expiry. A forum post (low) says a " +
        "1-year ITAS may be extended only from 30 days before expiry. Earlier regimes are not in the table.",
    },
  ],
};

/** Whether an ITAS from a VITAS on arrival can be extended. */
export const itasFromVitasOnArrivalExtendable: PolicyParameter<boolean> = {
  id: "extension.itasFromVitasOnArrival",
  label: {
    id: "Perpanjangan ITAS dari Visa Tinggal Terbatas Saat Kedatangan",
    en: "Extension of an ITAS from a limited-stay visa on arrival",
  },
  rows: [
    {
      value: false,
      unit: "boolean",
      validFrom: PERMENKUMHAM_22_2023_FROM,
      validUntil: null,
      source: {
        instrument: PERMENKUMHAM_22_2023,
        article: "Perpanjangan ITAS",
        url: "https://remindme.kanimjaktim.id/",
      },
      confidence: "medium",
    },
  ],
};

/** ITAP validity per grant in years. */
export const itapValidityYears: PolicyParameter<number> = {
  id: "stay.itapValidityYears",
  label: { id: "Masa berlaku ITAP", en: "ITAP validity" },
  rows: [
    {
      value: 5,
      unit: "years",
      validFrom: PERMENKUMHAM_22_2023_FROM,
      validUntil: null,
      source: {
        instrument: PERMENKUMHAM_22_2023,
        article: "Pasal 121 ayat (1); tariff list of Kanwil Jawa Barat",
        url: "https://sippn.menpan.go.id/pelayanan-publik/8115007/kanwil-kementerian-hukum-dan-ham-ri-jawa-barat/perpanjangan-izin-tinggal-tetap",
      },
      confidence: "medium",
      note:
        "5 years per grant; extensions for an unlimited period. Art. 121(1) is quoted only by an unverified note " +
        "(low); the office tariff list (medium) agrees.",
    },
  ],
};

/** ITAP extension window. */
export const itapExtensionWindow: PolicyParameter<ExtensionWindowRule> = {
  id: "extension.itapWindow",
  label: { id: "Jangka waktu permohonan perpanjangan ITAP", en: "ITAP extension filing window" },
  rows: [
    {
      value: window3Months,
      unit: "window",
      validFrom: PERMENKUMHAM_22_2023_FROM,
      validUntil: null,
      source: {
        instrument: PERMENKUMHAM_22_2023,
        article: "Perpanjangan ITAP",
        url: "https://sippn.menpan.go.id/pelayanan-publik/8115007/kanwil-kementerian-hukum-dan-ham-ri-jawa-barat/perpanjangan-izin-tinggal-tetap",
      },
      confidence: "medium",
      note: "Earliest 3 months, latest the working day before expiry. Older regime (apply 60 days before) not modelled.",
    },
  ],
};

/** Days to leave after an exit-permit-only (EPO) when no date is given. */
export const exitPermitOnlyLeaveDays: PolicyParameter<number> = {
  id: "stay.exitPermitOnlyLeaveDays",
  label: { id: "Batas waktu keluar setelah EPO", en: "Days to leave after an exit permit only" },
  rows: [
    {
      value: 3,
      unit: "days",
      validFrom: PERMENKUMHAM_22_2023_FROM,
      validUntil: null,
      source: {
        instrument: "Agency practice (EPO)",
        article: "-",
        url: "https://harmonyservice.co.id/id/visa-ke-indonesia/epo-erp/",
      },
      confidence: "low",
      note: "One agency page, undated. Prefer the leave-by date written on the EPO when the record holds it.",
    },
  ],
};

/** Hours a lodging has to report a foreign guest. */
export const lodgingReportHours: PolicyParameter<number> = {
  id: "reporting.lodgingHours",
  label: {
    id: "Batas waktu pelaporan orang asing oleh penginapan (APOA)",
    en: "Lodging report deadline (APOA)",
  },
  rows: [
    {
      value: 24,
      unit: "hours",
      validFrom: "2015-05-29",
      validUntil: null,
      source: {
        instrument: "UU 6/2011 Pasal 72; PP 31/2013 Pasal 187-188 (APOA)",
        article: "1 x 24 jam sejak orang asing mulai menginap",
        url: "https://news.detik.com/berita/d-2938858/",
      },
      confidence: "medium",
      note: "APOA online reporting since 29 May 2015; the 1 x 24 hours deadline is reported by detik, Tribun, Antara.",
    },
  ],
};

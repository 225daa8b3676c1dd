import type { PolicyParameter } from "./policy-types.js";

const SINDONEWS_2019 =
  "https://nasional.sindonews.com/berita/1400702/13/wna-overstay-dikenai-denda-rp1-juta-per-hari";
const LEXMUNDUS_ART_78 = "https://lexmundus.com/articles/ketentuan-bagi-warga-negara-asing-yang-overstay/";

/** Overstay charge (biaya beban) per person per day. */
export const overstayChargePerDay: PolicyParameter<number> = {
  id: "overstay.chargePerDay",
  label: { id: "Biaya beban melebihi izin tinggal per hari", en: "Overstay charge per day" },
  rows: [
    {
      value: 300_000,
      unit: "IDR/person/day",
      validFrom: "2015-01-01",
      validUntil: "2016-07-12",
      source: {
        instrument: "PP 45/2014 (as amended by PP 10/2015)",
        article: "Lampiran (biaya beban)",
        url: "https://ngurahrai.imigrasi.go.id/read/izin-tinggal-kunjungan",
      },
      confidence: "low",
      note:
        "Placeholder segment. The briefs name PP 45/2014 but not its entry-into-force day, and no source in them " +
        "is dated before 13 Jul 2016. The row starts on 2015-01-01 (by which the 2014 regulation was in force) " +
        "so that earlier dates answer unknown rather than a guess; whether this rate held on a given day in this " +
        "segment is low confidence. From 13 Jul 2016 see the next (medium) row.",
    },
    {
      value: 300_000,
      unit: "IDR/person/day",
      validFrom: "2016-07-13",
      validUntil: "2019-05-02",
      source: {
        instrument: "PP 45/2014 (as amended by PP 10/2015 and PP 45/2016)",
        article: "Lampiran (biaya beban)",
        url: "https://ngurahrai.imigrasi.go.id/read/izin-tinggal-kunjungan",
      },
      confidence: "medium",
      note:
        "Rate: medium (Kanim Ngurah Rai page; Tribun Belitung report of 13 Jul 2016, the earliest dated source in " +
        "the briefs, which is why this segment starts then; Sindonews 2 May 2019; a 21 days x Rp 300,000 worked " +
        "example). Ends the day before PP 28/2019 took effect (see next row).",
    },
    {
      value: 1_000_000,
      unit: "IDR/person/day",
      validFrom: "2019-05-03",
      validUntil: "2024-12-16",
      source: { instrument: "PP 28/2019", article: "Lampiran (biaya beban)", url: SINDONEWS_2019 },
      confidence: "medium",
      note:
        "In force 3 May 2019 (signed 18 Apr 2019, in force 15 days later; Kanim Maumere, Sindonews, SBS, " +
        "Reservasiku). Republika (Kanim Padang) says 1 May 2019: the table follows 3 May, the alternative is 1 May.",
    },
    {
      value: 1_000_000,
      unit: "IDR/person/day",
      validFrom: "2024-12-17",
      validUntil: null,
      source: {
        instrument: "PP 45/2024",
        article: "Pasal 13 (in force 60 days after 18 Oct 2024); Lampiran (biaya beban)",
        url: "https://konsultanpajakmalang.id/peraturan-pemerintah-nomor-45-tahun-2024/",
      },
      confidence: "low",
      note:
        "PP 45/2024 replaced PP 28/2019 from 17 Dec 2024 (18 Oct 2024 + 60 days); some reports say 18 or 22 Dec. " +
        "The lampiran line for the overstay charge was not seen: Rp 1,000,000 is what offices and guides quote " +
        "after Dec 2024 (e.g. Kanim Pamekasan 2025).",
    },
  ],
};

/** Overstays longer than this many days mean deportation and an entry ban. */
export const overstayDeportationAfterDays: PolicyParameter<number> = {
  id: "overstay.deportationAfterDays",
  label: {
    id: "Batas hari melebihi izin tinggal sebelum deportasi dan penangkalan",
    en: "Overstay days after which deportation and an entry ban are the rule",
  },
  rows: [
    {
      value: 60,
      unit: "days",
      validFrom: "2011-05-05",
      validUntil: null,
      source: { instrument: "UU 6/2011", article: "Pasal 78 ayat (3)", url: LEXMUNDUS_ART_78 },
      confidence: "medium",
      note:
        "Art. 78(1): less than 60 days past the permit pays the charge; 78(2): not paying means deportation and " +
        "an entry ban; 78(3): more than 60 days means deportation and an entry ban. The brief gives the law's " +
        "year only; 5 May 2011 is its enactment date (LN 2011 No. 52).",
    },
  ],
};

/** Whether an overstay of exactly the threshold (60 days) is still charged rather than deported. */
export const overstayThresholdDayCharged: PolicyParameter<boolean> = {
  id: "overstay.thresholdDayCharged",
  label: {
    id: "Melebihi izin tinggal tepat 60 hari masih dikenai biaya beban",
    en: "An overstay of exactly 60 days is still charged",
  },
  rows: [
    {
      value: true,
      unit: "boolean",
      validFrom: "2015-01-01",
      validUntil: "2019-05-02",
      source: {
        instrument: "PP 45/2014 (as amended by PP 10/2015 and PP 45/2016)",
        article: "Lampiran (biaya beban)",
        url: "https://ngurahrai.imigrasi.go.id/read/izin-tinggal-kunjungan",
      },
      confidence: "unverified",
      note:
        "The PP 45/2014 lampiran wording was not seen. The reading of the PP 28/2019 line (not more than 60 days " +
        "is charged) is carried back; Art. 78(1) says less than 60 days and 78(3) more than 60, leaving day 60 open.",
    },
    {
      value: true,
      unit: "boolean",
      validFrom: "2019-05-03",
      validUntil: "2024-12-16",
      source: { instrument: "PP 28/2019", article: "Lampiran (biaya beban, huruf a)", url: SINDONEWS_2019 },
      confidence: "low",
      note:
        'The lampiran wording "melampaui waktu tidak lebih dari 60 (enam puluh) hari" (not more than 60 days) ' +
        'makes day 60 a charge; Art. 78(1) says "kurang dari 60 hari" (less than 60) and 78(3) "lebih dari 60 ' +
        'hari" (more than 60), leaving day 60 open. The wording was read from an immigration-office app label, ' +
        "not the gazette.",
    },
    {
      value: true,
      unit: "boolean",
      validFrom: "2024-12-17",
      validUntil: null,
      source: {
        instrument: "PP 45/2024",
        article: "Lampiran (biaya beban)",
        url: "https://konsultanpajakmalang.id/peraturan-pemerintah-nomor-45-tahun-2024/",
      },
      confidence: "low",
      note:
        "The PP 45/2024 lampiran line was not seen; offices after Dec 2024 still quote the charge for overstays " +
        "of up to 60 days (Kanim Pamekasan 2025), so the PP 28/2019 reading is kept, as for the rate.",
    },
  ],
};

import type { LegalProvision, PolicyParameter } from "./policy-types.js";

const LEXMUNDUS_ART_78 = "https://lexmundus.com/articles/ketentuan-bagi-warga-negara-asing-yang-overstay/";
/** Enforcement reports the TPPO brief (§1.3) cites for Pasal 122 and 123; the brief gives these addresses cut short. */
const OKEZONE_2025 = "https://news.okezone.com/read/2025/05/16/337/3139548/";
const MILITAN_7223 = "https://militan.co.id/hukum/7223/";

const ENACTED =
  "The brief gives the law's year only; 5 May 2011 is its enactment date (LN 2011 No. 52), as for Pasal 78(3).";

/** UU 6/2011 Pasal 78: staying past the permit (the provision the immigration route cites for an overstay). */
export const overstayProvision: PolicyParameter<LegalProvision> = {
  id: "provision.overstay",
  label: {
    id: "Ketentuan melebihi izin tinggal (UU 6/2011 Pasal 78)",
    en: "Provision on overstaying a permit (UU 6/2011 Art. 78)",
  },
  rows: [
    {
      value: {
        conduct: {
          id: "Berada di Indonesia setelah izin tinggal berakhir: biaya beban bila kurang dari 60 hari; deportasi dan penangkalan bila tidak membayar atau lebih dari 60 hari",
          en: "Staying in Indonesia after the stay permit ended: a charge under 60 days; deportation and an entry ban when unpaid or over 60 days",
        },
        maxPrisonYears: null,
        maxFineIdr: null,
      },
      unit: "provision",
      validFrom: "2011-05-05",
      validUntil: null,
      source: { instrument: "UU 6/2011", article: "Pasal 78", url: LEXMUNDUS_ART_78 },
      confidence: "medium",
      note: `An administrative measure, not a criminal offence: the charge is in the overstay rows. ${ENACTED}`,
    },
  ],
};

/** UU 6/2011 Pasal 122: using a stay permit for something other than what it was granted for. */
export const permitMisuseProvision: PolicyParameter<LegalProvision> = {
  id: "provision.permitMisuse",
  label: {
    id: "Ketentuan penyalahgunaan izin tinggal (UU 6/2011 Pasal 122)",
    en: "Provision on misusing a stay permit (UU 6/2011 Art. 122)",
  },
  rows: [
    {
      value: {
        conduct: {
          id: "Menyalahgunakan izin tinggal atau berkegiatan tidak sesuai dengan maksud pemberian izin tinggal, misalnya bekerja dengan izin kunjungan",
          en: "Misusing a stay permit, or acting outside the purpose it was granted for, e.g. working on a visit permit",
        },
        maxPrisonYears: null,
        maxFineIdr: null,
      },
      unit: "provision",
      validFrom: "2011-05-05",
      validUntil: null,
      source: { instrument: "UU 6/2011", article: "Pasal 122", url: MILITAN_7223 },
      confidence: "medium",
      note:
        "The TPPO brief (§1.3, §3.7) reports enforcement cases charged under Pasal 122 (Vietnamese women working at " +
        `karaoke venues on visit permits, deported); the penalty is not in our sources, so it is left null. ${ENACTED}`,
    },
  ],
};

/** UU 6/2011 Pasal 123: false information to obtain a visa or a stay permit. */
export const falseStatementProvision: PolicyParameter<LegalProvision> = {
  id: "provision.falseStatement",
  label: {
    id: "Ketentuan keterangan palsu untuk visa atau izin tinggal (UU 6/2011 Pasal 123)",
    en: "Provision on false information for a visa or stay permit (UU 6/2011 Art. 123)",
  },
  rows: [
    {
      value: {
        conduct: {
          id: "Memberikan keterangan atau data palsu untuk memperoleh visa atau izin tinggal",
          en: "Giving false information or data to obtain a visa or a stay permit",
        },
        maxPrisonYears: 5,
        maxFineIdr: 500_000_000,
      },
      unit: "provision",
      validFrom: "2011-05-05",
      validUntil: null,
      source: { instrument: "UU 6/2011", article: "Pasal 123", url: OKEZONE_2025 },
      confidence: "medium",
      note:
        "Penalty (up to 5 years and/or Rp 500,000,000) as the TPPO brief (§1.3) gives it from enforcement " +
        `reports (news, not the gazette). ${ENACTED}`,
    },
  ],
};

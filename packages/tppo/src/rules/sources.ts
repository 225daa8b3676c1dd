import type { RuleSource } from "../rule-set.js";

/**
 * Sources cited by the default rules, with their confidence. Strengths taken from the ILO–EC Delphi lists and
 * the combination rule come from a secondary synthesis that was NOT checked against the ILO PDF
 * (WCMS_105023): confidence "low", and the refs say so.
 */
export const sources = {
  uu21Pasal1: {
    ref: "UU 21/2007 (PTPPO) Pasal 1 angka 1 and 7: act, means and purpose of trafficking (secondary reproductions)",
    url: "https://menjadi-lebih.kompas.id/baca/paparan-topik/2021/08/05/menutup-celah-perdagangan-anak",
    confidence: "medium",
  },
  uu21Pasal17: {
    ref: "UU 21/2007 Pasal 17 (child victim) and Pasal 1 angka 5 (child: under 18, commonly cited, not retrieved verbatim)",
    confidence: "unverified",
  },
  uu21Pasal19: {
    ref: "UU 21/2007 Pasal 19: forged or false documents to facilitate TPPO (secondary)",
    url: "https://text-id.123dok.com/document/ozl12v0oy-tindak-pidana-lain-yang-berkaitan-dengan.html",
    confidence: "medium",
  },
  palermo3: {
    ref: "Palermo Protocol Art. 3(c)(d): for a child, act and purpose suffice; a child is under 18",
    url: "http://www.ungift.org/about/human-trafficking.html",
    confidence: "high",
  },
  uu6Pasal122: {
    ref: "UU 6/2011 Pasal 122: misuse of a stay permit, e.g. working on a visit permit (enforcement cases)",
    url: "https://militan.co.id/hukum/7223/",
    confidence: "medium",
  },
  uu6Pasal63: {
    ref: "UU 6/2011 Pasal 63: sponsor duties; sponsor may legitimately be absent (visit permits, spouses, investors)",
    url: "https://id.wikisource.org/wiki/Halaman:Undang-Undang_Republik_Indonesia_Nomor_6_Tahun_2023.pdf/616",
    confidence: "high",
  },
  uu6Pasal78: {
    ref: "UU 6/2011 Pasal 78: overstay",
    url: "https://lexmundus.com/articles/ketentuan-bagi-warga-negara-asing-yang-overstay/",
    confidence: "medium",
  },
  uu6Pasal123: {
    ref: "UU 6/2011 Pasal 123: false information to obtain a visa or stay permit (enforcement cases)",
    url: "https://news.okezone.com/read/2025/05/16/337/3139548/",
    confidence: "medium",
  },
  unodcChild: {
    ref: "UNODC child indicators (as reproduced by Blue Blindfold): travel without adults or with non-relatives; work unsuitable for children",
    url: "http://blueblindfold.gov.ie/en/bbf/pages/child_trafficking",
    confidence: "medium",
  },
  unodcForcedLabourSex: {
    ref: "UNODC forced-labour and sexual-exploitation indicators (as reproduced by NCCT): living in groups, sleeping at work, escorted",
    url: "https://www.ncct.gov.sa/trafficking-indicator",
    confidence: "medium",
  },
  unodcForcedCriminality: {
    ref: "UNODC Key Indicators of TIP for Forced Criminality (scam centres): deception about the job, quotas with punishment; do not punish",
    url: "https://github.com/UNMigration/HTCDS/files/12143746/UNODC.Key.Indicators.of.TIP.for.Forced.Criminality.FINAL.pdf",
    confidence: "high",
  },
  ilo11: {
    ref: "ILO Indicators of Forced Labour (2012), 11 indicators",
    url: "https://www.readkong.com/page/ilo-indicators-of-forced-labour-5101277",
    confidence: "medium",
  },
  finCen2020: {
    ref: "FinCEN FIN-2020-A008 red flags: unrelated customers sharing addresses and phones; front companies",
    url: "https://www.mondaq.com/unitedstates/financial-services/996298/",
    confidence: "medium",
  },
  htcds: {
    ref: "IOM HTCDS field reference (MethodsOfControl, MethodOfRecruitment picklists)",
    url: "https://github.com/UNMigration/HTCDS",
    confidence: "high",
  },
  briefProposal: {
    ref: "Timpora TPPO research brief §5.3–5.4: proposed catalogue; strength of an admin-data item is a proposal with no Delphi equivalent",
    confidence: "low",
  },
  delphiCombination: {
    ref: "ILO–EC Delphi 2009 combination rule (≥2 S, 1 S + 1 M/W, 3 M, 2 M + 1 W), from a single secondary synthesis, not verified against WCMS_105023",
    url: "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm",
    confidence: "low",
  },
} as const satisfies Record<string, RuleSource>;

/**
 * A Delphi item as the source of a strength: always low confidence, because the strong/medium/weak ratings
 * come from a secondary synthesis not checked against the ILO PDF (WCMS_105023).
 */
export function delphi(item: string, strength: "S" | "M" | "W"): RuleSource {
  return {
    ref: `ILO–EC Delphi 2009 (WCMS_105023) "${item}" (${strength}), rating from a secondary synthesis, not checked against the PDF`,
    url: "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm",
    confidence: "low",
  };
}

/** A news report of an Indonesian case cited by the brief (single reports: low confidence). */
export function newsCase(ref: string, url?: string): RuleSource {
  return url === undefined ? { ref, confidence: "low" } : { ref, url, confidence: "low" };
}

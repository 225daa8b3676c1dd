/**
 * The citations the default profiles rest on, with confidence as the project's privacy and immigration briefs
 * give it (`shared/domain/privacy.md`, `immigration.md`). Secondary sources only: no gazette text was reachable.
 */
import type { LegalBasis } from "./profile.js";

/** UU 27/2022 Art. 20(2)(e): processing to carry out a task in the public interest or the controller's authority. */
export const PDP_ART_20_2_E: LegalBasis = {
  instrument: "UU 27/2022 (Pelindungan Data Pribadi)",
  article: "Pasal 20 ayat (2) huruf e",
  confidence: "medium",
  note: "Basis: a task in the public interest or the controller's authority under law. The list a-f is from a secondary source (its count confirmed); for Timpora agencies the authority is UU 6/2011 Art. 69 and Permenimipas 2/2025 Art. 53.",
};

/** UU 6/2011 Art. 69(1): the Minister forms the foreigner-oversight team of the relevant government bodies. */
export const IMMIGRATION_ART_69: LegalBasis = {
  instrument: "UU 6/2011 (Keimigrasian)",
  article: "Pasal 69 ayat (1)",
  confidence: "high",
};

/** Permenimipas 2/2025 Art. 53: the team's first function is coordination and exchange of data and information. */
export const TIMPORA_ART_53: LegalBasis = {
  instrument: "Permenimipas 2/2025",
  article: "Pasal 53",
  url: "https://pasal.id/peraturan/permen/permenimipas-no-2-tahun-2025/koreksi/9476931",
  confidence: "high",
  note: "Whether it formally revokes Permenkumham 50/2016 is not confirmed.",
};

/** UU 27/2022 Art. 15(1)(b): some data-subject rights are exempted for law enforcement (not information, access). */
export const PDP_ART_15_1_B: LegalBasis = {
  instrument: "UU 27/2022 (Pelindungan Data Pribadi)",
  article: "Pasal 15 ayat (1) huruf b",
  confidence: "high",
  note: "Exempts only the rights of Art. 8, 9, 10(1), 11, 13(1)-(2); the rights to information (Art. 5) and access (Art. 7) remain.",
};

/** UU 27/2022 Art. 15(1)(e): the same exemptions for statistics and scientific research. */
export const PDP_ART_15_1_E: LegalBasis = {
  instrument: "UU 27/2022 (Pelindungan Data Pribadi)",
  article: "Pasal 15 ayat (1) huruf e",
  confidence: "high",
  note: "Exempts only the listed rights; the processing still needs its Art. 20 basis.",
};

/** UU 27/2022 Art. 25: children's data is processed specially. */
export const PDP_ART_25: LegalBasis = {
  instrument: "UU 27/2022 (Pelindungan Data Pribadi)",
  article: "Pasal 25",
  confidence: "medium",
  note: "Children's data is processed specially, with a parent's or guardian's consent where consent is the basis (here the basis is Art. 20(2)(e)).",
};

/** UU 23/2006 Art. 84: the NIK and family-card number are residents' protected personal data. */
export const ADMINDUK_ART_84: LegalBasis = {
  instrument: "UU 23/2006 (Administrasi Kependudukan)",
  article: "Pasal 84",
  confidence: "medium",
  note: "Protected data include the NIK and family-card number; relevant to the NIKs of Indonesian sponsors and spouses.",
};

/** Labour inspection by the manpower office: not in the project's briefs, to be checked. */
export const LABOUR_INSPECTION_UNVERIFIED: LegalBasis = {
  instrument: "UU 13/2003 (Ketenagakerjaan)",
  article: "Bab XIV Pengawasan (article not verified)",
  confidence: "unverified",
  note: "The manpower office's inspection authority over foreign workers; not in the project's domain briefs, to be checked by a lawyer.",
};

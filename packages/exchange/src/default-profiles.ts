/**
 * Default sharing profiles for the usual member agencies of a Timpora team. The law names the bases (UU 27/2022
 * Art. 20(2)(e), Permenimipas 2/2025 Art. 53) but settles neither the fields nor the retention periods: every
 * profile here is a proposal (`proposal: true`) for the team to adopt or change, with its reasoning. The readings
 * behind them are in docs/decisions.md (issue 14).
 */
import type { AgencyKind } from "@timpora/models";
import { deepFreeze } from "./deep-freeze.js";
import {
  ADMINDUK_ART_84,
  IMMIGRATION_ART_69,
  LABOUR_INSPECTION_UNVERIFIED,
  PDP_ART_15_1_B,
  PDP_ART_15_1_E,
  PDP_ART_20_2_E,
  PDP_ART_25,
  TIMPORA_ART_53,
} from "./legal-bases.js";
import type { SharingProfile } from "./profile.js";

const POLICE: AgencyKind[] = ["police-mabes", "police-polda", "police-polres", "police-polsek"];

/** The manpower office (Disnaker): working conditions at a workplace, without passports, religion or TPPO level. */
const labourInspection: SharingProfile = {
  id: "manpower-labour-inspection",
  version: "1.0.0",
  label: { id: "Disnaker: pengawasan ketenagakerjaan", en: "Manpower office: labour inspection" },
  recipientKinds: ["manpower-office"],
  purpose: "labour-inspection",
  legalBasis: [PDP_ART_20_2_E, IMMIGRATION_ART_69, TIMPORA_ART_53, LABOUR_INSPECTION_UNVERIFIED],
  fields: [
    "case.id",
    "case.person.id",
    "case.person.names",
    "case.person.sex",
    "case.person.nationality",
    "case.permits.kind",
    "case.permits.basis",
    "case.permits.purpose",
    "case.permits.status",
    "case.permits.validFrom",
    "case.permits.validUntil",
    "case.permits.employerId",
    "case.employers",
    "case.addresses.id",
    "case.addresses.regionCode",
    "case.addresses.use",
    "case.observations.observedAt",
    "case.observations.answers.paid",
    "case.observations.answers.excessiveDeductions",
    "case.observations.answers.hoursPerDay",
    "case.observations.answers.daysOffPerMonth",
    "case.observations.answers.sleepsAtWorkplace",
    "case.observations.answers.jobDiffersFromPromise",
    "case.observations.answers.termsDifferFromPromise",
    "assessment.evaluationDate",
    "assessment.routes.route",
  ],
  pseudonymous: false,
  retentionDays: 90,
  reasoning: {
    id: "Pengawas ketenagakerjaan perlu tahu siapa bekerja di mana, dengan izin apa, dan dalam kondisi kerja seperti apa (upah, potongan, jam kerja, hari libur). Nomor paspor, agama, etnis dan level TPPO tidak diperlukan: level TPPO adalah rujukan skrining korban, bukan urusan ketenagakerjaan, dan hanya rute (misalnya ketenagakerjaan) yang dikirim. Alamat hanya sampai kode wilayah dan penggunaannya; tempat kerja dikenali dari NIB pemberi kerja. Masa simpan 90 hari: usulan kami.",
    en: "Labour inspectors need to know who works where, under which permit, and in what conditions (pay, deductions, hours, days off). Passport numbers, religion, ethnicity and the TPPO level are not needed: the level is a referral for victim screening, not a labour matter, and only the routes (such as labour) are sent. Addresses go only as far as the region code and their use; the workplace is known by the employer's NIB. Retention of 90 days: our proposal.",
  },
  proposal: true,
};

/** The police: a referral of a possible trafficking case for victim screening and investigation. */
const tppoReferral: SharingProfile = {
  id: "police-tppo-referral",
  version: "1.0.0",
  label: { id: "Polri: rujukan TPPO", en: "Police: TPPO referral" },
  recipientKinds: POLICE,
  purpose: "tppo-referral",
  legalBasis: [PDP_ART_20_2_E, IMMIGRATION_ART_69, TIMPORA_ART_53, PDP_ART_25],
  fields: [
    "case.id",
    "case.person.id",
    "case.person.names",
    "case.person.sex",
    "case.person.birthDate",
    "case.person.nationality",
    "case.person.languages",
    "case.documents.kind",
    "case.documents.number",
    "case.documents.issuingState",
    "case.documents.expiresOn",
    "case.permits",
    "case.sponsors",
    "case.employers",
    "case.addresses",
    "case.movements",
    "case.observations",
    "case.relations",
    "case.crew",
    "case.refugee",
    "assessment.caseId",
    "assessment.evaluationDate",
    "assessment.ruleSetId",
    "assessment.ruleSetVersion",
    "assessment.minor",
    "assessment.level",
    "assessment.elements",
    "assessment.fired",
    "assessment.notEvaluated.id",
    "assessment.notEvaluated.reason",
    "assessment.routes",
  ],
  pseudonymous: false,
  retentionDays: 365,
  reasoning: {
    id: "Rujukan untuk skrining korban dan penyidikan memerlukan identitas, dokumen, izin, penjamin, pemberi kerja, alamat, perjalanan, hasil pengamatan petugas dan hasil skrining beserta penjelasannya. Rekaman anak boleh dikirim (UU 27/2022 Pasal 25: diproses secara khusus), demikian pula luka yang terlihat (data kesehatan) karena skrining korban memerlukannya. Riwayat penindakan (catatan kejahatan) dan hasil biometrik tidak dikirim: keduanya untuk tujuan penegakan hukum. Masa simpan 365 hari: usulan kami.",
    en: "A referral for victim screening and investigation needs the identity, documents, permits, sponsors, employers, addresses, travel, the officers' observations and the screening result with its explanation. A child's record may be sent (UU 27/2022 Art. 25: processed specially), and so may visible injuries (health data), which victim screening needs. Enforcement history (criminal records) and biometric results are not sent: they are for the law-enforcement purpose. Retention of 365 days: our proposal.",
  },
  proposal: true,
};

/** The police: an investigation, with enforcement history and identity findings. */
const lawEnforcement: SharingProfile = {
  id: "police-law-enforcement",
  version: "1.0.0",
  label: { id: "Polri: penegakan hukum", en: "Police: law enforcement" },
  recipientKinds: POLICE,
  purpose: "law-enforcement",
  legalBasis: [PDP_ART_20_2_E, PDP_ART_15_1_B, IMMIGRATION_ART_69, TIMPORA_ART_53],
  fields: [
    "case.id",
    "case.person.id",
    "case.person.names",
    "case.person.sex",
    "case.person.birthDate",
    "case.person.nationality",
    "case.documents.kind",
    "case.documents.number",
    "case.documents.issuingState",
    "case.documents.issuedOn",
    "case.documents.expiresOn",
    "case.permits",
    "case.sponsors",
    "case.employers",
    "case.addresses",
    "case.movements",
    "case.enforcement",
    "case.identityFlags",
    "assessment.caseId",
    "assessment.evaluationDate",
    "assessment.ruleSetId",
    "assessment.ruleSetVersion",
    "assessment.level",
    "assessment.fired.id",
    "assessment.fired.label",
    "assessment.fired.strength",
    "assessment.fired.elements",
    "assessment.fired.explanation",
    "assessment.routes",
  ],
  pseudonymous: false,
  retentionDays: 365,
  reasoning: {
    id: "Penyidikan memerlukan identitas, dokumen, izin, hubungan dengan penjamin dan pemberi kerja, perjalanan, riwayat penindakan dan temuan identitas (catatan kejahatan dan data biometrik, UU 27/2022 Pasal 4 ayat (2), hanya untuk tujuan ini). Pengecualian hak subjek data untuk penegakan hukum (Pasal 15 ayat (1) huruf b) tidak mencakup hak atas informasi dan akses. Rekaman anak tidak dikirim (hanya melalui rujukan TPPO atau perlindungan anak), begitu pula hasil pengamatan yang memuat data kesehatan. Masa simpan 365 hari: usulan kami.",
    en: "An investigation needs the identity, documents, permits, links to sponsors and employers, travel, enforcement history and identity findings (criminal records and biometric data, UU 27/2022 Art. 4(2), for this purpose only). The exemption of data-subject rights for law enforcement (Art. 15(1)(b)) does not cover the rights to information and access. A child's record is not sent (only through a TPPO referral or child protection), nor are observations, which hold health data. Retention of 365 days: our proposal.",
  },
  proposal: true,
};

/** The social affairs office and the UPTD PPA: a child's case. */
const childProtection: SharingProfile = {
  id: "social-child-protection",
  version: "1.0.0",
  label: {
    id: "Dinas Sosial dan UPTD PPA: perlindungan anak",
    en: "Social affairs and UPTD PPA: child protection",
  },
  recipientKinds: ["social-affairs", "uptd-ppa"],
  purpose: "child-protection",
  legalBasis: [PDP_ART_20_2_E, PDP_ART_25, IMMIGRATION_ART_69, TIMPORA_ART_53],
  fields: [
    "case.id",
    "case.person.id",
    "case.person.names",
    "case.person.sex",
    "case.person.birthDate",
    "case.person.nationality",
    "case.person.languages",
    "case.addresses",
    "case.relations",
    "case.movements.date",
    "case.movements.direction",
    "case.movements.accompaniedBy",
    "case.observations.observedAt",
    "case.observations.answers.guardianPresent",
    "case.observations.answers.injuriesVisible",
    "case.observations.answers.violenceReported",
    "case.observations.answers.threats",
    "case.observations.answers.canLeaveFreely",
    "case.observations.answers.lockedIn",
    "case.observations.answers.forcedTasks",
    "case.refugee.registeredWith",
    "case.refugee.status",
    "assessment.minor",
    "assessment.level",
    "assessment.fired.id",
    "assessment.fired.label",
    "assessment.routes",
  ],
  pseudonymous: false,
  retentionDays: 365,
  reasoning: {
    id: "Perlindungan anak memerlukan siapa anak itu, di mana, dengan siapa (hubungan keluarga, pendamping perjalanan), tanda bahaya dari pengamatan petugas (termasuk luka yang terlihat, data kesehatan) dan hasil skrining tanpa penjelasan rinci. Data anak adalah data spesifik (UU 27/2022 Pasal 4 ayat (2)) yang diproses secara khusus (Pasal 25). Nomor dokumen tidak dikirim. Masa simpan 365 hari: usulan kami.",
    en: "Child protection needs who the child is, where, with whom (family relations, travel companions), the danger signs from the officers' observations (visible injuries, health data, included) and the screening result without its detailed explanation. Children's data are specific data (UU 27/2022 Art. 4(2)), processed specially (Art. 25). Document numbers are not sent. Retention of 365 days: our proposal.",
  },
  proposal: true,
};

/** Dukcapil: checking the NIKs of Indonesian sponsors and relations. */
const civilRegistrationCheck: SharingProfile = {
  id: "dukcapil-civil-registration-check",
  version: "1.0.0",
  label: { id: "Dukcapil: pemeriksaan data kependudukan", en: "Dukcapil: civil registration check" },
  recipientKinds: ["dukcapil"],
  purpose: "civil-registration-check",
  legalBasis: [PDP_ART_20_2_E, ADMINDUK_ART_84, IMMIGRATION_ART_69, TIMPORA_ART_53],
  fields: [
    "case.id",
    "case.sponsors.id",
    "case.sponsors.kind",
    "case.sponsors.name",
    "case.sponsors.nik",
    "case.relations.id",
    "case.relations.kind",
    "case.relations.since",
    "case.relations.otherParty.indonesian",
    "case.relations.otherParty.birthDate",
    "case.relations.otherParty.nikIssuedOn",
    "case.relations.otherParty.identityChangedOn",
  ],
  pseudonymous: false,
  retentionDays: 30,
  reasoning: {
    id: "Dukcapil memeriksa data kependudukan orang Indonesia pada kasus (NIK dan nama penjamin perorangan, data pihak dalam hubungan keluarga); dari orang asing hanya id kasus, untuk mencocokkan jawaban. NIK adalah data pribadi yang dilindungi (UU 23/2006 Pasal 84). Masa simpan 30 hari: usulan kami.",
    en: "Dukcapil checks the Indonesian identity data on a case (an individual sponsor's NIK and name, the other party of a family relation); of the foreigner only the case id goes, to match the reply. The NIK is protected personal data (UU 23/2006 Art. 84). Retention of 30 days: our proposal.",
  },
  proposal: true,
};

/** Oversight statistics: counts for the oversight map, pseudonymous, no direct identifiers. */
const oversightStatistics: SharingProfile = {
  id: "oversight-statistics",
  version: "1.0.0",
  label: { id: "Statistik pengawasan orang asing", en: "Oversight statistics" },
  recipientKinds: ["immigration-office", "immigration-directorate-general", "regional-government"],
  purpose: "oversight-statistics",
  legalBasis: [PDP_ART_20_2_E, PDP_ART_15_1_E, TIMPORA_ART_53],
  fields: [
    "case.id",
    "case.person.sex",
    "case.person.nationality",
    "case.permits.kind",
    "case.permits.purpose",
    "case.permits.status",
    "case.permits.regionCode",
    "case.addresses.regionCode",
    "case.addresses.use",
    "case.addresses.lodgingKind",
    "case.employers.sector",
    "assessment.level",
    "assessment.routes.route",
  ],
  pseudonymous: true,
  retentionDays: 365,
  reasoning: {
    id: "Peta pengawasan (Permenimipas 2/2025 Pasal 53) memerlukan hitungan menurut wilayah, kewarganegaraan, jenis izin, sektor dan level, bukan identitas: id kasus diganti pseudonim (untuk menghindari hitungan ganda) dan tidak ada pengenal langsung. Pengecualian statistik (UU 27/2022 Pasal 15 ayat (1) huruf e) hanya berlaku bagi hak-hak yang disebut. Rekaman anak tidak dikirim. Masa simpan 365 hari: usulan kami.",
    en: "The oversight map (Permenimipas 2/2025 Art. 53) needs counts by region, nationality, permit kind, sector and level, not identities: the case id is replaced by a pseudonym (to avoid double counts) and no direct identifier goes. The statistics exemption (UU 27/2022 Art. 15(1)(e)) covers only the listed rights. Children's records are not sent. Retention of 365 days: our proposal.",
  },
  proposal: true,
};

/**
 * The default sharing profiles, one for each usual member agency and purpose: `manpower-labour-inspection`,
 * `police-tppo-referral`, `police-law-enforcement`, `social-child-protection` (social affairs and UPTD PPA),
 * `dukcapil-civil-registration-check` and `oversight-statistics`. Each carries its legal basis with citations and
 * confidence, its reasoning in Indonesian and English, and `proposal: true`: the law settles neither the fields
 * nor the retention. Copy and change one for a team's own agreement (and give it a new id or version).
 *
 * @example
 * ```ts
 * defaultProfiles.map((p) => p.id);
 * // ["manpower-labour-inspection", "police-tppo-referral", "police-law-enforcement", "social-child-protection",
 * //  "dukcapil-civil-registration-check", "oversight-statistics"]
 * ```
 */
export const defaultProfiles: readonly SharingProfile[] = deepFreeze([
  labourInspection,
  tppoReferral,
  lawEnforcement,
  childProtection,
  civilRegistrationCheck,
  oversightStatistics,
]);

/**
 * One default profile by id.
 *
 * @example
 * ```ts
 * defaultProfile("manpower-labour-inspection")?.purpose; // "labour-inspection"
 * ```
 */
export function defaultProfile(id: string): SharingProfile | undefined {
  return defaultProfiles.find((p) => p.id === id);
}

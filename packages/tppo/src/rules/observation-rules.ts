import type { IndicatorRule } from "../rule-set.js";
import { all, any, indicator, is, oneOf } from "./condition-builders.js";
import { delphi, newsCase, sources } from "./sources.js";

const obs = (signal: string) => is("observation", signal);

/** Part B indicators: they rest on a Timpora officer's field check or short interview (brief B1–B14). */
export const observationRules: IndicatorRule[] = [
  indicator({
    id: "passport-withheld",
    version: "2.0.0",
    ref: "B1",
    label: { id: "Paspor dipegang pihak lain", en: "Passport held by someone else" },
    description: {
      id: "Paspor atau identitas dipegang pemberi kerja, penjamin, agen atau pasangan, dan ditolak bila diminta kembali atau alasannya tidak diketahui. Paspor yang sedang diproses untuk izin atau dititipkan dan dapat diminta kembali bukan tanda.",
      en: "The passport or ID is held by an employer, sponsor, agent or spouse, and refused when asked for, or held for no known reason. A passport being processed for a permit, or kept for the person who can have it back, is not a signal.",
    },
    strength: "strong",
    elements: ["means"],
    needsObservation: true,
    sources: [
      delphi("confiscation of documents (coercion at destination)", "S"),
      sources.ilo11,
      sources.htcds,
      sources.uu21Pasal1,
    ],
    conditions: all(obs("documentWithheld")),
  }),
  indicator({
    id: "movement-restricted",
    ref: "B2",
    label: { id: "Kebebasan bergerak dibatasi", en: "Movement restricted" },
    description: {
      id: "Tidak bisa keluar dengan bebas, dijaga, dikunci atau selalu dikawal.",
      en: "Cannot leave freely; guarded, locked in or always escorted.",
    },
    strength: "strong",
    elements: ["means"],
    needsObservation: true,
    sources: [
      delphi("isolation, confinement or surveillance (coercion at destination)", "S"),
      sources.unodcForcedLabourSex,
      sources.ilo11,
    ],
    conditions: any(obs("cannotLeaveFreely"), obs("guarded"), obs("lockedIn"), obs("alwaysEscorted")),
  }),
  indicator({
    id: "debt-to-recruiter",
    ref: "B3",
    label: { id: "Jeratan utang", en: "Debt to recruiter or employer" },
    description: {
      id: "Berutang kepada perekrut, pemberi kerja atau penjamin, atau utang dibayar melalui kerja atau potongan.",
      en: "Owes the recruiter, employer or sponsor, or repays a debt through work or deductions.",
    },
    strength: "strong",
    elements: ["means"],
    needsObservation: true,
    sources: [
      delphi("debt bondage (coercion at destination)", "S"),
      sources.ilo11,
      newsCase("Kemlu: advance payments (uang panjar) amount to debt bondage"),
    ],
    conditions: all(obs("debtOwed"), any(obs("debtToControllingParty"), obs("repaidThroughWork"))),
  }),
  indicator({
    id: "violence-signs",
    ref: "B4",
    label: { id: "Tanda kekerasan", en: "Signs of violence" },
    description: {
      id: "Luka yang terlihat, atau laporan kekerasan terhadap orang itu atau keluarganya.",
      en: "Visible injuries, or a report of violence against the person or their family.",
    },
    strength: "strong",
    elements: ["means"],
    needsObservation: true,
    sources: [delphi("violence on victims", "S"), sources.ilo11],
    conditions: any(obs("injuriesVisible"), obs("violenceReported")),
  }),
  indicator({
    id: "threats-incl-denunciation",
    ref: "B5",
    label: {
      id: "Ancaman termasuk dilaporkan ke imigrasi",
      en: "Threats, including threat of reporting to immigration",
    },
    description: {
      id: "Diancam kekerasan, deportasi, penangkapan, kondisi lebih buruk atau celaka pada keluarga. Kuat bila anak.",
      en: "Threatened with violence, deportation, arrest, worse conditions or harm to family. Strong for a minor.",
    },
    strength: "medium",
    strengthOverrides: [{ strength: "strong", when: { minor: true } }],
    elements: ["means"],
    needsObservation: true,
    sources: [
      delphi("threat of denunciation to authorities; threats of violence against the victim", "M"),
      { ...sources.htcds, ref: "IOM HTCDS MethodsOfControl = ThreatOfLawEnforcement, Threats" },
    ],
    conditions: all(obs("threatened")),
  }),
  indicator({
    id: "deceived-about-job",
    ref: "B6",
    label: { id: "Pekerjaan tidak sesuai janji", en: "Job differs from what was promised" },
    description: {
      id: "Pekerjaan, lokasi atau pemberi kerja berbeda dari yang dijanjikan.",
      en: "The job, location or employer differs from what was promised.",
    },
    strength: "strong",
    elements: ["means"],
    needsObservation: true,
    sources: [
      delphi("deceived about the nature of the job, location or employer", "S"),
      newsCase("Kemlu: customer-service job offer turned into scam work"),
      sources.unodcForcedCriminality,
    ],
    conditions: all(obs("jobDiffersFromPromise")),
  }),
  indicator({
    id: "deceived-about-terms",
    ref: "B7",
    label: {
      id: "Tertipu soal gaji, kondisi, status hukum",
      en: "Deceived about wages, conditions or legal status",
    },
    description: {
      id: "Gaji, kondisi kerja, tempat tinggal atau status hukum berbeda dari yang dijanjikan.",
      en: "Wages, conditions, housing or legal status differ from what was promised.",
    },
    strength: "medium",
    elements: ["means"],
    needsObservation: true,
    sources: [delphi("deceived about wages, conditions of work, housing, legal documentation", "M")],
    conditions: all(obs("termsDifferFromPromise")),
  }),
  indicator({
    id: "wages-withheld",
    version: "1.1.0",
    ref: "B8",
    label: { id: "Upah ditahan atau tidak dibayar", en: "Wages withheld or none" },
    description: {
      id: "Tidak dibayar, dibayar di bawah janji atau di bawah upah minimum, atau potongan berlebihan.",
      en: "Not paid, paid below what was promised or below the minimum, or excessive deductions.",
    },
    strength: "medium",
    elements: ["purpose"],
    needsObservation: true,
    sources: [
      delphi("low or no salary; withholding of wages", "M"),
      sources.ilo11,
      { ...sources.htcds, ref: "IOM HTCDS MethodsOfControl = TakesEarnings" },
    ],
    conditions: any(
      oneOf("observation", "paid", ["below-promised", "below-minimum", "not-paid"]),
      obs("excessiveDeductions"),
    ),
    routes: [{ basis: "labour.working-conditions" }],
  }),
  indicator({
    id: "excessive-hours-quotas",
    version: "1.1.0",
    ref: "B9",
    label: {
      id: "Jam kerja berlebih atau target dengan hukuman",
      en: "Excessive hours or quotas with punishment",
    },
    description: {
      id: "Hari kerja panjang (bawaan 12 jam atau lebih) dengan sedikit hari libur (bawaan 2 atau kurang per bulan), atau target dengan hukuman.",
      en: "Long working days (default 12 hours or more) with few days off (default 2 or fewer a month), or quotas enforced by punishment.",
    },
    strength: "strong",
    elements: ["purpose"],
    needsObservation: true,
    sources: [delphi("excessive working days or hours", "S"), sources.unodcForcedCriminality, sources.ilo11],
    conditions: any(obs("longHoursFewDaysOff"), obs("quotaWithPunishment")),
    routes: [{ basis: "labour.working-conditions" }],
  }),
  indicator({
    id: "forced-criminality",
    ref: "B10",
    label: { id: "Dipaksa melakukan kejahatan", en: "Forced to commit crimes" },
    description: {
      id: "Dipaksa menjalankan penipuan atau kejahatan lain. Kuat bila anak. Jangan dihukum (Pasal 18 UU 21/2007).",
      en: "Made to run scams or other crimes. Strong for a minor. Do not punish (UU 21/2007 Pasal 18).",
    },
    strength: "medium",
    strengthOverrides: [{ strength: "strong", when: { minor: true } }],
    elements: ["purpose", "means"],
    needsObservation: true,
    sources: [
      delphi("forced into illicit or criminal activities (S for children)", "M"),
      sources.unodcForcedCriminality,
    ],
    conditions: all(obs("forcedCriminality")),
  }),
  indicator({
    id: "third-party-control",
    ref: "B11",
    label: { id: "Pihak ketiga mengendalikan", en: "Third party speaks or controls" },
    description: {
      id: "Orang lain menjawab untuknya, memaksa menjadi penerjemah, atau jawaban tampak dihafalkan.",
      en: "Someone else answers for the person, insists on interpreting, or answers seem rehearsed.",
    },
    strength: "medium",
    elements: ["means"],
    needsObservation: true,
    sources: [delphi("under strong influence", "M"), sources.finCen2020],
    conditions: any(obs("thirdPartyAnswers"), obs("interpreterImposed"), obs("scriptedAnswers")),
  }),
  indicator({
    id: "cannot-state-basics",
    ref: "B12",
    label: { id: "Tidak tahu alamat, penjamin atau tujuan", en: "Cannot state address, sponsor or purpose" },
    description: {
      id: "Tidak dapat menyebut tempat tinggal, penjamin atau pemberi kerja, atau tujuan berada di Indonesia.",
      en: "Cannot say where they live, who sponsors or employs them, or why they are in Indonesia.",
    },
    strength: "medium",
    elements: ["means"],
    needsObservation: true,
    sources: [
      delphi("abuse of lack of information", "M"),
      newsCase("Tangerang 2025; Moroccan women 2016; Malang 2023 passport interviews"),
    ],
    conditions: any(obs("cannotStateAddress"), obs("cannotStateSponsor"), obs("cannotStatePurpose")),
  }),
  indicator({
    id: "bad-living-conditions",
    ref: "B13",
    label: { id: "Tempat tinggal buruk atau padat", en: "Poor or crowded housing" },
    description: {
      id: "Padat, tidur di tempat kerja atau tempat yang tidak layak, tanpa ruang pribadi.",
      en: "Overcrowded; sleeping at the workplace or in an unsuitable place; no private space.",
    },
    strength: "medium",
    elements: ["purpose"],
    needsObservation: true,
    sources: [
      delphi("bad living conditions (MRC Bangladesh lists it as strong: unresolved conflict)", "M"),
      sources.unodcForcedLabourSex,
    ],
    conditions: any(obs("overcrowded"), obs("sleepsAtWorkplace"), obs("noPrivateSpace")),
  }),
  indicator({
    id: "communication-restricted",
    ref: "B14",
    label: { id: "Ponsel disita atau komunikasi dibatasi", en: "Phone taken or contact restricted" },
    description: {
      id: "Tidak memegang ponsel sendiri, atau kontak dengan keluarga atau dunia luar dibatasi.",
      en: "Has no phone of their own, or contact with family or the outside is restricted.",
    },
    strength: "medium",
    elements: ["means"],
    needsObservation: true,
    sources: [
      newsCase("Benoa 2025: phones seized aboard"),
      sources.ilo11,
      delphi(
        "isolation, confinement or surveillance (S at destination; the brief proposes M for phone or contact alone)",
        "S",
      ),
    ],
    conditions: any(obs("noOwnPhone"), obs("familyContactRestricted")),
  }),
];

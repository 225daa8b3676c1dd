import type { LabelTable, ObservationAnswers } from "@timpora/models";

/**
 * A part-B question of the field check: one answer of the checklist (`ObservationAnswers` of
 * @timpora/models, TPPO brief part B, B1–B14, and `guardianPresent` of A1).
 *
 * @example
 * ```ts
 * const key: QuestionKey = "documentHolder";
 * ```
 */
export type QuestionKey = Exclude<
  keyof ObservationAnswers,
  "seenWorkingAtEmployerId" | "seenWorkingAtAddressId"
>;

/**
 * Each part-B question in Indonesian and English, as an officer asks it or checks it on the spot (no personal
 * data).
 *
 * @example
 * ```ts
 * questionLabels.documentHolder.en; // "B1: Who holds the passport or ID?"
 * ```
 */
export const questionLabels: LabelTable<QuestionKey> = {
  documentHolder: {
    id: "B1: Siapa yang memegang paspor atau identitas?",
    en: "B1: Who holds the passport or ID?",
  },
  documentHolderReason: {
    id: "B1: Bila dipegang pihak lain, mengapa (diproses, dititipkan, ditolak saat diminta)?",
    en: "B1: If someone else holds it, why (processing, safekeeping, refused when asked)?",
  },
  guardianPresent: {
    id: "A1: Apakah orang tua atau wali anak hadir atau dapat dihubungi?",
    en: "A1: Is the minor's parent or legal guardian present or reachable?",
  },
  canLeaveFreely: { id: "B2: Dapatkah ia keluar dengan bebas?", en: "B2: Can the person leave freely?" },
  guarded: { id: "B2: Apakah ia dijaga?", en: "B2: Is the person guarded?" },
  lockedIn: { id: "B2: Apakah ia dikunci di dalam?", en: "B2: Is the person locked in?" },
  alwaysEscorted: { id: "B2: Apakah ia selalu dikawal?", en: "B2: Is the person always escorted?" },
  debtOwed: { id: "B3: Apakah ia berutang?", en: "B3: Does the person owe a debt?" },
  debtCreditor: { id: "B3: Kepada siapa utangnya?", en: "B3: To whom is the debt owed?" },
  repaidThroughWork: {
    id: "B3: Apakah utang dibayar melalui kerja atau potongan?",
    en: "B3: Is the debt repaid through work or deductions?",
  },
  injuriesVisible: { id: "B4: Apakah ada luka yang terlihat?", en: "B4: Are injuries visible?" },
  violenceReported: {
    id: "B4: Apakah ada laporan kekerasan terhadapnya atau keluarganya?",
    en: "B4: Is violence against the person or their family reported?",
  },
  threats: { id: "B5: Ancaman apa yang diterima?", en: "B5: What threats were made?" },
  jobDiffersFromPromise: {
    id: "B6: Apakah pekerjaannya berbeda dari yang dijanjikan?",
    en: "B6: Does the job differ from what was promised?",
  },
  termsDifferFromPromise: {
    id: "B7: Apakah syarat kerjanya berbeda dari yang dijanjikan?",
    en: "B7: Do the terms differ from what was promised?",
  },
  paid: { id: "B8: Apakah ia dibayar seperti dijanjikan?", en: "B8: Is the person paid as promised?" },
  excessiveDeductions: {
    id: "B8: Apakah ada potongan berlebihan?",
    en: "B8: Are there excessive deductions?",
  },
  hoursPerDay: { id: "B9: Berapa jam kerja sehari?", en: "B9: How many hours a day does the person work?" },
  daysOffPerMonth: { id: "B9: Berapa hari libur sebulan?", en: "B9: How many days off a month?" },
  quotaWithPunishment: {
    id: "B9: Apakah ada target dengan hukuman bila tidak tercapai?",
    en: "B9: Is there a quota with punishment when it is missed?",
  },
  forcedTasks: {
    id: "B10: Apakah ia dipaksa melakukan kejahatan?",
    en: "B10: Is the person forced to commit crimes?",
  },
  thirdPartyAnswers: {
    id: "B11: Apakah pihak lain menjawab untuknya?",
    en: "B11: Does someone else answer for the person?",
  },
  interpreterImposed: {
    id: "B11: Apakah penerjemahnya ditentukan pihak lain?",
    en: "B11: Is the interpreter imposed by someone else?",
  },
  scriptedAnswers: {
    id: "B11: Apakah jawabannya seperti dihafalkan?",
    en: "B11: Do the answers seem scripted?",
  },
  knowsAddress: { id: "B12: Apakah ia tahu alamatnya?", en: "B12: Does the person know their address?" },
  knowsSponsor: { id: "B12: Apakah ia tahu penjaminnya?", en: "B12: Does the person know their sponsor?" },
  canStatePurpose: {
    id: "B12: Dapatkah ia menyebut tujuan kunjungannya?",
    en: "B12: Can the person state the purpose of the stay?",
  },
  overcrowded: { id: "B13: Apakah tempat tinggalnya penuh sesak?", en: "B13: Is the lodging overcrowded?" },
  sleepsAtWorkplace: {
    id: "B13: Apakah ia tidur di tempat kerja?",
    en: "B13: Does the person sleep at the workplace?",
  },
  noPrivateSpace: {
    id: "B13: Apakah ia tanpa ruang pribadi?",
    en: "B13: Does the person lack any private space?",
  },
  hasOwnPhone: {
    id: "B14: Apakah ia punya telepon sendiri?",
    en: "B14: Does the person have their own phone?",
  },
  familyContactRestricted: {
    id: "B14: Apakah hubungan dengan keluarga dibatasi?",
    en: "B14: Is contact with family restricted?",
  },
};

/** The answers each path of the `observation` fact of @timpora/tppo reads. */
export const answersOfPath: Readonly<Record<string, readonly QuestionKey[]>> = {
  documentHolderNotSelf: ["documentHolder"],
  documentWithheld: ["documentHolder", "documentHolderReason"],
  guardianAbsent: ["guardianPresent"],
  cannotLeaveFreely: ["canLeaveFreely"],
  guarded: ["guarded"],
  lockedIn: ["lockedIn"],
  alwaysEscorted: ["alwaysEscorted"],
  debtOwed: ["debtOwed"],
  debtToControllingParty: ["debtOwed", "debtCreditor"],
  repaidThroughWork: ["repaidThroughWork"],
  excessiveDeductions: ["excessiveDeductions"],
  injuriesVisible: ["injuriesVisible"],
  violenceReported: ["violenceReported"],
  threatened: ["threats"],
  threats: ["threats"],
  jobDiffersFromPromise: ["jobDiffersFromPromise"],
  termsDifferFromPromise: ["termsDifferFromPromise"],
  quotaWithPunishment: ["quotaWithPunishment"],
  forcedCriminality: ["forcedTasks"],
  forcedTasks: ["forcedTasks"],
  thirdPartyAnswers: ["thirdPartyAnswers"],
  interpreterImposed: ["interpreterImposed"],
  scriptedAnswers: ["scriptedAnswers"],
  cannotStateAddress: ["knowsAddress"],
  cannotStateSponsor: ["knowsSponsor"],
  cannotStatePurpose: ["canStatePurpose"],
  overcrowded: ["overcrowded"],
  sleepsAtWorkplace: ["sleepsAtWorkplace"],
  noPrivateSpace: ["noPrivateSpace"],
  noOwnPhone: ["hasOwnPhone"],
  familyContactRestricted: ["familyContactRestricted"],
  paid: ["paid"],
  hoursPerDay: ["hoursPerDay"],
  daysOffPerMonth: ["daysOffPerMonth"],
  longHoursFewDaysOff: ["hoursPerDay", "daysOffPerMonth"],
};

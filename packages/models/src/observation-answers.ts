import * as z from "zod";
import { IdSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";

/**
 * Who holds the person's passport or identity document (TPPO brief B1).
 *
 * Zod schema of {@link DocumentHolder}; `DocumentHolderSchema.options` lists the values.
 *
 * @example
 * ```ts
 * DocumentHolderSchema.options.includes("self"); // true
 * ```
 */
export const DocumentHolderSchema = z.enum([
  "self",
  "employer",
  "sponsor",
  "agent",
  "spouse",
  "immigration-office",
  "other",
]);
/**
 * Who holds the person's document.
 *
 * @example
 * ```ts
 * const documentHolder: DocumentHolder = "self";
 * ```
 */
export type DocumentHolder = z.infer<typeof DocumentHolderSchema>;
/**
 * Labels of {@link DocumentHolder}.
 *
 * @example
 * ```ts
 * documentHolderLabels.self.en; // "The person themself"
 * ```
 */
export const documentHolderLabels: LabelTable<DocumentHolder> = {
  self: { id: "Dipegang sendiri", en: "The person themself" },
  employer: { id: "Pemberi kerja", en: "Employer" },
  sponsor: { id: "Penjamin", en: "Sponsor" },
  agent: { id: "Agen atau perekrut", en: "Agent or recruiter" },
  spouse: { id: "Pasangan", en: "Spouse" },
  "immigration-office": { id: "Kantor imigrasi", en: "Immigration office" },
  other: { id: "Pihak lain", en: "Someone else" },
};

/**
 * Why someone other than the person holds the passport (TPPO brief B1, as the screening review refined it):
 * `processing` (for a permit application, e.g. at the immigration office or with the sponsor's agent),
 * `safekeeping` (kept for the person, who can have it back on request), `refused` (the person asked for it
 * and was refused), `unknown` (not asked, or no answer).
 *
 * Zod schema of {@link DocumentHolderReason}; `DocumentHolderReasonSchema.options` lists the values.
 *
 * @example
 * ```ts
 * DocumentHolderReasonSchema.options; // ["processing", "safekeeping", "refused", "unknown"]
 * ```
 */
export const DocumentHolderReasonSchema = z.enum(["processing", "safekeeping", "refused", "unknown"]);
/**
 * Why someone else holds the person's passport.
 *
 * @example
 * ```ts
 * const documentHolderReason: DocumentHolderReason = "processing";
 * ```
 */
export type DocumentHolderReason = z.infer<typeof DocumentHolderReasonSchema>;
/**
 * Labels of {@link DocumentHolderReason}.
 *
 * @example
 * ```ts
 * documentHolderReasonLabels.processing.en; // "Being processed for a permit"
 * ```
 */
export const documentHolderReasonLabels: LabelTable<DocumentHolderReason> = {
  processing: { id: "Sedang diproses untuk izin", en: "Being processed for a permit" },
  safekeeping: {
    id: "Dititipkan dan dapat diminta kembali",
    en: "Kept for the person, who can have it back",
  },
  refused: { id: "Diminta kembali tetapi ditolak", en: "Asked for and refused" },
  unknown: { id: "Tidak diketahui", en: "Unknown" },
};

/**
 * To whom a debt is owed (TPPO brief B3).
 *
 * Zod schema of {@link DebtCreditor}; `DebtCreditorSchema.options` lists the values.
 *
 * @example
 * ```ts
 * DebtCreditorSchema.options; // ["recruiter", "employer", "sponsor", "other"]
 * ```
 */
export const DebtCreditorSchema = z.enum(["recruiter", "employer", "sponsor", "other"]);
/**
 * To whom a debt is owed.
 *
 * @example
 * ```ts
 * const debtCreditor: DebtCreditor = "recruiter";
 * ```
 */
export type DebtCreditor = z.infer<typeof DebtCreditorSchema>;
/**
 * Labels of {@link DebtCreditor}.
 *
 * @example
 * ```ts
 * debtCreditorLabels.recruiter.en; // "Recruiter"
 * ```
 */
export const debtCreditorLabels: LabelTable<DebtCreditor> = {
  recruiter: { id: "Perekrut", en: "Recruiter" },
  employer: { id: "Pemberi kerja", en: "Employer" },
  sponsor: { id: "Penjamin", en: "Sponsor" },
  other: { id: "Pihak lain", en: "Someone else" },
};

/**
 * Threats the person reports (TPPO brief B5).
 *
 * Zod schema of {@link ThreatKind}; `ThreatKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * ThreatKindSchema.options.includes("violence"); // true
 * ```
 */
export const ThreatKindSchema = z.enum([
  "violence",
  "deportation",
  "arrest",
  "worse-conditions",
  "harm-to-family",
]);
/**
 * A kind of threat reported.
 *
 * @example
 * ```ts
 * const threatKind: ThreatKind = "violence";
 * ```
 */
export type ThreatKind = z.infer<typeof ThreatKindSchema>;
/**
 * Labels of {@link ThreatKind}.
 *
 * @example
 * ```ts
 * threatKindLabels.violence.en; // "Violence"
 * ```
 */
export const threatKindLabels: LabelTable<ThreatKind> = {
  violence: { id: "Kekerasan", en: "Violence" },
  deportation: {
    id: "Dilaporkan ke imigrasi atau dideportasi",
    en: "Reporting to immigration or deportation",
  },
  arrest: { id: "Penangkapan", en: "Arrest" },
  "worse-conditions": { id: "Kondisi yang lebih buruk", en: "Worse conditions" },
  "harm-to-family": { id: "Mencelakai keluarga", en: "Harm to family" },
};

/**
 * How the person is paid compared with what was promised (TPPO brief B8).
 *
 * Zod schema of {@link PayStatus}; `PayStatusSchema.options` lists the values.
 *
 * @example
 * ```ts
 * PayStatusSchema.options; // ["as-promised", "below-promised", "below-minimum", "not-paid"]
 * ```
 */
export const PayStatusSchema = z.enum(["as-promised", "below-promised", "below-minimum", "not-paid"]);
/**
 * How the person is paid.
 *
 * @example
 * ```ts
 * const payStatus: PayStatus = "as-promised";
 * ```
 */
export type PayStatus = z.infer<typeof PayStatusSchema>;
/**
 * Labels of {@link PayStatus}.
 *
 * @example
 * ```ts
 * payStatusLabels["as-promised"].en; // "As promised"
 * ```
 */
export const payStatusLabels: LabelTable<PayStatus> = {
  "as-promised": { id: "Sesuai janji", en: "As promised" },
  "below-promised": { id: "Di bawah yang dijanjikan", en: "Below what was promised" },
  "below-minimum": { id: "Di bawah upah minimum", en: "Below the minimum wage" },
  "not-paid": { id: "Tidak dibayar", en: "Not paid" },
};

/**
 * Crimes or tasks the person is made to do (TPPO brief B10).
 *
 * Zod schema of {@link ForcedTaskKind}; `ForcedTaskKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * ForcedTaskKindSchema.options; // ["scam", "drugs", "theft", "begging", "other"]
 * ```
 */
export const ForcedTaskKindSchema = z.enum(["scam", "drugs", "theft", "begging", "other"]);
/**
 * A kind of forced task.
 *
 * @example
 * ```ts
 * const forcedTaskKind: ForcedTaskKind = "scam";
 * ```
 */
export type ForcedTaskKind = z.infer<typeof ForcedTaskKindSchema>;
/**
 * Labels of {@link ForcedTaskKind}.
 *
 * @example
 * ```ts
 * forcedTaskKindLabels.scam.en; // "Scams (online fraud)"
 * ```
 */
export const forcedTaskKindLabels: LabelTable<ForcedTaskKind> = {
  scam: { id: "Penipuan (daring)", en: "Scams (online fraud)" },
  drugs: { id: "Narkotika", en: "Drugs" },
  theft: { id: "Pencurian", en: "Theft" },
  begging: { id: "Mengemis", en: "Begging" },
  other: { id: "Lainnya", en: "Other" },
};

/**
 * Zod schema of the checklist answers of an officer's field check (TPPO brief part B, §5.4, B1–B14).
 * Every answer is optional: absent means not asked or not observed.
 *
 * @example
 * ```ts
 * ObservationAnswersSchema.safeParse({}).success; // true (nothing asked yet)
 * ObservationAnswersSchema.safeParse({ hoursPerDay: 25 }).success; // false (0–24)
 * ObservationAnswersSchema.safeParse({ threats: ["violence", "arrest"] }).success; // true
 * ```
 */
export const ObservationAnswersSchema = z.strictObject({
  documentHolder: DocumentHolderSchema.optional(),
  documentHolderReason: DocumentHolderReasonSchema.optional(),
  guardianPresent: z.boolean().optional(),
  canLeaveFreely: z.boolean().optional(),
  guarded: z.boolean().optional(),
  lockedIn: z.boolean().optional(),
  alwaysEscorted: z.boolean().optional(),
  debtOwed: z.boolean().optional(),
  debtCreditor: DebtCreditorSchema.optional(),
  repaidThroughWork: z.boolean().optional(),
  injuriesVisible: z.boolean().optional(),
  violenceReported: z.boolean().optional(),
  threats: z.array(ThreatKindSchema).max(ThreatKindSchema.options.length).optional(),
  jobDiffersFromPromise: z.boolean().optional(),
  termsDifferFromPromise: z.boolean().optional(),
  paid: PayStatusSchema.optional(),
  excessiveDeductions: z.boolean().optional(),
  hoursPerDay: z.number().min(0).max(24).optional(),
  daysOffPerMonth: z.int().min(0).max(31).optional(),
  quotaWithPunishment: z.boolean().optional(),
  forcedTasks: z.array(ForcedTaskKindSchema).max(ForcedTaskKindSchema.options.length).optional(),
  thirdPartyAnswers: z.boolean().optional(),
  interpreterImposed: z.boolean().optional(),
  scriptedAnswers: z.boolean().optional(),
  knowsAddress: z.boolean().optional(),
  knowsSponsor: z.boolean().optional(),
  canStatePurpose: z.boolean().optional(),
  overcrowded: z.boolean().optional(),
  sleepsAtWorkplace: z.boolean().optional(),
  noPrivateSpace: z.boolean().optional(),
  hasOwnPhone: z.boolean().optional(),
  familyContactRestricted: z.boolean().optional(),
  seenWorkingAtEmployerId: IdSchema.optional(),
  seenWorkingAtAddressId: IdSchema.optional(),
});

/**
 * Checklist answers of a field check (output type of {@link ObservationAnswersSchema}): who holds the
 * documents and why (B1), whether a minor's parent or legal guardian is present or reachable
 * (`guardianPresent`, A1 on an officer's observation), freedom of movement (B2), debt (B3), violence (B4), threats (B5), deception (B6, B7),
 * pay (B8), hours (B9), forced crime (B10), third-party control (B11), basic knowledge (B12), living
 * conditions (B13), communication (B14), and where the person was seen working.
 *
 * @example
 * ```ts
 * const answers: ObservationAnswers = { documentHolder: "employer", documentHolderReason: "refused",
 *   canLeaveFreely: false, hoursPerDay: 14 };
 * answers.debtOwed; // undefined: not asked, which is not the same as false
 * ```
 */
export type ObservationAnswers = z.output<typeof ObservationAnswersSchema>;

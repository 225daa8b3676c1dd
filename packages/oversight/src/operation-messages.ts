import type { LabelTable } from "@timpora/models";

/**
 * Codes of the reasons a place is worth a visit (each from the screening results of the people there, never
 * from who they are):
 * - `target.refer`: someone there is referred for victim screening (level `refer`);
 * - `target.review`: someone there is at level `review` (a field check);
 * - `target.strong-indicator`: a strong indicator fired for someone there;
 * - `target.several-people`: indicators fired for more than one person there;
 * - `target.minor`: a minor with an indicator or a route is there;
 * - `target.route`: someone there has a route beside the level (immigration, labour, child protection).
 *
 * @example
 * ```ts
 * const code: TargetReasonCode = "target.refer";
 * ```
 */
export type TargetReasonCode =
  | "target.refer"
  | "target.review"
  | "target.strong-indicator"
  | "target.several-people"
  | "target.minor"
  | "target.route";

/**
 * The text of each {@link TargetReasonCode} in Indonesian and English (no personal data).
 *
 * @example
 * ```ts
 * targetReasonMessages["target.refer"].en; // "Someone there is referred for victim screening"
 * ```
 */
export const targetReasonMessages: LabelTable<TargetReasonCode> = {
  "target.refer": {
    id: "Ada orang di sana yang dirujuk untuk penapisan korban",
    en: "Someone there is referred for victim screening",
  },
  "target.review": {
    id: "Ada orang di sana yang perlu diperiksa di lapangan",
    en: "Someone there needs a field check",
  },
  "target.strong-indicator": {
    id: "Indikator kuat muncul untuk orang di sana",
    en: "A strong indicator fired for someone there",
  },
  "target.several-people": {
    id: "Indikator muncul untuk lebih dari satu orang di sana",
    en: "Indicators fired for more than one person there",
  },
  "target.minor": {
    id: "Ada anak dengan indikator atau rute di sana",
    en: "A minor with an indicator or route is there",
  },
  "target.route": {
    id: "Ada orang di sana dengan rute di samping level (imigrasi, ketenagakerjaan, perlindungan anak)",
    en: "Someone there has a route beside the level (immigration, labour, child protection)",
  },
};

/**
 * Codes of the reason an agency must come on a visit:
 * - `need.minor`: a minor is there (the women's and children's protection unit UPTD PPA, or social affairs);
 * - `need.vessel`: the place is a vessel (the harbour master, or the navy post);
 * - `need.labour`: someone there has the labour route (the manpower office);
 * - `need.immigration`: someone there has the immigration route (the immigration office).
 *
 * @example
 * ```ts
 * const code: AgencyNeedCode = "need.vessel";
 * ```
 */
export type AgencyNeedCode = "need.minor" | "need.vessel" | "need.labour" | "need.immigration";

/**
 * The text of each {@link AgencyNeedCode} in Indonesian and English.
 *
 * @example
 * ```ts
 * agencyNeedMessages["need.labour"].en; // "Someone there has the labour route: the manpower office"
 * ```
 */
export const agencyNeedMessages: LabelTable<AgencyNeedCode> = {
  "need.minor": {
    id: "Ada anak di sana: UPTD PPA atau dinas sosial",
    en: "A minor is there: UPTD PPA or social affairs",
  },
  "need.vessel": {
    id: "Tempatnya kapal: syahbandar atau pangkalan TNI AL",
    en: "The place is a vessel: the harbour master or the navy post",
  },
  "need.labour": {
    id: "Ada orang di sana dengan rute ketenagakerjaan: dinas tenaga kerja",
    en: "Someone there has the labour route: the manpower office",
  },
  "need.immigration": {
    id: "Ada orang di sana dengan rute imigrasi: kantor imigrasi",
    en: "Someone there has the immigration route: the immigration office",
  },
};

/**
 * Kinds of step on a visit, in the order they are taken: victim screening comes before any immigration
 * action (UU 21/2007 Art. 18, non-punishment of victims):
 * - `victim-screening`: people with a means or purpose indicator, screened as possible victims first;
 * - `child-protection`: minors, with UPTD PPA or social affairs;
 * - `labour-inspection`: people with the labour route;
 * - `immigration-examination`: people with the immigration route (after their victim screening).
 *
 * @example
 * ```ts
 * const kind: VisitStepKind = "victim-screening";
 * ```
 */
export type VisitStepKind =
  | "victim-screening"
  | "child-protection"
  | "labour-inspection"
  | "immigration-examination";

/**
 * The name of each {@link VisitStepKind} in Indonesian and English.
 *
 * @example
 * ```ts
 * visitStepLabels["victim-screening"].en; // "Victim screening (before any immigration action)"
 * ```
 */
export const visitStepLabels: LabelTable<VisitStepKind> = {
  "victim-screening": {
    id: "Penapisan korban (sebelum tindakan keimigrasian apa pun)",
    en: "Victim screening (before any immigration action)",
  },
  "child-protection": { id: "Perlindungan anak", en: "Child protection" },
  "labour-inspection": { id: "Pemeriksaan ketenagakerjaan", en: "Labour inspection" },
  "immigration-examination": { id: "Pemeriksaan keimigrasian", en: "Immigration examination" },
};

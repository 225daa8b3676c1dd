/**
 * The clean profiles the generator builds cases from: who the person is and how they are lawfully
 * in Indonesia on the evaluation date.
 */

/**
 * Every clean profile id.
 *
 * @example
 * ```ts
 * PROFILE_IDS.includes("worker"); // true
 * ```
 */
export const PROFILE_IDS = [
  "tourist-visa-exempt",
  "tourist-voa",
  "visitor-visa-single",
  "visitor-visa-multiple",
  "worker",
  "worker-converted",
  "investor-vitas",
  "retiree",
  "remote-worker",
  "student",
  "spouse-of-indonesian",
  "permanent-resident",
  "diplomat",
  "service-official",
  "cargo-crew",
  "fishing-crew",
  "emergency-entry",
  "family-principal",
  "family-spouse",
  "family-child",
  "tourist-family",
] as const;

/**
 * A clean profile: `tourist-visa-exempt` (ITK visa-exempt, a listed nationality), `tourist-voa` (ITK on a visa on
 * arrival, sometimes extended), `visitor-visa-single` / `visitor-visa-multiple` (ITK on a C or D visit
 * visa), `worker` (ITAS for work with a corporate sponsor that is the employer, across all sectors
 * including high-risk ones), `worker-converted` (ITAS converted from a visit ITK), `investor-vitas`
 * (ITAS from a limited-stay visa on arrival), `retiree`, `remote-worker`, `student`,
 * `spouse-of-indonesian` (ITAS sponsored by the Indonesian spouse), `permanent-resident` (ITAP),
 * `diplomat`, `service-official`, `cargo-crew` (ITK as crew, shore leave recorded), `fishing-crew`
 * (ITAS, Indonesian fishing company, recent shore leave), `emergency-entry`, and the family members
 * `family-principal`, `family-spouse`, `family-child` (ITAS family, possibly born in Indonesia) and
 * `tourist-family` (parents and children on visit permits).
 *
 * @example
 * ```ts
 * const profile: ProfileId = "tourist-voa";
 * generateLabelledCase({ seed: 1, profile }).profile; // "tourist-voa"
 * ```
 */
export type ProfileId = (typeof PROFILE_IDS)[number];

/**
 * The patterns the generator can plant, as data: what each one looks like in the records and which
 * indicators of the TPPO catalogue (`/shared/domain/tppo.md` §5, ids as there) it is meant to make fire.
 * `mayAlsoFire` lists indicators that can fire as a side effect (for example `high-risk-sector` when
 * the drawn employer is in a high-risk sector); evaluator tests should allow, not require, those.
 */

/**
 * Every pattern id. Single-case patterns change one case; group patterns (`scope: "group"`) emit
 * several consecutive cases that share a sponsor, an address, a phone, a flight or a broker.
 *
 * @example
 * ```ts
 * PATTERN_IDS.includes("overstay"); // true
 * ```
 */
export const PATTERN_IDS = [
  "overstay",
  "working-on-visit-permit",
  "sponsor-many-foreigners",
  "villa-cluster",
  "shared-phone",
  "group-arrival",
  "minor-without-guardian",
  "minor-linked-to-work",
  "passport-withheld",
  "movement-restricted",
  "debt-to-recruiter",
  "deceived-about-job",
  "wages-withheld",
  "scam-compound",
  "crew-no-shore-leave",
  "identity-fraud",
  "broker-marriage",
  "forced-labour-observed",
  "sexual-exploitation-observed",
  "child-labour-administrative",
  "admin-only-means-purpose",
] as const;

/**
 * A pattern the generator can plant (kebab-case, like the indicator ids).
 *
 * @example
 * ```ts
 * const id: PatternId = "working-on-visit-permit";
 * ```
 */
export type PatternId = (typeof PATTERN_IDS)[number];

/**
 * What a pattern is and what it should trigger.
 *
 * @example
 * ```ts
 * const info: PatternInfo = PATTERNS["villa-cluster"];
 * info.groupSize; // [6, 9]
 * ```
 */
export interface PatternInfo {
  /** Pattern id. */
  readonly id: PatternId;
  /** `case`: one case; `group`: several consecutive cases generated together. */
  readonly scope: "case" | "group";
  /** Smallest and largest group (1 for single-case patterns). */
  readonly groupSize: readonly [number, number];
  /** Indicator ids (TPPO brief §5) the planted cases are meant to fire. */
  readonly indicators: readonly string[];
  /** Indicator ids that may fire as a side effect. */
  readonly mayAlsoFire: readonly string[];
  /** How the pattern is planted, in one or two sentences. */
  readonly description: string;
  /**
   * Combined patterns only: the level the TPPO default rule set should reach under the level rule of
   * issue 4 (`refer` for means and purpose positive with an officer-observed indicator, or for a minor
   * with act and purpose positive; `review` for means and purpose positive on administrative records alone).
   */
  readonly expectedLevel?: "note" | "review" | "refer";
}

/**
 * The combined patterns: several indicators in one case, chosen to reach a known level.
 *
 * @example
 * ```ts
 * COMBINED_PATTERN_IDS.map((id) => PATTERNS[id].expectedLevel); // ["refer", "refer", "refer", "review"]
 * ```
 */
export const COMBINED_PATTERN_IDS = [
  "forced-labour-observed",
  "sexual-exploitation-observed",
  "child-labour-administrative",
  "admin-only-means-purpose",
] as const satisfies readonly PatternId[];

const single = (
  id: PatternId,
  indicators: readonly string[],
  mayAlsoFire: readonly string[],
  description: string,
): PatternInfo => ({ id, scope: "case", groupSize: [1, 1], indicators, mayAlsoFire, description });

const combined = (
  id: PatternId,
  indicators: readonly string[],
  mayAlsoFire: readonly string[],
  expectedLevel: NonNullable<PatternInfo["expectedLevel"]>,
  description: string,
): PatternInfo => ({ ...single(id, indicators, mayAlsoFire, description), expectedLevel });

const group = (
  id: PatternId,
  size: readonly [number, number],
  indicators: readonly string[],
  mayAlsoFire: readonly string[],
  description: string,
): PatternInfo => ({ id, scope: "group", groupSize: size, indicators, mayAlsoFire, description });

/**
 * The pattern catalogue (data only). Group sizes start at 6, above the brief's default thresholds
 * (5 per sponsor, 5 per address, 5 per arrival) and 4 for shared phones (default 3), so the patterns
 * fire whether a threshold is read as "at least" or "more than".
 *
 * @example
 * ```ts
 * PATTERNS.overstay.indicators; // ["overstay"]
 * ```
 */
export const PATTERNS: Readonly<Record<PatternId, PatternInfo>> = {
  overstay: single(
    "overstay",
    ["overstay"],
    [],
    "The permit in force ended 3 to 45 days before asOf, with no exit and no pending application; every date of the case is shifted back together.",
  ),
  "working-on-visit-permit": single(
    "working-on-visit-permit",
    ["visit-permit-work-signal"],
    ["high-risk-sector"],
    "A tourist on a visa-exempt or visa-on-arrival ITK has a link to an Indonesian employer.",
  ),
  "sponsor-many-foreigners": group(
    "sponsor-many-foreigners",
    [6, 9],
    ["sponsor-many-foreigners"],
    [],
    "Unrelated visit-visa holders with staggered arrivals and separate lodgings share one verified individual sponsor.",
  ),
  "villa-cluster": group(
    "villa-cluster",
    [6, 9],
    ["address-cluster"],
    [],
    "Unrelated workers with their own employers and sponsors (none in a high-risk sector) all live at one villa.",
  ),
  "shared-phone": group(
    "shared-phone",
    [4, 6],
    ["shared-contact-details"],
    [],
    "Unrelated tourists in different places give the same phone number as their personal contact.",
  ),
  "group-arrival": group(
    "group-arrival",
    [6, 9],
    ["group-arrival-pattern"],
    [],
    "Unrelated tourists arrive on the same flight on the same day on one-way tickets, listed as co-travellers, and stay at one hotel.",
  ),
  "minor-without-guardian": single(
    "minor-without-guardian",
    ["minor-without-guardian"],
    [],
    "A visitor aged 13 to 17 with no parent or guardian relation, who arrived with two unrelated adults.",
  ),
  "minor-linked-to-work": single(
    "minor-linked-to-work",
    ["minor-linked-to-work"],
    ["high-risk-sector"],
    "A child aged 15 to 17 on a family ITAS, living with a parent, is linked to an employer.",
  ),
  "passport-withheld": single(
    "passport-withheld",
    ["passport-withheld"],
    ["high-risk-sector"],
    "A lawful worker's field check finds the employer holding the passport; every other answer is clean.",
  ),
  "movement-restricted": single(
    "movement-restricted",
    ["movement-restricted"],
    ["high-risk-sector"],
    "A lawful worker's field check finds they cannot leave freely and are guarded.",
  ),
  "debt-to-recruiter": single(
    "debt-to-recruiter",
    ["debt-to-recruiter"],
    ["high-risk-sector"],
    "A lawful worker's field check finds a debt to the recruiter repaid through work.",
  ),
  "deceived-about-job": single(
    "deceived-about-job",
    ["deceived-about-job"],
    ["high-risk-sector"],
    "A lawful worker's field check finds the job differs from what was promised.",
  ),
  "wages-withheld": single(
    "wages-withheld",
    ["wages-withheld"],
    ["high-risk-sector"],
    "A lawful worker's field check finds they are not paid, with excessive deductions.",
  ),
  "scam-compound": group(
    "scam-compound",
    [6, 9],
    ["scam-compound-profile", "address-cluster"],
    ["linked-to-prior-case"],
    "Work-age foreigners (20 to 35) on visit permits with no declared employer live at one ruko or villa that an enforcement tip names.",
  ),
  "crew-no-shore-leave": single(
    "crew-no-shore-leave",
    ["crew-no-shore-leave"],
    ["high-risk-sector", "lives-at-workplace"],
    "Foreign crew of an Indonesian fishing vessel, on the crew list for 7 to 11 months with no shore leave recorded, living aboard.",
  ),
  "identity-fraud": single(
    "identity-fraud",
    ["identity-fraud"],
    [],
    "The biometric matches another identity (identity flags).",
  ),
  "broker-marriage": group(
    "broker-marriage",
    [3, 4],
    ["marriage-broker-pattern"],
    [],
    "Foreign women each marry an Indonesian 3 to 20 days after arriving on a visit visa, through one broker, then convert to a family ITAS.",
  ),
  "forced-labour-observed": combined(
    "forced-labour-observed",
    [
      "visit-permit-work-signal",
      "passport-withheld",
      "movement-restricted",
      "wages-withheld",
      "excessive-hours-quotas",
    ],
    ["high-risk-sector"],
    "refer",
    "An adult on a visa-on-arrival ITK works for a construction firm or on a fishing vessel; a field check finds the employer holding the passport, the worker guarded and not free to leave, pay below what was promised with excessive deductions, and 13 to 16 hours a day with at most 2 days off a month. Means (2 strong + 1 medium) and purpose (1 strong + 1 medium) are positive with observed indicators.",
  ),
  "sexual-exploitation-observed": combined(
    "sexual-exploitation-observed",
    [
      "debt-to-recruiter",
      "threats-incl-denunciation",
      "deceived-about-job",
      "wages-withheld",
      "bad-living-conditions",
      "lives-at-workplace",
    ],
    [],
    "refer",
    "An adult worker on a work ITAS lives in the mess of the karaoke, bar, nightclub or spa that employs them; a field check finds a recruiter debt repaid through work, threats of deportation, a job other than promised, no pay, and overcrowded rooms without privacy. Means (2 strong + 1 medium) and purpose (2 medium + 1 weak) are positive with observed indicators.",
  ),
  "child-labour-administrative": combined(
    "child-labour-administrative",
    [
      "minor-without-guardian",
      "minor-linked-to-work",
      "minor-at-adult-venue",
      "linked-to-prior-case",
      "visit-permit-work-signal",
    ],
    ["high-risk-sector"],
    "refer",
    "A child aged 15 to 17 on a visa-on-arrival ITK, with no parent or guardian and arrived with two unrelated adults, is linked to an entertainment or spa employer that an earlier prostitution raid names; no field check. Act (the minor indicator raised to strong by a purpose indicator, + 1 medium) and purpose (2 strong) are positive: the minor route.",
  ),
  "admin-only-means-purpose": combined(
    "admin-only-means-purpose",
    [
      "crew-no-shore-leave",
      "crew-document-anomaly",
      "vessel-risk-profile",
      "lives-at-workplace",
      "scam-compound-profile",
    ],
    [],
    "review",
    "Foreign crew of a high-risk Indonesian fishing vessel, 7 to 11 months without shore leave, whose seaman's book is from another state than the passport, living aboard the vessel that an enforcement tip names (the A21 tip branch); no field check. Means (2 medium + 1 weak) and purpose (2 medium + 1 weak) are positive on administrative records alone, so the level is review, not refer.",
  ),
};

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
  "adult-venue-group",
  "child-at-adult-venue",
  "child-labour-observed",
  "unaccompanied-child",
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
   * The level the TPPO default rule set should reach, worked out from the catalogue's strengths and the level
   * rule as revised in issue 9. Adults: `refer` for means and purpose positive with an officer-observed
   * indicator among them; `review` for act positive with a means indicator, any strong indicator, or means
   * and purpose positive on administrative records alone; else `note`. Children (under 18): `refer` when a
   * strong purpose indicator fired or purpose is positive, together with any act indicator or any indicator
   * from an officer's observation (part B); at least `review` with any act indicator (A1 included).
   */
  readonly expectedLevel: "note" | "review" | "refer";
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

/**
 * The child patterns of issue 9: the three cases that were under-referred before the child route was revised.
 *
 * @example
 * ```ts
 * CHILD_PATTERN_IDS.map((id) => PATTERNS[id].expectedLevel); // ["refer", "refer", "review"]
 * ```
 */
export const CHILD_PATTERN_IDS = [
  "child-at-adult-venue",
  "child-labour-observed",
  "unaccompanied-child",
] as const satisfies readonly PatternId[];

type Level = PatternInfo["expectedLevel"];

const single = (
  id: PatternId,
  indicators: readonly string[],
  mayAlsoFire: readonly string[],
  expectedLevel: Level,
  description: string,
): PatternInfo => ({
  id,
  scope: "case",
  groupSize: [1, 1],
  indicators,
  mayAlsoFire,
  description,
  expectedLevel,
});

const group = (
  id: PatternId,
  size: readonly [number, number],
  indicators: readonly string[],
  mayAlsoFire: readonly string[],
  expectedLevel: Level,
  description: string,
): PatternInfo => ({
  id,
  scope: "group",
  groupSize: size,
  indicators,
  mayAlsoFire,
  description,
  expectedLevel,
});

/**
 * The pattern catalogue (data only). Group sizes start at 6, above the brief's default thresholds
 * (5 per sponsor, 5 per address, 5 per arrival) and 4 for shared phones (default 3), so the patterns
 * fire whether a threshold is read as "at least" or "more than"; the members of a group are unrelated, so
 * each is a household of its own when cross-record indicators count distinct households (issue 9). The
 * adult-venue group starts at 3, the default of `group-at-adult-venue`. Each `expectedLevel` comment names
 * the elements it rests on (S strong, M medium, W weak; Delphi: an element is positive with 2 S, 1 S + 1 M/W,
 * 3 M or 2 M + 1 W).
 *
 * @example
 * ```ts
 * PATTERNS.overstay.indicators; // ["overstay"]
 * ```
 */
export const PATTERNS: Readonly<Record<PatternId, PatternInfo>> = {
  // means: A11 W only → note.
  overstay: single(
    "overstay",
    ["overstay"],
    [],
    "note",
    "The permit in force ended 3 to 45 days before asOf, with no exit and no pending application; every date of the case is shifted back together.",
  ),
  // means: A4 M only → note.
  "working-on-visit-permit": single(
    "working-on-visit-permit",
    ["visit-permit-work-signal"],
    ["high-risk-sector"],
    "note",
    "A tourist on a visa-exempt or visa-on-arrival ITK has a link to an Indonesian employer.",
  ),
  // act: A5 W (a person sponsor with 6 to 9 foreigners) only → note.
  "sponsor-many-foreigners": group(
    "sponsor-many-foreigners",
    [6, 9],
    ["sponsor-many-foreigners"],
    [],
    "note",
    "Unrelated visit-visa holders with staggered arrivals and separate lodgings share one verified individual sponsor.",
  ),
  // act: A8 M only → note.
  "villa-cluster": group(
    "villa-cluster",
    [6, 9],
    ["address-cluster"],
    [],
    "note",
    "Unrelated workers with their own employers and sponsors (none in a high-risk sector) all live at one villa.",
  ),
  // act: A12 M only → note.
  "shared-phone": group(
    "shared-phone",
    [4, 6],
    ["shared-contact-details"],
    [],
    "note",
    "Unrelated tourists in different places give the same phone number as their personal contact.",
  ),
  // act: A13 W only → note.
  "group-arrival": group(
    "group-arrival",
    [6, 9],
    ["group-arrival-pattern"],
    [],
    "note",
    "Unrelated tourists arrive on the same flight on the same day on one-way tickets, listed as co-travellers, and stay at one hotel.",
  ),
  // act: A1 M (on positive evidence) for a minor → at least review (child route).
  "minor-without-guardian": single(
    "minor-without-guardian",
    ["minor-without-guardian"],
    [],
    "review",
    'A visitor aged 13 to 17 with no parent or guardian relation whose entry says `accompaniedBy: "unrelated-adults"` (two unrelated co-travellers) or `"alone"` (none).',
  ),
  // purpose: A2 S, no act indicator and no observation → not refer; a strong indicator → review.
  "minor-linked-to-work": single(
    "minor-linked-to-work",
    ["minor-linked-to-work"],
    ["high-risk-sector"],
    "review",
    'A child aged 15 to 17 on a family ITAS, living with a parent and arrived with them (`accompaniedBy: "parent-or-guardian"`), is linked to an employer.',
  ),
  // means: B1 S → review (one strong indicator).
  "passport-withheld": single(
    "passport-withheld",
    ["passport-withheld"],
    ["high-risk-sector"],
    "review",
    'A lawful worker\'s field check finds the employer (or, without one, an agent) holding the passport and refusing it (`documentHolderReason: "refused"`); every other answer is clean.',
  ),
  // means: B2 S → review.
  "movement-restricted": single(
    "movement-restricted",
    ["movement-restricted"],
    ["high-risk-sector"],
    "review",
    "A lawful worker's field check finds they cannot leave freely and are guarded.",
  ),
  // means: B3 S → review.
  "debt-to-recruiter": single(
    "debt-to-recruiter",
    ["debt-to-recruiter"],
    ["high-risk-sector"],
    "review",
    "A lawful worker's field check finds a debt to the recruiter repaid through work.",
  ),
  // means: B6 S → review.
  "deceived-about-job": single(
    "deceived-about-job",
    ["deceived-about-job"],
    ["high-risk-sector"],
    "review",
    "A lawful worker's field check finds the job differs from what was promised.",
  ),
  // purpose: B8 M only → note.
  "wages-withheld": single(
    "wages-withheld",
    ["wages-withheld"],
    ["high-risk-sector"],
    "note",
    "A lawful worker's field check finds they are not paid, with excessive deductions.",
  ),
  // A8 M, A21 profile M and A21 tip M in the address group: the profile and the tip together count strong
  // (issue 9), so the scam-compound pattern reaches review without double-counting the address.
  "scam-compound": group(
    "scam-compound",
    [6, 9],
    ["address-cluster", "scam-compound-profile", "scam-compound-tip"],
    [],
    "review",
    "Unrelated work-age foreigners (20 to 35) on visit permits with no declared employer live at one ruko, villa or house that an enforcement tip names.",
  ),
  // means: A16 M (+ A9 W when the residence is the vessel) → not positive → note.
  "crew-no-shore-leave": single(
    "crew-no-shore-leave",
    ["crew-no-shore-leave"],
    ["high-risk-sector", "lives-at-workplace"],
    "note",
    "Foreign crew of an Indonesian fishing vessel, on the crew list for 7 to 11 months with no shore leave recorded, living aboard.",
  ),
  // means: A24 M only → note.
  "identity-fraud": single(
    "identity-fraud",
    ["identity-fraud"],
    [],
    "note",
    "The biometric matches another identity (identity flags).",
  ),
  // act and means: A17 M each → neither positive → note.
  "broker-marriage": group(
    "broker-marriage",
    [3, 4],
    ["marriage-broker-pattern"],
    [],
    "note",
    "Foreign women each marry an Indonesian 3 to 20 days after arriving on a visit visa, through one broker, then convert to a family ITAS.",
  ),
  "forced-labour-observed": single(
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
    'An adult on a visa-on-arrival ITK works for a construction firm or on a fishing vessel; a field check finds the employer holding the passport and refusing it (`documentHolderReason: "refused"`), the worker guarded and not free to leave, pay below what was promised with excessive deductions, and 13 to 16 hours a day with at most 2 days off a month. Means (2 strong + 1 medium) and purpose (1 strong + 1 medium) are positive with observed indicators.',
  ),
  "sexual-exploitation-observed": single(
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
    "An adult worker on a work ITAS lives in the mess of the karaoke, bar, nightclub or spa (an adult venue type) that employs them; a field check finds a recruiter debt repaid through work, threats of deportation, a job other than promised, no pay, and overcrowded rooms without privacy. Means (2 strong + 1 medium) and purpose (2 medium + 1 weak) are positive with observed indicators.",
  ),
  "child-labour-administrative": single(
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
    'A child aged 15 to 17 on a visa-on-arrival ITK, with no parent or guardian, whose entry says `accompaniedBy: "unrelated-adults"` (two unrelated co-travellers), is linked to a karaoke, bar, nightclub or spa employer (an adult venue type) that an earlier prostitution raid names; no field check. Purpose is positive (2 strong) with act indicators: the child route refers.',
  ),
  "admin-only-means-purpose": single(
    "admin-only-means-purpose",
    [
      "crew-no-shore-leave",
      "crew-document-anomaly",
      "vessel-risk-profile",
      "lives-at-workplace",
      "scam-compound-tip",
    ],
    [],
    "review",
    "Foreign crew of a high-risk Indonesian fishing vessel, 7 to 11 months without shore leave, whose seaman's book is from another state than the passport, living aboard the vessel that an enforcement tip names (`scam-compound-tip`: a tip on the residence); no field check. Means (2 medium + 1 weak) and purpose (2 medium + 1 weak) are positive on administrative records alone, so the level is review, not refer.",
  ),
  // act and purpose: A10 M; means: A4 M; each alone → note (high-risk-sector is context).
  "adult-venue-group": group(
    "adult-venue-group",
    [3, 5],
    ["group-at-adult-venue", "visit-permit-work-signal"],
    ["high-risk-sector"],
    "note",
    "Unrelated adults of either sex on visa-exempt or visa-on-arrival ITKs, each in their own guest house, are all linked to one Indonesian karaoke, bar, nightclub or spa employer (an adult venue type).",
  ),
  // child: purpose A2 S + A3 S (+ A9 W), act A1 (raised to S); means A4 M, A9 W → refer.
  "child-at-adult-venue": single(
    "child-at-adult-venue",
    [
      "minor-without-guardian",
      "minor-linked-to-work",
      "minor-at-adult-venue",
      "lives-at-workplace",
      "visit-permit-work-signal",
    ],
    ["high-risk-sector"],
    "refer",
    'A 14-year-old on a visa-on-arrival ITK who arrived with two unrelated adults (`accompaniedBy: "unrelated-adults"`), with no parent or guardian on record, lives at the address of the Indonesian karaoke that employs them; no field check. A strong purpose indicator with an act indicator: the child route refers.',
  ),
  // child: purpose A2 S + B9 S + B8 M (observed, part B) → refer; no act indicator needed.
  "child-labour-observed": single(
    "child-labour-observed",
    ["minor-linked-to-work", "excessive-hours-quotas", "wages-withheld"],
    ["high-risk-sector"],
    "refer",
    'A 14-year-old on a family ITAS, living with a parent and arrived with them (`accompaniedBy: "parent-or-guardian"`), linked to an Indonesian employer; a field check saw the child working there 14 hours a day with at most 2 days off a month, unpaid. A strong purpose indicator with officer-observed indicators: the child route refers.',
  ),
  // child: act A1 M (accompaniedBy "alone") → at least review; nothing else.
  "unaccompanied-child": single(
    "unaccompanied-child",
    ["minor-without-guardian"],
    [],
    "review",
    'A 13-year-old tourist whose entry says `accompaniedBy: "alone"`, with no co-traveller and no relation on record, and nothing else.',
  ),
};

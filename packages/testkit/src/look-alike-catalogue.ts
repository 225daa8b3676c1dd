/**
 * The benign look-alikes a realistic population plants (issue 9): ordinary people whose records resemble a
 * TPPO indicator (`/shared/domain/tppo.md` §5, ids as there and as revised in issue 9) but who are not
 * trafficking cases. Each kind says which indicators it resembles, the highest level a screening may give it,
 * its group size and its default rate. The mix (rates and sizes) is a LOCAL ASSUMPTION of the generator, not
 * a statistic: no public source gives these shares for a Timpora area, so each rate is illustrative and its
 * reason is written beside it.
 */

/**
 * Every look-alike kind (kebab-case, like the pattern and indicator ids).
 *
 * @example
 * ```ts
 * LOOK_ALIKE_KINDS.includes("business-visitor"); // true
 * ```
 */
export const LOOK_ALIKE_KINDS = [
  "company-many-workers",
  "family-household",
  "students-shared-lodging",
  "family-shared-phone",
  "business-visitor",
  "minor-with-unlinked-parents",
  "contract-end-group-exit",
  "passport-in-processing",
  "crew-with-shore-leave",
  "short-overstay-tourist",
  "high-risk-sector-worker",
  "entertainment-staff",
] as const;

/**
 * A kind of benign look-alike.
 *
 * @example
 * ```ts
 * const kind: LookAlikeKind = "family-household";
 * ```
 */
export type LookAlikeKind = (typeof LOOK_ALIKE_KINDS)[number];

/**
 * What a look-alike kind is, what it resembles, and how often a realistic population plants it.
 *
 * @example
 * ```ts
 * const info: LookAlikeInfo = LOOK_ALIKES["company-many-workers"];
 * info.groupSize; // [50, 300]
 * ```
 */
export interface LookAlikeInfo {
  /** Kind id. */
  readonly kind: LookAlikeKind;
  /** What the generated cases look like, in one or two sentences. */
  readonly description: string;
  /** Indicator ids (TPPO brief §5, as revised in issue 9) whose conditions the cases resemble. */
  readonly resembles: readonly string[];
  /**
   * Indicator ids the cases may fire, at a low strength (only `overstay` for `short-overstay-tourist`); every
   * other indicator must stay silent under the revised rules.
   */
  readonly mayFire: readonly string[];
  /** The highest level a screening may give the cases: `none`, or `note` where a weak indicator may fire. */
  readonly highestLevel: "none" | "note";
  /** Smallest and largest group (1 for kinds of one case). */
  readonly groupSize: readonly [number, number];
  /** Fraction of the cases of a realistic population planted with this kind (LOCAL ASSUMPTION). */
  readonly defaultRate: number;
  /** Why the rate and the group size are plausible, or that they are illustrative. */
  readonly rateBasis: string;
}

/**
 * Rates of look-alike kinds: for each kind, the fraction of generated cases that should carry it.
 *
 * @example
 * ```ts
 * const rates: LookAlikeRates = { "business-visitor": 0.05, "company-many-workers": 0 };
 * ```
 */
export type LookAlikeRates = Readonly<Partial<Record<LookAlikeKind, number>>>;

const kind = (
  id: LookAlikeKind,
  groupSize: readonly [number, number],
  defaultRate: number,
  resembles: readonly string[],
  description: string,
  rateBasis: string,
  highestLevel: LookAlikeInfo["highestLevel"] = "none",
  mayFire: readonly string[] = [],
): LookAlikeInfo => ({
  kind: id,
  description,
  resembles,
  mayFire,
  highestLevel,
  groupSize,
  defaultRate,
  rateBasis,
});

/**
 * The look-alike catalogue (data only). The default rates add up to 0.31: about a third of a realistic
 * population are look-alikes, the rest clean cases and a few percent planted patterns
 * (`REALISTIC_PLANT_RATES`). All rates are LOCAL ASSUMPTIONS (illustrative, see `rateBasis`); a team that
 * knows its own area passes its own through `generateCases({ population: "realistic", lookAlikes })`.
 *
 * @example
 * ```ts
 * LOOK_ALIKES["short-overstay-tourist"].highestLevel; // "note"
 * ```
 */
export const LOOK_ALIKES: Readonly<Record<LookAlikeKind, LookAlikeInfo>> = {
  "company-many-workers": kind(
    "company-many-workers",
    [50, 300],
    0.08,
    ["sponsor-many-foreigners", "group-arrival-pattern", "address-cluster"],
    "A verified Indonesian company is the verified corporate sponsor and employer of 50 to 300 foreign workers on work ITAS; arrivals are spread out (at most 4 one-way arrivals a week), homes spread over the company mess, apartment units with their own unitId, and houses.",
    "Illustrative. Work ITAS holders are the largest group of long-stay foreigners a Timpora team oversees, and many of them work for a few large employers (industrial parks, smelters, plants, projects); a share of 8% in company groups, with a few companies in every 10,000 cases, keeps that shape visible without letting one company dominate a sample.",
  ),
  "family-household": kind(
    "family-household",
    [3, 7],
    0.05,
    ["address-cluster", "group-arrival-pattern", "sponsor-many-foreigners", "scam-compound-profile"],
    "Two parents and 1 to 5 children in one house or villa (a resident family on ITAS sponsored by the principal's employer, or a tourist family), relations recorded on both sides (spouse, parent, child, sibling), arriving together; the minors' entries say `accompaniedBy: \"parent-or-guardian\"`.",
    "Illustrative. Families are common among residents and tourists alike; 5% in households of 3 to 7 (beside the 2-to-4-person families of the clean population) puts families of 5 or more, which reach the default address and arrival thresholds, in every sample.",
  ),
  "students-shared-lodging": kind(
    "students-shared-lodging",
    [5, 20],
    0.02,
    ["address-cluster", "sponsor-many-foreigners", "scam-compound-profile", "group-arrival-pattern"],
    "5 to 20 students (mostly on study ITAS, some on visit visas for a short course) sponsored by one verified university, living in one boarding house (kos, a room each) or one apartment block (a unit each, distinct unitIds); arrivals spread out.",
    "Illustrative. Foreign students are a small share of foreigners in most areas, concentrated near universities; 2% is in the order of the clean `student` profile and enough for several groups in every 10,000 cases.",
  ),
  "family-shared-phone": kind(
    "family-shared-phone",
    [3, 6],
    0.02,
    [
      "shared-contact-details",
      "address-cluster",
      "group-arrival-pattern",
      "sponsor-many-foreigners",
      "scam-compound-profile",
    ],
    "A family of 3 to 6 (relations on both sides) who all give one phone number, usually a parent's.",
    "Illustrative. Families often register one contact number for everyone; 2% gives several such families in every 10,000 cases.",
  ),
  "business-visitor": kind(
    "business-visitor",
    [1, 1],
    0.04,
    ["visit-permit-work-signal", "scam-compound-profile"],
    "A visit visa (C2 single or D2 multiple entry) with purpose business; the home-country employer is on file (`indonesianEntity: false`, not in a high-risk sector) and nobody saw the person working.",
    "Illustrative. Business visitors are a steady share of visit-visa holders; 4% of all cases sits between the clean tourists and the resident workers.",
  ),
  "minor-with-unlinked-parents": kind(
    "minor-with-unlinked-parents",
    [3, 4],
    0.02,
    ["minor-without-guardian"],
    'A tourist family of 2 adults and 1 or 2 children, arriving together and listed as co-travellers, whose relations are not recorded at all; in about half of the families the children\'s entries say `accompaniedBy: "parent-or-guardian"`, in the rest `accompaniedBy` is absent.',
    "Illustrative. Exports from border and lodging systems rarely link family members; 2% keeps such families as frequent as the linked ones of the clean population.",
  ),
  "contract-end-group-exit": kind(
    "contract-end-group-exit",
    [3, 6],
    0.015,
    ["exit-to-scam-hub-route", "sponsor-many-foreigners"],
    "3 to 6 colleagues of one nationality (Philippines, Cambodia, Myanmar, Laos, Thailand or Viet Nam), whose work ITAS ends, leave together one-way on one flight to their own country (`toCountry` = nationality = passport issuing state) within the last month; about half have a placement-agent relation on file.",
    "Illustrative. Contract workers from these states go home at the end of a contract all the time, often with colleagues; 1.5% gives several such groups in every 10,000 cases.",
  ),
  "passport-in-processing": kind(
    "passport-in-processing",
    [1, 1],
    0.01,
    ["passport-withheld"],
    'A worker whose ITAS ends within 5 to 25 days has filed and paid an extension; a field check finds the passport with the immigration office (or the sponsor\'s agent) with `documentHolderReason: "processing"`, every other answer clean.',
    "Illustrative. An extension takes days to weeks and many field checks meet it; 1% is a plausible order of magnitude.",
  ),
  "crew-with-shore-leave": kind(
    "crew-with-shore-leave",
    [1, 1],
    0.01,
    ["crew-no-shore-leave"],
    "Foreign crew of an Indonesian fishing company, on the crew list for 8 months or more, with shore leave recorded 14 to 150 days ago and a clean field check.",
    "Illustrative. Long-haul crew are few outside port regencies; 1% is about half the clean crew profiles.",
  ),
  "short-overstay-tourist": kind(
    "short-overstay-tourist",
    [1, 1],
    0.01,
    ["overstay"],
    "A tourist (visa-exempt or visa on arrival) whose stay ended 1 to 3 days before the evaluation date, still in Indonesia, nothing else. Overstay is a weak indicator and belongs on the immigration route (UU 6/2011 Art. 78), so the case may reach `note`.",
    "Illustrative. Short overstays (a missed flight, a miscounted day) are the most common immigration finding among tourists; 1% is an order of magnitude, not a statistic.",
    "note",
    ["overstay"],
  ),
  "high-risk-sector-worker": kind(
    "high-risk-sector-worker",
    [1, 1],
    0.03,
    ["high-risk-sector"],
    "A worker on a valid work ITAS in fishing, construction, plantation, mining or domestic work, employed and sponsored lawfully, living away from the workplace. `high-risk-sector` is context only and needs a permit not for work, so it must not fire either.",
    "Illustrative. These sectors employ many lawful foreign workers; 3% (beside the high-risk workers among the clean `worker` profile) keeps them visible in every sample.",
  ),
  "entertainment-staff": kind(
    "entertainment-staff",
    [1, 1],
    0.005,
    ["minor-at-adult-venue", "group-at-adult-venue", "high-risk-sector"],
    "Staff of a theme park, film studio or music venue (sector `entertainment`, venue type `theme-park`, `film-studio` or `music-venue`) on a valid work ITAS: the entertainment sector that is not an adult venue.",
    "Illustrative. Foreign staff of such venues are few; 0.5% gives about 50 in 10,000 cases.",
  ),
};

import * as z from "zod";

/**
 * zod schema of {@link Thresholds}: the named thresholds, and any further number for a team's own facts.
 *
 * @example
 * ```ts
 * ThresholdsSchema.safeParse({ ...defaultThresholds, teamOwn: 4 }).success; // true
 * ```
 */
export const ThresholdsSchema = z
  .object({
    /** Foreigners guaranteed by one PERSON sponsor at which `sponsor-many-foreigners` fires (local choice; default 5). */
    sponsorManyForeigners: z.number(),
    /**
     * Foreigners guaranteed by one CORPORATE sponsor at which `sponsor-many-foreigners` may fire, and only together
     * with an unverifiable sponsor or an address cluster (local choice; default 10): a company employing many
     * foreign workers is ordinary (issue 9).
     */
    sponsorManyForeignersCorporation: z.number(),
    /** Unrelated foreigners (households) at one address at which `address-cluster` fires (local choice; default 5). */
    addressCluster: z.number(),
    /** Unrelated foreigners (households) sharing one phone or email at which `shared-contact-details` fires (local choice; default 3). */
    sharedContact: z.number(),
    /** Unrelated foreigners (households) arriving on the same flight or week for `group-arrival-pattern` (local choice; default 5). */
    groupArrival: z.number(),
    /** Months on a crew list without shore leave for `crew-no-shore-leave` (local choice; default 6). */
    crewNoShoreLeaveMonths: z.number(),
    /** Age (years) below which a person is a minor (UU 23/2002 and UU 21/2007 Pasal 1 angka 5: under 18). */
    minorAge: z.number(),
    /** Unrelated people (households) on visit permits linked to one adult venue for `group-at-adult-venue` (brief: 3; local choice). */
    venueGroup: z.number(),
    /** Marriages linked to one broker or sponsor for `marriage-broker-pattern` (local choice; default 3). */
    marriageBrokerMarriages: z.number(),
    /** Days between arrival and marriage that count as "shortly after arrival" (local choice; default 90). */
    marriageSoonAfterArrivalDays: z.number(),
    /** Days before a marriage within which an identity change or new NIK is an anomaly (local choice; default 90). */
    identityChangeBeforeMarriageDays: z.number(),
    /** Days after a marriage within which a spouse-permit application counts as "within days" (local choice; default 14). */
    spouseVisaSoonDays: z.number(),
    /** Working hours per day counted as excessive (local choice; default 12). */
    excessiveHoursPerDay: z.number(),
    /** Days off per month at or below which working time counts as excessive (local choice; default 2). */
    fewDaysOffPerMonth: z.number(),
  })
  /** Further thresholds for a team's own facts. */
  .catchall(z.number());

/**
 * Numeric thresholds that the default facts and rules use. Every default is a LOCAL CHOICE, not law:
 * the domain brief (`tppo.md` §5.6) found no published threshold for any of them. Teams should set their own
 * from local Imigrasi data. Extra keys are allowed for a team's own facts.
 *
 * @example
 * ```ts
 * // a team's own choices: a higher address threshold, and one for its own fact
 * const thresholds: Thresholds = { ...defaultThresholds, addressCluster: 8, teamLongOverstayDays: 60 };
 * const evaluator = createEvaluator({ asOf: "2025-03-01", thresholds });
 * ```
 */
export type Thresholds = z.infer<typeof ThresholdsSchema>;

/**
 * The default thresholds (local choices, not law; see {@link Thresholds}).
 *
 * @example
 * ```ts
 * defaultThresholds.addressCluster; // 5 (a local choice)
 * defaultThresholds.minorAge; // 18 (UU 23/2002; UU 21/2007 Pasal 1 angka 5)
 * ```
 */
export const defaultThresholds: Readonly<Thresholds> = Object.freeze({
  sponsorManyForeigners: 5,
  sponsorManyForeignersCorporation: 10,
  addressCluster: 5,
  sharedContact: 3,
  groupArrival: 5,
  crewNoShoreLeaveMonths: 6,
  minorAge: 18,
  venueGroup: 3,
  marriageBrokerMarriages: 3,
  marriageSoonAfterArrivalDays: 90,
  identityChangeBeforeMarriageDays: 90,
  spouseVisaSoonDays: 14,
  excessiveHoursPerDay: 12,
  fewDaysOffPerMonth: 2,
});

/**
 * What `population: "realistic"` changes in a stream: beside clean cases it plants the benign look-alikes of
 * look-alike-catalogue.ts (about a third of the cases) and, unless the caller gives its own rates, the true
 * patterns at the small rates below (a few percent in all); religion and ethnicity are filled in on a share of
 * all cases; and families record their relations on both sides, their children's entries saying they crossed
 * with a parent.
 */
import type { PlantRates } from "./plant-schedule.js";

/**
 * The planting rates of true patterns in a realistic population when the caller gives none: 2.78% of the cases
 * in all. A LOCAL ASSUMPTION, illustrative: no public source gives the share of trafficking indicators among
 * the foreigners a Timpora team oversees (its meetings often report none found). The rates are small so that
 * ordinary people and look-alikes dominate, as they do in practice, and large enough that a 100,000-case
 * screening report shows every pattern at least 30 times (each child pattern about 30, the commonest
 * administrative findings, overstay and work on a visit permit, a few hundred).
 *
 * @example
 * ```ts
 * REALISTIC_PLANT_RATES.overstay; // 0.004
 * ```
 */
export const REALISTIC_PLANT_RATES: PlantRates = Object.freeze({
  overstay: 0.004,
  "working-on-visit-permit": 0.003,
  "sponsor-many-foreigners": 0.002,
  "villa-cluster": 0.002,
  "shared-phone": 0.001,
  "group-arrival": 0.002,
  "minor-without-guardian": 0.0005,
  "minor-linked-to-work": 0.0005,
  "passport-withheld": 0.001,
  "movement-restricted": 0.0005,
  "debt-to-recruiter": 0.001,
  "deceived-about-job": 0.001,
  "wages-withheld": 0.002,
  "scam-compound": 0.002,
  "crew-no-shore-leave": 0.0005,
  "identity-fraud": 0.0005,
  "broker-marriage": 0.001,
  "forced-labour-observed": 0.0005,
  "sexual-exploitation-observed": 0.0005,
  "child-labour-administrative": 0.0003,
  "admin-only-means-purpose": 0.0003,
  "adult-venue-group": 0.0008,
  "child-at-adult-venue": 0.0003,
  "child-labour-observed": 0.0003,
  "unaccompanied-child": 0.0003,
});

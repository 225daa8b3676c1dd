import type { EmployerSector, LodgingKind, VenueType } from "@timpora/models";

/**
 * Sectors the TPPO brief (§5.3 A20) lists as high-risk: fishing, entertainment and massage, "online customer
 * service" or IT call centres, domestic work, construction, plantation and mining (sources: Polaris typology,
 * US TIP report on Indonesia #2111686, Satgas TPPO modus). Context only: never an indicator on its own.
 */
export const highRiskSectors: readonly EmployerSector[] = [
  "fishing",
  "entertainment",
  "massage-spa",
  "online-services",
  "domestic-work",
  "construction",
  "plantation",
  "mining",
];

/** Venue types that make a workplace high-risk whatever its registered sector (brief A20: industrial parks, vessels). */
export const highRiskVenues: readonly VenueType[] = [
  "industrial-park",
  "fishing-vessel",
  "mine",
  "plantation",
];

/** Adult-venue types (brief A3, A10: karaoke, spa, massage, bar or nightlife business). */
export const adultVenueTypes: readonly VenueType[] = ["karaoke", "spa", "massage", "bar", "nightclub"];

/** Sectors whose workplaces count as adult venues (brief A3, A10). */
export const adultVenueSectors: readonly EmployerSector[] = ["entertainment", "massage-spa"];

/**
 * Lodging kinds that do not count toward an address cluster (brief A8: "non-hotel address"; hotels and
 * dormitories are the brief's weak variant, left out of the default set, see docs/indicators.md).
 */
export const clusterExemptLodging: readonly LodgingKind[] = [
  "hotel",
  "guest-house",
  "dormitory",
  "company-mess",
  "vessel",
];

/**
 * Scam-hub destinations (brief A22, Kemlu 2020–2024 repatriation data): Cambodia, Myanmar, Laos and the
 * Philippines as destinations; Thailand as a transit country (or destination) toward Myawaddy.
 */
export const scamHubDestinations: readonly string[] = ["KHM", "MMR", "LAO", "PHL"];

/** Transit countries of the scam-hub route (brief A22: Thailand as transit). */
export const scamHubTransit: readonly string[] = ["THA"];

/** Enforcement kinds that link an entity to an earlier case (brief A19); a bare tip is not a finding. */
export const priorCaseKinds: readonly string[] = [
  "deportation",
  "art-122-finding",
  "art-123-finding",
  "tppo-case",
  "prostitution-raid",
  "scam-raid",
];

/** Verification results that make a sponsor or employer unverifiable (brief A6). */
export const unverifiableStatuses: readonly string[] = ["not-found", "fictitious", "inactive"];

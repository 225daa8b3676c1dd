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

/**
 * Lodging kinds that never count toward an address cluster (brief A8: "non-hotel address"): hotels, guest
 * houses, dormitories, company messes and vessels house many unrelated people by design, and so do boarding
 * houses (kos), whose rooms are let one by one (issue 9: students in a kos are not a cluster). An apartment
 * counts only per unit, when the address names its `unitId`.
 */
export const clusterExemptLodging: readonly LodgingKind[] = [
  "hotel",
  "guest-house",
  "dormitory",
  "company-mess",
  "vessel",
  "kos",
];

/** Lodging kinds that count toward a cluster only per unit (`unitId`): the building is many homes. */
export const perUnitLodging: readonly LodgingKind[] = ["apartment"];

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

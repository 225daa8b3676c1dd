/**
 * The records that plant the positive evidence the revised indicators read (issue 9): with whom a minor crossed
 * the border (`accompaniedBy`, for A1), why someone else holds a passport (`documentHolderReason`, for B1), and
 * employers that are adult venues by their venue type (A3, A10), never by sector alone.
 */
import type { Movement, Observation } from "@timpora/models";
import type { CaseContext } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";
import { SECTOR_TABLE, type SectorRow } from "./employer-sectors.js";

/**
 * Records on an entry that a minor crossed without a parent or guardian: with two unrelated adults as
 * co-travellers (`"unrelated-adults"`), or alone with none (`"alone"`).
 */
export function arrivedWithout(
  ctx: CaseContext,
  entry: Movement,
  company: "unrelated-adults" | "alone",
): void {
  entry.accompaniedBy = company;
  entry.coTravellerIds = company === "alone" ? [] : [`${ctx.caseId}-adult1`, `${ctx.caseId}-adult2`];
}

/**
 * Field-check answers of a passport held by someone who refused to give it back (B1 is strong only when an
 * employer, agent, sponsor or spouse holds it and the reason is `refused` or unknown): the employer, or an
 * agent when the person has no employer.
 */
export function passportRefused(draft: CaseDraft): Partial<Observation["answers"]> {
  return {
    documentHolder: draft.case.person.employerId === undefined ? "agent" : "employer",
    documentHolderReason: "refused",
  };
}

/** Venue types that make an employer an adult venue (TPPO brief A3, A10: karaoke, spa, massage, bar, nightclub). */
export const ADULT_VENUE_TYPES: readonly SectorRow["venues"][number][] = [
  "karaoke",
  "spa",
  "massage",
  "bar",
  "nightclub",
];

const adultOnly = (sector: SectorRow["sector"]): SectorRow => {
  const row = SECTOR_TABLE.find((s) => s.sector === sector)!;
  return { ...row, venues: row.venues.filter((v) => ADULT_VENUE_TYPES.includes(v)) };
};

/** Nightlife (nightclub, bar, karaoke) and spa employers, each at an adult venue type. */
export const ADULT_VENUE_SECTORS: readonly SectorRow[] = [
  adultOnly("entertainment"),
  adultOnly("massage-spa"),
];

import {
  type Case,
  type Employer,
  EmployerSectorSchema,
  type Sponsor,
  VenueTypeSchema,
} from "@timpora/models";
import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";
import { currentPermit, employerIdsOf, sponsorIdsOf } from "./permit-facts.js";
import { adultVenueTypes, highRiskSectors, highRiskVenues, unverifiableStatuses } from "./risk-tables.js";

const verification = ["unverified", "verified", "not-found", "fictitious", "inactive", "none"] as const;

/** zod type of the `sponsor` fact's value. */
const SponsorFactsSchema = z.strictObject({
  /** A sponsor record is linked to the person. */
  known: z.boolean(),
  /** Kind, or "none". */
  kind: z.enum(["person", "corporation", "none"]),
  /** Verification result, or "none". */
  verificationStatus: z.enum(verification),
  /** Verification found the sponsor not found, fictitious or inactive (brief A6). */
  unverifiable: z.boolean(),
  /** A corporate sponsor without a business registration number (NIB) on record (brief A6). */
  registrationMissing: z.boolean(),
});

/** Value of the `sponsor` fact: the sponsor (penjamin) on record, with absence explicit. */
export type SponsorFacts = z.infer<typeof SponsorFactsSchema>;

/** The sponsor of the person: the one the permit in force names, else the person's, else the first on file. */
export function sponsorOf(ctx: FactContext): Sponsor | undefined {
  const ids = [currentPermit(ctx)?.sponsorId, ...sponsorIdsOf(ctx.case)];
  for (const id of ids) {
    const found = id === undefined ? undefined : ctx.case.sponsors.find((s) => s.id === id);
    if (found !== undefined) return found;
  }
  return ctx.case.sponsors[0];
}

/** Derives the `sponsor` fact. */
export function deriveSponsor(ctx: FactContext): SponsorFacts {
  const s = sponsorOf(ctx);
  if (s === undefined)
    return {
      known: false,
      kind: "none",
      verificationStatus: "none",
      unverifiable: false,
      registrationMissing: false,
    };
  return {
    known: true,
    kind: s.kind,
    verificationStatus: s.verificationStatus,
    unverifiable: unverifiableStatuses.includes(s.verificationStatus),
    registrationMissing: s.kind === "corporation" && (s.nib === undefined || s.nib === ""),
  };
}

/** `sponsor`: the sponsor's kind and verification result (no names or numbers). */
export const sponsorFact: FactDefinition<SponsorFacts> = {
  id: "sponsor",
  type: SponsorFactsSchema,
  label: { id: "Penjamin", en: "Sponsor" },
  personal: false,
  protected: false,
  derive: deriveSponsor,
};

/**
 * True when the employer runs an adult venue, by its venue type (karaoke, spa, massage, bar, nightclub), never
 * by its sector: film studios, theme parks and music venues are in the entertainment sector too (issue 9).
 */
export function isAdultVenue(e: Employer): boolean {
  return adultVenueTypes.includes(e.venueType);
}

/** True when the employer is in a high-risk sector or venue (brief A20). */
export function isHighRiskWorkplace(e: Employer): boolean {
  return highRiskSectors.includes(e.sector) || highRiskVenues.includes(e.venueType);
}

/** The declared employer: the one the permit in force or the person names, else the first on file. */
export function employerOf(ctx: FactContext): Employer | undefined {
  const ids = [currentPermit(ctx)?.employerId, ...employerIdsOf(ctx.case)];
  for (const id of ids) {
    const found = id === undefined ? undefined : ctx.case.employers.find((e) => e.id === id);
    if (found !== undefined) return found;
  }
  return ctx.case.employers[0];
}

/** zod type of the `employer` fact's value. */
const EmployerFactsSchema = z.strictObject({
  /** The person has an employer link (on the person, a permit, or an employer record in the case). */
  linked: z.boolean(),
  /** An employer record is on file. */
  known: z.boolean(),
  /** The declared employer is an Indonesian entity (false when none is on file). */
  indonesianEntity: z.boolean(),
  /** Verification result of the declared employer, or "none". */
  verificationStatus: z.enum(verification),
  /** The declared employer was not found, is fictitious or inactive. */
  unverifiable: z.boolean(),
});

/** Value of the `employer` fact: the employer link and the declared employer's status, with absence explicit. */
export type EmployerFacts = z.infer<typeof EmployerFactsSchema>;

/** Derives the `employer` fact. */
export function deriveEmployer(ctx: FactContext): EmployerFacts {
  const c = ctx.case;
  const e = employerOf(ctx);
  return {
    linked: employerIdsOf(c).length > 0 || c.employers.length > 0,
    known: e !== undefined,
    indonesianEntity: e?.indonesianEntity === true,
    verificationStatus: e?.verificationStatus ?? "none",
    unverifiable: e !== undefined && unverifiableStatuses.includes(e.verificationStatus),
  };
}

/** `employer`: the employer link and the declared employer's status (no names or numbers). */
export const employerFact: FactDefinition<EmployerFacts> = {
  id: "employer",
  type: EmployerFactsSchema,
  label: { id: "Pemberi kerja", en: "Employer" },
  personal: false,
  protected: false,
  derive: deriveEmployer,
};

const sectors = [...EmployerSectorSchema.options, "none"] as const;
const venues = [...VenueTypeSchema.options, "none"] as const;

/** zod type of the `workplace` fact's value. */
const WorkplaceFactsSchema = z.strictObject({
  /** Sector of the declared employer, or "none". */
  sector: z.enum(sectors),
  /** Venue type of the declared employer, or "none". */
  venueType: z.enum(venues),
  /** Any employer on file is in a high-risk sector or venue (brief A20). */
  highRiskSector: z.boolean(),
  /** Any employer on file runs an adult venue (brief A3, A10). */
  adultVenue: z.boolean(),
});

/** Value of the `workplace` fact: the setting of the person's work (context, never an indicator alone). */
export type WorkplaceFacts = z.infer<typeof WorkplaceFactsSchema>;

/** Derives the `workplace` fact. */
export function deriveWorkplace(ctx: FactContext): WorkplaceFacts {
  const e = employerOf(ctx);
  return {
    sector: e?.sector ?? "none",
    venueType: e?.venueType ?? "none",
    highRiskSector: ctx.case.employers.some(isHighRiskWorkplace),
    adultVenue: ctx.case.employers.some(isAdultVenue),
  };
}

/** `workplace`: sector and venue type of the person's work. CONTEXT: never fires a rule on its own. */
export const workplaceFact: FactDefinition<WorkplaceFacts> = {
  id: "workplace",
  type: WorkplaceFactsSchema,
  label: { id: "Tempat kerja (sektor, jenis tempat)", en: "Workplace (sector, venue type)" },
  personal: false,
  protected: false,
  context: true,
  derive: deriveWorkplace,
};

/**
 * Ids of the declared workplaces (the employers and sponsors the person and the permits name) and their
 * addresses on file. Employers merely on file (e.g. one an officer saw the person at) are not declared.
 */
export function declaredWorkplaces(c: Case): { ids: Set<string>; addressIds: Set<string> } {
  const ids = new Set<string>([...employerIdsOf(c), ...sponsorIdsOf(c)]);
  const addressIds = new Set<string>();
  for (const e of c.employers) if (ids.has(e.id) && e.addressId !== undefined) addressIds.add(e.addressId);
  for (const s of c.sponsors) if (ids.has(s.id) && s.addressId !== undefined) addressIds.add(s.addressId);
  return { ids, addressIds };
}

import { type Address, type Case, LodgingKindSchema } from "@timpora/models";
import * as z from "zod";
import { calendarDateOf } from "../calendar-date-of.js";
import type { FactContext, FactDefinition } from "../fact-definition.js";
import { observationsBy } from "./observation-facts.js";
import { clusterExemptLodging, perUnitLodging } from "./risk-tables.js";
import { declaredWorkplaces, isAdultVenue } from "./sponsor-employer-facts.js";

/**
 * The person's residences on the evaluation date: addresses the person names (or, when none, those on
 * file) used as residence or lodging, plus addresses of lodging reports open on that date.
 */
export function residencesOf(c: Case, asOf: string): Address[] {
  const named = new Set(c.person.addressIds);
  const lodged = new Set(
    c.lodgingReports
      .filter((r) => {
        // Instants read by the calendar date written in their own offset; an unreadable one never counts.
        const from = calendarDateOf(r.checkIn);
        const until = r.checkOut === undefined ? undefined : calendarDateOf(r.checkOut);
        return (
          from !== undefined &&
          from <= asOf &&
          (r.checkOut === undefined || (until !== undefined && until >= asOf))
        );
      })
      .map((r) => r.addressId),
  );
  return c.addresses.filter(
    (a) => (a.use !== "workplace" && (named.size === 0 || named.has(a.id))) || lodged.has(a.id),
  );
}

/**
 * The key under which an address counts toward an address cluster (brief A8), or `undefined` when it never
 * counts: hotels, guest houses, dormitories, company messes, vessels and boarding houses (kos) are exempt; an
 * apartment counts per unit (`id#unitId`) and not at all without a `unitId`; a `unitId` on any other address
 * also narrows the key to the unit.
 */
export function clusterKeyOf(a: Address): string | undefined {
  if (clusterExemptLodging.includes(a.lodgingKind)) return undefined;
  if (a.unitId !== undefined) return `${a.id}#${a.unitId}`;
  return perUnitLodging.includes(a.lodgingKind) ? undefined : a.id;
}

/** The cluster keys of the person's residences on the evaluation date (see {@link clusterKeyOf}). */
export function clusterAddressIds(c: Case, asOf: string): string[] {
  return residencesOf(c, asOf).flatMap((a) => {
    const key = clusterKeyOf(a);
    return key === undefined ? [] : [key];
  });
}

const lodgingKindsOrNone = [...LodgingKindSchema.options, "none"] as const;

/** zod type of the `residence` fact's value. */
const ResidenceFactsSchema = z.strictObject({
  /** A residence is on file. */
  known: z.boolean(),
  /** Lodging kind of the first residence, or "none". */
  lodgingKind: z.enum(lodgingKindsOrNone),
  /** Some residence counts toward an address cluster (brief A8; see `clusterKeyOf`: not a hotel, kos, mess, …). */
  clusterEligible: z.boolean(),
  /** A residence is also the address of an employer on file, or where the person was seen working (A9). */
  isWorkplace: z.boolean(),
  /** A residence is the address of an adult venue on file (A3, A10). */
  atAdultVenue: z.boolean(),
});

/** Value of the `residence` fact (kinds only; the address itself is personal and not exposed). */
export type ResidenceFacts = z.infer<typeof ResidenceFactsSchema>;

/** Derives the `residence` fact. */
export function deriveResidence(ctx: FactContext): ResidenceFacts {
  const c = ctx.case;
  const homes = residencesOf(c, ctx.asOf);
  const homeIds = new Set(homes.map((a) => a.id));
  const workAddresses = new Set(c.employers.flatMap((e) => (e.addressId === undefined ? [] : [e.addressId])));
  for (const o of observationsBy(ctx))
    if (o.answers.seenWorkingAtAddressId !== undefined) workAddresses.add(o.answers.seenWorkingAtAddressId);
  const venueAddresses = c.employers.filter(isAdultVenue).flatMap((e) => (e.addressId ? [e.addressId] : []));
  return {
    known: homes.length > 0,
    lodgingKind: homes[0]?.lodgingKind ?? "none",
    clusterEligible: homes.some((a) => clusterKeyOf(a) !== undefined),
    isWorkplace: [...workAddresses].some((id) => homeIds.has(id)),
    atAdultVenue: venueAddresses.some((id) => homeIds.has(id)),
  };
}

/** `residence`: kind of residence and its links to workplaces (no address text or region). */
export const residenceFact: FactDefinition<ResidenceFacts> = {
  id: "residence",
  type: ResidenceFactsSchema,
  label: { id: "Tempat tinggal", en: "Residence" },
  personal: false,
  protected: false,
  derive: deriveResidence,
};

/** zod type of the `workSighting` fact's value. */
const WorkSightingFactsSchema = z.strictObject({
  /** An officer saw the person working (at an employer or an address). */
  seenWorking: z.boolean(),
  /** Seen working for an entity, or at an address, other than the declared employer or corporate sponsor (A7). */
  seenAtUndeclaredWorkplace: z.boolean(),
  /** Seen working at an adult venue on file (A3). */
  seenAtAdultVenue: z.boolean(),
});

/** Value of the `workSighting` fact: where officers saw the person working. */
export type WorkSightingFacts = z.infer<typeof WorkSightingFactsSchema>;

/** Derives the `workSighting` fact. */
export function deriveWorkSighting(ctx: FactContext): WorkSightingFacts {
  const c = ctx.case;
  const declared = declaredWorkplaces(c);
  const venues = c.employers.filter(isAdultVenue);
  let seenWorking = false;
  let undeclared = false;
  let atVenue = false;
  for (const { answers: a } of observationsBy(ctx)) {
    const byEmployer = a.seenWorkingAtEmployerId;
    const byAddress = a.seenWorkingAtAddressId;
    if (byEmployer === undefined && byAddress === undefined) continue;
    seenWorking = true;
    if (byEmployer !== undefined && !declared.ids.has(byEmployer)) undeclared = true;
    if (byEmployer === undefined && byAddress !== undefined && !declared.addressIds.has(byAddress))
      undeclared = true;
    if (venues.some((v) => v.id === byEmployer || (byAddress !== undefined && v.addressId === byAddress)))
      atVenue = true;
  }
  return { seenWorking, seenAtUndeclaredWorkplace: undeclared, seenAtAdultVenue: atVenue };
}

/** `workSighting`: officers' sightings of the person at work (Timpora verification results). */
export const workSightingFact: FactDefinition<WorkSightingFacts> = {
  id: "workSighting",
  type: WorkSightingFactsSchema,
  label: { id: "Terlihat bekerja", en: "Seen working" },
  personal: false,
  protected: false,
  derive: deriveWorkSighting,
};

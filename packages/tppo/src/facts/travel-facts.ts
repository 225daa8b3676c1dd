import type { Movement } from "@timpora/models";
import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";
import { scamHubDestinations, scamHubTransit } from "./risk-tables.js";

/** zod type of the `travel` fact's value. */
const TravelFactsSchema = z.strictObject({
  /** An entry is recorded. */
  entryKnown: z.boolean(),
  /** The latest entry was on a one-way ticket. */
  lastEntryOneWay: z.boolean(),
  /** Number of co-travellers on the latest entry. */
  lastEntryCoTravellers: z.number().int().min(0),
  /** A parent or guardian travelled with the person on the latest entry. */
  lastEntryWithGuardian: z.boolean(),
  /** A co-traveller on the latest entry has no recorded relation to the person. */
  lastEntryWithUnrelated: z.boolean(),
  /** An exit is recorded. */
  exitKnown: z.boolean(),
  /** The latest exit went to a scam-hub country or through Thailand (brief A22). */
  lastExitToScamHub: z.boolean(),
  /** The latest exit was on a one-way ticket. */
  lastExitOneWay: z.boolean(),
  /** The latest exit was in a group (two or more co-travellers). */
  lastExitInGroup: z.boolean(),
});

/** Value of the `travel` fact: the latest entry and exit by the evaluation date. */
export type TravelFacts = z.infer<typeof TravelFactsSchema>;

/** The latest movement in a direction on or before the evaluation date. */
export function lastMovement(ctx: FactContext, direction: "entry" | "exit"): Movement | undefined {
  return ctx.case.movements
    .filter((m) => m.direction === direction && m.date <= ctx.asOf)
    .reduce<Movement | undefined>((a, m) => (a === undefined || m.date >= a.date ? m : a), undefined);
}

function toScamHub(m: Movement): boolean {
  const to = m.toCountry;
  if (to !== undefined && (scamHubDestinations.includes(to) || scamHubTransit.includes(to))) return true;
  return m.transitCountries.some((t) => scamHubTransit.includes(t) || scamHubDestinations.includes(t));
}

/** Derives the `travel` fact. */
export function deriveTravel(ctx: FactContext): TravelFacts {
  const entry = lastMovement(ctx, "entry");
  const exit = lastMovement(ctx, "exit");
  const relations = ctx.case.relations;
  const related = new Set(relations.map((r) => r.otherPartyId));
  const guardians = new Set(
    relations.filter((r) => r.kind === "parent" || r.kind === "guardian").map((r) => r.otherPartyId),
  );
  const coTravellers = entry?.coTravellerIds ?? [];
  return {
    entryKnown: entry !== undefined,
    lastEntryOneWay: entry?.ticket === "one-way",
    lastEntryCoTravellers: coTravellers.length,
    lastEntryWithGuardian: coTravellers.some((id) => guardians.has(id)),
    lastEntryWithUnrelated: coTravellers.some((id) => !related.has(id)),
    exitKnown: exit !== undefined,
    lastExitToScamHub: exit !== undefined && toScamHub(exit),
    lastExitOneWay: exit?.ticket === "one-way",
    lastExitInGroup: (exit?.coTravellerIds.length ?? 0) >= 2,
  };
}

/** `travel`: the latest entry and exit (ticket, co-travellers, scam-hub route). */
export const travelFact: FactDefinition<TravelFacts> = {
  id: "travel",
  type: TravelFactsSchema,
  label: { id: "Perjalanan", en: "Travel" },
  personal: false,
  protected: false,
  derive: deriveTravel,
};

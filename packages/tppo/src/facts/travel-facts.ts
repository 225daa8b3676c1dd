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
  /**
   * With whom the person crossed on the latest entry, as recorded at the border (`accompaniedBy`): absent when
   * not recorded or recorded as unknown, so a rule on it is not evaluated rather than read as "no guardian" (A1).
   */
  lastEntryAccompaniedBy: z.enum(["parent-or-guardian", "unrelated-adults", "alone"]).optional(),
  /** An exit is recorded. */
  exitKnown: z.boolean(),
  /** The latest exit went to the person's own country or to a state that issued their travel document. */
  lastExitHome: z.boolean(),
  /**
   * The latest exit went to a scam-hub country or through Thailand (brief A22), and not home: an exit to the
   * person's own country or their document's issuing state never counts (issue 9: going home is not a route).
   */
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

/** The person's own countries: their nationality and the issuing states of their travel documents. */
function homeCountries(ctx: FactContext): Set<string> {
  return new Set([ctx.case.person.nationality, ...ctx.case.documents.map((d) => d.issuingState)]);
}

/** Derives the `travel` fact. */
export function deriveTravel(ctx: FactContext): TravelFacts {
  const entry = lastMovement(ctx, "entry");
  const exit = lastMovement(ctx, "exit");
  const company = entry?.accompaniedBy;
  const home = exit?.toCountry !== undefined && homeCountries(ctx).has(exit.toCountry);
  const facts: TravelFacts = {
    entryKnown: entry !== undefined,
    lastEntryOneWay: entry?.ticket === "one-way",
    lastEntryCoTravellers: entry?.coTravellerIds.length ?? 0,
    exitKnown: exit !== undefined,
    lastExitHome: home,
    lastExitToScamHub: exit !== undefined && !home && toScamHub(exit),
    lastExitOneWay: exit?.ticket === "one-way",
    lastExitInGroup: (exit?.coTravellerIds.length ?? 0) >= 2,
  };
  if (company !== undefined && company !== "unknown") facts.lastEntryAccompaniedBy = company;
  return facts;
}

/** `travel`: the latest entry and exit (ticket, co-travellers, scam-hub route). */
export const travelFact: FactDefinition<TravelFacts> = {
  id: "travel",
  type: TravelFactsSchema,
  label: { id: "Perjalanan", en: "Travel" },
  personal: false,
  protected: false,
  dataGaps: ["lastEntryAccompaniedBy"],
  derive: deriveTravel,
};

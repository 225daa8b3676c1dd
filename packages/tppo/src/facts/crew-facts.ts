import { type CrewMembership, wholeMonthsBetween } from "@timpora/models";
import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";

/** zod type of the `crew` fact's value. */
const CrewFactsSchema = z.strictObject({
  /** On a crew list by the evaluation date. */
  member: z.boolean(),
  /** Seaman-book nationality differs from every passport's issuing state, or on other crew lists under other names (A14). */
  documentAnomaly: z.boolean(),
  /** On the crew of a vessel classed high-risk (A15). */
  highRiskVessel: z.boolean(),
  /** Whole months since the last shore leave (or since joining), on the latest crew list; `null` when not crew. */
  monthsWithoutShoreLeave: z.number().int().min(0).nullable(),
  /** `monthsWithoutShoreLeave` at or over the threshold (default 6 months, a local choice; A16). */
  noShoreLeaveLong: z.boolean(),
});

/** Value of the `crew` fact: the person as a member of a vessel's crew. */
export type CrewFacts = z.infer<typeof CrewFactsSchema>;

function monthsAboard(m: CrewMembership, asOf: string): number {
  const leaves = m.shoreLeave.filter((d) => d <= asOf).sort();
  return wholeMonthsBetween(leaves[leaves.length - 1] ?? m.onCrewListFrom, asOf);
}

/** Derives the `crew` fact. */
export function deriveCrew(ctx: FactContext): CrewFacts {
  const memberships = ctx.case.crew.filter((m) => m.onCrewListFrom <= ctx.asOf);
  const passportStates = new Set(
    ctx.case.documents.filter((d) => d.kind === "passport").map((d) => d.issuingState),
  );
  const latest = memberships.reduce<CrewMembership | undefined>(
    (a, m) => (a === undefined || m.onCrewListFrom >= a.onCrewListFrom ? m : a),
    undefined,
  );
  const months = latest === undefined ? null : monthsAboard(latest, ctx.asOf);
  return {
    member: memberships.length > 0,
    documentAnomaly: memberships.some(
      (m) =>
        m.onOtherCrewListsUnderOtherNames === true ||
        (m.seamanBookNationality !== undefined &&
          passportStates.size > 0 &&
          !passportStates.has(m.seamanBookNationality)),
    ),
    highRiskVessel: memberships.some((m) => m.vesselRisk === "high"),
    monthsWithoutShoreLeave: months,
    noShoreLeaveLong: months !== null && months >= ctx.thresholds.crewNoShoreLeaveMonths,
  };
}

/** `crew`: crew-list membership, document anomalies, vessel risk and shore leave. */
export const crewFact: FactDefinition<CrewFacts> = {
  id: "crew",
  type: CrewFactsSchema,
  label: { id: "Awak kapal (ABK)", en: "Ship crew" },
  personal: false,
  protected: false,
  derive: deriveCrew,
};

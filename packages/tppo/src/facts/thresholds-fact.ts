import * as z from "zod";
import type { FactDefinition } from "../fact-definition.js";
import type { Thresholds } from "../thresholds.js";

const thresholdKeys = [
  "sponsorManyForeigners",
  "addressCluster",
  "sharedContact",
  "groupArrival",
  "crewNoShoreLeaveMonths",
  "minorAge",
  "womenGroupVenue",
  "marriageBrokerMarriages",
  "marriageSoonAfterArrivalDays",
  "identityChangeBeforeMarriageDays",
  "excessiveHoursPerDay",
  "fewDaysOffPerMonth",
] as const;

/**
 * `thresholds`: the thresholds in force, so that rules compare a count with a parameter
 * (`value: { fact: "thresholds", path: "addressCluster" }`) rather than a number written into the rule.
 */
export const thresholdsFact: FactDefinition<Thresholds> = {
  id: "thresholds",
  type: z
    .object(Object.fromEntries(thresholdKeys.map((k) => [k, z.number()])))
    .catchall(z.number()) as unknown as z.ZodType<Thresholds>,
  label: { id: "Ambang batas (pilihan lokal)", en: "Thresholds (local choices)" },
  personal: false,
  protected: false,
  derive: (ctx) => ctx.thresholds,
};

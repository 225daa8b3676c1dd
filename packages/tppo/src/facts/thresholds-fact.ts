import type { FactDefinition } from "../fact-definition.js";
import { type Thresholds, ThresholdsSchema } from "../thresholds.js";

/**
 * `thresholds`: the thresholds in force, so that rules compare a count with a parameter
 * (`value: { fact: "thresholds", path: "addressCluster" }`) rather than a number written into the rule.
 */
export const thresholdsFact: FactDefinition<Thresholds> = {
  id: "thresholds",
  type: ThresholdsSchema,
  label: { id: "Ambang batas (pilihan lokal)", en: "Thresholds (local choices)" },
  personal: false,
  protected: false,
  derive: (ctx) => ctx.thresholds,
};

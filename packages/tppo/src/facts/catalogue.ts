import type { AnyFactDefinition } from "../fact-definition.js";
import { crewFact } from "./crew-facts.js";
import { crossRecordFacts } from "./cross-record-facts.js";
import { enforcementFact } from "./enforcement-facts.js";
import { identityFact } from "./identity-facts.js";
import { observationFact } from "./observation-facts.js";
import { permitFact, stayFact } from "./permit-facts.js";
import {
  contactFact,
  ethnicityFact,
  nationalityFact,
  personFact,
  religionFact,
  sexFact,
} from "./person-facts.js";
import { refugeeFact } from "./refugee-facts.js";
import { marriageFact, relationsFact } from "./relation-facts.js";
import { residenceFact, workSightingFact } from "./residence-facts.js";
import { employerFact, sponsorFact, workplaceFact } from "./sponsor-employer-facts.js";
import { thresholdsFact } from "./thresholds-fact.js";
import { travelFact } from "./travel-facts.js";

/**
 * The default fact catalogue: every fact the default rules use, with its zod type, labels, privacy flags
 * (`personal`, `protected`), cross-record flag and derivation from a case.
 *
 * @example
 * ```ts
 * defaultFacts.length; // 28
 * defaultFacts.filter((f) => f.protected).map((f) => f.id); // ["sex", "nationality", "religion", "ethnicity"]
 * defaultFacts.filter((f) => f.personal).map((f) => f.id); // ["contact"]
 * ```
 */
export const defaultFacts: AnyFactDefinition[] = [
  personFact,
  sexFact,
  nationalityFact,
  religionFact,
  ethnicityFact,
  contactFact,
  stayFact,
  permitFact,
  sponsorFact,
  employerFact,
  workplaceFact,
  residenceFact,
  workSightingFact,
  observationFact,
  travelFact,
  relationsFact,
  marriageFact,
  enforcementFact,
  crewFact,
  identityFact,
  refugeeFact,
  thresholdsFact,
  ...crossRecordFacts,
];

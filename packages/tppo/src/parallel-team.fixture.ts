// Test-only: a team's own fact, operator and zone, as modules that worker threads import (issue 10: options
// that are functions reach a worker as a module path).
import * as z from "zod";
import type { AnyFactDefinition } from "./fact-definition.js";
import { defaultFacts } from "./facts/index.js";
import type { OperatorDefinition } from "./operators.js";

/** How many contact details the person gave. */
const contactCount: AnyFactDefinition = {
  id: "teamContactCount",
  type: z.object({ n: z.number().int().min(0), zone: z.string() }),
  label: { id: "Jumlah kontak", en: "Number of contact details" },
  personal: false,
  protected: false,
  derive: (ctx) => ({ n: ctx.case.person.contacts.length, zone: ctx.zone }),
};

/** The catalogue: the default facts and the team's. */
export const facts: readonly AnyFactDefinition[] = [...defaultFacts, contactCount];

/** The fact number is a multiple of the compared number. */
export const operators: readonly OperatorDefinition[] = [
  {
    name: "teamMultipleOf",
    accepts: ["number"],
    value: "number",
    evaluate: (a, b) => typeof a === "number" && typeof b === "number" && b !== 0 && a % b === 0,
  },
];

/** Every case stays in WITA. */
export default function zoneOf(): string {
  return "Asia/Makassar";
}

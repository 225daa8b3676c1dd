import type { Case } from "@timpora/models";
import { defaultHolidayCalendar, defaultPolicyTable, stayStatus } from "@timpora/permits";
import { generateCases, PATTERNS } from "@timpora/testkit";
import {
  type AnyFactDefinition,
  buildPopulationIndex,
  defaultThresholds,
  type FactContext,
  type Thresholds,
} from "@timpora/tppo";
import { defaultZoneOf } from "@timpora/tppo/engine";

/** How "telling" a value is: the count of its leaves that are not false, 0, empty, "none" or absent. */
function richness(value: unknown): number {
  if (
    value === undefined ||
    value === null ||
    value === false ||
    value === 0 ||
    value === "" ||
    value === "none"
  )
    return 0;
  if (Array.isArray(value))
    return value.length === 0 ? 0 : 1 + value.reduce((s: number, v) => s + richness(v), 0);
  if (typeof value === "object") return Object.values(value).reduce((s: number, v) => s + richness(v), 0);
  return 1;
}

/**
 * For each fact, its value for the synthetic case (of a small realistic population from @timpora/testkit, with
 * every pattern planted, a fixed seed) where it tells the most: derived as the evaluator derives it, with the
 * population index, on `asOf`. All of it is synthetic: no real person.
 */
export async function factExamples(
  facts: readonly AnyFactDefinition[],
  asOf: string,
): Promise<Map<string, unknown>> {
  const ids = Object.keys(PATTERNS);
  const plant = Object.fromEntries(ids.map((id) => [id, 0.5 / ids.length]));
  const cases: Case[] = [...generateCases({ seed: "facts", count: 240, asOf, plant })];
  const index = await buildPopulationIndex(cases, { asOf });
  const best = new Map<string, { value: unknown; score: number }>();
  for (const c of cases) {
    const { zone, known } = defaultZoneOf(c);
    const ctx: FactContext = {
      case: c,
      asOf,
      zone,
      zoneKnown: known,
      stay: stayStatus(c, { on: asOf }),
      policy: defaultPolicyTable,
      calendar: defaultHolidayCalendar,
      index,
      thresholds: defaultThresholds as Thresholds,
    };
    for (const fact of facts) {
      const value = fact.derive(ctx);
      const score = richness(value);
      const held = best.get(fact.id);
      if (held === undefined || score > held.score) best.set(fact.id, { value, score });
    }
  }
  return new Map([...best].map(([id, { value }]) => [id, value]));
}

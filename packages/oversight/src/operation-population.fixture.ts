/** A realistic generated population with planted scam compounds and forced-labour workplaces, screened (no real person's data). */
import type { Case } from "@timpora/models";
import { DEFAULT_AS_OF, generateLabelledCases, type LabelledCase } from "@timpora/testkit";
import { type Assessment, buildPopulationIndex, createEvaluator, defaultRuleSet } from "@timpora/tppo";

/** The evaluation date. */
export const asOf = DEFAULT_AS_OF;

/** Generates `count` realistic cases (look-alikes included) with scam compounds and forced labour planted. */
export function population(seed: string, count: number): LabelledCase[] {
  return [
    ...generateLabelledCases({
      seed,
      count,
      asOf,
      population: "realistic",
      plant: {
        "scam-compound": 0.02,
        "forced-labour-observed": 0.01,
        "minor-without-guardian": 0.005,
        "crew-no-shore-leave": 0.005,
        overstay: 0.01,
      },
    }),
  ];
}

const evaluator = createEvaluator({ asOf, ruleSet: defaultRuleSet });

/** Screens the cases with the default rule set and the cases' own population index. */
export async function screen(cases: readonly Case[]): Promise<Assessment[]> {
  const index = await buildPopulationIndex(cases, { asOf });
  const out: Assessment[] = [];
  for (const c of cases) out.push(await evaluator.evaluate(c, { index }));
  return out;
}

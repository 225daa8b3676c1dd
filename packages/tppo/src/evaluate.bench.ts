import { bench, describe } from "vitest";
import { caseInput } from "./engine-test-kit.fixture.js";
import { createEvaluator } from "./evaluator.js";
import { buildPopulationIndex } from "./population-index.js";
import { defaultRuleSet } from "./rules/index.js";
import { validateRuleSet } from "./validate-rule-set.js";

const asOf = "2025-03-01";
const cases = Array.from({ length: 200 }, (_, i) => caseInput(`bench-${i}`, { sponsorId: `s-${i % 20}` }));
const evaluator = createEvaluator({ asOf });
const index = await buildPopulationIndex(cases, { asOf });
const ruleSetText = JSON.stringify(defaultRuleSet);

describe("default rule set", () => {
  bench("validateRuleSet (parsed JSON)", () => {
    validateRuleSet(JSON.parse(ruleSetText));
  });
  bench("evaluate 200 cases with a population index", async () => {
    for (const c of cases) await evaluator.evaluate(c, { index });
  });
  bench("evaluateMany 200 cases", async () => {
    for await (const _ of evaluator.evaluateMany(cases, { index })) {
      // drain
    }
  });
});

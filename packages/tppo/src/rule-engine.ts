import type { IndicatorRule } from "./rule-set.js";

/**
 * An outside rule engine: runs validated rules over derived fact values and says, per rule id, whether it
 * passed. Given as the evaluator's `engine` option it puts the evaluator in the reference mode: that engine
 * decides, the SDK's explanation walk explains every rule, and a disagreement between the two throws
 * `EngineDisagreementError`. json-rules-engine is one, from `@timpora/tppo/json-rules-engine`. Facts whose value
 * is `undefined` are absent.
 *
 * @example
 * ```ts
 * import { createEvaluator } from "@timpora/tppo";
 * import { createJsonRulesEngine } from "@timpora/tppo/json-rules-engine";
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const reference = createJsonRulesEngine({ operatorContext: { asOf } });
 * let runs = 0; // an engine that counts its runs, then lets json-rules-engine decide
 * const counting: RuleEngine = { run: (rules, facts) => (runs++, reference.run(rules, facts)) };
 * await createEvaluator({ asOf, engine: counting }).evaluate(generateCase({ seed: "demo", asOf }));
 * runs; // 1
 * ```
 */
export interface RuleEngine {
  /** Runs the rules; resolves to rule id → passed. */
  run(
    rules: readonly IndicatorRule[],
    facts: ReadonlyMap<string, unknown>,
  ): Promise<ReadonlyMap<string, boolean>>;
}

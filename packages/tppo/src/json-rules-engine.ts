/**
 * @timpora/tppo/json-rules-engine: json-rules-engine 7 as the evaluator's reference engine. The default engine
 * is the compiled one of the main entry; this subpath is for teams that want json-rules-engine to decide (the
 * SDK then explains every rule with its own walk and throws `EngineDisagreementError` if the two ever
 * disagree), and for differential tests. Only this subpath imports json-rules-engine (and through it
 * jsonpath-plus): a bundle that does not import it carries neither.
 *
 * @example
 * ```ts
 * import { createEvaluator } from "@timpora/tppo";
 * import { createJsonRulesEngine } from "@timpora/tppo/json-rules-engine";
 *
 * const asOf = "2025-03-01";
 * const evaluator = createEvaluator({ asOf, engine: createJsonRulesEngine({ operatorContext: { asOf } }) });
 * ```
 *
 * @module @timpora/tppo/json-rules-engine
 */

/**
 * The reference engine and its building blocks: `createJsonRulesEngine` (a `RuleEngine` over one reused
 * json-rules-engine `Engine` per rule list, `allowUndefinedFacts`, the plain dotted path resolver),
 * `jsonRulesEngineOperators` (the SDK's non-default operators as json-rules-engine `Operator`s) and
 * `toRuleProperties` (an indicator rule as json-rules-engine rule properties).
 */
export {
  createJsonRulesEngine,
  type JsonRulesEngineOptions,
  jsonRulesEngineOperators,
  toRuleProperties,
} from "./reference-engine.js";

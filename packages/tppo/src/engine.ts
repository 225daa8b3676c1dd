/**
 * @timpora/tppo/engine: the building blocks of the evaluator, for extension authors: an outside rule engine's
 * interface, the operators and the path resolution the rules use, the rule compiler, the explanation walk, the
 * parts of the level rule and the routes, and the count tables of the population index. A tool that screens
 * cases needs none of this: `createEvaluator` of the main entry puts them together. These names may change
 * between minor versions before 1.0 more freely than those of the main entry.
 *
 * @example
 * ```ts
 * import { createEvaluator, type OperatorDefinition } from "@timpora/tppo";
 * import { builtInOperators } from "@timpora/tppo/engine";
 *
 * // A team's operator, named so that it does not clash with a built-in one.
 * const startsWith: OperatorDefinition = {
 *   name: "startsWith",
 *   accepts: ["string"],
 *   value: "same",
 *   evaluate: (fact, prefix) => typeof fact === "string" && fact.startsWith(String(prefix)),
 * };
 * if (builtInOperators.some((o) => o.name === startsWith.name)) throw new Error("name taken");
 * const evaluator = createEvaluator({ asOf: "2025-03-01", operators: [startsWith] });
 * ```
 *
 * @module @timpora/tppo/engine
 */

/** The calendar date of an ISO date or an ISO date-time with offset. */
export { calendarDateOf } from "./calendar-date-of.js";
/** The parts of the level rule: strengths after overrides, the minor check, counting per element, patterns, the level. */
export { type CrossRecordContext, effectiveStrength, isMinorOn } from "./case-assessment.js";
/** "Did you mean": the known names closest to a misspelt one (the rule-set validation's suggestions). */
export { closestNames } from "./closest-names.js";
/** The compiler: validated rules into closures over their trees, evaluated once per case, explained from the run. */
export {
  type CompiledRules,
  type CompileRulesOptions,
  compileRules,
  type RulesRun,
} from "./compiled-rules.js";
/** Whether a rule is in force on a date. */
export { ruleInForce } from "./evaluator.js";
/** The explanation walk (the reference mode explains every rule with it). */
export { type ExplainContext, explainNode } from "./explanation.js";
/** A cross-record count for a fact's key (for facts that count across the population). */
export { crossRecordCount } from "./fact-definition.js";
/** The count tables of the population index: flat typed arrays that can be shared with worker threads. */
export { type KeyCountBuffers, KeyCountTable } from "./key-counts.js";
/** The level rule and its parts. */
export {
  type CountableIndicator,
  countedFor,
  type LevelResult,
  levelOf,
  satisfiesPattern,
} from "./levels.js";
/** A not-evaluated reason with its message. */
export { notEvaluatedReason } from "./not-evaluated-reason.js";
/** The built-in operators (json-rules-engine's ten and the SDK's date operators), and applying one by name. */
export {
  applyOperator,
  builtInOperators,
  dateOperators,
  defaultOperators,
  JSON_RULES_ENGINE_OPERATOR_NAMES,
  operatorMap,
} from "./operators.js";
/** Paths: the dotted path resolver of the rules (own properties only) and the value a condition compares. */
export { conditionFactValue, dottedPathResolver, FORBIDDEN_SEGMENTS } from "./path-resolver.js";
/** A record source opened for one pass. */
export { openSource } from "./record-source.js";
/** The routes beside the level. */
export { type RoutableIndicator, type RouteInput, routesOf } from "./routes.js";
/** The interface of an outside rule engine (the reference mode; json-rules-engine is one, from `@timpora/tppo/json-rules-engine`). */
export type { RuleEngine } from "./rule-engine.js";
/** The condition schemas of a rule, and the patterns of paths and ids (the rule set's own schema is in the main entry). */
export {
  AllConditionSchema,
  AnyConditionSchema,
  DOTTED_PATH_PATTERN,
  ID_PATTERN,
  LeafConditionSchema,
  NestedConditionSchema,
  NotConditionSchema,
  TopLevelConditionSchema,
} from "./rule-set.js";
/** A rule-set issue with its message. */
export { ruleSetIssue } from "./rule-set-issue.js";
/** The one-line summary of an assessment. */
export { type SummaryInput, summaryLine } from "./summary.js";
/** The zone of a case's place of stay, with the documented fallback. */
export { defaultZoneOf, FALLBACK_ZONE } from "./zone-of-case.js";

/**
 * @timpora/tppo: screens cases of foreign nationals for indicators of trafficking in persons (TPPO,
 * UU 21/2007) with dated, validated json-rules-engine rule sets, explains every flag, and gives a level
 * (note, review, refer for victim screening). Indicators are evidence, never a verdict.
 *
 * @packageDocumentation
 */

/** Assessment types and their zod schemas. */
export {
  type Assessment,
  AssessmentSchema,
  ExplanationNodeSchema,
  type FiredIndicator,
  type NotEvaluatedIndicator,
} from "./assessment.js";
/** Per-case assessment helpers. */
export { type CrossRecordContext, effectiveStrength, isMinorOn } from "./case-assessment.js";
/** The rule-engine interface and the json-rules-engine implementation. */
export {
  createJsonRulesEngine,
  type JsonRulesEngineOptions,
  jsonRulesEngineOperators,
  type RuleEngine,
  toRuleProperties,
} from "./engine.js";
/** Errors. */
export {
  CaseInvalidError,
  EngineDisagreementError,
  EvaluatorOptionError,
  RuleSetInvalidError,
  TppoError,
} from "./errors.js";
/** The evaluator. */
export {
  type BatchResult,
  createEvaluator,
  type Evaluator,
  type EvaluatorOptions,
  type RecordIssue,
  ruleInForce,
} from "./evaluator.js";
/** Explanation trees. */
export {
  type ExplainContext,
  type ExplanationNode,
  explainNode,
  type GroupExplanation,
  type LeafExplanation,
  type NodeState,
  type NotEvaluatedReason,
  type ShownValue,
} from "./explanation.js";
/** Fact definitions. */
export {
  type AnyFactDefinition,
  crossRecordCount,
  type FactContext,
  type FactDefinition,
  type IndexKeyContext,
  type PopulationIndex,
} from "./fact-definition.js";
/** The default fact catalogue. */
export { defaultFacts } from "./facts/index.js";
/** JSON Schemas. */
export { type TppoJsonSchema, type TppoSchemaName, tppoJsonSchema, tppoSchemas } from "./json-schema.js";
/** The level rule. */
export {
  type CountableIndicator,
  countedFor,
  delphiElementPatterns,
  type ElementPattern,
  type ElementResult,
  type Level,
  type LevelReason,
  type LevelResult,
  levelOf,
  satisfiesPattern,
} from "./levels.js";
/** Operators. */
export {
  applyOperator,
  builtInOperators,
  calendarDateOf,
  dateOperators,
  defaultOperators,
  JSON_RULES_ENGINE_OPERATOR_NAMES,
  type OperatorContext,
  type OperatorDefinition,
  operatorMap,
  type ValueKind,
  type ValueRequirement,
} from "./operators.js";
/** Path resolution. */
export { conditionFactValue, dottedPathResolver, FORBIDDEN_SEGMENTS } from "./path-resolver.js";
/** Population index. */
export {
  buildPopulationIndex,
  openSource,
  type PopulationIndexOptions,
  type RecordSource,
  type RereadableSource,
} from "./population-index.js";
/** Rule-set types and schemas. */
export {
  type AllCondition,
  type AnyCondition,
  type Confidence,
  DOTTED_PATH_PATTERN,
  type Element,
  ID_PATTERN,
  type IndicatorRule,
  IndicatorRuleSchema,
  type LeafCondition,
  LeafConditionSchema,
  type NestedCondition,
  NestedConditionSchema,
  type NotCondition,
  type RuleLabels,
  type RuleSet,
  RuleSetSchema,
  type RuleSource,
  type Strength,
  type StrengthOverride,
  StrengthOverrideSchema,
  type StrengthOverrideWhen,
  type TopLevelCondition,
  TopLevelConditionSchema,
} from "./rule-set.js";
/** Rule-set validation issues and limits. */
export {
  defaultRuleSetLimits,
  RULE_SET_ISSUE_MESSAGES,
  type RuleSetIssue,
  type RuleSetIssueCode,
  type RuleSetLimits,
  ruleSetIssue,
} from "./rule-set-issue.js";
/** The default indicator rule set. */
export { defaultRuleSet } from "./rules/index.js";
/** One-line summaries in a chosen locale, and the level names. */
export { type Locale, levelLabels, type SummaryInput, summaryLine } from "./summary.js";
/** Thresholds. */
export { defaultThresholds, type Thresholds } from "./thresholds.js";
/** Rule-set validation. */
export { type RuleSetValidation, type ValidateRuleSetOptions, validateRuleSet } from "./validate-rule-set.js";
/** The zone of a case's place of stay, with the documented fallback. */
export { defaultZoneOf, FALLBACK_ZONE } from "./zone-of-case.js";

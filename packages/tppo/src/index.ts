/**
 * @timpora/tppo: screens cases of foreign nationals for indicators of trafficking in persons (TPPO,
 * UU 21/2007) with dated, validated rule sets in json-rules-engine's format (compiled once; json-rules-engine
 * itself is the reference, in `@timpora/tppo/json-rules-engine`), explains every flag, and gives a level
 * (note, review, refer for victim screening). Indicators are evidence, never a verdict.
 *
 * @packageDocumentation
 */

/** Assessment types and their zod schemas. */
export {
  type Assessment,
  AssessmentSchema,
  type FiredIndicator,
  FiredIndicatorSchema,
  type NotEvaluatedIndicator,
  NotEvaluatedIndicatorSchema,
} from "./assessment.js";
/** The calendar date of an ISO date or an ISO date-time with offset. */
export { calendarDateOf } from "./calendar-date-of.js";
/** Per-case assessment helpers. */
export { type CrossRecordContext, effectiveStrength, isMinorOn } from "./case-assessment.js";
/** The compiled engine: rules compiled once into closures, evaluated once per case, explained on demand. */
export {
  type CompiledRules,
  type CompileRulesOptions,
  compileRules,
  type RulesRun,
} from "./compiled-rules.js";
/** The interface of an outside rule engine (the reference mode; json-rules-engine is in `@timpora/tppo/json-rules-engine`). */
export type { RuleEngine } from "./engine.js";
/** Errors: one base class on `TimporaError` of @timpora/models, its code union and message table. */
export {
  CaseInvalidError,
  EngineDisagreementError,
  EvaluatorOptionError,
  RuleSetInvalidError,
  SourceFailedError,
  TppoError,
  type TppoErrorCode,
  type TppoErrorOptions,
  tppoErrorMessages,
  type UnsupportedFeature,
  UnsupportedRuleError,
} from "./errors.js";
/** The evaluator. */
export {
  type BatchResult,
  createEvaluator,
  type Evaluator,
  type EvaluatorOptions,
  ruleInForce,
} from "./evaluator.js";
/** Explanation trees. */
export { type ExplainContext, explainNode } from "./explanation.js";
/** Explanation-tree types and their zod schemas. */
export {
  type ExplanationNode,
  ExplanationNodeSchema,
  type GroupExplanation,
  GroupExplanationSchema,
  type LeafExplanation,
  LeafExplanationSchema,
  type NodeState,
  NodeStateSchema,
  type NotEvaluatedReason,
  NotEvaluatedReasonSchema,
  type ShownValue,
} from "./explanation-node.js";
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
/** Counts by key in flat typed arrays (the population index's count maps). */
export { type KeyCountBuffers, type KeyCounts, KeyCountTable } from "./key-counts.js";
/** Reasons behind a level: codes, messages and schema. */
export {
  type LevelReason,
  type LevelReasonCode,
  LevelReasonSchema,
  levelReasonCodes,
  levelReasonMessages,
} from "./level-reason.js";
/** The level rule. */
export {
  type CountableIndicator,
  countedFor,
  delphiElementPatterns,
  type ElementPattern,
  type ElementResult,
  ElementResultSchema,
  type Level,
  type LevelResult,
  LevelSchema,
  levelOf,
  satisfiesPattern,
} from "./levels.js";
/** Why an indicator was not evaluated: codes and messages. */
export {
  type NotEvaluatedReasonCode,
  NotEvaluatedReasonCodeSchema,
  notEvaluatedReason,
  notEvaluatedReasonCodes,
  notEvaluatedReasonMessages,
} from "./not-evaluated-reason.js";
/** Operators. */
export {
  applyOperator,
  builtInOperators,
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
export { buildPopulationIndex, type PopulationIndexOptions } from "./population-index.js";
/** Problems with one record of a batch. */
export {
  type BatchIssueCode,
  batchIssueMessages,
  type RecordIssue,
  type RecordIssueCode,
} from "./record-issue.js";
/** Record sources of a batch. */
export { openSource, type RecordSource, type RereadableSource } from "./record-source.js";
/** Routes beside the level: immigration, labour, child protection, identity. */
export {
  type RoutableIndicator,
  type Route,
  type RouteBasis,
  RouteBasisSchema,
  type RouteInput,
  type RouteKind,
  RouteKindSchema,
  type RouteReason,
  type RouteReasonCode,
  RouteReasonSchema,
  RouteSchema,
  type RouteTag,
  RouteTagSchema,
  routeLabels,
  routeReasonCodes,
  routeReasonMessages,
  routesOf,
} from "./routes.js";
/** Rule-set types and schemas. */
export {
  type AllCondition,
  AllConditionSchema,
  type AnyCondition,
  AnyConditionSchema,
  DOTTED_PATH_PATTERN,
  type Element,
  ElementSchema,
  ID_PATTERN,
  type IndicatorRule,
  IndicatorRuleSchema,
  type LeafCondition,
  LeafConditionSchema,
  type NestedCondition,
  NestedConditionSchema,
  type NotCondition,
  NotConditionSchema,
  type RuleSet,
  RuleSetSchema,
  type RuleSource,
  RuleSourceSchema,
  type Strength,
  type StrengthOverride,
  StrengthOverrideSchema,
  type StrengthOverrideWhen,
  StrengthSchema,
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
export { levelLabels, type SummaryInput, summaryLine } from "./summary.js";
/** Thresholds. */
export { defaultThresholds, type Thresholds, ThresholdsSchema } from "./thresholds.js";
/** Rule-set validation. */
export { type RuleSetValidation, type ValidateRuleSetOptions, validateRuleSet } from "./validate-rule-set.js";
/** The zone of a case's place of stay, with the documented fallback. */
export { defaultZoneOf, FALLBACK_ZONE } from "./zone-of-case.js";

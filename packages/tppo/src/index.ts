/**
 * @timpora/tppo: screens cases of foreign nationals for indicators of trafficking in persons (TPPO,
 * UU 21/2007) with dated, validated rule sets in json-rules-engine's format (compiled once; json-rules-engine
 * itself is the reference, in `@timpora/tppo/json-rules-engine`), explains every flag, and gives a level
 * (note, review, refer for victim screening) and the routes beside it. Indicators are evidence, never a
 * verdict. The building blocks of the engine (operators, path resolution, the compiler, the level rule's
 * parts) are for extension authors, in `@timpora/tppo/engine`; bulk screening on worker threads is in
 * `@timpora/tppo/node`.
 *
 * @module @timpora/tppo
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
export { type BatchResult, createEvaluator, type Evaluator, type EvaluatorOptions } from "./evaluator.js";
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
export type {
  AnyFactDefinition,
  FactContext,
  FactDefinition,
  IndexKeyContext,
  PopulationIndex,
} from "./fact-definition.js";
/** The default fact catalogue. */
export { defaultFacts } from "./facts/index.js";
/** JSON Schemas. */
export { type TppoJsonSchema, type TppoSchemaName, tppoJsonSchema, tppoSchemas } from "./json-schema.js";
/** Counts by key: what a population index holds for each fact. */
export type { KeyCounts } from "./key-counts.js";
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
  delphiElementPatterns,
  type ElementPattern,
  type ElementResult,
  ElementResultSchema,
  type Level,
  LevelSchema,
} from "./levels.js";
/** Why an indicator was not evaluated: codes and messages. */
export {
  type NotEvaluatedReasonCode,
  NotEvaluatedReasonCodeSchema,
  notEvaluatedReasonCodes,
  notEvaluatedReasonMessages,
} from "./not-evaluated-reason.js";
/** What a team's own operator is (given in the evaluator's `operators`); the built-in ones are in `@timpora/tppo/engine`. */
export type { OperatorContext, OperatorDefinition, ValueKind, ValueRequirement } from "./operators.js";
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
export type { RecordSource, RereadableSource } from "./record-source.js";
/** Routes beside the level: immigration, labour, child protection, identity. */
export {
  type Route,
  type RouteBasis,
  RouteBasisSchema,
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
} from "./routes.js";
/** Rule-set types and schemas. */
export {
  type AllCondition,
  type AnyCondition,
  type Element,
  ElementSchema,
  type IndicatorRule,
  IndicatorRuleSchema,
  type LeafCondition,
  type NestedCondition,
  type NotCondition,
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
} from "./rule-set.js";
/** Rule-set validation issues and limits. */
export {
  defaultRuleSetLimits,
  type RuleSetIssue,
  type RuleSetIssueCode,
  type RuleSetLimits,
  ruleSetIssueMessages,
} from "./rule-set-issue.js";
/** The default indicator rule set. */
export { defaultRuleSet } from "./rules/index.js";
/** The level names in each locale. */
export { levelLabels } from "./summary.js";
/** Thresholds. */
export { defaultThresholds, type Thresholds, ThresholdsSchema } from "./thresholds.js";
/** Rule-set validation. */
export { type RuleSetValidation, type ValidateRuleSetOptions, validateRuleSet } from "./validate-rule-set.js";

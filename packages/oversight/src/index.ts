/**
 * @timpora/oversight: where foreigners are. Presence on a date (one place per person, with the reason), the
 * foreigner-oversight map by region or work area with small-cell protection (Permenimipas 2/2025 Art. 53),
 * the map as a self-contained HTML report for a Timpora meeting, and joint operations (operasi gabungan): the
 * places worth a visit, the plan by area and day with the agencies each visit needs (victim screening before
 * any immigration action), and the observation form of each visit.
 *
 * @packageDocumentation
 */

export { type AgencyView, type AgencyVisit, agencyView } from "./agency-view.js";
export { type Checklist, type ChecklistOptions, type ChecklistQuestion, checklistFor } from "./checklist.js";
export {
  type DimensionName,
  dimensionLabels,
  dimensionNames,
} from "./dimensions.js";
export { DEFAULT_THRESHOLD, type MapOptions, mapByRegion } from "./map-by-region.js";
export { type QuestionKey, questionLabels } from "./observation-questions.js";
export {
  type AgencyNeedCode,
  agencyNeedMessages,
  type TargetReasonCode,
  targetReasonMessages,
  type VisitStepKind,
  visitStepLabels,
} from "./operation-messages.js";
export {
  type AgencyNeed,
  type OperationPlan,
  type PlannedVisit,
  type PlanOptions,
  planOperation,
  type VisitStep,
} from "./operation-plan.js";
export {
  compareScreenings,
  type OperationReport,
  type OutcomeCode,
  operationReport,
  outcomeLabels,
  type RecordedResults,
  recordResults,
  type ScreeningChange,
  type VisitResult,
} from "./operation-results.js";
export {
  type OperationTarget,
  operationTargets,
  type TargetIndicator,
  type TargetKind,
  type TargetOptions,
  type TargetPerson,
} from "./operation-targets.js";
export { OversightError, type OversightErrorCode, oversightErrorMessages } from "./oversight-error.js";
export {
  CountSchema,
  type DimensionTable,
  DimensionTableSchema,
  type MapRow,
  MapRowSchema,
  type OversightMap,
  OversightMapSchema,
  oversightMapJsonSchema,
} from "./oversight-map.js";
export {
  type Presence,
  type PresenceCounts,
  type PresenceEntry,
  type PresenceOptions,
  type PresenceStatus,
  presenceOn,
} from "./presence.js";
export { type PresenceReasonCode, presenceReasonMessages } from "./presence-messages.js";
export type { MapGrouping, RowKind } from "./region-tree.js";
export { type ChecklistPageOptions, renderChecklist } from "./render-checklist.js";
export { type ReportOptions, renderMapReport } from "./render-report.js";

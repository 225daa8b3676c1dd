/**
 * @timpora/oversight: where foreigners are. Presence on a date (one place per person, with the reason), the
 * foreigner-oversight map by region or work area with small-cell protection (Permenimipas 2/2025 Art. 53),
 * and the map as a self-contained HTML report for a Timpora meeting.
 *
 * @packageDocumentation
 */
export {
  type DimensionName,
  dimensionLabels,
  dimensionNames,
} from "./dimensions.js";
export { DEFAULT_THRESHOLD, type MapOptions, mapByRegion } from "./map-by-region.js";
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
export { type ReportOptions, renderMapReport } from "./render-report.js";

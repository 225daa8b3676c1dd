/**
 * Seeded synthetic Timpora cases with planted patterns, for tests, benchmarks and demos. Names are
 * built from syllables (never real people); identifiers are structurally valid but made up.
 *
 * @packageDocumentation
 */

export { SECTOR_TABLE, type SectorRow } from "./employer-sectors.js";
export {
  DEFAULT_AS_OF,
  type GenerateCaseOptions,
  type GenerateCasesOptions,
  type GenerateGroupOptions,
  generateCase,
  generateCases,
  generateGroup,
  generateLabelledCase,
  generateLabelledCases,
  type LabelledCase,
  MIN_AS_OF,
} from "./generate.js";
export { NATIONALITY_TABLE, type NationalityRow } from "./nationality-table.js";
export {
  COMBINED_PATTERN_IDS,
  PATTERN_IDS,
  PATTERNS,
  type PatternId,
  type PatternInfo,
} from "./pattern-catalogue.js";
export type { PlantRates } from "./plant-schedule.js";
export { PROFILE_IDS, type ProfileId } from "./profile-id.js";
export { createRandom, type Random, type Weighted } from "./random.js";
export { REGION_TABLE, type RegionRow } from "./region-table.js";
export { TestkitError, type TestkitErrorCode, testkitErrorMessages } from "./testkit-error.js";

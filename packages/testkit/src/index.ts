/**
 * Seeded synthetic Timpora cases with planted patterns and, in a realistic population, benign look-alikes, for
 * tests, benchmarks and demos. Names are built from syllables (never real people); identifiers are
 * structurally valid but made up.
 *
 * @packageDocumentation
 */

export {
  type GenerateCaseOptions,
  type GenerateCasesOptions,
  type GenerateGroupOptions,
  generateCase,
  generateCases,
  generateGroup,
  generateLabelledCase,
  generateLabelledCases,
} from "./generate.js";
export { DEFAULT_AS_OF, MIN_AS_OF } from "./generator-setup.js";
export type { LabelledCase } from "./labelled-case.js";
export {
  LOOK_ALIKE_KINDS,
  LOOK_ALIKES,
  type LookAlikeInfo,
  type LookAlikeKind,
  type LookAlikeRates,
} from "./look-alike-catalogue.js";
export { type GenerateLookAlikeGroupOptions, generateLookAlikeGroup } from "./look-alike-generation.js";
export { NATIONALITY_TABLE, type NationalityRow } from "./nationality-table.js";
export {
  CHILD_PATTERN_IDS,
  COMBINED_PATTERN_IDS,
  PATTERN_IDS,
  PATTERNS,
  type PatternId,
  type PatternInfo,
} from "./pattern-catalogue.js";
export type { PlantRates } from "./plant-schedule.js";
export { PROFILE_IDS, type ProfileId } from "./profile-id.js";
export { withEthnicity, withNationality, withReligion, withSex } from "./protected-attribute-swaps.js";
export { PROTECTED_ATTRIBUTE_CODES, PROTECTED_ATTRIBUTE_RATE } from "./protected-attributes.js";
export { REALISTIC_PLANT_RATES } from "./realistic-population.js";
export { TestkitError, type TestkitErrorCode, testkitErrorMessages } from "./testkit-error.js";

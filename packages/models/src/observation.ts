import * as z from "zod";
import { IsoDateTimeSchema } from "./dates.js";
import { IdSchema, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";
import { ObservationAnswersSchema } from "./observation-answers.js";

/**
 * How the answers were obtained: asked in a short interview, or observed by the officer.
 *
 * Zod schema of {@link ObservationMode}; `ObservationModeSchema.options` lists the values.
 *
 * @example
 * ```ts
 * ObservationModeSchema.options; // ["asked", "observed"]
 * ```
 */
export const ObservationModeSchema = z.enum(["asked", "observed"]);
/**
 * How the answers were obtained.
 *
 * @example
 * ```ts
 * const observationMode: ObservationMode = "asked";
 * ```
 */
export type ObservationMode = z.infer<typeof ObservationModeSchema>;
/**
 * Labels of {@link ObservationMode}.
 *
 * @example
 * ```ts
 * observationModeLabels.asked.en; // "Asked (interview)"
 * ```
 */
export const observationModeLabels: LabelTable<ObservationMode> = {
  asked: { id: "Ditanyakan (wawancara)", en: "Asked (interview)" },
  observed: { id: "Diamati langsung", en: "Observed" },
};

/**
 * Zod schema of an {@link Observation}: one officer's field check of a person (Timpora field check,
 * TVIT-style short interview), with the checklist answers of the TPPO brief part B.
 *
 * @example
 * ```ts
 * ObservationSchema.parse({ schemaVersion: 1, id: "o-1", observedAt: "2024-03-05T10:00:00+08:00",
 *   agencyId: "ag-1", officerId: "off-1", mode: "asked", answers: { documentHolder: "employer" } });
 * ```
 */
export const ObservationSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  observedAt: IsoDateTimeSchema,
  agencyId: IdSchema,
  officerId: IdSchema,
  mode: ObservationModeSchema,
  answers: ObservationAnswersSchema,
});

/**
 * An officer's field check (output type of {@link ObservationSchema}).
 *
 * @example
 * ```ts
 * const observation: Observation = ObservationSchema.parse({ schemaVersion: 1, id: "o-1",
 *   observedAt: "2024-03-05T10:00:00+08:00", agencyId: "ag-1", officerId: "off-1", mode: "observed",
 *   answers: { lockedIn: true } });
 * observationModeLabels[observation.mode].en; // "Observed"
 * ```
 */
export type Observation = z.output<typeof ObservationSchema>;
/** What {@link ObservationSchema} accepts. */
export type ObservationInput = z.input<typeof ObservationSchema>;

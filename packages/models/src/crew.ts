import * as z from "zod";
import { IsoDateSchema } from "./dates.js";
import { IdSchema, listOf, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";
import { IcaoNationalitySchema } from "./nationality.js";

/**
 * Risk classes of a vessel (e.g. from a fisheries risk model; "high risk" is not a probability).
 *
 * Zod schema of {@link VesselRisk}; `VesselRiskSchema.options` lists the values.
 *
 * @example
 * ```ts
 * VesselRiskSchema.options; // ["high", "medium", "low", "unknown"]
 * ```
 */
export const VesselRiskSchema = z.enum(["high", "medium", "low", "unknown"]);
/**
 * Risk class of a vessel.
 *
 * @example
 * ```ts
 * const vesselRisk: VesselRisk = "high";
 * ```
 */
export type VesselRisk = z.infer<typeof VesselRiskSchema>;
/**
 * Labels of {@link VesselRisk}.
 *
 * @example
 * ```ts
 * vesselRiskLabels.high.en; // "High risk"
 * ```
 */
export const vesselRiskLabels: LabelTable<VesselRisk> = {
  high: { id: "Risiko tinggi", en: "High risk" },
  medium: { id: "Risiko sedang", en: "Medium risk" },
  low: { id: "Risiko rendah", en: "Low risk" },
  unknown: { id: "Tidak diketahui", en: "Unknown" },
};

/**
 * Zod schema of a {@link CrewMembership}: the person on a vessel's crew list, with shore-leave dates.
 *
 * @example
 * ```ts
 * CrewMembershipSchema.parse({ schemaVersion: 1, id: "c-1", vesselId: "v-1", vesselFlag: "UTO",
 *   vesselRisk: "unknown", onCrewListFrom: "2024-01-10", shoreLeave: ["2024-02-01"] });
 * ```
 */
export const CrewMembershipSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  vesselId: IdSchema,
  vesselFlag: IcaoNationalitySchema,
  vesselRisk: VesselRiskSchema,
  onCrewListFrom: IsoDateSchema,
  shoreLeave: listOf(IsoDateSchema),
  seamanBookNationality: IcaoNationalitySchema.optional(),
  onOtherCrewListsUnderOtherNames: z.boolean().optional(),
});

/**
 * A crew membership (output type of {@link CrewMembershipSchema}).
 *
 * @example
 * ```ts
 * const crew: CrewMembership = CrewMembershipSchema.parse({ schemaVersion: 1, id: "c-1", vesselId: "v-1",
 *   vesselFlag: "UTO", vesselRisk: "high", onCrewListFrom: "2024-01-10", shoreLeave: ["2024-02-01"] });
 * daysBetween(crew.onCrewListFrom, crew.shoreLeave[0] ?? crew.onCrewListFrom); // 22
 * ```
 */
export type CrewMembership = z.output<typeof CrewMembershipSchema>;
/** What {@link CrewMembershipSchema} accepts. */
export type CrewMembershipInput = z.input<typeof CrewMembershipSchema>;

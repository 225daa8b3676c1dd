import * as z from "zod";
import { AddressSchema } from "./address.js";
import { CrewMembershipSchema } from "./crew.js";
import { EmployerSchema } from "./employer.js";
import { EnforcementRecordSchema } from "./enforcement.js";
import { IdSchema, listOf, SchemaVersionSchema } from "./fields.js";
import { IdentityFlagsSchema } from "./identity-flag.js";
import { LodgingReportSchema } from "./lodging-report.js";
import { MovementSchema } from "./movement.js";
import { ObservationSchema } from "./observation.js";
import { PermitSchema } from "./permit.js";
import { PersonSchema } from "./person.js";
import { RefugeeRegistrationSchema } from "./refugee.js";
import { RelationSchema } from "./relation.js";
import { SponsorSchema } from "./sponsor.js";
import { TravelDocumentSchema } from "./travel-document.js";

/**
 * Zod schema of a {@link Case}: one person with every record about them. All lists default to `[]`.
 * Each nested record keeps its own refinements (date order, NIK structure, region membership, MRZ
 * check digits), which JSON Schema cannot express.
 *
 * @example
 * ```ts
 * const c = CaseSchema.parse({
 *   schemaVersion: 1, id: "case-1",
 *   person: { schemaVersion: 1, id: "p-1", names: { primary: "SYNTHETIC" }, sex: "M", nationality: "UTO" },
 * });
 * c.permits; // []
 * ```
 */
export const CaseSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  person: PersonSchema,
  documents: listOf(TravelDocumentSchema),
  permits: listOf(PermitSchema),
  sponsors: listOf(SponsorSchema),
  employers: listOf(EmployerSchema),
  addresses: listOf(AddressSchema),
  movements: listOf(MovementSchema),
  lodgingReports: listOf(LodgingReportSchema),
  observations: listOf(ObservationSchema),
  relations: listOf(RelationSchema),
  enforcement: listOf(EnforcementRecordSchema),
  crew: listOf(CrewMembershipSchema),
  identityFlags: IdentityFlagsSchema.optional(),
  refugee: RefugeeRegistrationSchema.optional(),
});

/** A case: a person and every record about them (output type of {@link CaseSchema}). */
export type Case = z.output<typeof CaseSchema>;
/** What {@link CaseSchema} accepts (lists may be omitted). */
export type CaseInput = z.input<typeof CaseSchema>;

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

/**
 * A case: a person and every record about them (output type of {@link CaseSchema}).
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * const holdsPermit = (c: Case, kind: PermitKind): boolean => c.permits.some((p) => p.kind === kind);
 * const c: Case = generateCase({ seed: "demo", plant: ["overstay"] });
 * holdsPermit(c, "itk"); // true
 * ```
 */
export type Case = z.output<typeof CaseSchema>;
/**
 * What {@link CaseSchema} accepts (lists may be omitted).
 *
 * @example
 * ```ts
 * const input: CaseInput = {
 *   schemaVersion: 1, id: "case-1",
 *   person: { schemaVersion: 1, id: "p-1", names: { primary: "SYNTHETIC" }, sex: "F", nationality: "UTO" },
 * };
 * const r = parseCase(input);
 * r.ok && r.value.movements; // []
 * ```
 */
export type CaseInput = z.input<typeof CaseSchema>;

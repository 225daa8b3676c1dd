import * as z from "zod";
import { AddressSchema } from "./address.js";
import { AgencySchema } from "./agency.js";
import { CaseSchema } from "./case.js";
import { CrewMembershipSchema } from "./crew.js";
import { IsoDateSchema, IsoDateTimeSchema } from "./dates.js";
import { EmployerSchema } from "./employer.js";
import { EnforcementRecordSchema } from "./enforcement.js";
import { LodgingReportSchema } from "./lodging-report.js";
import { MovementSchema } from "./movement.js";
import { IcaoNationalitySchema } from "./nationality.js";
import { ObservationSchema } from "./observation.js";
import { PermitSchema } from "./permit.js";
import { PersonSchema } from "./person.js";
import { RegionCodeSchema } from "./region-code.js";
import { RelationSchema } from "./relation.js";
import { SponsorSchema } from "./sponsor.js";
import { TimporaTeamSchema } from "./timpora-team.js";
import { TravelDocumentSchema } from "./travel-document.js";

/**
 * The top-level records (those with `schemaVersion`), by the kebab-case name of their JSON Schema file
 * `schemas/<name>.json`.
 *
 * @example
 * ```ts
 * Object.keys(recordSchemas).length; // 15
 * recordSchemas["lodging-report"] === LodgingReportSchema; // true
 * recordSchemas.permit.safeParse({ kind: "itk" }).success; // false
 * ```
 */
export const recordSchemas = {
  person: PersonSchema,
  "travel-document": TravelDocumentSchema,
  permit: PermitSchema,
  sponsor: SponsorSchema,
  employer: EmployerSchema,
  address: AddressSchema,
  movement: MovementSchema,
  "lodging-report": LodgingReportSchema,
  observation: ObservationSchema,
  relation: RelationSchema,
  "enforcement-record": EnforcementRecordSchema,
  "crew-membership": CrewMembershipSchema,
  agency: AgencySchema,
  "timpora-team": TimporaTeamSchema,
  case: CaseSchema,
} as const;

/**
 * Name of a top-level record's JSON Schema (its file is `schemas/<name>.json`).
 *
 * @example
 * ```ts
 * const names: RecordSchemaName[] = ["person", "travel-document", "case"];
 * names.map((name) => recordJsonSchema(name).title); // ["Person", "TravelDocument", "Case"]
 * ```
 */
export type RecordSchemaName = keyof typeof recordSchemas;

/**
 * A JSON Schema document (draft 2020-12).
 *
 * @example
 * ```ts
 * const schema: JsonSchema = recordJsonSchema("address");
 * schema.required; // ["schemaVersion", "id", "regionCode", "lodgingKind", "use"]
 * ```
 */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** Field schemas used across records: emitted once under `$defs` and referenced by `$ref`. */
const sharedDefinitions: readonly [z.ZodType, string, string][] = [
  [IsoDateSchema, "IsoDate", "Calendar date YYYY-MM-DD (an existing date)"],
  [IsoDateTimeSchema, "IsoDateTime", "ISO date-time with an offset (+07:00 or Z)"],
  [IcaoNationalitySchema, "IcaoNationality", "ICAO 9303 nationality or issuing-state code"],
  [RegionCodeSchema, "RegionCode", "Kemendagri region code: 35, 35.10, 35.10.01 or 35.10.01.2001"],
];

let definitions: z.core.$ZodRegistry<z.core.JSONSchemaMeta> | undefined;

function definitionRegistry(): z.core.$ZodRegistry<z.core.JSONSchemaMeta> {
  if (definitions) return definitions;
  definitions = z.registry<z.core.JSONSchemaMeta>();
  for (const [schema, id, description] of sharedDefinitions) definitions.add(schema, { id, description });
  return definitions;
}

/**
 * The JSON Schema (draft 2020-12) of what a record schema accepts (its INPUT type: lists may be
 * omitted). JSON Schema cannot express these refinements, which only the parse functions check:
 * NIK structure (region and birth date inside the 16 digits), Kemendagri region membership (only the
 * code's form is checked), ICAO nationality membership (only 1–3 capital letters), date order
 * (`validFrom` <= `validUntil` and the like), `statusFrom` present exactly when a permit is not active,
 * and MRZ check digits (only the MRZ's line lengths and characters).
 *
 *
 * Its `$id` is the file's import specifier, `@timpora/models/schemas/<name>.json`: an identifier for
 * validators (e.g. `ajv.getSchema(id)`), not a web address.
 *
 * @example
 * ```ts
 * const schema = recordJsonSchema("permit");
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * schema.$id; // "@timpora/models/schemas/permit.json"
 * ```
 */
export function recordJsonSchema(name: RecordSchemaName): JsonSchema {
  const json = z.toJSONSchema(recordSchemas[name], {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
    metadata: definitionRegistry(),
  });
  const { $schema: _, ...rest } = json;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `@timpora/models/schemas/${name}.json`,
    title: titleOf(name),
    ...rest,
  };
}

function titleOf(name: RecordSchemaName): string {
  return name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/** The names of all top-level record schemas, in a stable order. */
export const recordSchemaNames: readonly RecordSchemaName[] = Object.keys(
  recordSchemas,
) as RecordSchemaName[];

import * as z from "zod";
import { IsoDateSchema } from "./dates.js";
import { IdSchema, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";

/**
 * Kinds of relation between the person of a case and another party.
 *
 * Zod schema of {@link RelationKind}; `RelationKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * RelationKindSchema.options.includes("parent"); // true
 * ```
 */
export const RelationKindSchema = z.enum([
  "parent",
  "guardian",
  "child",
  "sibling",
  "spouse",
  "broker",
  "agent",
]);
/**
 * Kind of relation.
 *
 * @example
 * ```ts
 * const relationKind: RelationKind = "parent";
 * ```
 */
export type RelationKind = z.infer<typeof RelationKindSchema>;
/**
 * Labels of {@link RelationKind}.
 *
 * @example
 * ```ts
 * relationKindLabels.parent.en; // "Parent"
 * ```
 */
export const relationKindLabels: LabelTable<RelationKind> = {
  parent: { id: "Orang tua", en: "Parent" },
  guardian: { id: "Wali", en: "Guardian" },
  child: { id: "Anak", en: "Child" },
  sibling: { id: "Saudara kandung", en: "Sibling" },
  spouse: { id: "Suami/istri", en: "Spouse" },
  broker: { id: "Perantara (makelar)", en: "Broker" },
  agent: { id: "Agen", en: "Agent" },
};

/**
 * Zod schema of what is known about the other party of a {@link Relation}.
 *
 * @example
 * ```ts
 * RelationOtherPartySchema.safeParse({ indonesian: true, birthDate: "1960-01-01" }).success; // true
 * RelationOtherPartySchema.safeParse({ birthDate: "1960-01-01" }).success; // false (indonesian is required)
 * ```
 */
export const RelationOtherPartySchema = z.strictObject({
  indonesian: z.boolean(),
  birthDate: IsoDateSchema.optional(),
  nikIssuedOn: IsoDateSchema.optional(),
  identityChangedOn: IsoDateSchema.optional(),
});
/**
 * What is known about the other party: Indonesian or not, birth date, when the NIK was issued or the identity changed.
 *
 * @example
 * ```ts
 * const spouse: RelationOtherParty = { indonesian: true, birthDate: "1960-01-01", nikIssuedOn: "2024-01-05" };
 * ageOn(spouse.birthDate ?? "1960-01-01", "2024-01-20"); // 64
 * ```
 */
export type RelationOtherParty = z.output<typeof RelationOtherPartySchema>;

/**
 * Zod schema of a {@link Relation}: the person's relation to another party (a spouse, a parent, a
 * broker). `since` is the marriage date for a spouse.
 *
 * @example
 * ```ts
 * RelationSchema.parse({ schemaVersion: 1, id: "r-1", kind: "spouse", otherPartyId: "x-1",
 *   otherParty: { indonesian: true }, since: "2024-01-20" });
 * ```
 */
export const RelationSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  kind: RelationKindSchema,
  otherPartyId: IdSchema,
  otherParty: RelationOtherPartySchema.optional(),
  since: IsoDateSchema.optional(),
  viaBrokerId: IdSchema.optional(),
  atRegisteredAddress: z.boolean().optional(),
  travelledTogether: z.boolean().optional(),
});

/**
 * A relation (output type of {@link RelationSchema}).
 *
 * @example
 * ```ts
 * const relation: Relation = RelationSchema.parse({ schemaVersion: 1, id: "r-1", kind: "spouse", otherPartyId: "x-1",
 *   otherParty: { indonesian: true, nikIssuedOn: "2024-01-05" }, since: "2024-01-20" });
 * daysBetween(relation.otherParty?.nikIssuedOn ?? "2024-01-20", relation.since ?? "2024-01-20"); // 15
 * ```
 */
export type Relation = z.output<typeof RelationSchema>;
/** What {@link RelationSchema} accepts. */
export type RelationInput = z.input<typeof RelationSchema>;

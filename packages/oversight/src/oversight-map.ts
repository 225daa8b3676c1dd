/**
 * The shape of an oversight map: zod schemas of the output (the types are derived from them) and its JSON
 * Schema. A map holds counts only: no record, identifier, name, document number, birth date, address line or
 * contact; nationality and region appear only as dimensions of counts.
 */
import * as z from "zod";

const LabelsSchema = z.strictObject({ id: z.string(), en: z.string() });

/**
 * A published count, or `null` where the count is suppressed (small-cell protection).
 *
 * @example
 * ```ts
 * CountSchema.parse(null); // null (suppressed)
 * ```
 */
export const CountSchema = z.number().int().min(0).nullable();

/** A change between the two dates (second minus first), or `null` where either count is suppressed. */
const ChangeSchema = z.number().int().nullable();

/**
 * Zod schema of {@link MapRow}: one row of the region table.
 *
 * @example
 * ```ts
 * MapRowSchema.shape.kind.options.includes("suppressed-group"); // true
 * ```
 */
export const MapRowSchema = z.strictObject({
  /** Stable key: `all`, a region code, `area:N` (the N-th work area), `CODE/~` (remainder), `group:KEY`. */
  key: z.string(),
  /** Key of the parent row (`null` for the whole map). */
  parent: z.string().nullable(),
  /** What the row is. */
  kind: z.enum([
    "all",
    "province",
    "regency",
    "district",
    "village",
    "work-area",
    "remainder",
    "suppressed-group",
  ]),
  /** The region code, when the row is one region. */
  code: z.string().nullable(),
  /** The row's name in Indonesian and English. */
  label: LabelsSchema,
  /** People present, one count per date. */
  counts: z.array(CountSchema),
  /** Two dates: the change from the first to the second. */
  change: ChangeSchema.optional(),
});
/**
 * One row of a map's region table (output type of {@link MapRowSchema}).
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const cases = generateCases({ seed: 1, count: 400, population: "realistic" });
 * const rows: MapRow[] = mapByRegion(cases, { on: "2025-06-30", by: "regency", within: ["51"] }).regions;
 * rows.map((r) => [r.key, r.kind, r.counts]); // [["all", "all", [151]], ["51", "province", [151]], ["51.03", "regency", [104]], ["51.71", "regency", [47]]]
 * ```
 */
export type MapRow = z.output<typeof MapRowSchema>;

/**
 * Zod schema of {@link DimensionTable}: the present population of each row cut by one dimension.
 *
 * @example
 * ```ts
 * DimensionTableSchema.shape.dimension.options[0]; // "nationality"
 * ```
 */
export const DimensionTableSchema = z.strictObject({
  /** The dimension. */
  dimension: z.enum([
    "nationality",
    "permitKind",
    "purpose",
    "stay",
    "employerSector",
    "screeningLevel",
    "routes",
  ]),
  /** Its name in Indonesian and English. */
  label: LabelsSchema,
  /** The columns: each value and its label (`other` merges values too rare for a column). */
  values: z.array(z.strictObject({ value: z.string(), label: LabelsSchema })),
  /** One entry per published row of the region table (suppressed rows appear only in their group). */
  rows: z.array(
    z.strictObject({
      /** Key of the region table's row. */
      key: z.string(),
      /** Counts by date, then by value (`counts[date][value]`). */
      counts: z.array(z.array(CountSchema)),
      /** Two dates: the change by value. */
      change: z.array(ChangeSchema).optional(),
    }),
  ),
});
/**
 * A dimension table (output type of {@link DimensionTableSchema}).
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const cases = generateCases({ seed: 1, count: 400, population: "realistic" });
 * const [kinds]: DimensionTable[] = mapByRegion(cases, { on: "2025-06-30", by: "regency", within: ["51"], dimensions: ["permitKind"] }).tables;
 * kinds?.values.map((v) => v.value); // ["itk", "itas", "itap", "diplomatic", "service", "none"]
 * kinds?.rows.find((r) => r.key === "51.03")?.counts; // [[51, null, null, 0, null, null]]: by date, then by value (null: suppressed)
 * ```
 */
export type DimensionTable = z.output<typeof DimensionTableSchema>;

const ApartSchema = z.strictObject({ counts: z.array(CountSchema), change: ChangeSchema.optional() });

/**
 * Zod schema of {@link OversightMap}.
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const map = mapByRegion(generateCases({ seed: 1, count: 400, population: "realistic" }), { on: "2025-06-30", by: "province" });
 * OversightMapSchema.safeParse(map).success; // true
 * ```
 */
export const OversightMapSchema = z.strictObject({
  /** Version of this shape. */
  schemaVersion: z.literal(1),
  /** The dates (one, or two for a change). */
  dates: z.array(z.iso.date()).min(1).max(2),
  /** How places are grouped. */
  grouping: z.enum(["province", "regency", "district", "village", "work-area"]),
  /** Counts from 1 to `threshold - 1` are suppressed. */
  threshold: z.number().int().min(2),
  /** The region table: every row, parents before children. */
  regions: z.array(MapRowSchema),
  /** One table per chosen dimension. */
  tables: z.array(DimensionTableSchema),
  /** People counted apart, never dropped (one count per date each). */
  apart: z.strictObject({
    /** Departed before the date. */
    departed: ApartSchema,
    /** Not yet arrived. */
    notYetArrived: ApartSchema,
    /** Possibly present, place unknown. */
    placeUnknown: ApartSchema,
    /** Present, but outside the map's regions or work areas. */
    outside: ApartSchema,
  }),
});
/**
 * An oversight map, safe to show a meeting (output type of {@link OversightMapSchema}).
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const cases = [...generateCases({ seed: 1, count: 400, population: "realistic" })];
 * const map: OversightMap = mapByRegion(cases, { on: "2025-06-30", by: "regency" });
 * cases.some((c) => JSON.stringify(map).includes(c.id)); // false: counts only, no record id
 * ```
 */
export type OversightMap = z.output<typeof OversightMapSchema>;

/**
 * The JSON Schema (draft 2020-12) of an {@link OversightMap}.
 *
 * @example
 * ```ts
 * oversightMapJsonSchema().$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function oversightMapJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(OversightMapSchema, { target: "draft-2020-12" }),
    $id: "@timpora/oversight/schemas/oversight-map.json",
    title: "Timpora oversight map",
  };
}

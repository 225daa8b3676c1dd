import * as z from "zod";
import { IdSchema, SchemaVersionSchema, TextSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";
import { RegionCodeSchema } from "./region-code.js";

/**
 * Kinds of lodging at an address.
 *
 * Zod schema of {@link LodgingKind}; `LodgingKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * LodgingKindSchema.options.includes("hotel"); // true
 * ```
 */
export const LodgingKindSchema = z.enum([
  "hotel",
  "villa",
  "apartment",
  "house",
  "ruko",
  "dormitory",
  "kos",
  "guest-house",
  "company-mess",
  "vessel",
  "other",
]);
/**
 * Kind of lodging at an address.
 *
 * @example
 * ```ts
 * const lodgingKind: LodgingKind = "hotel";
 * ```
 */
export type LodgingKind = z.infer<typeof LodgingKindSchema>;
/**
 * Labels of {@link LodgingKind}.
 *
 * @example
 * ```ts
 * lodgingKindLabels.hotel.en; // "Hotel"
 * ```
 */
export const lodgingKindLabels: LabelTable<LodgingKind> = {
  hotel: { id: "Hotel", en: "Hotel" },
  villa: { id: "Vila", en: "Villa" },
  apartment: { id: "Apartemen", en: "Apartment" },
  house: { id: "Rumah", en: "House" },
  ruko: { id: "Ruko (rumah toko)", en: "Shophouse (ruko)" },
  dormitory: { id: "Asrama", en: "Dormitory" },
  kos: { id: "Kos (rumah indekos)", en: "Boarding house (kos)" },
  "guest-house": { id: "Wisma / penginapan", en: "Guest house" },
  "company-mess": { id: "Mes perusahaan", en: "Company mess" },
  vessel: { id: "Kapal", en: "Vessel" },
  other: { id: "Lainnya", en: "Other" },
};

/**
 * Uses of an address in a case.
 *
 * Zod schema of {@link AddressUse}; `AddressUseSchema.options` lists the values.
 *
 * @example
 * ```ts
 * AddressUseSchema.options; // ["residence", "workplace", "lodging"]
 * ```
 */
export const AddressUseSchema = z.enum(["residence", "workplace", "lodging"]);
/**
 * What an address is used for.
 *
 * @example
 * ```ts
 * const addressUse: AddressUse = "residence";
 * ```
 */
export type AddressUse = z.infer<typeof AddressUseSchema>;
/**
 * Labels of {@link AddressUse}.
 *
 * @example
 * ```ts
 * addressUseLabels.residence.en; // "Residence"
 * ```
 */
export const addressUseLabels: LabelTable<AddressUse> = {
  residence: { id: "Tempat tinggal", en: "Residence" },
  workplace: { id: "Tempat kerja", en: "Workplace" },
  lodging: { id: "Penginapan", en: "Lodging" },
};

/**
 * Zod schema of an {@link Address}. `unitId` names the unit inside a building (an apartment, a room of a
 * boarding house), so that residents of one block are not counted as living at one address. The time zone is derived from `regionCode`, never stored. JSON
 * Schema checks the form of the region code; membership in the Kemendagri table is checked only in code.
 *
 * @example
 * ```ts
 * AddressSchema.parse({ schemaVersion: 1, id: "a-1", regionCode: "51.71", lodgingKind: "villa", use: "residence" });
 * ```
 */
export const AddressSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  regionCode: RegionCodeSchema,
  line: TextSchema.optional(),
  lodgingKind: LodgingKindSchema,
  unitId: z.string().min(1).max(64).optional(),
  use: AddressUseSchema,
});

/**
 * An address (output type of {@link AddressSchema}). Its zone follows from `regionCode`.
 *
 * @example
 * ```ts
 * const address: Address = AddressSchema.parse({ schemaVersion: 1, id: "a-1", regionCode: "51.03",
 *   lodgingKind: "villa", use: "lodging" });
 * timeZoneOfRegion(address.regionCode)?.label; // "WITA" (Badung, Bali)
 * ```
 */
export type Address = z.output<typeof AddressSchema>;
/** What {@link AddressSchema} accepts. */
export type AddressInput = z.input<typeof AddressSchema>;

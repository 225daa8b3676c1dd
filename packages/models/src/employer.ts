import * as z from "zod";
import { IdSchema, NameSchema, NibSchema, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";
import { VerificationStatusSchema } from "./verification-status.js";

/**
 * Economic sectors of employers and workplaces.
 *
 * Zod schema of {@link EmployerSector}; `EmployerSectorSchema.options` lists the values.
 *
 * @example
 * ```ts
 * EmployerSectorSchema.options.includes("fishing"); // true
 * ```
 */
export const EmployerSectorSchema = z.enum([
  "fishing",
  "entertainment",
  "massage-spa",
  "online-services",
  "domestic-work",
  "construction",
  "plantation",
  "mining",
  "manufacturing",
  "hospitality",
  "education",
  "health",
  "trade",
  "finance",
  "technology",
  "agriculture",
  "religious",
  "other",
]);
/**
 * Economic sector of an employer.
 *
 * @example
 * ```ts
 * const employerSector: EmployerSector = "fishing";
 * ```
 */
export type EmployerSector = z.infer<typeof EmployerSectorSchema>;
/**
 * Labels of {@link EmployerSector}.
 *
 * @example
 * ```ts
 * employerSectorLabels.fishing.en; // "Fishing"
 * ```
 */
export const employerSectorLabels: LabelTable<EmployerSector> = {
  fishing: { id: "Perikanan", en: "Fishing" },
  entertainment: { id: "Hiburan", en: "Entertainment" },
  "massage-spa": { id: "Panti pijat dan spa", en: "Massage and spa" },
  "online-services": { id: "Layanan daring", en: "Online services" },
  "domestic-work": { id: "Pekerjaan rumah tangga", en: "Domestic work" },
  construction: { id: "Konstruksi", en: "Construction" },
  plantation: { id: "Perkebunan", en: "Plantation" },
  mining: { id: "Pertambangan", en: "Mining" },
  manufacturing: { id: "Industri pengolahan", en: "Manufacturing" },
  hospitality: { id: "Perhotelan dan restoran", en: "Hospitality" },
  education: { id: "Pendidikan", en: "Education" },
  health: { id: "Kesehatan", en: "Health" },
  trade: { id: "Perdagangan", en: "Trade" },
  finance: { id: "Keuangan", en: "Finance" },
  technology: { id: "Teknologi", en: "Technology" },
  agriculture: { id: "Pertanian", en: "Agriculture" },
  religious: { id: "Keagamaan", en: "Religious" },
  other: { id: "Lainnya", en: "Other" },
};

/**
 * Types of venue where a person works.
 *
 * Zod schema of {@link VenueType}; `VenueTypeSchema.options` lists the values.
 *
 * @example
 * ```ts
 * VenueTypeSchema.options.includes("hotel"); // true
 * ```
 */
export const VenueTypeSchema = z.enum([
  "hotel",
  "villa",
  "karaoke",
  "spa",
  "massage",
  "bar",
  "nightclub",
  "fishing-vessel",
  "industrial-park",
  "office",
  "factory",
  "construction-site",
  "plantation",
  "mine",
  "shop",
  "restaurant",
  "theme-park",
  "film-studio",
  "music-venue",
  "school",
  "hospital",
  "private-home",
  "other",
]);
/**
 * Type of a workplace venue.
 *
 * @example
 * ```ts
 * const venueType: VenueType = "hotel";
 * ```
 */
export type VenueType = z.infer<typeof VenueTypeSchema>;
/**
 * Labels of {@link VenueType}.
 *
 * @example
 * ```ts
 * venueTypeLabels.hotel.en; // "Hotel"
 * ```
 */
export const venueTypeLabels: LabelTable<VenueType> = {
  hotel: { id: "Hotel", en: "Hotel" },
  villa: { id: "Vila", en: "Villa" },
  karaoke: { id: "Karaoke", en: "Karaoke" },
  spa: { id: "Spa", en: "Spa" },
  massage: { id: "Panti pijat", en: "Massage parlour" },
  bar: { id: "Bar", en: "Bar" },
  nightclub: { id: "Klub malam", en: "Nightclub" },
  "fishing-vessel": { id: "Kapal penangkap ikan", en: "Fishing vessel" },
  "industrial-park": { id: "Kawasan industri", en: "Industrial park" },
  office: { id: "Kantor", en: "Office" },
  factory: { id: "Pabrik", en: "Factory" },
  "construction-site": { id: "Lokasi konstruksi", en: "Construction site" },
  plantation: { id: "Perkebunan", en: "Plantation" },
  mine: { id: "Tambang", en: "Mine" },
  shop: { id: "Toko", en: "Shop" },
  restaurant: { id: "Restoran", en: "Restaurant" },
  "theme-park": { id: "Taman hiburan", en: "Theme park" },
  "film-studio": { id: "Studio film atau televisi", en: "Film or television studio" },
  "music-venue": { id: "Tempat pertunjukan musik", en: "Music venue" },
  school: { id: "Sekolah", en: "School" },
  hospital: { id: "Rumah sakit", en: "Hospital" },
  "private-home": { id: "Rumah pribadi", en: "Private home" },
  other: { id: "Lainnya", en: "Other" },
};

/**
 * Zod schema of an {@link Employer}: the employer or workplace where a person works.
 *
 * @example
 * ```ts
 * EmployerSchema.parse({ schemaVersion: 1, id: "e-1", name: "PT Contoh Sintetis", sector: "fishing",
 *   venueType: "fishing-vessel", indonesianEntity: true, verificationStatus: "verified" });
 * ```
 */
export const EmployerSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  name: NameSchema,
  nib: NibSchema.optional(),
  sector: EmployerSectorSchema,
  venueType: VenueTypeSchema,
  addressId: IdSchema.optional(),
  indonesianEntity: z.boolean(),
  verificationStatus: VerificationStatusSchema,
});

/**
 * An employer or workplace: output type of {@link EmployerSchema}.
 *
 * @example
 * ```ts
 * const employer: Employer = EmployerSchema.parse({ schemaVersion: 1, id: "e-1", name: "PT Contoh Sintetis",
 *   sector: "fishing", venueType: "fishing-vessel", indonesianEntity: true, verificationStatus: "verified" });
 * employerSectorLabels[employer.sector].id; // "Perikanan"
 * ```
 */
export type Employer = z.output<typeof EmployerSchema>;
/** What {@link EmployerSchema} accepts. */
export type EmployerInput = z.input<typeof EmployerSchema>;

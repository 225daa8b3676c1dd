import * as z from "zod";
import { IdSchema, listOf, NameSchema, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";
import { RegionCodeSchema } from "./region-code.js";
import { checkDisjointArea } from "./work-area.js";

/**
 * Kinds of agencies that sit on Timpora teams (Permenkumham 50/2016 and local decrees).
 *
 * Zod schema of {@link AgencyKind}; `AgencyKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * AgencyKindSchema.options.includes("immigration-office"); // true
 * ```
 */
export const AgencyKindSchema = z.enum([
  "immigration-office",
  "immigration-directorate-general",
  "police-mabes",
  "police-polda",
  "police-polres",
  "police-polsek",
  "military-kodam",
  "military-korem",
  "military-kodim",
  "military-koramil",
  "navy-lantamal",
  "navy-lanal",
  "air-force-lanud",
  "prosecutor-kejagung",
  "prosecutor-kejati",
  "prosecutor-kejari",
  "bin",
  "bnn",
  "kesbangpol",
  "manpower-office",
  "dukcapil",
  "satpol-pp",
  "customs",
  "religious-affairs",
  "camat",
  "harbour-master",
  "tax-office",
  "social-affairs",
  "uptd-ppa",
  "health",
  "regional-government",
  "other",
]);
/**
 * Kind of an agency.
 *
 * @example
 * ```ts
 * const agencyKind: AgencyKind = "immigration-office";
 * ```
 */
export type AgencyKind = z.infer<typeof AgencyKindSchema>;
/**
 * Labels of {@link AgencyKind}.
 *
 * @example
 * ```ts
 * agencyKindLabels["immigration-office"].en; // "Immigration office"
 * ```
 */
export const agencyKindLabels: LabelTable<AgencyKind> = {
  "immigration-office": { id: "Kantor Imigrasi", en: "Immigration office" },
  "immigration-directorate-general": {
    id: "Direktorat Jenderal Imigrasi",
    en: "Directorate General of Immigration",
  },
  "police-mabes": { id: "Markas Besar Polri (Mabes)", en: "National Police Headquarters (Mabes Polri)" },
  "police-polda": { id: "Kepolisian Daerah (Polda)", en: "Provincial police (Polda)" },
  "police-polres": { id: "Kepolisian Resor (Polres)", en: "Regency/city police (Polres)" },
  "police-polsek": { id: "Kepolisian Sektor (Polsek)", en: "District police (Polsek)" },
  "military-kodam": { id: "Komando Daerah Militer (Kodam)", en: "Regional military command (Kodam)" },
  "military-korem": { id: "Komando Resor Militer (Korem)", en: "Military area command (Korem)" },
  "military-kodim": { id: "Komando Distrik Militer (Kodim)", en: "Military district command (Kodim)" },
  "military-koramil": {
    id: "Komando Rayon Militer (Koramil)",
    en: "Military sub-district command (Koramil)",
  },
  "navy-lantamal": { id: "Pangkalan Utama TNI AL (Lantamal)", en: "Main naval base (Lantamal)" },
  "navy-lanal": { id: "Pangkalan TNI AL (Lanal)", en: "Naval base (Lanal)" },
  "air-force-lanud": { id: "Pangkalan Udara TNI AU (Lanud)", en: "Air force base (Lanud)" },
  "prosecutor-kejagung": { id: "Kejaksaan Agung", en: "Attorney General's Office (Kejagung)" },
  "prosecutor-kejati": { id: "Kejaksaan Tinggi (Kejati)", en: "High prosecutor's office (Kejati)" },
  "prosecutor-kejari": { id: "Kejaksaan Negeri (Kejari)", en: "District prosecutor's office (Kejari)" },
  bin: { id: "Badan Intelijen Negara (BIN)", en: "State Intelligence Agency (BIN)" },
  bnn: { id: "Badan Narkotika Nasional (BNN)", en: "National Narcotics Agency (BNN)" },
  kesbangpol: {
    id: "Badan Kesatuan Bangsa dan Politik (Kesbangpol)",
    en: "National unity and politics agency (Kesbangpol)",
  },
  "manpower-office": { id: "Dinas Tenaga Kerja (Disnaker)", en: "Manpower office (Disnaker)" },
  dukcapil: {
    id: "Dinas Kependudukan dan Pencatatan Sipil (Dukcapil)",
    en: "Population and civil registry office (Dukcapil)",
  },
  "satpol-pp": { id: "Satuan Polisi Pamong Praja (Satpol PP)", en: "Civil service police (Satpol PP)" },
  customs: { id: "Bea dan Cukai", en: "Customs and excise" },
  "religious-affairs": { id: "Kementerian Agama (Kemenag)", en: "Religious affairs office (Kemenag)" },
  camat: { id: "Kecamatan (Camat)", en: "District head's office (Camat)" },
  "harbour-master": { id: "Syahbandar (KSOP)", en: "Harbour master (KSOP)" },
  "tax-office": { id: "Kantor Pajak", en: "Tax office" },
  "social-affairs": { id: "Dinas Sosial", en: "Social affairs office" },
  "uptd-ppa": {
    id: "UPTD Perlindungan Perempuan dan Anak (UPTD PPA)",
    en: "Regional unit for the protection of women and children (UPTD PPA)",
  },
  health: { id: "Dinas Kesehatan", en: "Health office" },
  "regional-government": { id: "Pemerintah daerah", en: "Regional government" },
  other: { id: "Instansi lain", en: "Other agency" },
};

/**
 * Classes of immigration offices (Kantor Imigrasi), with or without an immigration check point (TPI).
 *
 * Zod schema of {@link ImmigrationOfficeClass}; `ImmigrationOfficeClassSchema.options` lists the values.
 *
 * @example
 * ```ts
 * ImmigrationOfficeClassSchema.options.includes("kelas-i-khusus-tpi"); // true
 * ```
 */
export const ImmigrationOfficeClassSchema = z.enum([
  "kelas-i-khusus-tpi",
  "kelas-i-tpi",
  "kelas-i-non-tpi",
  "kelas-ii-tpi",
  "kelas-ii-non-tpi",
  "kelas-iii-non-tpi",
]);
/**
 * Class of an immigration office.
 *
 * @example
 * ```ts
 * const immigrationOfficeClass: ImmigrationOfficeClass = "kelas-i-khusus-tpi";
 * ```
 */
export type ImmigrationOfficeClass = z.infer<typeof ImmigrationOfficeClassSchema>;
/**
 * Labels of {@link ImmigrationOfficeClass}.
 *
 * @example
 * ```ts
 * immigrationOfficeClassLabels["kelas-i-khusus-tpi"].en; // "Class I Special, with check point"
 * ```
 */
export const immigrationOfficeClassLabels: LabelTable<ImmigrationOfficeClass> = {
  "kelas-i-khusus-tpi": { id: "Kelas I Khusus TPI", en: "Class I Special, with check point" },
  "kelas-i-tpi": { id: "Kelas I TPI", en: "Class I, with check point" },
  "kelas-i-non-tpi": { id: "Kelas I Non TPI", en: "Class I, without check point" },
  "kelas-ii-tpi": { id: "Kelas II TPI", en: "Class II, with check point" },
  "kelas-ii-non-tpi": { id: "Kelas II Non TPI", en: "Class II, without check point" },
  "kelas-iii-non-tpi": { id: "Kelas III Non TPI", en: "Class III, without check point" },
};

/**
 * Zod schema of an {@link Agency}. `jurisdictionRegionCodes` is the agency's work area (wilayah kerja) as a
 * list of Kemendagri region codes at any level: an immigration office's area spans several regencies (the
 * Jember office's includes Banyuwangi, `immigration.md` §3.3), a Polsek's is one district. The list defaults
 * to `[]` (area not recorded). Refinements (not in JSON Schema: a union there would be clumsy), checked in
 * code: `immigrationOfficeClass` is only allowed on an `immigration-office` (`field.not-allowed`); a code
 * listed twice, or inside another listed code (`35.10.01` beside `35.10`), is `value.invalid`, so the area
 * counts every place once.
 *
 * @example
 * ```ts
 * AgencySchema.parse({ schemaVersion: 1, id: "ag-1", kind: "immigration-office", name: "Kantor Imigrasi Contoh",
 *   jurisdictionRegionCodes: ["35.09", "35.10", "35.11"], immigrationOfficeClass: "kelas-i-tpi" });
 * ```
 */
export const AgencySchema = z
  .strictObject({
    schemaVersion: SchemaVersionSchema,
    id: IdSchema,
    kind: AgencyKindSchema,
    name: NameSchema,
    jurisdictionRegionCodes: listOf(RegionCodeSchema),
    immigrationOfficeClass: ImmigrationOfficeClassSchema.optional(),
  })
  .superRefine((agency, ctx) => {
    if (agency.immigrationOfficeClass !== undefined && agency.kind !== "immigration-office") {
      ctx.addIssue({ code: "custom", message: "field.not-allowed", path: ["immigrationOfficeClass"] });
    }
    checkDisjointArea(ctx, agency.jurisdictionRegionCodes, "jurisdictionRegionCodes");
  });

/**
 * An agency that sits on Timpora teams (output type of {@link AgencySchema}).
 *
 * @example
 * ```ts
 * const office: Agency = AgencySchema.parse({ schemaVersion: 1, id: "ag-1", kind: "immigration-office",
 *   name: "Kantor Imigrasi Contoh", jurisdictionRegionCodes: ["35.09", "35.10"] });
 * office.jurisdictionRegionCodes.some((area) => regionContains(area, "35.10.01")); // true
 * ```
 */
export type Agency = z.output<typeof AgencySchema>;
/** What {@link AgencySchema} accepts. */
export type AgencyInput = z.input<typeof AgencySchema>;

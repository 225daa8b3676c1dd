import * as z from "zod";
import { IsoDateSchema } from "./dates.js";
import { IdSchema, listOf, NameSchema, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";
import { RegionCodeSchema } from "./region-code.js";

/**
 * Tiers of Timpora teams: central, province, regency/city, district.
 *
 * Zod schema of {@link TeamTier}; `TeamTierSchema.options` lists the values.
 *
 * @example
 * ```ts
 * TeamTierSchema.options; // ["pusat", "provinsi", "kabupaten-kota", "kecamatan"]
 * ```
 */
export const TeamTierSchema = z.enum(["pusat", "provinsi", "kabupaten-kota", "kecamatan"]);
/**
 * Tier of a Timpora team.
 *
 * @example
 * ```ts
 * const teamTier: TeamTier = "pusat";
 * ```
 */
export type TeamTier = z.infer<typeof TeamTierSchema>;
/**
 * Labels of {@link TeamTier}.
 *
 * @example
 * ```ts
 * teamTierLabels.pusat.en; // "Central"
 * ```
 */
export const teamTierLabels: LabelTable<TeamTier> = {
  pusat: { id: "Pusat", en: "Central" },
  provinsi: { id: "Provinsi", en: "Province" },
  "kabupaten-kota": { id: "Kabupaten/Kota", en: "Regency/City" },
  kecamatan: { id: "Kecamatan", en: "District" },
};

/**
 * Roles of member agencies in a Timpora team.
 *
 * Zod schema of {@link TeamRole}; `TeamRoleSchema.options` lists the values.
 *
 * @example
 * ```ts
 * TeamRoleSchema.options; // ["chair", "vice-chair", "secretary", "member"]
 * ```
 */
export const TeamRoleSchema = z.enum(["chair", "vice-chair", "secretary", "member"]);
/**
 * Role of a member agency.
 *
 * @example
 * ```ts
 * const teamRole: TeamRole = "chair";
 * ```
 */
export type TeamRole = z.infer<typeof TeamRoleSchema>;
/**
 * Labels of {@link TeamRole}.
 *
 * @example
 * ```ts
 * teamRoleLabels.chair.en; // "Chair"
 * ```
 */
export const teamRoleLabels: LabelTable<TeamRole> = {
  chair: { id: "Ketua", en: "Chair" },
  "vice-chair": { id: "Wakil ketua", en: "Vice-chair" },
  secretary: { id: "Sekretaris", en: "Secretary" },
  member: { id: "Anggota", en: "Member" },
};

/** Zod schema of a {@link TeamMember}. */
export const TeamMemberSchema = z.strictObject({ agencyId: IdSchema, role: TeamRoleSchema });
/** A member agency of a Timpora team and its role. */
export type TeamMember = z.output<typeof TeamMemberSchema>;

/** Zod schema of a {@link TeamDecree}. */
export const TeamDecreeSchema = z.strictObject({
  number: z.string().min(1).max(128),
  date: IsoDateSchema,
  signedBy: NameSchema.optional(),
});
/** The decree (surat keputusan) that formed a team: its number, date and signatory. */
export type TeamDecree = z.output<typeof TeamDecreeSchema>;

/**
 * Zod schema of a {@link TimporaTeam} (Tim Pengawasan Orang Asing).
 *
 * @example
 * ```ts
 * TimporaTeamSchema.parse({ schemaVersion: 1, id: "t-1", tier: "kabupaten-kota", jurisdictionRegionCode: "51.71",
 *   chairAgencyId: "ag-1", members: [{ agencyId: "ag-1", role: "chair" }],
 *   decree: { number: "SK-001/2024", date: "2024-01-15" } });
 * ```
 */
export const TimporaTeamSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  tier: TeamTierSchema,
  jurisdictionRegionCode: RegionCodeSchema.optional(),
  chairAgencyId: IdSchema,
  members: listOf(TeamMemberSchema),
  decree: TeamDecreeSchema,
});

/** A Timpora team (output type of {@link TimporaTeamSchema}). */
export type TimporaTeam = z.output<typeof TimporaTeamSchema>;
/** What {@link TimporaTeamSchema} accepts. */
export type TimporaTeamInput = z.input<typeof TimporaTeamSchema>;

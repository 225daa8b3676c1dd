import * as z from "zod";
import type { AgencyKind } from "./agency.js";
import { IsoDateSchema } from "./dates.js";
import { IdSchema, listOf, NameSchema, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";
import { RegionCodeSchema } from "./region-code.js";
import { checkDisjointArea } from "./work-area.js";

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

/**
 * The three pillars (tiga pilar) of a kecamatan team: the district head (camat), the district police (Polsek)
 * and the military sub-district command (Koramil) — `immigration.md` §3.3, confidence medium (news and office
 * pages: Republika, Bangsa Online, Equator; the decree forming such teams was not read).
 *
 * Zod schema of {@link TeamPillar}; `TeamPillarSchema.options` lists the values.
 *
 * @example
 * ```ts
 * TeamPillarSchema.options; // ["camat", "polsek", "koramil"]
 * ```
 */
export const TeamPillarSchema = z.enum(["camat", "polsek", "koramil"]);
/**
 * A pillar of a kecamatan team.
 *
 * @example
 * ```ts
 * const pillar: TeamPillar = "polsek";
 * ```
 */
export type TeamPillar = z.infer<typeof TeamPillarSchema>;
/**
 * Labels of {@link TeamPillar}.
 *
 * @example
 * ```ts
 * teamPillarLabels.koramil.en; // "Military sub-district command (Koramil)"
 * ```
 */
export const teamPillarLabels: LabelTable<TeamPillar> = {
  camat: { id: "Camat", en: "District head (Camat)" },
  polsek: { id: "Kepolisian Sektor (Polsek)", en: "District police (Polsek)" },
  koramil: { id: "Komando Rayon Militer (Koramil)", en: "Military sub-district command (Koramil)" },
};
/**
 * The agency kind that stands for each pillar, for tools that check a member's agency against its pillar.
 *
 * @example
 * ```ts
 * teamPillarAgencyKinds.polsek; // "police-polsek"
 * ```
 */
export const teamPillarAgencyKinds: Readonly<Record<TeamPillar, AgencyKind>> = {
  camat: "camat",
  polsek: "police-polsek",
  koramil: "military-koramil",
};

/**
 * Zod schema of a {@link TeamMember}: the agency, its role, and on a kecamatan team the pillar it stands for.
 *
 * @example
 * ```ts
 * TeamMemberSchema.safeParse({ agencyId: "ag-polsek", role: "member", pillar: "polsek" }).success; // true
 * TeamMemberSchema.safeParse({ agencyId: "ag-polsek", role: "observer" }).success; // false
 * ```
 */
export const TeamMemberSchema = z.strictObject({
  agencyId: IdSchema,
  role: TeamRoleSchema,
  pillar: TeamPillarSchema.optional(),
});
/**
 * A member agency of a Timpora team, its role and (kecamatan teams) its pillar.
 *
 * @example
 * ```ts
 * const member: TeamMember = { agencyId: "ag-koramil", role: "member", pillar: "koramil" };
 * member.pillar === undefined ? undefined : teamPillarAgencyKinds[member.pillar]; // "military-koramil"
 * ```
 */
export type TeamMember = z.output<typeof TeamMemberSchema>;

/**
 * Zod schema of a {@link TeamDecree}.
 *
 * @example
 * ```ts
 * TeamDecreeSchema.safeParse({ number: "SK-001/2024", date: "2024-01-15" }).success; // true
 * TeamDecreeSchema.safeParse({ number: "", date: "2024-01-15" }).success; // false (a number is required)
 * ```
 */
export const TeamDecreeSchema = z.strictObject({
  number: z.string().min(1).max(128),
  date: IsoDateSchema,
  signedBy: NameSchema.optional(),
});
/**
 * The decree (surat keputusan) that formed a team: its number, date and signatory.
 *
 * @example
 * ```ts
 * const decree: TeamDecree = { number: "SK-001/2024", date: "2024-01-15" };
 * yearOf(decree.date); // 2024
 * ```
 */
export type TeamDecree = z.output<typeof TeamDecreeSchema>;

/** The level of region code a team's area lists, by tier (the central team's area is the whole country). */
const areaLevelOfTier: Readonly<Record<TeamTier, number | undefined>> = {
  pusat: undefined,
  provinsi: 2,
  "kabupaten-kota": 5,
  kecamatan: 8,
};

/**
 * Zod schema of a {@link TimporaTeam} (Tim Pengawasan Orang Asing): its tier, its area as a list of region
 * codes (`areaRegionCodes`, default `[]`: not recorded; the central team's is the whole country), its chair,
 * members and decree. Refinements, checked in code (not in JSON Schema): the area lists codes of its tier's
 * level — provinces for `provinsi`, regencies/cities for `kabupaten-kota`, districts for `kecamatan` — and
 * none on a `pusat` team (`value.invalid`), no code twice (`value.invalid`); `pillar` only on a `kecamatan`
 * team's members (`field.not-allowed`) and each pillar at most once (`value.invalid`).
 *
 * @example
 * ```ts
 * TimporaTeamSchema.parse({ schemaVersion: 1, id: "t-2", tier: "kecamatan", areaRegionCodes: ["35.10.01"],
 *   chairAgencyId: "ag-camat", decree: { number: "SK-002/2024", date: "2024-02-01" },
 *   members: [{ agencyId: "ag-camat", role: "chair", pillar: "camat" },
 *     { agencyId: "ag-polsek", role: "member", pillar: "polsek" },
 *     { agencyId: "ag-koramil", role: "member", pillar: "koramil" }] });
 * ```
 */
export const TimporaTeamSchema = z
  .strictObject({
    schemaVersion: SchemaVersionSchema,
    id: IdSchema,
    tier: TeamTierSchema,
    areaRegionCodes: listOf(RegionCodeSchema),
    chairAgencyId: IdSchema,
    members: listOf(TeamMemberSchema),
    decree: TeamDecreeSchema,
  })
  .superRefine((team, ctx) => {
    const level = areaLevelOfTier[team.tier];
    team.areaRegionCodes.forEach((code, i) => {
      if (code.length !== level)
        ctx.addIssue({ code: "custom", message: "value.invalid", path: ["areaRegionCodes", i] });
    });
    checkDisjointArea(ctx, team.areaRegionCodes, "areaRegionCodes");
    const seen = new Set<TeamPillar>();
    team.members.forEach((member, i) => {
      if (member.pillar === undefined) return;
      if (team.tier !== "kecamatan") {
        ctx.addIssue({ code: "custom", message: "field.not-allowed", path: ["members", i, "pillar"] });
      } else if (seen.has(member.pillar)) {
        ctx.addIssue({ code: "custom", message: "value.invalid", path: ["members", i, "pillar"] });
      }
      seen.add(member.pillar);
    });
  });

/**
 * A Timpora team (output type of {@link TimporaTeamSchema}).
 *
 * @example
 * ```ts
 * const team: TimporaTeam = TimporaTeamSchema.parse({ schemaVersion: 1, id: "t-1", tier: "kabupaten-kota",
 *   areaRegionCodes: ["35.10"], chairAgencyId: "ag-1", decree: { number: "SK-001/2024", date: "2024-01-15" } });
 * team.areaRegionCodes.some((area) => regionContains(area, "35.10.01.2001")); // true
 * team.members; // []
 * ```
 */
export type TimporaTeam = z.output<typeof TimporaTeamSchema>;
/** What {@link TimporaTeamSchema} accepts. */
export type TimporaTeamInput = z.input<typeof TimporaTeamSchema>;

import { describe, expect, it } from "vitest";
import { type ParseResult, parseAgency, parseTimporaTeam, regionContains } from "./index.js";
import * as fx from "./valid-records.fixture.js";

function pairs(result: ParseResult<unknown>): [string, string][] {
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join(".")]);
}

const kecamatanTeam = {
  ...fx.timporaTeam,
  tier: "kecamatan",
  areaRegionCodes: ["35.10.01"],
  chairAgencyId: "ag-camat",
  members: [
    { agencyId: "ag-camat", role: "chair", pillar: "camat" },
    { agencyId: "ag-polsek", role: "member", pillar: "polsek" },
    { agencyId: "ag-koramil", role: "member", pillar: "koramil" },
    { agencyId: "ag-desa", role: "member" },
  ],
};

describe("work areas", () => {
  it("region containment is by whole segments", () => {
    expect(regionContains("35", "35.10.01.2001")).toBe(true);
    expect(regionContains("35.10", "35.10")).toBe(true);
    expect(regionContains("35.10", "35.11.01")).toBe(false);
    expect(regionContains("35.1", "35.10")).toBe(false);
    expect(regionContains("35.10.01", "35.10")).toBe(false);
  });

  it("an immigration office's work area spans several regencies (Jember's includes Banyuwangi, §3.3)", () => {
    const r = parseAgency({ ...fx.agency, jurisdictionRegionCodes: ["35.09", "35.10", "35.11", "35.12"] });
    expect(r.ok && r.value.jurisdictionRegionCodes).toEqual(["35.09", "35.10", "35.11", "35.12"]);
    const none = parseAgency({ ...fx.agency, jurisdictionRegionCodes: undefined });
    expect(none.ok && none.value.jurisdictionRegionCodes).toEqual([]);
  });

  it("an area counts every place once: no code twice, none inside another", () => {
    expect(
      pairs(parseAgency({ ...fx.agency, jurisdictionRegionCodes: ["35.10", "35.09", "35.10"] })),
    ).toEqual([["value.invalid", "jurisdictionRegionCodes.2"]]);
    expect(pairs(parseAgency({ ...fx.agency, jurisdictionRegionCodes: ["35.10.01", "35.10"] }))).toEqual([
      ["value.invalid", "jurisdictionRegionCodes.0"],
    ]);
    expect(pairs(parseAgency({ ...fx.agency, jurisdictionRegionCodes: ["35.99"] }))).toEqual([
      ["region.unknown", "jurisdictionRegionCodes.0"],
    ]);
  });

  it("the old single-code field is gone (an unknown key)", () => {
    expect(pairs(parseAgency({ ...fx.agency, jurisdictionRegionCode: "51.71" }))).toEqual([
      ["key.unknown", "jurisdictionRegionCode"],
    ]);
  });

  it("a kecamatan team: its three pillars (camat, Polsek, Koramil) and a district area", () => {
    const r = parseTimporaTeam(kecamatanTeam);
    expect(r.ok && r.value.members.map((m) => m.pillar)).toEqual(["camat", "polsek", "koramil", undefined]);
  });

  it("a pillar only on a kecamatan team, each pillar once", () => {
    expect(
      pairs(parseTimporaTeam({ ...kecamatanTeam, tier: "kabupaten-kota", areaRegionCodes: ["35.10"] })),
    ).toEqual([
      ["field.not-allowed", "members.0.pillar"],
      ["field.not-allowed", "members.1.pillar"],
      ["field.not-allowed", "members.2.pillar"],
    ]);
    const twice = [...kecamatanTeam.members, { agencyId: "ag-polsek-2", role: "member", pillar: "polsek" }];
    expect(pairs(parseTimporaTeam({ ...kecamatanTeam, members: twice }))).toEqual([
      ["value.invalid", "members.4.pillar"],
    ]);
  });

  it("a team's area lists codes of its tier's level", () => {
    expect(pairs(parseTimporaTeam({ ...kecamatanTeam, areaRegionCodes: ["35.10"] }))).toEqual([
      ["value.invalid", "areaRegionCodes.0"],
    ]);
    expect(
      pairs(parseTimporaTeam({ ...fx.timporaTeam, tier: "provinsi", areaRegionCodes: ["35", "51.71"] })),
    ).toEqual([["value.invalid", "areaRegionCodes.1"]]);
    expect(pairs(parseTimporaTeam({ ...fx.timporaTeam, tier: "pusat", areaRegionCodes: ["35"] }))).toEqual([
      ["value.invalid", "areaRegionCodes.0"],
    ]);
    expect(parseTimporaTeam({ ...fx.timporaTeam, tier: "pusat", areaRegionCodes: [] }).ok).toBe(true);
  });
});

import { parseCase, timeZoneOfRegion } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { ONE_PERCENT_EACH } from "./case-checks.fixture.js";
import {
  generateCase,
  generateCases,
  generateGroup,
  generateLabelledCase,
  generateLabelledCases,
} from "./generate.js";
import { DEFAULT_AS_OF } from "./generator-setup.js";
import type { LabelledCase } from "./labelled-case.js";
import { PATTERN_IDS, PATTERNS } from "./pattern-catalogue.js";
import { PROFILE_IDS } from "./profile-id.js";

const N = 10_000;
const batch: LabelledCase[] = [...generateLabelledCases({ seed: 2025, count: N, plant: ONE_PERCENT_EACH })];

describe("determinism", () => {
  it("gives identical JSON for the same seed and options", () => {
    const a = JSON.stringify([...generateCases({ seed: "det", count: 400, plant: ONE_PERCENT_EACH })]);
    const b = JSON.stringify([...generateCases({ seed: "det", count: 400, plant: ONE_PERCENT_EACH })]);
    expect(a).toBe(b);
    expect(JSON.stringify(generateCase({ seed: 9, index: 4 }))).toBe(
      JSON.stringify(generateCase({ seed: 9, index: 4 })),
    );
  });

  it("gives different cases for different seeds, and unique case ids within a stream", () => {
    const a = [...generateCases({ seed: "one", count: 50 })];
    const b = [...generateCases({ seed: "two", count: 50 })];
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(new Set(batch.map((l) => l.case.id)).size).toBe(N);
    expect(new Set(batch.map((l) => l.case.person.id)).size).toBe(N);
  });

  it("emits exactly `count` cases, also when a group would not fit at the end", () => {
    for (const count of [0, 1, 7, 23]) {
      expect([
        ...generateCases({ seed: 3, count, plant: { "villa-cluster": 0.5, "broker-marriage": 0.4 } }),
      ]).toHaveLength(count);
    }
  });
});

describe("validity", () => {
  it(`all ${N} generated cases parse with parseCase`, () => {
    let ok = 0;
    const failures: unknown[] = [];
    for (const { case: c } of batch) {
      const result = parseCase(c);
      if (result.ok) ok++;
      else if (failures.length < 3) failures.push(result.issues);
    }
    expect(failures).toEqual([]);
    expect(ok).toBe(N);
  });

  it("every single-case pattern and every clean stand-alone profile parses via generateCase", () => {
    for (const id of PATTERN_IDS.filter((p) => PATTERNS[p].scope === "case")) {
      for (let index = 0; index < 30; index++) {
        expect(parseCase(generateCase({ seed: id, index, plant: [id] })).ok, id).toBe(true);
      }
    }
    const family = new Set(["family-principal", "family-spouse", "family-child", "tourist-family"]);
    for (const profile of PROFILE_IDS.filter((p) => !family.has(p))) {
      for (let index = 0; index < 30; index++) {
        const labelled = generateLabelledCase({ seed: profile, index, profile });
        expect(labelled.profile).toBe(profile);
        expect(parseCase(labelled.case).ok, profile).toBe(true);
      }
    }
  });

  it("every group pattern parses via generateGroup at its smallest and largest size", () => {
    for (const id of PATTERN_IDS.filter((p) => PATTERNS[p].scope === "group")) {
      for (const size of PATTERNS[id].groupSize) {
        const group = generateGroup({ seed: id, pattern: id, size });
        expect(group).toHaveLength(size);
        for (const l of group) expect(parseCase(l.case).ok, id).toBe(true);
      }
    }
  });
});

describe("planting", () => {
  it("plants each pattern at its rate (within two groups) and labels its indicators", () => {
    for (const id of PATTERN_IDS) {
      const planted = batch.filter((l) => l.planted.includes(id));
      const slack = 2 * PATTERNS[id].groupSize[1];
      expect(Math.abs(planted.length - 0.01 * N), id).toBeLessThanOrEqual(slack);
      for (const l of planted) expect(l.indicators).toEqual(PATTERNS[id].indicators);
    }
    const clean = batch.filter((l) => l.planted.length === 0);
    // Every pattern at 1%: about 1% × (number of patterns) planted, within a few groups.
    expect(clean.length / N).toBeGreaterThan(1 - 0.01 * PATTERN_IDS.length - 0.03);
    for (const l of clean) expect(l.indicators).toEqual([]);
  });

  it("emits the cases of a group consecutively", () => {
    const seen = new Set<string>();
    let previous: string | undefined;
    for (const { groupId } of batch) {
      if (groupId !== undefined && groupId !== previous) {
        expect(seen.has(groupId), groupId).toBe(false);
        seen.add(groupId);
      }
      previous = groupId;
    }
    expect(seen.size).toBeGreaterThan(50);
  });

  it("refuses group patterns in generateCase and unknown ids", () => {
    expect(() => generateCase({ seed: 1, plant: ["villa-cluster"] })).toThrowError(
      expect.objectContaining({ code: "pattern.needs-group", name: "TestkitError" }),
    );
    expect(() => generateCase({ seed: 1, plant: ["nope" as never] })).toThrowError(
      expect.objectContaining({ code: "pattern.unknown" }),
    );
    expect(() => [
      ...generateCases({ seed: 1, count: 1, plant: { overstay: 0.7, "villa-cluster": 0.5 } }),
    ]).toThrowError(expect.objectContaining({ code: "options.invalid" }));
    expect(() => generateCase({ seed: 1, asOf: "2025-02-29" })).toThrowError(
      expect.objectContaining({ code: "date.invalid" }),
    );
    expect(() => generateCase({ seed: 1, asOf: "2019-01-01" })).toThrowError(
      expect.objectContaining({ code: "options.invalid" }),
    );
  });
});

describe("realism", () => {
  it("places people in all three time zones, including Asia/Pontianak", () => {
    const zones = new Map<string, number>();
    for (const { case: c } of batch) {
      const home = c.addresses.find((a) => a.use !== "workplace");
      const zone = home && timeZoneOfRegion(home.regionCode);
      if (zone) zones.set(zone.iana, (zones.get(zone.iana) ?? 0) + 1);
    }
    for (const iana of ["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"]) {
      expect(zones.get(iana) ?? 0, iana).toBeGreaterThan(50);
    }
  });

  it("writes lodging-report times with the offset of the lodging's zone", () => {
    let checked = 0;
    for (const { case: c } of batch) {
      for (const r of c.lodgingReports) {
        const address = c.addresses.find((a) => a.id === r.addressId);
        const zone = address && timeZoneOfRegion(address.regionCode);
        const offset = { WIB: "+07:00", WITA: "+08:00", WIT: "+09:00" }[zone?.label ?? "WIB"];
        expect(r.checkIn.endsWith(offset)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("covers every permit kind and every basis", () => {
    const kinds = new Set(batch.flatMap((l) => l.case.permits.map((p) => p.kind)));
    const bases = new Set(batch.flatMap((l) => l.case.permits.map((p) => p.basis)));
    expect([...kinds].sort()).toEqual(["diplomatic", "itap", "itas", "itk", "service"]);
    expect([...bases].sort()).toEqual(
      [
        "birth",
        "conversion",
        "crew",
        "diplomatic-visa",
        "emergency",
        "limited-stay-visa",
        "limited-stay-visa-on-arrival",
        "service-visa",
        "visa-exempt",
        "visa-on-arrival",
        "visit-visa-multiple",
        "visit-visa-single",
      ].sort(),
    );
  });

  it("draws many nationalities, with ASEAN and non-ASEAN states", () => {
    const nationalities = new Set(batch.map((l) => l.case.person.nationality));
    expect(nationalities.size).toBeGreaterThan(20);
    for (const code of ["MYS", "SGP", "VNM", "AUS", "CHN", "D"])
      expect(nationalities.has(code as never), code).toBe(true);
  });

  it(`defaults to the evaluation date ${DEFAULT_AS_OF}`, () => {
    const c = generateCase({ seed: "default-date", profile: "tourist-voa" });
    expect(c.permits.at(-1)!.validFrom <= DEFAULT_AS_OF).toBe(true);
    expect(c.permits.at(-1)!.validUntil! >= DEFAULT_AS_OF).toBe(true);
  });
});

import { type Agency, type Case, parseAgency, parseCase } from "@timpora/models";
import { generateCases } from "@timpora/testkit";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { sketchCase } from "./cases.fixture.js";
import { checkMapOptions, mapByRegion, mapFromPresence } from "./map-by-region.js";
import { OversightError } from "./oversight-error.js";
import { type OversightMap, oversightMapJsonSchema } from "./oversight-map.js";
import { type Presence, presenceOn } from "./presence.js";
import { preorder, RegionTree, totalsOf } from "./region-tree.js";
import { renderMapReport } from "./render-report.js";

const agency = (id: string, name: string, codes: string[]): Agency => {
  const r = parseAgency({
    schemaVersion: 1,
    id,
    kind: "immigration-office",
    name,
    jurisdictionRegionCodes: codes,
  });
  if (!r.ok) throw new Error("bad agency");
  return r.value;
};
// Jember's office covers Banyuwangi among its regencies (immigration.md §3.3); the codes are real
// Kemendagri regencies (35.09 Jember, 35.10 Banyuwangi, 35.11 Bondowoso, 35.12 Situbondo).
const jember = agency("ag-jember", "Kantor Imigrasi Kelas I TPI Jember", [
  "35.09",
  "35.10",
  "35.11",
  "35.12",
]);
const bali = agency("ag-bali", "Kantor Imigrasi Contoh Bali", ["51.01", "51.03"]);

/** A presence of people at given codes, all present on one date. */
function presenceAt(codes: readonly string[], on = "2024-12-01"): Presence {
  return {
    on,
    entries: codes.map((regionCode, index) => ({
      index,
      status: "present",
      regionCode,
      zone: "Asia/Jakarta",
      reason: { code: "place.residence", message: { id: "", en: "" } },
      stay: "lawful",
      nationality: "UTO",
      permitKind: "itk",
      purpose: "tourism",
      employerSector: "none",
    })),
    counts: { present: codes.length, departed: 0, notYetArrived: 0, placeUnknown: 0, duplicateRecords: 0 },
  };
}

const villages = [
  ...Array(6).fill("35.10.01.2001"),
  ...Array(2).fill("35.10.01.2002"),
  ...Array(7).fill("35.10.02.2003"),
  ...Array(3).fill("35.10.02"), // known only to the district: its remainder row
  ...Array(9).fill("35.09.01.2001"),
  ...Array(5).fill("51.01.01.2001"),
];

describe("roll-ups on the counts before suppression", () => {
  it("village, district, regency and province agree with the whole map", () => {
    const tree = new RegionTree("village", 1, undefined, undefined, undefined);
    for (const e of presenceAt(villages).entries) tree.place({ entry: e }, 0);
    tree.sort();
    const byKey = new Map(preorder(tree.root).map((n) => [n.key, totalsOf(n)[0]]));
    expect([
      byKey.get("all"),
      byKey.get("35"),
      byKey.get("35.10"),
      byKey.get("35.10.01"),
      byKey.get("35.10.02"),
    ]).toEqual([32, 27, 18, 8, 10]);
    expect([
      byKey.get("35.10.02.2003"),
      byKey.get("35.10.02/~"),
      byKey.get("51"),
      byKey.get("51.01.01.2001"),
    ]).toEqual([7, 3, 5, 5]);
    for (const n of preorder(tree.root))
      if (n.children.length > 0)
        expect(
          n.children.reduce((s, c) => s + (totalsOf(c)[0] ?? 0), 0),
          n.key,
        ).toBe(totalsOf(n)[0]);
  });

  it("an office's work area equals the sum of its regencies; people elsewhere are counted apart", () => {
    const codes = [...villages, "35.78.01", "35.78.01", "31.74.01"];
    const tree = new RegionTree("work-area", 1, undefined, [jember, bali], undefined);
    const outside = presenceAt(codes).entries.filter((e) => !tree.place({ entry: e }, 0)).length;
    const [area1, area2] = tree.root.children;
    expect([
      area1?.label.en,
      totalsOf(area1 as never)[0],
      area1?.children.map((c) => [c.key, totalsOf(c)[0]]),
    ]).toEqual([
      "Kantor Imigrasi Kelas I TPI Jember",
      27,
      [
        ["35.09", 9],
        ["35.10", 18],
        ["35.11", 0],
        ["35.12", 0],
      ],
    ]);
    expect([totalsOf(area2 as never)[0], outside]).toEqual([5, 3]);
    const map = mapFromPresence(
      [presenceAt(codes)],
      checkMapOptions({ on: "2024-12-01", by: "work-area", areas: [jember, bali], dimensions: [] }),
    );
    expect(map.regions.map((r) => [r.key, r.counts[0]])).toEqual([
      ["all", 32],
      ["area:1", 27],
      ["35.09", 9],
      ["35.10", 18],
      ["35.11", 0],
      ["35.12", 0],
      ["area:2", 5],
      ["51.01", 5],
      ["51.03", 0],
    ]);
    expect(map.apart.outside.counts).toEqual([null]); // 3 people outside: a small count
  });

  it("work areas that share a place are refused", () => {
    const overlapping = agency("ag-x", "Kantor Contoh", ["35.10.01"]);
    expect(() =>
      mapFromPresence(
        [presenceAt([])],
        checkMapOptions({ on: "2024-12-01", by: "work-area", areas: [jember, overlapping] }),
      ),
    ).toThrowError(expect.objectContaining({ code: "area.overlap" }));
  });

  it("published rows add up: a parent equals its published children and its group of suppressed ones", () => {
    const map = mapFromPresence(
      [presenceAt(villages)],
      checkMapOptions({ on: "2024-12-01", by: "village", dimensions: [] }),
    );
    const count = new Map(map.regions.map((r) => [r.key, r.counts[0]]));
    expect([
      count.get("35.10.01.2001"),
      count.get("35.10.01.2002"),
      count.get("group:35.10.01"),
      count.get("51"),
    ]).toEqual([null, null, 8, 5]);
    for (const row of map.regions) {
      const kids = map.regions.filter((r) => r.parent === row.key);
      if (
        row.counts[0] === null ||
        kids.length === 0 ||
        kids.some((k) => k.counts[0] === null && k.kind !== "suppressed-group")
      )
        continue;
      expect(
        kids.reduce((s, k) => s + (k.counts[0] ?? 0), 0),
        row.key,
      ).toBe(row.counts[0]);
    }
  });
});

describe("mapByRegion", () => {
  const cases: Case[] = [
    ...Array.from({ length: 12 }, (_, i) =>
      sketchCase({ n: 100 + i, residence: "35.10.01", nationality: i < 8 ? "AUS" : "MYS" }),
    ),
    ...Array.from({ length: 6 }, (_, i) =>
      sketchCase({ n: 200 + i, residence: "35.10.02", permit: ["2024-09-01", "2024-09-30"] }),
    ),
    ...Array.from({ length: 7 }, (_, i) =>
      sketchCase({ n: 300 + i, residence: "51.01.01", nationality: "CHN" }),
    ),
    sketchCase({ n: 400, residence: "35.10.02", exit: "2024-11-20" }),
  ];

  it("counts both dates and the change, with stay status from @timpora/permits", () => {
    const map = mapByRegion(cases, { on: ["2024-09-15", "2024-12-01"], by: "regency", dimensions: ["stay"] });
    const row = (key: string) => map.regions.find((r) => r.key === key);
    // 15 September: only the six on the September permit are in (lawful); 1 December: 25 present, 6 overstaying.
    expect([row("all")?.counts, row("all")?.change]).toEqual([[6, 25], 19]);
    const stay = map.tables[0];
    expect(stay?.values.map((v) => v.value)).toEqual(["lawful", "overstay", "unknown"]);
    expect(stay?.rows.find((r) => r.key === "all")?.counts).toEqual([
      [6, 0, 0],
      [19, 6, 0],
    ]);
    expect(map.apart.notYetArrived.counts).toEqual([20, 0]);
    // One departure: suppressed. 26 people on both dates and 25 placed on 1 December would give it away
    // (26 - 25 = 1), so each date hides two counts apart: the departures and the people outside (0 and 0).
    expect(map.apart.departed.counts).toEqual([null, null]);
    expect(map.apart.outside.counts).toEqual([null, null]);
  });

  it("validates its output against its JSON Schema", () => {
    const map = mapByRegion(cases, {
      on: "2024-12-01",
      by: "district",
      dimensions: [
        "nationality",
        "permitKind",
        "purpose",
        "stay",
        "employerSector",
        "screeningLevel",
        "routes",
      ],
    });
    const validate = new Ajv2020({ strict: false }).compile(oversightMapJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(map))), JSON.stringify(validate.errors)).toBe(true);
  });

  it("refuses unknown options and bad values", () => {
    expect(() => mapByRegion([], { on: "2024-12-01", by: "regency", colour: 1 } as never)).toThrowError(
      OversightError,
    );
    expect(() => mapByRegion([], { on: "2024-12-01", by: "street" as never })).toThrowError(
      expect.objectContaining({ field: "by" }),
    );
    expect(() => mapByRegion([], { on: "2024-12-01", by: "regency", threshold: 1 })).toThrowError(
      expect.objectContaining({ field: "threshold" }),
    );
    expect(() => mapByRegion([], { on: "2024-12-01", by: "work-area" })).toThrowError(
      expect.objectContaining({ code: "option.required" }),
    );
  });
});

/** Every string in a case that could identify or reach a person (ids, names, numbers, dates of birth, lines, contacts). */
function identifiers(value: unknown, key = "", out: string[] = []): string[] {
  if (typeof value === "string") {
    if (
      /^(id|.*Id|.*Ids|primary|secondary|number|mrz|line|value|birthDate|nik|name|nib|unitId|tpi)$/.test(
        key,
      ) &&
      value.length >= 5
    )
      out.push(value);
  } else if (Array.isArray(value)) for (const v of value) identifiers(v, key, out);
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) identifiers(v, k, out);
  return out;
}

describe("no identifier of the input in any output", () => {
  it("holds for generated realistic cases, in the JSON map and in the HTML report", () => {
    const cases = [
      ...generateCases({ seed: "scan", count: 400, asOf: "2025-03-01", population: "realistic" }),
    ].map((c) => {
      const r = parseCase(c);
      if (!r.ok) throw new Error("testkit case did not parse");
      return r.value;
    });
    const map: OversightMap = mapByRegion(cases, {
      on: ["2025-02-01", "2025-03-01"],
      by: "district",
      dimensions: [
        "nationality",
        "permitKind",
        "purpose",
        "stay",
        "employerSector",
        "screeningLevel",
        "routes",
      ],
    });
    const outputs = [
      JSON.stringify(map),
      renderMapReport(map),
      JSON.stringify(presenceOn(cases, { on: "2025-03-01" }).counts),
    ];
    const secrets = [...new Set(cases.flatMap((c) => identifiers(c)))].filter((s) => !map.dates.includes(s));
    expect(secrets.length).toBeGreaterThan(2000);
    for (const out of outputs) expect(secrets.filter((s) => out.includes(s))).toEqual([]);
  });
});

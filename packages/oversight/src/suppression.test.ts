/**
 * Small-cell protection, checked against everything a report publishes: for each suppressed count, the
 * smallest and largest values it can take over non-negative integers that agree with every published number
 * of the same report (the region table with its groups, every dimension table with its margin, the changes
 * between the dates, the counts apart) are computed by an integer programme (yalps), and must be at least the
 * threshold apart.
 *
 * The programme's variables are, per date, the people of each finest place (an "atom": a region at the
 * chosen level, or a remainder) cut by each dimension: z[date][dimension][atom][value], with
 * T[date][atom] = the sum over values, equal for every dimension; with u[name][date] for the counts apart,
 * each date's sum of T and u is N, one variable for both dates (the same people on each date; the map does
 * not publish N). That is exact: a count of people by place
 * and by several dimensions exists for any such one-dimension cuts with equal totals (fill each place's
 * cross table from its one-way totals, e.g. by the north-west corner rule), so these variables say all that
 * the published numbers can say.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Model, solve } from "yalps";
import type { DimensionName } from "./dimensions.js";
import { checkMapOptions, mapFromPresence } from "./map-by-region.js";
import type { OversightMap } from "./oversight-map.js";
import type { Presence, PresenceEntry, PresenceStatus } from "./presence.js";
import type { MapGrouping } from "./region-tree.js";

// Real Kemendagri codes: East Java (35) and Bali (51); two codes stop at the regency (remainders below it).
const PLACES = [
  "35.09.01",
  "35.09.02",
  "35.10.01",
  "35.10.02",
  "35.10.03",
  "35.12.01",
  "51.01.01",
  "51.01.02",
  "35.10",
  "51.01",
];
const NATIONALITIES = ["AUS", "CHN", "MYS", "NLD", "UTO"];

interface Person {
  place: number;
  nationality: number;
  stay: 0 | 1;
  statuses: PresenceStatus[];
}

const person = (dates: number) =>
  fc.record({
    place: fc.nat({ max: PLACES.length - 1 }),
    nationality: fc.nat({ max: NATIONALITIES.length - 1 }),
    stay: fc.constantFrom(0 as const, 1 as const),
    statuses: fc.array(
      fc.constantFrom<PresenceStatus>(
        "present",
        "present",
        "present",
        "present",
        "departed",
        "not-yet-arrived",
        "place-unknown",
      ),
      { minLength: dates, maxLength: dates },
    ),
  });

function presences(people: readonly Person[], dates: readonly string[]): Presence[] {
  return dates.map((on, d) => {
    const entries: PresenceEntry[] = people.map((p, index) => {
      const status = p.statuses[d] ?? "present";
      return {
        index,
        status,
        ...(status === "present"
          ? { regionCode: PLACES[p.place] as string, zone: "Asia/Jakarta" as const }
          : {}),
        reason: { code: "place.residence", message: { id: "", en: "" } },
        stay: p.stay === 0 ? "lawful" : "overstay",
        nationality: NATIONALITIES[p.nationality] as string,
        permitKind: "itk",
        purpose: "tourism",
        employerSector: "none",
      };
    });
    const count = (s: PresenceStatus) => entries.filter((e) => e.status === s).length;
    return {
      on,
      entries,
      counts: {
        present: count("present"),
        departed: count("departed"),
        notYetArrived: count("not-yet-arrived"),
        placeUnknown: count("place-unknown"),
        duplicateRecords: 0,
      },
    };
  });
}

/** The atom (finest place) of a code at a grouping level, written independently of the library. */
function atomOf(code: string, by: MapGrouping): string {
  const depth = { province: 2, regency: 5, district: 8, village: 13, "work-area": 13 }[by];
  return code.length >= depth ? code.slice(0, depth) : `${code}/~`;
}

/** Which atoms a published row covers. */
function atomsOfRow(map: OversightMap, key: string, atoms: readonly string[]): string[] {
  if (key === "all") return [...atoms];
  if (key.startsWith("group:")) {
    const parent = key.slice("group:".length);
    const members = map.regions.filter((r) => r.parent === parent && r.counts.some((c) => c === null));
    return members.flatMap((m) => atomsOfRow(map, m.key, atoms));
  }
  if (key.endsWith("/~")) return atoms.filter((a) => a === key);
  return atoms.filter((a) => a === key || a.startsWith(`${key}.`) || a.startsWith(`${key}/`));
}

type Linear = Map<string, number>;

/** For every suppressed count of a map: its [min, max] over everything the map publishes. */
function ranges(map: OversightMap, atoms: readonly string[]): { cell: string; lo: number; hi: number }[] {
  const dates = map.dates.length;
  const constraints: { expr: Linear; value: number }[] = [];
  const objectives: { cell: string; expr: Linear }[] = [];
  const add = (expr: Linear, value: number | null | undefined, cell: string) => {
    if (value === null) objectives.push({ cell, expr });
    else if (value !== undefined) constraints.push({ expr, value });
  };
  const sum = (vars: string[], sign = 1): Linear => new Map(vars.map((v) => [v, sign]));
  const diff = (a: string[], b: string[]): Linear => {
    const m = sum(a);
    for (const v of b) m.set(v, (m.get(v) ?? 0) - 1);
    return m;
  };
  const T = (d: number, a: string) => `T|${d}|${a}`;
  const z = (d: number, k: number, a: string, j: number) => `z|${d}|${k}|${a}|${j}`;
  // Each dimension cuts each atom's people: its values add up to the atom's total.
  map.tables.forEach((table, k) => {
    for (let d = 0; d < dates; d++)
      for (const a of atoms) {
        const expr = sum(table.values.map((_, j) => z(d, k, a, j)));
        expr.set(T(d, a), -1);
        constraints.push({ expr, value: 0 });
      }
  });
  for (const row of map.regions) {
    const covered = atomsOfRow(map, row.key, atoms);
    row.counts.forEach((c, d) => {
      add(sum(covered.map((a) => T(d, a))), c, `region ${row.key} date ${d}`);
    });
    if (dates === 2)
      add(
        diff(
          covered.map((a) => T(1, a)),
          covered.map((a) => T(0, a)),
        ),
        row.change,
        `region ${row.key} change`,
      );
  }
  map.tables.forEach((table, k) => {
    for (const row of table.rows) {
      const covered = atomsOfRow(map, row.key, atoms);
      table.values.forEach((_, j) => {
        row.counts.forEach((byValue, d) => {
          const cell = `${table.dimension} ${row.key} ${j} date ${d}`;
          add(sum(covered.map((a) => z(d, k, a, j))), byValue[j], cell);
        });
        if (dates === 2)
          add(
            diff(
              covered.map((a) => z(1, k, a, j)),
              covered.map((a) => z(0, k, a, j)),
            ),
            row.change?.[j],
            `${table.dimension} ${row.key} ${j} change`,
          );
      });
    }
  });
  for (const [name, apart] of Object.entries(map.apart)) {
    apart.counts.forEach((c, d) => {
      add(sum([`u|${name}|${d}`]), c, `apart ${name} date ${d}`);
    });
    if (dates === 2) add(diff([`u|${name}|1`], [`u|${name}|0`]), apart.change, `apart ${name} change`);
  }
  // The same people on every date: each date's people placed on the map plus those counted apart add up to
  // the number of people N, the same on both dates. The map does not publish N (if it ever does, constrain
  // `N` to it here), so N is a variable shared by the dates.
  for (let d = 0; d < dates; d++) {
    const expr = sum([
      ...atoms.map((a) => T(d, a)),
      ...Object.keys(map.apart).map((name) => `u|${name}|${d}`),
    ]);
    expr.set("N", -1);
    constraints.push({ expr, value: 0 });
  }
  const optimum = (expr: Linear, direction: "minimize" | "maximize") => {
    const variables = new Map<string, [string, number][]>();
    const note = (v: string, key: string, coef: number) =>
      variables.set(v, [...(variables.get(v) ?? []), [key, coef]]);
    constraints.forEach((c, i) => {
      for (const [v, coef] of c.expr) note(v, `c${i}`, coef);
    });
    for (const [v, coef] of expr) note(v, "objective", coef);
    const model: Model = {
      direction,
      objective: "objective",
      constraints: constraints.map((c, i) => [`c${i}`, { equal: c.value }] as const),
      variables: [...variables],
      integers: true,
    };
    const s = solve(model);
    if (s.status === "unbounded")
      return direction === "maximize" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (s.status !== "optimal") throw new Error(`solver: ${s.status}`);
    return Math.round(s.result);
  };
  return objectives.map(({ cell, expr }) => ({
    cell,
    lo: optimum(expr, "minimize"),
    hi: optimum(expr, "maximize"),
  }));
}

const scenario = fc.record({
  dates: fc.constantFrom(["2024-12-01"], ["2024-11-01", "2024-12-01"]),
  by: fc.constantFrom<MapGrouping>("province", "regency", "district"),
  threshold: fc.integer({ min: 3, max: 5 }),
  dimensions: fc.subarray<DimensionName>(["nationality", "stay"]),
  seedPeople: fc.integer({ min: 0, max: 60 }),
  // Bali outside the map: its people are counted apart as outside.
  within: fc.constantFrom<string[] | undefined>(undefined, ["35"]),
});

describe("suppression against an integer programme over everything a report publishes", () => {
  it("every suppressed count's consistent values span at least the threshold", () => {
    fc.assert(
      fc.property(
        scenario.chain((s) =>
          fc.record({
            s: fc.constant(s),
            people: fc.array(person(s.dates.length), {
              minLength: Math.floor(s.seedPeople / 2),
              maxLength: s.seedPeople,
            }),
          }),
        ),
        ({ s, people }) => {
          const options = checkMapOptions({
            on: s.dates as [string, string],
            by: s.by,
            threshold: s.threshold,
            dimensions: s.dimensions,
            ...(s.within ? { within: s.within } : {}),
          });
          const map = mapFromPresence(presences(people, s.dates), options);
          const inMap = PLACES.filter((p) => !s.within || s.within.some((w) => p.startsWith(`${w}.`)));
          const atoms = [...new Set(inMap.map((p) => atomOf(p, s.by)))];
          const found = ranges(map, atoms);
          if (process.env.SUPPRESSION_STATS) process.stderr.write(`stats ${people.length} ${found.length}\n`);
          for (const { cell, lo, hi } of found) {
            expect(hi - lo, `${cell}: [${lo}, ${hi}]`).toBeGreaterThanOrEqual(s.threshold);
          }
        },
      ),
      {
        numRuns: Number(process.env.SUPPRESSION_RUNS ?? 100),
        seed: Number(process.env.SUPPRESSION_SEED ?? 20241201),
      },
    );
  });

  it("a count apart is not given away by the equal number of people on the two dates", () => {
    // 60 people, all placed on the first date; 2 of them departed by the second. Published as
    // all: [60, 58] with departed: [0, null] (the other counts apart 0), the hidden value is 60 - 58 = 2.
    const people: Person[] = Array.from({ length: 60 }, (_, i) => ({
      place: 2,
      nationality: 0,
      stay: 0 as const,
      statuses: ["present" as const, i < 2 ? ("departed" as const) : ("present" as const)],
    }));
    const dates = ["2025-01-01", "2025-02-01"];
    const map = mapFromPresence(
      presences(people, dates),
      checkMapOptions({ on: dates as [string, string], by: "regency", dimensions: [] }),
    );
    expect(map.regions.find((r) => r.key === "all")?.counts).toEqual([60, 58]);
    expect(map.apart.departed.counts[1]).toBeNull();
    const atoms = [...new Set(PLACES.map((p) => atomOf(p, "regency")))];
    const departed = ranges(map, atoms).find((r) => r.cell === "apart departed date 1");
    expect(departed).toBeDefined();
    expect((departed?.hi ?? 0) - (departed?.lo ?? 0)).toBeGreaterThanOrEqual(5);
    expect(departed?.lo).toBe(0);
  });

  it("the audit sees a disclosure: one published margin too many recovers a suppressed count", () => {
    // Two districts of Banyuwangi: 3 and 7 people. A regency total of 10 with one district shown gives the
    // other away: the programme finds the suppressed count's range to be a single value.
    const people: Person[] = [
      ...Array.from({ length: 3 }, () => ({
        place: 2,
        nationality: 0,
        stay: 0 as const,
        statuses: ["present" as const],
      })),
      ...Array.from({ length: 7 }, () => ({
        place: 3,
        nationality: 0,
        stay: 0 as const,
        statuses: ["present" as const],
      })),
    ];
    const map = mapFromPresence(
      presences(people, ["2024-12-01"]),
      checkMapOptions({ on: "2024-12-01", by: "district", dimensions: [] }),
    );
    const leaky: OversightMap = {
      ...map,
      regions: map.regions
        .filter((r) => r.kind !== "suppressed-group")
        .map((r) => (r.key === "35.10.02" ? { ...r, counts: [7] } : r)),
    };
    const found = ranges(leaky, ["35.10.01", "35.10.02"]);
    expect(found).toEqual([{ cell: "region 35.10.01 date 0", lo: 3, hi: 3 }]);
  });
});

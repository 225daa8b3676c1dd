/**
 * The oversight map (Permenimipas 2/2025 Art. 53(3): analysing the data into a foreigner-oversight map):
 * presence counted by region or work area, cut by chosen dimensions, on one date or two (with the change),
 * with small cells suppressed so that the map is safe to show a meeting.
 */
import type { Agency, Case, RegionTable } from "@timpora/models";
import type { Assessment } from "@timpora/tppo";
import { suppressApart } from "./apart-suppression.js";
import { suppressCells } from "./cell-suppression.js";
import {
  type DimensionName,
  dimensionLabels,
  dimensionNames,
  dimensionValue,
  fixedValues,
  OTHER,
  type PersonFacts,
  valueLabel,
} from "./dimensions.js";
import { OversightError } from "./oversight-error.js";
import type { DimensionTable, MapRow, OversightMap } from "./oversight-map.js";
import { dateOption, type Presence, presenceOn } from "./presence.js";
import { groupTotals, suppressRegions } from "./region-suppression.js";
import { type MapGrouping, RegionTree, type TreeNode, totalsOf } from "./region-tree.js";

/**
 * The default threshold: counts from 1 to 4 are suppressed (a local choice, not law).
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const map = mapByRegion(generateCases({ seed: 1, count: 400, population: "realistic" }), { on: "2025-06-30", by: "province" });
 * map.threshold === DEFAULT_THRESHOLD; // true: counts from 1 to 4 are published as null
 * ```
 */
export const DEFAULT_THRESHOLD = 5;

/**
 * Options of {@link mapByRegion}.
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const options: MapOptions = { on: ["2025-05-01", "2025-06-30"], by: "regency", within: ["51"], dimensions: ["stay"], threshold: 10 };
 * const map = mapByRegion(generateCases({ seed: 1, count: 400, population: "realistic" }), options);
 * map.regions.map((r) => [r.key, r.counts, r.change]); // [["all", [63, 151], 88], ["51", [63, 151], 88], ["51.03", [51, 104], 53], ["51.71", [12, 47], 35]]
 * ```
 */
export interface MapOptions {
  /** One date, or two (`[first, second]`) for the change between them. */
  on: string | readonly [string, string];
  /** Group by province, regency, district, village, or `"work-area"` (then `areas` is required). */
  by: MapGrouping;
  /** The dimensions to cut by (default `["nationality", "permitKind", "stay"]`). */
  dimensions?: readonly DimensionName[];
  /** Counts from 1 to `threshold - 1` are suppressed (default {@link DEFAULT_THRESHOLD}; at least 2). */
  threshold?: number;
  /** The agencies whose work areas (`jurisdictionRegionCodes`) are the rows, for `by: "work-area"`. */
  areas?: readonly Agency[];
  /** For region groupings: the region codes the map covers (people elsewhere are counted apart as outside). */
  within?: readonly string[];
  /** Screening results (@timpora/tppo) matched to cases by `caseId`, for the screening level and routes. */
  assessments?: Iterable<Assessment>;
  /** The full region table (`regions` of `@timpora/models/regions`), to name districts. */
  regions?: RegionTable;
}

const OPTION_KEYS = new Set([
  "on",
  "by",
  "dimensions",
  "threshold",
  "areas",
  "within",
  "assessments",
  "regions",
]);
const GROUPINGS = new Set(["province", "regency", "district", "village", "work-area"]);
const DEFAULT_DIMENSIONS: readonly DimensionName[] = ["nationality", "permitKind", "stay"];

/** The options, checked and with defaults. */
export interface CheckedMapOptions {
  /** The dates. */
  dates: string[];
  /** The grouping. */
  by: MapGrouping;
  /** The dimensions. */
  dimensions: readonly DimensionName[];
  /** The threshold. */
  threshold: number;
  /** Work areas. */
  areas: readonly Agency[] | undefined;
  /** Regions covered. */
  within: readonly string[] | undefined;
  /** Region names. */
  regions: RegionTable | undefined;
}

/** Checks the options of {@link mapByRegion}. */
export function checkMapOptions(options: MapOptions): CheckedMapOptions {
  if (typeof options !== "object" || options === null)
    throw new OversightError("option.required", { field: "on" });
  for (const key of Object.keys(options))
    if (!OPTION_KEYS.has(key)) throw new OversightError("option.unknown", { field: key });
  if (options.on === undefined) throw new OversightError("option.required", { field: "on" });
  const dates = typeof options.on === "string" ? [options.on] : [...options.on];
  if (dates.length < 1 || dates.length > 2) throw new OversightError("option.invalid", { field: "on" });
  for (const d of dates) dateOption(d, "on");
  if (!GROUPINGS.has(options.by)) throw new OversightError("option.invalid", { field: "by" });
  const dimensions = options.dimensions ?? DEFAULT_DIMENSIONS;
  if (!Array.isArray(dimensions) || dimensions.some((d) => !dimensionNames.includes(d)))
    throw new OversightError("option.invalid", { field: "dimensions" });
  if (new Set(dimensions).size !== dimensions.length)
    throw new OversightError("option.invalid", { field: "dimensions" });
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isSafeInteger(threshold) || threshold < 2)
    throw new OversightError("option.invalid", { field: "threshold" });
  if (options.by === "work-area" && (options.areas === undefined || options.areas.length === 0))
    throw new OversightError("option.required", { field: "areas" });
  return {
    dates,
    by: options.by,
    dimensions: dimensionNames.filter((d) => dimensions.includes(d)),
    threshold,
    areas: options.areas,
    within: options.within,
    regions: options.regions,
  };
}

const cut = (value: number, hidden: boolean): number | null => (hidden ? null : value);
const change = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || b === null || a === undefined || b === undefined ? null : b - a;

/** A row of the region table before output: a tree node, or the group of a published node's suppressed children. */
interface TableLine {
  key: string;
  parentKey: string | null;
  node?: TreeNode;
  group?: readonly TreeNode[];
  totals: number[];
  people: PersonFacts[][];
}

/** The rows every dimension table shows: published nodes and one line per group, parents before children. */
function publishedLines(
  root: TreeNode,
  hidden: ReadonlySet<TreeNode>,
  groups: ReadonlyMap<TreeNode, readonly TreeNode[]>,
  dates: number,
): TableLine[] {
  const lines: TableLine[] = [];
  const visit = (n: TreeNode, parentKey: string | null) => {
    if (hidden.has(n)) return;
    lines.push({ key: n.key, parentKey, node: n, totals: totalsOf(n), people: n.people });
    for (const c of n.children) visit(c, n.key);
    const group = groups.get(n);
    if (group) {
      const people = Array.from({ length: dates }, (_, d) => group.flatMap((g) => g.people[d] ?? []));
      lines.push({
        key: `group:${n.key}`,
        parentKey: n.key,
        group,
        totals: groupTotals(group, dates),
        people,
      });
    }
  };
  visit(root, null);
  return lines;
}

/** The columns of a dimension: its fixed values, or the values with at least `t` people on some date plus `other`. */
function columnsOf(dimension: DimensionName, everyone: readonly PersonFacts[][], t: number): string[] {
  const fixed = fixedValues(dimension);
  if (fixed) return [...fixed];
  const counts = everyone.map((people) => {
    const m = new Map<string, number>();
    for (const p of people)
      m.set(dimensionValue(dimension, p), (m.get(dimensionValue(dimension, p)) ?? 0) + 1);
    return m;
  });
  const frequent = new Set<string>();
  for (const m of counts) for (const [v, n] of m) if (n >= t && v !== OTHER) frequent.add(v);
  return [...[...frequent].sort(), OTHER];
}

function dimensionTable(
  dimension: DimensionName,
  lines: readonly TableLine[],
  dates: number,
  t: number,
): DimensionTable {
  const columns = columnsOf(dimension, lines[0]?.people ?? [], t);
  const index = new Map(columns.map((v, i) => [v, i]));
  const column = (p: PersonFacts) => index.get(dimensionValue(dimension, p)) ?? (index.get(OTHER) as number);
  // The whole map (the margin) and the finest published lines, which partition its people.
  const parents = new Set(lines.map((l) => l.parentKey));
  const shown = lines.filter((l, i) => i === 0 || !parents.has(l.key));
  const byDate = Array.from({ length: dates }, (_, d) => {
    const cells = shown.map((line) => {
      const row = columns.map(() => 0);
      for (const p of line.people[d] ?? []) row[column(p)] = (row[column(p)] ?? 0) + 1;
      return row;
    });
    const hidden = suppressCells({ cells, totals: shown.map((l) => l.totals[d] ?? 0) }, t);
    return cells.map((r, i) => r.map((x, v) => cut(x, hidden[i]?.[v] ?? false)));
  });
  return {
    dimension,
    label: dimensionLabels[dimension],
    values: columns.map((value) => ({ value, label: valueLabel(dimension, value) })),
    rows: shown.map((line, i) => {
      const counts = byDate.map((table) => table[i] ?? []);
      return dates === 2
        ? { key: line.key, counts, change: columns.map((_, v) => change(counts[0]?.[v], counts[1]?.[v])) }
        : { key: line.key, counts };
    }),
  };
}

/** The region table: every node (suppressed ones as `null` where their group has people) and each group. */
function regionRows(
  root: TreeNode,
  hidden: ReadonlySet<TreeNode>,
  groups: ReadonlyMap<TreeNode, readonly TreeNode[]>,
  dates: number,
): MapRow[] {
  const rows: MapRow[] = [];
  const groupOf = new Map<TreeNode, readonly TreeNode[]>();
  for (const members of groups.values()) for (const m of members) groupOf.set(m, members);
  const visit = (n: TreeNode, groupSums: number[] | undefined) => {
    const totals = totalsOf(n);
    const sums = groupSums ?? (groupOf.has(n) ? groupTotals(groupOf.get(n) ?? [], dates) : undefined);
    const isHidden = hidden.has(n);
    // A suppressed node is published as 0 on a date when its whole group is 0 then (nothing to protect).
    const counts = totals.map((v, d) => cut(v, isHidden && (sums === undefined || (sums[d] ?? 0) > 0)));
    const row: MapRow = {
      key: n.key,
      parent: n.parent?.key ?? null,
      kind: n.kind,
      code: n.code,
      label: n.label,
      counts,
    };
    if (dates === 2) row.change = change(counts[0], counts[1]);
    rows.push(row);
    for (const c of n.children) visit(c, isHidden ? sums : undefined);
    const group = groups.get(n);
    if (group) {
      const g = groupTotals(group, dates);
      const groupRow: MapRow = {
        key: `group:${n.key}`,
        parent: n.key,
        kind: "suppressed-group",
        code: null,
        label: {
          id: `Wilayah yang disembunyikan di ${n.label.id} (digabung)`,
          en: `Suppressed places in ${n.label.en} (together)`,
        },
        counts: g,
      };
      if (dates === 2) groupRow.change = change(g[0], g[1]);
      rows.push(groupRow);
    }
  };
  visit(root, hidden.has(root) ? totalsOf(root) : undefined);
  return rows;
}

/** The counts apart, suppressed with the placed count of each date as one table (apart-suppression.ts). */
function apartCounts(
  values: Record<"outside" | "departed" | "notYetArrived" | "placeUnknown", readonly number[]>,
  all: MapRow | undefined,
  placed: readonly number[],
  t: number,
): OversightMap["apart"] {
  const names = ["outside", "departed", "notYetArrived", "placeUnknown"] as const;
  const hidden = suppressApart(
    placed.map((p, d) => ({
      placed: p,
      placedHidden: all?.counts[d] === null,
      apart: names.map((name) => values[name][d] ?? 0),
    })),
    t,
  );
  const apartOf = (i: number) => {
    const counts = (values[names[i] as (typeof names)[number]] ?? []).map((v, d) =>
      cut(v, hidden[d]?.[i] ?? false),
    );
    return counts.length === 2 ? { counts, change: change(counts[0], counts[1]) } : { counts };
  };
  return { departed: apartOf(1), notYetArrived: apartOf(2), placeUnknown: apartOf(3), outside: apartOf(0) };
}

/** Screening of a person, by the position of their case. */
export type ScreeningOf = (index: number) => Pick<PersonFacts, "level" | "routes"> | undefined;

/** The map from presences already computed (one per date, in date order). */
export function mapFromPresence(
  presences: readonly Presence[],
  options: CheckedMapOptions,
  screening?: ScreeningOf,
): OversightMap {
  const dates = presences.length;
  const t = options.threshold;
  const tree = new RegionTree(options.by, dates, options.within, options.areas, options.regions);
  const outside = presences.map(() => 0);
  presences.forEach((presence, d) => {
    for (const entry of presence.entries) {
      if (entry.status !== "present") continue;
      const facts: PersonFacts = { entry, ...screening?.(entry.index) };
      if (!tree.place(facts, d)) outside[d] = (outside[d] ?? 0) + 1;
    }
  });
  tree.sort();
  const { hidden, groups } = suppressRegions(tree.root, dates, t);
  const lines = publishedLines(tree.root, hidden, groups, dates);
  const regions = regionRows(tree.root, hidden, groups, dates);
  return {
    schemaVersion: 1,
    dates: presences.map((p) => p.on),
    grouping: options.by,
    threshold: t,
    regions,
    tables: options.dimensions.map((dim) => dimensionTable(dim, lines, dates, t)),
    apart: apartCounts(
      {
        outside,
        departed: presences.map((p) => p.counts.departed),
        notYetArrived: presences.map((p) => p.counts.notYetArrived),
        placeUnknown: presences.map((p) => p.counts.placeUnknown),
      },
      regions[0],
      totalsOf(tree.root),
      t,
    ),
  };
}

/**
 * The foreigner-oversight map (Permenimipas 2/2025 Art. 53(3)): the people present on a date (see
 * {@link presenceOn}) counted by province, regency, district or village (every level above the chosen one
 * included, so the rows roll up), or by the work areas of agencies, and cut by the chosen dimensions; with two
 * dates, each count's change. Counts from 1 to `threshold - 1` are suppressed (`null`; 0 is published) with
 * complementary suppression, so that each suppressed count's possible values, given everything the map
 * publishes, span at least the threshold. The map holds counts only: no record, identifier, name, document
 * number, birth date, address line or contact.
 *
 * @param cases - the cases (records from `parseCase`, or values it accepts)
 * @param options - dates, grouping, dimensions, threshold, work areas, assessments
 * @throws {@link OversightError} `date.invalid`, `option.*`, `case.invalid`, `area.overlap`
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const cases = [...generateCases({ seed: 1, count: 400, population: "realistic" })];
 * const map = mapByRegion(cases, { on: ["2025-05-01", "2025-06-30"], by: "province", dimensions: ["nationality", "stay"] });
 * map.regions.find((r) => r.code === "51")?.counts; // [63, 151] (Bali)
 * map.regions.find((r) => r.code === "91")?.counts; // [null, null] (Papua: suppressed)
 * map.apart.notYetArrived.counts; // [205, 0]
 * ```
 */
export function mapByRegion(cases: Iterable<Case>, options: MapOptions): OversightMap {
  const checked = checkMapOptions(options);
  const list = [...cases];
  const presences = checked.dates.map((on) => presenceOn(list, { on }));
  let screening: ScreeningOf | undefined;
  if (options.assessments !== undefined) {
    const byCase = new Map<string, Assessment>();
    for (const a of options.assessments) byCase.set(a.caseId, a);
    screening = (index) => {
      const a = byCase.get(list[index]?.id ?? "");
      return a && { level: a.level, routes: a.routes.map((r) => r.route) };
    };
  }
  return mapFromPresence(presences, checked, screening);
}

import { districtRows, provinceRows, regencyRows, villageRanges } from "./generated/regions.js";

/** A decoded row of the region table (codes in dotted Kemendagri form). */
export interface RegionRow {
  /** Dotted code: `35`, `35.10` or `35.10.01`. */
  readonly code: string;
  /** Official name as in the source data. */
  readonly name: string;
}

/** The decoded table: provinces, regencies and districts by code; village runs per district. */
export interface RegionTable {
  /** Provinces by 2-digit code. */
  readonly provinces: ReadonlyMap<string, RegionRow>;
  /** Regencies and cities by `CC.RR`. */
  readonly regencies: ReadonlyMap<string, RegionRow>;
  /** Districts by `CC.RR.DD`. */
  readonly districts: ReadonlyMap<string, RegionRow>;
  /** Village numbers per district code, as inclusive `[first, last]` runs. */
  readonly villages: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

const dotted = (digits: string): string => digits.match(/\d\d/g)?.join(".") ?? digits;

function decodeRuns(group: string): [number, number][] {
  if (group === "") return [];
  return group.split(",").map((run) => {
    const kind = Number(run.charAt(0)) * 1000;
    const rest = run.slice(1);
    const dot = rest.indexOf(".");
    const start = dot === -1 ? 1 : Number.parseInt(rest.slice(0, dot), 36);
    const count = Number.parseInt(dot === -1 ? rest : rest.slice(dot + 1), 36);
    return [kind + start, kind + start + count - 1];
  });
}

/** Decodes the generated strings (see scripts/generate-regions.ts for the format). */
export function decodeRegionTable(): RegionTable {
  const rows = (text: string, width: number) =>
    text.split("|").map((row) => ({ code: dotted(row.slice(0, width)), name: row.slice(width) }));
  const provinces = new Map(rows(provinceRows, 2).map((r) => [r.code, r]));
  const regencies = new Map(rows(regencyRows, 4).map((r) => [r.code, r]));
  const districts = new Map<string, RegionRow>();
  const order: string[] = [];
  for (const line of districtRows.split("\n")) {
    const regency = dotted(line.slice(0, 4));
    for (const entry of line.slice(4).split("|")) {
      if (entry === "") continue;
      const code = `${regency}.${entry.slice(0, 2)}`;
      districts.set(code, { code, name: entry.slice(2) });
      order.push(code);
    }
  }
  const groups = villageRanges.split(";");
  const villages = new Map(order.map((code, i) => [code, decodeRuns(groups[i] ?? "")]));
  return { provinces, regencies, districts, villages };
}

let table: RegionTable | undefined;

/** The decoded region table, built on first use. */
export function regionTable(): RegionTable {
  table ??= decodeRegionTable();
  return table;
}

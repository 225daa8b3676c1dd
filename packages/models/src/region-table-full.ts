import { districtRows, villageRanges } from "./generated/region-full.js";
import { dotted, type RegionRow, type RegionTable, regencyTable } from "./region-table.js";

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

/** Decodes the whole generated table (see scripts/generate-regions.ts for the format). */
export function decodeRegionTable(): RegionTable {
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
  return { ...regencyTable(), districts, villages };
}

let decoded: RegionTable | undefined;
const full = (): RegionTable => {
  decoded ??= decodeRegionTable();
  return decoded;
};

/** The full table, decoded on first read of its districts or villages. */
export const regions: RegionTable = {
  get provinces() {
    return regencyTable().provinces;
  },
  get regencies() {
    return regencyTable().regencies;
  },
  get districts() {
    return full().districts;
  },
  get villages() {
    return full().villages;
  },
};

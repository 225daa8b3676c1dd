/**
 * The tree of places a map counts: the whole map, then provinces, regencies, districts and villages down to
 * the chosen level (or work areas and the codes they list), with each person of each date in one leaf.
 */
import { type Agency, type Labels, lookupRegion, type RegionTable, regionContains } from "@timpora/models";
import type { PersonFacts } from "./dimensions.js";
import { OversightError } from "./oversight-error.js";

/**
 * How a map groups places: by province, regency/city, district (kecamatan) or village (desa/kelurahan), or
 * by the work areas of agencies (an immigration office's area: the regencies it lists).
 *
 * @example
 * ```ts
 * const by: MapGrouping = "regency";
 * ```
 */
export type MapGrouping = "province" | "regency" | "district" | "village" | "work-area";

/**
 * The kind of a row of a map: the whole map, a region at its level, a work area, a remainder (people whose
 * record names the region above but nothing finer), or a group of suppressed rows shown together.
 *
 * @example
 * ```ts
 * const kind: RowKind = "regency";
 * ```
 */
export type RowKind =
  | "all"
  | "province"
  | "regency"
  | "district"
  | "village"
  | "work-area"
  | "remainder"
  | "suppressed-group";

/** A node of the tree (internal). */
export interface TreeNode {
  /** Stable key: `all`, a region code, `area:N`, `CODE/~` (remainder) or `group:KEY`. */
  key: string;
  /** The region code, when the node is one region. */
  code: string | null;
  /** Its kind. */
  kind: RowKind;
  /** Its label. */
  label: Labels;
  /** The parent (none for the root). */
  parent: TreeNode | undefined;
  /** The children, in code order (remainders last). */
  children: TreeNode[];
  /** The people of each date in the node's subtree (leaves hold them; internal nodes gather them). */
  people: PersonFacts[][];
}

const levelDepth = { province: 2, regency: 5, district: 8, village: 13 } as const;

const remainderLabel: Labels = {
  id: "(tempat tidak tercatat lebih rinci)",
  en: "(place not recorded in more detail)",
};

function regionLabel(code: string, regions: RegionTable | undefined): Labels {
  const name = lookupRegion(code, regions)?.name;
  return name === undefined ? { id: code, en: code } : { id: `${name} (${code})`, en: `${name} (${code})` };
}

/** Builds the tree's skeleton and places people; `undefined` for a person outside the map. */
export class RegionTree {
  /** The root: the whole map. */
  readonly root: TreeNode;
  private readonly byKey = new Map<string, TreeNode>();

  constructor(
    private readonly grouping: MapGrouping,
    private readonly dates: number,
    private readonly within: readonly string[] | undefined,
    private readonly areas: readonly Agency[] | undefined,
    private readonly regions: RegionTable | undefined,
  ) {
    const label: Labels =
      grouping === "work-area"
        ? { id: "Semua wilayah kerja", en: "All work areas" }
        : { id: "Seluruh wilayah peta", en: "The whole map" };
    this.root = this.node("all", null, "all", label, undefined);
    if (grouping === "work-area") this.addAreas();
  }

  private node(key: string, code: string | null, kind: RowKind, label: Labels, parent: TreeNode | undefined) {
    const found = this.byKey.get(key);
    if (found) return found;
    const node: TreeNode = {
      key,
      code,
      kind,
      label,
      parent,
      children: [],
      people: Array.from({ length: this.dates }, () => []),
    };
    this.byKey.set(key, node);
    parent?.children.push(node);
    return node;
  }

  private addAreas(): void {
    const areas = this.areas ?? [];
    const listed = areas.flatMap((a, i) => a.jurisdictionRegionCodes.map((code) => ({ code, i })));
    for (const a of listed)
      for (const b of listed)
        if (a.i !== b.i && regionContains(a.code, b.code))
          throw new OversightError("area.overlap", { field: "areas" });
    areas.forEach((agency, i) => {
      const area = this.node(
        `area:${i + 1}`,
        null,
        "work-area",
        { id: agency.name, en: agency.name },
        this.root,
      );
      for (const code of agency.jurisdictionRegionCodes) {
        const level = lookupRegion(code)?.level ?? "village";
        this.node(code, code, level, regionLabel(code, this.regions), area);
      }
    });
  }

  /** Puts a present person of date `d` in a leaf; `false` when the place is outside the map. */
  place(facts: PersonFacts, d: number): boolean {
    const code = facts.entry.regionCode;
    if (code === undefined) return false;
    const leaf = this.grouping === "work-area" ? this.areaLeaf(code) : this.regionLeaf(code);
    if (!leaf) return false;
    for (let n: TreeNode | undefined = leaf; n; n = n.parent) n.people[d]?.push(facts);
    return true;
  }

  private areaLeaf(code: string): TreeNode | undefined {
    for (const area of this.root.children) {
      const leaf = area.children.find((c) => c.code !== null && regionContains(c.code, code));
      if (leaf) return leaf;
    }
    return undefined;
  }

  private regionLeaf(code: string): TreeNode | undefined {
    if (this.within && !this.within.some((w) => regionContains(w, code))) return undefined;
    let node = this.root;
    for (const level of ["province", "regency", "district", "village"] as const) {
      const depth = levelDepth[level];
      if (code.length < depth) {
        return this.node(`${node.key}/~`, null, "remainder", remainderLabel, node);
      }
      const part = code.slice(0, depth);
      node = this.node(part, part, level, regionLabel(part, this.regions), node);
      if (level === this.grouping) return node;
    }
    return node;
  }

  /** Sorts every node's children by code, remainders and groups last. */
  sort(): void {
    const order = (n: TreeNode) => (n.kind === "remainder" ? "~" : (n.code ?? n.key));
    const visit = (n: TreeNode) => {
      n.children.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
      n.children.forEach(visit);
    };
    if (this.grouping !== "work-area") visit(this.root);
  }
}

/** The count of a node on each date. */
export function totalsOf(node: TreeNode): number[] {
  return node.people.map((p) => p.length);
}

/** Every node, parents before children. */
export function preorder(root: TreeNode): TreeNode[] {
  const out: TreeNode[] = [];
  const visit = (n: TreeNode) => {
    out.push(n);
    n.children.forEach(visit);
  };
  visit(root);
  return out;
}

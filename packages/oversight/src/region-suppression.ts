/**
 * Small-cell protection of the region totals: which places' counts are suppressed, and which are suppressed
 * together in a group whose total is published.
 *
 * The rule, and why it protects (threshold t): a place whose count is between 1 and t - 1 on any date is
 * suppressed (primary), and with it every place below it. Under a published place P, the suppressed
 * children S form a group: S has at least two members and on every date its total is 0 or at least t
 * (complements are added from P's other children until it is; when P has too few children, P is suppressed
 * too and the question moves up). Only the group total is derivable (P minus its published children). For
 * any member h of S and a date d whose group total M is at least t, moving all of S's people of that date
 * into h, or out of h into another member, changes no published number (every place below P that changes is
 * suppressed, and the dimension tables show S only as its group total), so h ranges over [0, M]: at least t
 * wide. On a date whose group total is 0 every member is 0 and is published as 0 (nothing to protect).
 */
import { preorder, type TreeNode, totalsOf } from "./region-tree.js";

/** The outcome for the region tree. */
export interface RegionSuppression {
  /** Every suppressed node (its subtree included). */
  hidden: ReadonlySet<TreeNode>;
  /** For each published node with suppressed children: those children (at least two). */
  groups: ReadonlyMap<TreeNode, readonly TreeNode[]>;
}

const isSmall = (values: readonly number[], t: number) => values.some((v) => v >= 1 && v < t);

function hideSubtree(node: TreeNode, hidden: Set<TreeNode>): void {
  for (const n of preorder(node)) hidden.add(n);
}

/** Sums of a group's totals by date. */
export function groupTotals(members: readonly TreeNode[], dates: number): number[] {
  const sums = Array.from({ length: dates }, () => 0);
  for (const m of members) {
    totalsOf(m).forEach((v, d) => {
      sums[d] = (sums[d] ?? 0) + v;
    });
  }
  return sums;
}

/** Whether a group protects its members: two or more, and each date's total 0 or at least `t`. */
function groupIsSafe(members: readonly TreeNode[], dates: number, t: number): boolean {
  return members.length >= 2 && groupTotals(members, dates).every((v) => v === 0 || v >= t);
}

/** Chooses the complement that best mends a group: one that adds people on a failing date, else the smallest. */
function complementFor(
  candidates: readonly TreeNode[],
  members: readonly TreeNode[],
  dates: number,
  t: number,
) {
  const sums = groupTotals(members, dates);
  const failing = sums.map((v, d) => (v > 0 && v < t ? d : -1)).filter((d) => d >= 0);
  const size = (n: TreeNode) => Math.max(...totalsOf(n));
  const helps = candidates.filter((c) => failing.some((d) => (totalsOf(c)[d] ?? 0) > 0));
  const pool = helps.length > 0 ? helps : candidates;
  return [...pool].sort((a, b) => size(a) - size(b))[0];
}

/** Suppresses region totals (see the module comment for the rule and its proof). */
export function suppressRegions(root: TreeNode, dates: number, t: number): RegionSuppression {
  const hidden = new Set<TreeNode>();
  if (isSmall(totalsOf(root), t)) {
    hideSubtree(root, hidden);
    return { hidden, groups: new Map() };
  }
  for (const n of preorder(root)) if (n !== root && isSmall(totalsOf(n), t)) hideSubtree(n, hidden);
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of preorder(root).reverse()) {
      if (hidden.has(p)) continue;
      const members = p.children.filter((c) => hidden.has(c));
      if (members.length === 0) continue;
      while (!groupIsSafe(members, dates, t)) {
        const candidates = p.children.filter((c) => !hidden.has(c));
        const pick = complementFor(candidates, members, dates, t);
        if (!pick) break;
        hideSubtree(pick, hidden);
        members.push(pick);
        changed = true;
      }
      if (!groupIsSafe(members, dates, t)) {
        hideSubtree(p, hidden);
        changed = true;
      }
    }
  }
  const groups = new Map<TreeNode, TreeNode[]>();
  for (const p of preorder(root)) {
    if (hidden.has(p)) continue;
    const members = p.children.filter((c) => hidden.has(c));
    if (members.length > 0) groups.set(p, members);
  }
  return { hidden, groups };
}

/**
 * Small-cell protection of one dimension table on one date: primary suppression of counts from 1 to t - 1,
 * then complementary suppression by rectangles until every suppressed cell is protected.
 *
 * The table: the finest published rows of the map (regions at the chosen level, remainders, groups of
 * suppressed regions), which partition the map's people, and the whole map's row as their margin. Every
 * row's total is published, and is 0 or at least t (region-suppression.ts). A rectangle is two rows and two
 * values whose four cells are suppressed; adding +d, -d, -d, +d around it (on the margin row the signs turn,
 * since it is a sum) changes no row total and no column total, so no published number. From the true table
 * the move is possible up to the smallest of the cells it lowers, in each direction: a suppressed cell in a
 * rectangle therefore takes every value in a range as wide as `up + down` of that rectangle, and the cell is
 * protected when one of its rectangles gives at least t. Complements are chosen to make such a rectangle at
 * the least cost (the smallest counts newly suppressed).
 *
 * When no rectangle can protect a cell (a row whose people are spread thin), the table falls back to the row
 * rule, starting again from the primary cells: in every row with suppressed cells, at least two are
 * suppressed and they add up to at least t (complements are the row's smallest counts); the margin's cell
 * of every column with a suppressed cell is suppressed too, and never just one of them. Then the only
 * published sums a suppressed cell is in are its row total (fixed) and margin cells that are themselves
 * suppressed, so moving people between two suppressed cells of a row changes nothing published: each
 * suppressed cell ranges from 0 to its row's suppressed total (at least t), and each suppressed margin cell
 * at least as widely. The property test checks the outcome against an integer programme over everything a
 * report publishes.
 */

/** A table: `cells[row][value]`, row 0 the margin (the whole map), the others its parts. */
export interface CellTable {
  /** True counts, row 0 the margin. */
  cells: readonly (readonly number[])[];
  /** Published row totals (row 0 the whole map). */
  totals: readonly number[];
}

/** The suppression pattern: `hidden[row][value]`. */
export type HiddenCells = boolean[][];

interface Rectangle {
  rows: [number, number];
  values: [number, number];
}

/** How far a rectangle can move its first cell up and down (the margin row, 0, turns the signs). */
export function rectangleWidth(
  cells: CellTable["cells"],
  { rows: [r, s], values: [v, w] }: Rectangle,
): number {
  const x = (row: number, value: number) => cells[row]?.[value] ?? 0;
  // Moving +1 at (r, v): -1 at (r, w); at row s, -1 at (s, v) and +1 at (s, w), turned when s is the margin.
  const sign = r === 0 || s === 0 ? -1 : 1;
  const lowersUp = [x(r, w), sign === 1 ? x(s, v) : x(s, w)];
  const lowersDown = [x(r, v), sign === 1 ? x(s, w) : x(s, v)];
  return Math.min(...lowersUp) + Math.min(...lowersDown);
}

function bestRectangle(table: CellTable, hidden: HiddenCells, row: number, value: number, t: number) {
  const rows = table.cells.length;
  const values = table.cells[0]?.length ?? 0;
  let best: { rect: Rectangle; cost: number; width: number } | undefined;
  for (let s = 0; s < rows; s++) {
    if (s === row || (table.totals[s] ?? 0) === 0) continue;
    for (let w = 0; w < values; w++) {
      if (w === value) continue;
      const rect: Rectangle = { rows: [row, s], values: [value, w] };
      const width = rectangleWidth(table.cells, rect);
      const corners: [number, number][] = [
        [row, w],
        [s, value],
        [s, w],
      ];
      const cost = corners.reduce(
        (sum, [a, b]) => sum + (hidden[a]?.[b] ? 0 : (table.cells[a]?.[b] ?? 0) + 1),
        0,
      );
      const better =
        !best ||
        (width >= t && (best.width < t || cost < best.cost)) ||
        (width < t && best.width < t && width > best.width);
      if (better) best = { rect, cost, width };
    }
  }
  return best;
}

/** Whether a suppressed cell has a rectangle of suppressed cells at least `t` wide. */
function isProtected(table: CellTable, hidden: HiddenCells, row: number, value: number, t: number): boolean {
  const rows = table.cells.length;
  const values = table.cells[0]?.length ?? 0;
  for (let s = 0; s < rows; s++) {
    if (s === row || !hidden[s]?.[value]) continue;
    for (let w = 0; w < values; w++) {
      if (w === value || !hidden[row]?.[w] || !hidden[s]?.[w]) continue;
      if (rectangleWidth(table.cells, { rows: [row, s], values: [value, w] }) >= t) return true;
    }
  }
  return false;
}

/** The row rule (see the module comment), from the primary cells. */
function rowRule(table: CellTable, t: number): HiddenCells {
  const hidden: HiddenCells = table.cells.map((r) => r.map((x) => x >= 1 && x < t));
  const values = table.cells[0]?.length ?? 0;
  const x = (r: number, v: number) => table.cells[r]?.[v] ?? 0;
  const hide = (r: number, v: number) => ((hidden[r] as boolean[])[v] = true);
  /** Adds the row's smallest published count (non-zero first). */
  const addSmallest = (r: number): boolean => {
    let pick = -1;
    for (let v = 0; v < values; v++) {
      if (hidden[r]?.[v]) continue;
      const better = pick < 0 || (x(r, v) > 0 && (x(r, pick) === 0 || x(r, v) < x(r, pick)));
      if (better) pick = v;
    }
    if (pick < 0) return false;
    hide(r, pick);
    return true;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 1; r < table.cells.length; r++) {
      const row = hidden[r] ?? [];
      if (!row.some(Boolean)) continue;
      const sum = () => row.reduce((s, h, v) => s + (h ? x(r, v) : 0), 0);
      const count = () => row.filter(Boolean).length;
      while ((count() < 2 || sum() < t) && addSmallest(r)) changed = true;
    }
    for (let v = 0; v < values; v++) {
      const used = table.cells.some((_, r) => r > 0 && hidden[r]?.[v]);
      if (used && !hidden[0]?.[v]) {
        hide(0, v);
        changed = true;
      }
    }
    const margins = (hidden[0] ?? []).map((h, v) => (h ? v : -1)).filter((v) => v >= 0);
    if (margins.length === 1) {
      const v = margins[0] as number;
      const r = table.cells.findIndex((_, i) => i > 0 && hidden[i]?.[v]);
      // (a suppressed margin cell always has a suppressed cell below it: a small one's are all small)
      if (r > 0 && addSmallest(r)) changed = true;
    }
  }
  return hidden;
}

/**
 * Suppresses the cells of one table: primary (1 to t - 1), then rectangles of complements until every
 * suppressed cell is protected (see the module comment).
 */
export function suppressCells(table: CellTable, t: number): HiddenCells {
  const values = table.cells[0]?.length ?? 0;
  // One value: each cell is its row's total, published already (0 or at least t): nothing to protect.
  if (values < 2) return table.cells.map((r) => r.map(() => false));
  const hidden: HiddenCells = table.cells.map((r) => r.map((x) => x >= 1 && x < t));
  for (let round = 0; round < 2 * table.cells.length * values + 10; round++) {
    let open: [number, number] | undefined;
    for (let i = 0; i < table.cells.length && !open; i++) {
      for (let v = 0; v < values && !open; v++) {
        if (hidden[i]?.[v] && !isProtected(table, hidden, i, v, t)) open = [i, v];
      }
    }
    if (!open) return hidden;
    const best = bestRectangle(table, hidden, open[0], open[1], t);
    if (!best || best.width < t) return rowRule(table, t);
    const { rows, values: vs } = best.rect;
    for (const r of rows) for (const v of vs) (hidden[r] as boolean[])[v] = true;
  }
  return rowRule(table, t);
}

/** Display width of a text in a terminal, counting each code point as one column. */
export function textWidth(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A text cut to `width` columns (with `…`) or padded with spaces to it. */
export function fit(text: string, width: number): string {
  const chars = [...text];
  if (chars.length > width) return `${chars.slice(0, Math.max(0, width - 1)).join("")}…`;
  return text + " ".repeat(width - chars.length);
}

/** A table's column: its heading and width; the last column takes what is left of the line. */
export interface TableColumn {
  /** Heading. */
  heading: string;
  /** Width in characters. */
  width: number;
}

/** One line of a table: each cell fitted to its column, two spaces between columns, the last one not padded. */
export function tableLine(columns: readonly TableColumn[], cells: readonly string[]): string {
  return columns
    .map((c, i) =>
      i === columns.length - 1 ? fit(cells[i] ?? "", c.width).trimEnd() : fit(cells[i] ?? "", c.width),
    )
    .join("  ");
}

/** The widths of columns over whole rows: each the widest cell (at least the heading), at most `max`. */
export function columnWidths(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  max = 60,
): number[] {
  return headings.map((h, i) =>
    Math.min(max, Math.max(textWidth(h), ...rows.map((r) => textWidth(r[i] ?? "")))),
  );
}

/** `label  value` lines, the labels padded to the longest, indented by two spaces. */
export function keyValueLines(pairs: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...pairs.map(([k]) => textWidth(k)));
  return pairs.map(([k, v]) => `  ${fit(k, width)}  ${v}`);
}

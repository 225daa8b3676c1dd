import type { Labels, Locale } from "@timpora/models";
import { type Level, levelLabels } from "@timpora/tppo";
import { levelShortNames } from "./assessment-writer.js";
import { formatCount, formatPercent } from "./message-table.js";
import { say } from "./messages.js";
import { fit, textWidth } from "./text-table.js";

/** Counts of one planted pattern. */
export interface PatternStats {
  /** Cases planted with it. */
  cases: number;
  /** Those with any level above none. */
  flagged: number;
  /** Those at the pattern's expected level or above. */
  atExpected: number;
  /** The level the testkit's catalogue expects. */
  expected: Level;
}

/** What `timpora demo` counted. */
export interface DemoStats {
  /** Cases generated. */
  count: number;
  /** Generator seed. */
  seed: string;
  /** Evaluation date. */
  asOf: string;
  /** Rule set id and version. */
  ruleSet: string;
  /** Seconds from start to end. */
  seconds: number;
  /** Cases per level. */
  levels: Record<Level, number>;
  /** Times each indicator fired, with its label. */
  indicators: Map<string, { label: Labels; count: number }>;
  /** Per planted pattern. */
  patterns: Map<string, PatternStats>;
  /** Per look-alike kind: cases, at note, at review or refer. */
  lookAlikes: Map<string, { cases: number; note: number; reviewOrMore: number }>;
  /** Per province (name): cases, flagged, at review or refer. */
  provinces: Map<string, { cases: number; flagged: number; reviewOrMore: number }>;
}

const BAR = 30;
const LEVELS: readonly Level[] = ["none", "note", "review", "refer"];
const rank: Record<Level, number> = { none: 0, note: 1, review: 2, refer: 3 };

/** True when `level` is `expected` or above. */
export function atLeast(level: Level, expected: Level): boolean {
  return rank[level] >= rank[expected];
}

/** A bar of `share` of {@link BAR} characters; a share above zero shows at least a sliver. */
function bar(part: number, whole: number): string {
  if (part === 0 || whole === 0) return "";
  const n = Math.round((BAR * part) / whole);
  return n === 0 ? "▏" : "█".repeat(n);
}

function table(headings: string[], rows: string[][]): string[] {
  const widths = headings.map((h, i) => Math.max(textWidth(h), ...rows.map((r) => textWidth(r[i] ?? ""))));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? fit(c, widths[i]!) : c.padStart(widths[i]!))).join("  ")}`.trimEnd();
  return [line(headings), ...rows.map(line)];
}

/** The summary of a demo run, as lines a newcomer can read. */
export function demoSummaryLines(stats: DemoStats, locale: Locale): string[] {
  const n = (x: number) => formatCount(x, locale);
  const pct = (x: number, of: number) => formatPercent(x, of, locale);
  const cols = (code: "demo.patterns-columns" | "demo.look-alikes-columns" | "demo.provinces-columns") =>
    say(locale, code, {}).split("|");
  const out: string[] = [say(locale, "demo.title", stats), say(locale, "demo.note", {}), ""];

  out.push(`${say(locale, "demo.levels", {})}:`);
  const nameWidth = Math.max(...LEVELS.map((l) => textWidth(levelShortNames[l][locale])));
  for (const level of LEVELS) {
    const count = stats.levels[level];
    const short = levelShortNames[level][locale];
    const long = levelLabels[level][locale];
    out.push(
      `  ${fit(short, nameWidth)}  ${n(count).padStart(7)}  ${pct(count, stats.count).padStart(7)}  ${fit(bar(count, stats.count), BAR)}  ${long.toLowerCase() === short ? "" : long}`.trimEnd(),
    );
  }

  const top = [...stats.indicators.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, 10);
  out.push("", `${say(locale, "demo.indicators", { shown: top.length })}:`);
  for (const [id, { label, count }] of top) {
    out.push(`  ${n(count).padStart(7)}  ${pct(count, stats.count).padStart(7)}  ${label[locale]} (${id})`);
  }

  out.push("", `${say(locale, "demo.patterns", {})}:`);
  const patterns = [...stats.patterns.entries()].sort(
    (a, b) => b[1].cases - a[1].cases || a[0].localeCompare(b[0]),
  );
  out.push(
    ...table(
      cols("demo.patterns-columns"),
      patterns.map(([id, p]) => [
        id,
        n(p.cases),
        n(p.flagged),
        `${n(p.atExpected)} (${pct(p.atExpected, p.cases)})`,
        levelShortNames[p.expected][locale],
      ]),
    ),
  );

  out.push("", `${say(locale, "demo.look-alikes", {})}:`);
  const kinds = [...stats.lookAlikes.entries()].sort(
    (a, b) => b[1].cases - a[1].cases || a[0].localeCompare(b[0]),
  );
  out.push(
    ...table(
      cols("demo.look-alikes-columns"),
      kinds.map(([kind, k]) => [kind, n(k.cases), n(k.note), n(k.reviewOrMore)]),
    ),
  );

  const provinces = [...stats.provinces.entries()]
    .sort((a, b) => b[1].cases - a[1].cases || a[0].localeCompare(b[0]))
    .slice(0, 10);
  out.push("", `${say(locale, "demo.provinces", { shown: provinces.length })}:`);
  out.push(
    ...table(
      cols("demo.provinces-columns"),
      provinces.map(([name, p]) => [name, n(p.cases), n(p.flagged), n(p.reviewOrMore)]),
    ),
  );
  return out;
}

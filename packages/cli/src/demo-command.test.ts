import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderWith, timpora, timporaOnTerminal } from "./cli-run.fixture.js";

const lines = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l !== "");

describe("timpora demo", () => {
  it("screens a realistic synthetic population and prints a summary a newcomer can read; files in the folder", async () => {
    const dir = folderWith();
    const r = await timpora(["demo", "--count", "400", "--seed", "t", "--out-dir", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'TPPO-indicator screening of 400 realistic synthetic cases (seed "t", as of 2025-06-30',
    );
    expect(r.stdout).toContain("Indicators are evidence, not verdicts.");
    // one row per level, with a count and a percentage; the counts add up to the population
    const rows = [...r.stdout.matchAll(/^ {2}(none|note|review|refer)\s+([\d,]+)\s+(\d+\.\d)%/gm)];
    expect(rows.map((m) => m[1])).toEqual(["none", "note", "review", "refer"]);
    expect(rows.reduce((s, m) => s + Number(m[2]!.replace(/,/g, "")), 0)).toBe(400);
    expect(r.stdout).toContain(
      "Planted patterns (cases built with a TPPO pattern) against what was flagged:",
    );
    expect(r.stdout).toContain("Cases per province (top");
    // principle 8: no benign look-alike reaches review
    const lookAlikes = r.stdout.split("none may reach review:\n")[1]!.split("\n\n")[0]!.split("\n").slice(1);
    expect(lookAlikes.length).toBeGreaterThan(0);
    for (const row of lookAlikes) expect(row).toMatch(/\s0$/);
    expect(lines(join(dir, "cases.ndjson"))).toHaveLength(400);
    expect(lines(join(dir, "labels.ndjson"))).toHaveLength(400);
    expect(lines(join(dir, "assessments.ndjson"))).toHaveLength(400);
    expect(r.stdout).toContain(readFileSync(join(dir, "summary.txt"), "utf8").trim());
    expect((JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")) as { count: number }).count).toBe(
      400,
    );
    expect(r.stdout).toContain(`Files in ${dir}: cases.ndjson (inputs)`);
  });

  it("the same seed gives the same population; on a terminal a progress bar; in Indonesian", async () => {
    const [one, two] = [folderWith(), folderWith()];
    await timpora(["demo", "--count", "150", "--seed", "same", "--out-dir", one]);
    const r = await timporaOnTerminal([
      "demo",
      "--count",
      "150",
      "--seed",
      "same",
      "--out-dir",
      two,
      "--locale",
      "id",
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(two, "cases.ndjson"), "utf8")).toBe(
      readFileSync(join(one, "cases.ndjson"), "utf8"),
    );
    expect(r.output).toMatch(/pembuatan\s+█+ 100% \| 150\/150/);
    expect(r.output).toContain("Kasus per tingkat:");
    expect(r.output).toContain("Indikator adalah bukti, bukan putusan.");
  });

  it("--count 0 is a usage error, exit 2", async () => {
    const r = await timpora(["demo", "--count", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--count: "0" is not a whole number from 1 to 1000000');
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateGroup } from "@timpora/testkit";
import { describe, expect, it } from "vitest";
import { folderWith, hasStackTrace, timpora, timporaOnTerminal } from "./cli-run.fixture.js";
import { AS_OF, assessedIds, CSV_HEADER, csvRow, ndjson, threeCases } from "./screen-cases.fixture.js";

const ids = ["clean-a", "overstay-b", "clean-c"];

describe("timpora screen: formats and outputs", () => {
  it("NDJSON in, NDJSON out to a pipe (the default when the output is not a terminal), exit 0", async () => {
    const dir = folderWith({ "cases.ndjson": ndjson(threeCases) });
    const r = await timpora(["screen", "cases.ndjson", "--as-of", AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(assessedIds(r.stdout)).toEqual(ids);
    const overstay = JSON.parse(r.stdout.split("\n")[1]!) as {
      level: string;
      fired: { id: string }[];
      routes: { route: string }[];
    };
    expect(overstay.level).toBe("note");
    expect(overstay.fired.map((f) => f.id)).toContain("overstay");
    expect(overstay.routes.map((x) => x.route)).toContain("immigration");
    expect(r.stderr).toContain("cases.ndjson: 3 records: 3 screened, 0 not valid cases, 0 unreadable");
  });

  it("on a terminal: a table by default, one row per case with its line", async () => {
    const dir = folderWith({ "cases.ndjson": ndjson(threeCases) });
    const r = await timporaOnTerminal(["screen", "cases.ndjson", "--as-of", AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/where\s+case\s+level\s+routes\s+indicators/);
    expect(r.output).toMatch(/l1\s+clean-a\s+none\s+—\s+—/);
    expect(r.output).toMatch(/l2\s+overstay-b\s+note\s+immigration\s+Overstay/);
    expect(r.output).not.toContain('{"caseId"');
  });

  it("--format json writes one JSON array; --out writes to a file", async () => {
    const dir = folderWith({ "cases.ndjson": ndjson(threeCases) });
    const r = await timpora(["screen", "cases.ndjson", "--as-of", AS_OF, "--format", "json"], { cwd: dir });
    expect((JSON.parse(r.stdout) as { caseId: string }[]).map((a) => a.caseId)).toEqual(ids);
    const o = await timpora(["screen", "cases.ndjson", "--as-of", AS_OF, "--out", "out.ndjson"], {
      cwd: dir,
    });
    expect(o.code).toBe(0);
    expect(o.stdout).toBe("");
    expect(assessedIds(readFileSync(join(dir, "out.ndjson"), "utf8"))).toEqual(ids);
    const over = await timpora(["screen", "cases.ndjson", "--out", "./cases.ndjson"], { cwd: dir });
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("timpora: option --out ./cases.ndjson cannot be used with cases.ndjson");
    expect(readFileSync(join(dir, "cases.ndjson"), "utf8")).toBe(ndjson(threeCases));
  });

  it("a JSON array gives the same assessments as NDJSON; standard input (-) is read too", async () => {
    const dir = folderWith({ "cases.json": JSON.stringify(threeCases, null, 2) });
    const fromArray = await timpora(["screen", "cases.json", "--as-of", AS_OF], { cwd: dir });
    expect(fromArray.code).toBe(0);
    expect(assessedIds(fromArray.stdout)).toEqual(ids);
    const one = folderWith({ "one.json": JSON.stringify(threeCases[1], null, 2) });
    const single = await timpora(["screen", "one.json", "--as-of", AS_OF], { cwd: one });
    expect(single.code).toBe(0);
    expect(assessedIds(single.stdout)).toEqual(["overstay-b"]);
    const fromStdin = await timpora(["screen", "-", "--as-of", AS_OF], { input: ndjson(threeCases) });
    expect(fromStdin.code).toBe(0);
    expect(assessedIds(fromStdin.stdout)).toEqual(ids);
    expect(fromStdin.stderr).toContain("-: 3 records: 3 screened");
  });

  it("CSV with ; and day-first dates (--date-format DD/MM/YYYY): each row a case", async () => {
    const csv = [CSV_HEADER, csvRow("t-1"), csvRow("t-2", "10/06/2025")].join("\n");
    const dir = folderWith({ "cases.csv": csv });
    const r = await timpora(["screen", "cases.csv", "--as-of", AS_OF, "--date-format", "DD/MM/YYYY"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { caseId: string; level: string; fired: { id: string }[] });
    expect(out.map((a) => a.caseId)).toEqual(["t-1", "t-2"]);
    // t-2's permit ended on 10 June 2025: 20 days over on 30 June
    expect(out[1]!.fired.map((f) => f.id)).toEqual(["overstay"]);
    expect(out[0]!.level).toBe("none");
  });

  it("a team's rule set in YAML (--rules) is used; an invalid one stops with its line and column, exit 1", async () => {
    const team = ["id: team-rules", "version: 1.0.0", "rules: []"].join("\n");
    const broken = ["id: team-rules", "version: 1.0.0", "rules:", "  - id: x", "    strenght: weak"].join(
      "\n",
    );
    const dir = folderWith({ "cases.ndjson": ndjson(threeCases), "team.yaml": team, "broken.yaml": broken });
    const ok = await timpora(["screen", "cases.ndjson", "--as-of", AS_OF, "--rules", "team.yaml"], {
      cwd: dir,
    });
    expect(ok.code).toBe(0);
    expect(
      ok.stdout
        .split("\n")
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { ruleSetId: string }).ruleSetId),
    ).toEqual(["team-rules", "team-rules", "team-rules"]);
    const bad = await timpora(["screen", "cases.ndjson", "--rules", "broken.yaml"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("broken.yaml:5:5: key.unknown Unknown key (rules.0.strenght)");
    expect(bad.stdout).toBe("");
  });

  it("--concurrency 2 screens over worker threads with the shared index: the same assessments, in input order; 0 is a usage error", async () => {
    // a villa cluster of 7 unrelated households at one address: `address-cluster` fires only with the population
    // index, so the workers must have it
    const villa = generateGroup({ seed: "cli-villa", pattern: "villa-cluster", size: 7, asOf: AS_OF }).map(
      (l) => l.case,
    );
    const dir = folderWith({ "cases.ndjson": ndjson([...threeCases, ...villa]) });
    const one = await timpora(["screen", "cases.ndjson", "--as-of", AS_OF], { cwd: dir });
    const two = await timpora(["screen", "cases.ndjson", "--as-of", AS_OF, "--concurrency", "2"], {
      cwd: dir,
    });
    expect(two.code).toBe(0);
    expect(assessedIds(two.stdout)).toEqual([...ids, ...villa.map((c) => c.id)]);
    const clustered = two.stdout
      .split("\n")
      .slice(3, 10)
      .map((l) => (JSON.parse(l) as { fired: { id: string }[] }).fired.map((f) => f.id));
    for (const fired of clustered) expect(fired).toContain("address-cluster");
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toContain("cases.ndjson: 10 records: 10 screened, 0 not valid cases, 0 unreadable");
    const zero = await timpora(["screen", "cases.ndjson", "--concurrency", "0"], { cwd: dir });
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--concurrency: "0" is not a whole number from 1 to 256');
  });

  it("a plain progress line on stderr when it is not a terminal (every TIMPORA_PROGRESS_SECONDS)", async () => {
    const dir = folderWith({ "cases.ndjson": ndjson(threeCases) });
    const r = await timpora(["screen", "cases.ndjson", "--as-of", AS_OF], {
      cwd: dir,
      env: { TIMPORA_PROGRESS_SECONDS: "0" },
    });
    expect(r.stderr).toContain("screening: 3 / 3 (100.0%)");
    expect(r.stderr).not.toContain("\u001b[");
  });

  it("a bar on a terminal's stderr when the output goes to a file", async () => {
    const dir = folderWith({ "cases.ndjson": ndjson(threeCases) });
    const r = await timporaOnTerminal(["screen", "cases.ndjson", "--as-of", AS_OF, "--out", "o.ndjson"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/screening\s+█+ 100% \| 3\/3/);
  });

  it("messages in Indonesian with --locale id", async () => {
    const dir = folderWith({ "cases.ndjson": ndjson(threeCases) });
    const r = await timpora(["screen", "cases.ndjson", "--as-of", AS_OF, "--locale", "id"], { cwd: dir });
    expect(r.stderr).toContain(
      "cases.ndjson: 3 rekaman: 3 disaring, 0 bukan kasus yang valid, 0 tidak terbaca",
    );
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

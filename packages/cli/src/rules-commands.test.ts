import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { folderWith, hasStackTrace, timpora } from "./cli-run.fixture.js";

const defaultJson = readFileSync(new URL("../../tppo/rules/default.json", import.meta.url), "utf8");
const defaultTests = (name: string) => new URL(`../rules-tests/default/${name}`, import.meta.url).pathname;
const TESTS = [defaultTests("indicators.yaml"), defaultTests("patterns.yaml")];

/** The default rule set with the overstay rule broken: it also asks for 90 days or more. */
function brokenOverstay(): string {
  const rules = JSON.parse(defaultJson) as { rules: { id: string; conditions: unknown }[] };
  const overstay = rules.rules.find((r) => r.id === "overstay")!;
  overstay.conditions = {
    all: [
      { fact: "stay", path: "overstaying", operator: "equal", value: true },
      { fact: "stay", path: "overstayDays", operator: "greaterThanInclusive", value: 90 },
    ],
  };
  return JSON.stringify(rules, null, 2);
}

const teamYaml = `id: team-rules
version: 1.0.0
rules:
  - id: night-shift-at-karaoke
    version: "1"
    label: { id: Shift malam di karaoke, en: Night shift at a karaoke }
    strength: weak
    elements: [purpose]
    needsObservation: false
    sources: [{ ref: "Team note 2025-01", confidence: low }]
    validFrom: 2025-01-01
    conditions:
      all:
        - fact: workplce
          path: venueType
          operator: equal
          value: karaoke
        - fact: stay
          path: overstayng
          operator: equal
          value: true
        - fact: stay
          path: overstayDays
          operator: graterThan
          value: 3
    event: { type: indicator, params: { indicator: night-shift-at-karaoke } }
`;

describe("timpora rules validate", () => {
  it("the shipped default rules validate, exit 0", async () => {
    const dir = folderWith({ "default.json": defaultJson });
    const r = await timpora(["rules", "validate", "default.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("default.json: valid: timpora-default 2.0.0, 42 rules");
  });

  it("YAML: each issue at its line and column, with the known facts, paths and operators there, exit 1", async () => {
    const dir = folderWith({ "team.yaml": teamYaml });
    const r = await timpora(["rules", "validate", "team.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "team.yaml:14:17: fact.unknown Unknown fact (rules.0.conditions.all.0.fact); did you mean workplace?",
    );
    expect(r.stderr).toContain(
      "team.yaml:19:17: path.unknown Path does not exist in the fact's type (rules.0.conditions.all.1.path); did you mean overstaying",
    );
    expect(r.stderr).toMatch(
      /team\.yaml:24:21: operator\.unknown Unknown operator \(rules\.0\.conditions\.all\.2\.operator\); did you mean greaterThan/,
    );
    expect(r.stderr).toContain("team.yaml: invalid, 3 issues");
  });

  it("JSON: an unknown key at its line and column; a syntax error at its place, exit 2", async () => {
    const rules = JSON.parse(defaultJson) as { rules: Record<string, unknown>[] };
    rules.rules[0]!.strenght = "weak";
    const dir = folderWith({
      "typo.json": JSON.stringify(rules, null, 2),
      "cut.json": defaultJson.slice(0, 200),
    });
    const typo = await timpora(["rules", "validate", "typo.json"], { cwd: dir });
    expect(typo.code).toBe(1);
    const line =
      JSON.stringify(rules, null, 2)
        .split("\n")
        .findIndex((l) => l.includes('"strenght"')) + 1;
    expect(typo.stderr).toContain(`typo.json:${line}:7: key.unknown Unknown key (rules.0.strenght)`);
    const cut = await timpora(["rules", "validate", "cut.json"], { cwd: dir });
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/timpora: cut\.json:\d+:\d+: not valid JSON: /);
    expect(hasStackTrace(cut.stderr)).toBe(false);
  });
});

describe("timpora rules test", () => {
  it("the default rule set's tests pass with 100 % rule coverage", async () => {
    const r = await timpora(["rules", "test", ...TESTS, "--min-coverage", "100"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^102 passed, 0 failed$/m);
    expect(r.stdout).toContain("rule coverage (default): 42 of 42 rules fired in at least one test (100.0%)");
    expect(r.stdout).toContain("rules that never fired: —");
    expect(r.stdout).toMatch(/^conditions never seen both true and false: \d+ of \d+$/m);
  });

  it("a deliberately broken rule fails its test, with the explanation tree of the failing case, exit 1", async () => {
    const dir = folderWith({ "broken.json": brokenOverstay() });
    const r = await timpora(["rules", "test", ...TESTS, "--rules", "broken.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✘ ");
    expect(r.stdout).toContain("indicators.yaml: overstay fires on its case");
    expect(r.stdout).toContain("  expected overstay to fire; it did not. Its conditions:");
    expect(r.stdout).toMatch(/^ {4}✘ all$/m);
    expect(r.stdout).toMatch(/^ {6}✔ stay\.overstaying equal true \(actual true\)$/m);
    expect(r.stdout).toMatch(/^ {6}✘ stay\.overstayDays greaterThanInclusive 90 \(actual \d+\)$/m);
    expect(r.stdout).toMatch(/^\d+ passed, [1-9]\d* failed$/m);
  });

  it("--min-coverage fails below it; a test file of the wrong shape is refused at its line, exit 1", async () => {
    const one = `asOf: 2025-03-01\ncases: ${defaultTests("cases.ndjson")}\ntests:\n  - name: overstay\n    caseId: overstay--fires\n    expect: { fire: [overstay], level: note, routes: [immigration] }\n`;
    const typo = "asOf: 2025-03-01\ntests:\n  - name: x\n    case: {}\n    expct: { level: none }\n";
    const dir = folderWith({ "one.yaml": one, "typo.yaml": typo });
    const r = await timpora(["rules", "test", "one.yaml", "--min-coverage", "50"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^1 passed, 0 failed$/m);
    expect(r.stdout).toContain("rule coverage (default): 1 of 42 rules fired in at least one test (2.4%)");
    expect(r.stderr).toContain("rule coverage 2.4% is below --min-coverage 50%");
    const bad = await timpora(["rules", "test", "typo.yaml"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("typo.yaml:5:5: unknown key expct (tests.0)");
  });

  it("an expectation that does not hold: the level with its reasons, and an unknown indicator with a suggestion", async () => {
    const cases = defaultTests("cases.ndjson");
    const wrong = `asOf: 2025-03-01\ncases: ${cases}\ntests:\n  - name: wrong level\n    caseId: overstay--fires\n    expect: { fire: [overstai], level: review }\n`;
    const dir = folderWith({ "wrong.yaml": wrong });
    const r = await timpora(["rules", "test", "wrong.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  indicator overstai is not in the rule set; did you mean overstay?");
    expect(r.stdout).toContain("  expected level review, got note; why:");
    expect(r.stdout).toContain("    fired: overstay");
    expect(r.stdout).toMatch(/^0 passed, 1 failed$/m);
  });

  it("a case asked for that is not in its file says so, and says when records of the file could not be read", async () => {
    const lines = readFileSync(defaultTests("cases.ndjson"), "utf8").split("\n");
    const overstay = lines.find((l) => l.includes('"overstay--fires"'));
    if (overstay === undefined) throw new Error("the default tests' cases lost overstay--fires");
    const test = (file: string) =>
      `asOf: 2025-03-01\ncases: ${file}\ntests:\n  - name: t\n    caseId: overstay--fires\n    expect: { level: note }\n`;
    const dir = folderWith({
      "other.ndjson": `${lines.find((l) => l.startsWith("{") && !l.includes('"overstay--fires"'))}\n`,
      // the wanted case cut off on line 2: it cannot be read, so it cannot be told apart from a missing one
      "cut.ndjson": `${lines.find((l) => l.startsWith("{") && !l.includes('"overstay--fires"'))}\n${overstay.slice(0, 80)}\n`,
      "missing.yaml": test("other.ndjson"),
      "cut.yaml": test("cut.ndjson"),
    });
    const missing = await timpora(["rules", "test", "missing.yaml"], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("  case overstay--fires is not in other.ndjson");
    const cut = await timpora(["rules", "test", "cut.yaml"], { cwd: dir });
    expect(cut.code).toBe(1);
    expect(cut.stdout).toContain(
      "  case overstay--fires was not found in cut.ndjson, but 1 of its records could not be read (the first on line 2)",
    );
  });
});

describe("timpora rules diff", () => {
  it("lists the cases whose level or indicators change between two rule sets, counted in full", async () => {
    const dir = folderWith({ "broken.json": brokenOverstay() });
    const r = await timpora(
      [
        "rules",
        "diff",
        "default",
        "broken.json",
        "--cases",
        defaultTests("cases.ndjson"),
        "--as-of",
        "2025-03-01",
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^102 cases screened with default and with broken\.json: [1-9]\d* changed/m);
    expect(r.stdout).toMatch(
      /^overstay--fires \(line \d+ \(byte \d+\)\): level note → none; indicators \+\[—\] −\[overstay\]; routes immigration → —$/m,
    );
    const json = await timpora(
      [
        "rules",
        "diff",
        "default",
        "broken.json",
        "--cases",
        defaultTests("cases.ndjson"),
        "--as-of",
        "2025-03-01",
        "--format",
        "json",
        "--limit",
        "1",
      ],
      { cwd: dir },
    );
    const out = JSON.parse(json.stdout) as { cases: number; changed: number; listed: number };
    expect(out.cases).toBe(102);
    expect(out.listed).toBe(1);
    expect(out.changed).toBeGreaterThanOrEqual(1);
  });

  it("without --cases: a usage error, exit 2", async () => {
    const r = await timpora(["rules", "diff", "default", "default"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("timpora: option --cases <file> is required");
  });
});

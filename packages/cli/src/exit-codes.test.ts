import { describe, expect, it } from "vitest";
import { folderWith, hasStackTrace, timpora } from "./cli-run.fixture.js";

// Issue 11: every subcommand uses the same exit codes: 0 done; 1 done with invalid input or failures found
// (invalid records, rule-test failures, validation errors); 2 a usage error or no input could be read.

/** Two records that are well-formed JSON but neither a valid case nor a valid permit. */
const twoInvalid = '{"id":"c1","schemaVersion":1}\n{"id":"c2","schemaVersion":1}\n';
/** Two lines that are not JSON at all: not one record can be read. */
const twoUnreadable = '{"id":"c1",\n{"id":\n';
/** A rule set that parses (YAML) but does not validate: an unknown key in its one rule. */
const invalidRules = ["id: team-rules", "version: 1.0.0", "rules:", "  - id: x", "    strenght: weak"].join(
  "\n",
);
/** A rule file that is not YAML at all (an unclosed flow sequence). */
const unparsableRules = "id: team-rules\nrules: [\n";

const diff = (cases: string, oldRules = "default", newRules = "default") => [
  "rules",
  "diff",
  oldRules,
  newRules,
  "--cases",
  cases,
  "--as-of",
  "2025-03-01",
];

describe("the same input gives the same exit code in every subcommand", () => {
  it("two well-formed but invalid records: 1 from screen, permit and rules diff, never 'not one record could be read'", async () => {
    const dir = folderWith({ "bad.ndjson": twoInvalid });
    for (const args of [
      ["screen", "bad.ndjson", "--as-of", "2025-03-01"],
      ["permit", "bad.ndjson", "--on", "2025-03-01"],
      diff("bad.ndjson"),
    ]) {
      const r = await timpora(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr, args.join(" ")).not.toContain("not one record could be read");
      expect(r.stderr, args.join(" ")).toContain("bad.ndjson: line 2 (byte 30)");
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it("not one record readable: 2 from screen, permit and rules diff, with the message that says so", async () => {
    const dir = folderWith({ "junk.ndjson": twoUnreadable });
    for (const args of [
      ["screen", "junk.ndjson", "--as-of", "2025-03-01"],
      ["permit", "junk.ndjson", "--on", "2025-03-01"],
      diff("junk.ndjson"),
    ]) {
      const r = await timpora(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain(
        "timpora: junk.ndjson: not one record could be read (2 problems, see above)",
      );
    }
  });

  it("a rule set with validation errors: 1 from rules validate, screen --rules, rules diff and rules test --rules", async () => {
    const dir = folderWith({
      "team.yaml": invalidRules,
      "cases.ndjson": twoInvalid,
      "one.yaml": "asOf: 2025-03-01\ntests:\n  - name: x\n    case: {}\n    expect: { level: none }\n",
    });
    for (const args of [
      ["rules", "validate", "team.yaml"],
      ["screen", "cases.ndjson", "--rules", "team.yaml"],
      diff("cases.ndjson", "default", "team.yaml"),
      ["rules", "test", "one.yaml", "--rules", "team.yaml"],
    ]) {
      const r = await timpora(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr, args.join(" ")).toContain("team.yaml:5:5: key.unknown Unknown key (rules.0.strenght)");
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it("a rule file that is not YAML at all: 2 from rules validate, screen --rules and rules diff", async () => {
    const dir = folderWith({ "cut.yaml": unparsableRules, "cases.ndjson": twoInvalid });
    for (const args of [
      ["rules", "validate", "cut.yaml"],
      ["screen", "cases.ndjson", "--rules", "cut.yaml"],
      diff("cases.ndjson", "cut.yaml"),
    ]) {
      const r = await timpora(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain("cut.yaml:");
    }
  });

  it("a rule-test file of the wrong shape: 1 with the place of each issue", async () => {
    const typo = "asOf: 2025-03-01\ntests:\n  - name: x\n    case: {}\n    expct: { level: none }\n";
    const r = await timpora(["rules", "test", "typo.yaml"], { cwd: folderWith({ "typo.yaml": typo }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("typo.yaml:5:5: unknown key expct (tests.0)");
  });
});

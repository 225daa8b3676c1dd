import { dirname, relative, resolve } from "node:path";
import { type Labels, type Locale, type ParseIssue, parseCase } from "@timpora/models";
import {
  type Assessment,
  createEvaluator,
  type Evaluator,
  type ExplanationNode,
  type LevelReason,
  type RuleSet,
} from "@timpora/tppo";
import { closestNames } from "@timpora/tppo/engine";
import type * as z from "zod";
import { openCaseInput } from "./case-input.js";
import { CommandFailure } from "./command-failure.js";
import { exitCodeFor } from "./exit-code-for.js";
import { say } from "./messages.js";
import { addToCoverage, type Coverage, emptyCoverage } from "./rule-coverage.js";
import { probedTree, probeRuleSet } from "./rule-probe.js";
import { readRuleSetFile } from "./rule-set-file.js";
import { type RuleTest, type RuleTestFile, RuleTestFileSchema } from "./rule-test-file.js";
import { readSourceDocument, type SourceDocument } from "./source-document.js";

/** Why a test failed: each problem with what is needed to show it. */
export type RuleTestFailure =
  | {
      kind: "expected-fire";
      id: string;
      explanation: ExplanationNode | undefined;
      inForce: boolean;
      asOf: string;
    }
  | { kind: "expected-not-fire"; id: string; explanation: ExplanationNode }
  | { kind: "unknown-indicator"; id: string; suggestions: string[] }
  | { kind: "level"; expected: string; actual: string; reasons: LevelReason[]; fired: string[] }
  | { kind: "routes"; expected: string[]; actual: string[] }
  | { kind: "case-missing"; caseId: string; file: string; unreadable: number; firstUnreadableLine?: number }
  | { kind: "no-cases-file"; caseId: string }
  | { kind: "case-invalid"; issues: ParseIssue[] }
  | { kind: "no-as-of" };

/** The outcome of one test. */
export interface RuleTestResult {
  /** The test file, as given. */
  file: string;
  /** The test's name. */
  name: string;
  /** Why it failed (empty when it passed). */
  failures: RuleTestFailure[];
}

/** The outcomes of a run, and the coverage of each rule set tested. */
export interface RuleTestReport {
  /** Every test, in file order. */
  results: RuleTestResult[];
  /** Coverage per rule set. */
  coverage: Coverage[];
}

interface RuleSetUnderTest {
  name: string;
  ruleSet: RuleSet;
  coverage: Coverage;
  evaluators: Map<string, { evaluator: Evaluator; probe: Evaluator }>;
}

/**
 * A failure of a file that was read but is invalid (a test file of the wrong shape, a rule set with validation
 * errors): exit code 1, its message several lines, one a problem.
 */
function failureLines(labels: readonly Labels[]): CommandFailure {
  return new CommandFailure(exitCodeFor({ read: 1, failed: labels.length }), {
    id: labels.map((l) => l.id).join("\n"),
    en: labels.map((l) => l.en).join("\n"),
  });
}

/** What is wrong in a test file, in words (from the zod issue's code, never its English message alone). */
function zodProblem(issue: z.core.$ZodIssue, locale: Locale): string {
  const id = locale === "id";
  switch (issue.code) {
    case "unrecognized_keys":
      return `${id ? "kunci tidak dikenal" : "unknown key"} ${issue.keys.join(", ")}`;
    case "invalid_type":
      return `${id ? "seharusnya" : "expected"} ${issue.expected}`;
    case "invalid_value":
      return `${id ? "seharusnya salah satu dari" : "expected one of"} ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return id ? "format tidak valid (tanggal YYYY-MM-DD?)" : "invalid format (a date YYYY-MM-DD?)";
    case "too_small":
      return id ? "terlalu kecil atau kosong" : "too small or empty";
    case "custom":
      return id ? "berikan tepat satu dari case dan caseId" : "give exactly one of case and caseId";
    default:
      return id ? "nilai tidak valid" : "invalid value";
  }
}

/** Reads and checks a test file; a file of the wrong shape ends the run with each issue at its line. */
async function readTestFile(
  file: string,
  cwd: string,
): Promise<{ doc: SourceDocument; tests: RuleTestFile }> {
  const doc = await readSourceDocument(file, cwd);
  const parsed = RuleTestFileSchema.safeParse(doc.value);
  if (parsed.success) return { doc, tests: parsed.data };
  throw failureLines(
    parsed.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const keyed = issue.code === "unrecognized_keys";
      const at = doc.locate(keyed ? [...path, issue.keys[0]!] : path, keyed);
      const params = { file, line: at.line, column: at.column, path: path.join(".") || "(root)" };
      return {
        id: say("id", "ruletest.file-issue", { ...params, problem: zodProblem(issue, "id") }),
        en: say("en", "ruletest.file-issue", { ...params, problem: zodProblem(issue, "en") }),
      };
    }),
  );
}

/** The cases of a file by id, read once per file (only the ids the tests ask for are kept). */
/** The wanted cases of a file of cases, by id, and how many of its records could not be read at all. */
interface CaseFile {
  byId: Map<string, unknown>;
  unreadable: number;
  firstUnreadableLine?: number;
}

async function casesById(file: string, cwd: string, wanted: ReadonlySet<string>): Promise<CaseFile> {
  const input = await openCaseInput(file, { cwd }, { dateFormat: "YYYY-MM-DD" });
  const out = new Map<string, unknown>();
  let unreadable = 0;
  let firstUnreadableLine: number | undefined;
  try {
    for await (const record of input.records()) {
      if (!record.ok) {
        // A record that cannot be read may be the case a test asks for: say so rather than "not in the file".
        unreadable++;
        firstUnreadableLine ??= record.at.line;
        continue;
      }
      const id = (record.value as { id?: unknown } | null)?.id;
      if (typeof id === "string" && wanted.has(id)) out.set(id, record.value);
    }
  } finally {
    await input.close();
  }
  return { byId: out, unreadable, ...(firstUnreadableLine === undefined ? {} : { firstUnreadableLine }) };
}

/**
 * Runs rule-set tests: for each file, the rule set under test (`rulesOverride`, else the file's `rules`, else the
 * default rules), each test's case (inline or by id from a file of cases) screened on its date with its counts,
 * and what it expects compared with the assessment. Each rule set is also run as a probe (every rule made to
 * fire, see `probeRuleSet`) to record which conditions were seen true and false.
 */
export async function runRuleTests(
  files: readonly string[],
  cwd: string,
  rulesOverride?: string,
): Promise<RuleTestReport> {
  const sets = new Map<string, RuleSetUnderTest>();
  const results: RuleTestResult[] = [];
  const read = [];
  for (const file of files)
    read.push({ file, ...(await readTestFile(file, cwd)), base: dirname(resolve(cwd, file)) });
  // every case id asked for, by file of cases, so that each file of cases is read once
  const wanted = new Map<string, Set<string>>();
  for (const { tests, base } of read) {
    for (const test of tests.tests) {
      const casesFile = test.cases ?? tests.cases;
      if (test.caseId === undefined || casesFile === undefined) continue;
      const path = resolve(base, casesFile);
      wanted.set(path, (wanted.get(path) ?? new Set()).add(test.caseId));
    }
  }
  const caseFiles = new Map<string, CaseFile>();
  for (const [path, ids] of wanted) caseFiles.set(path, await casesById(path, cwd, ids));
  for (const { file, tests, base } of read) {
    const rulesName =
      rulesOverride ??
      (tests.rules === undefined || tests.rules === "default" ? "default" : resolve(base, tests.rules));
    const set = sets.get(rulesName) ?? (await ruleSetUnderTest(rulesName, cwd));
    sets.set(rulesName, set);
    for (const test of tests.tests) {
      results.push({ file, name: test.name, failures: await runTest(test, tests, base, set, caseFiles) });
    }
  }
  return { results, coverage: [...sets.values()].map((s) => s.coverage) };
}

async function ruleSetUnderTest(rulesName: string, cwd: string): Promise<RuleSetUnderTest> {
  const read = await readRuleSetFile(rulesName, cwd);
  const shown = rulesName === "default" ? "default" : relative(cwd, resolve(cwd, rulesName)) || rulesName;
  if (!read.ok) {
    throw failureLines(
      read.issues.map(({ issue, at }) => {
        const params = {
          file: shown,
          line: at.line,
          column: at.column,
          code: issue.code,
          path: issue.path.join(".") || "(root)",
          suggestions: issue.suggestions,
        };
        return {
          id: say("id", "rules.issue", { ...params, message: issue.message.id }),
          en: say("en", "rules.issue", { ...params, message: issue.message.en }),
        };
      }),
    );
  }
  return {
    name: shown,
    ruleSet: read.ruleSet,
    coverage: emptyCoverage(shown, read.ruleSet),
    evaluators: new Map(),
  };
}

function evaluatorsFor(set: RuleSetUnderTest, asOf: string) {
  let pair = set.evaluators.get(asOf);
  if (pair === undefined) {
    pair = {
      evaluator: createEvaluator({ asOf, ruleSet: set.ruleSet, locale: "en" }),
      probe: createEvaluator({ asOf, ruleSet: probeRuleSet(set.ruleSet), locale: "en" }),
    };
    set.evaluators.set(asOf, pair);
  }
  return pair;
}

async function runTest(
  test: RuleTest,
  file: RuleTestFile,
  base: string,
  set: RuleSetUnderTest,
  caseFiles: ReadonlyMap<string, CaseFile>,
): Promise<RuleTestFailure[]> {
  const asOf = test.asOf ?? file.asOf;
  if (asOf === undefined) return [{ kind: "no-as-of" }];
  let value: unknown = test.case;
  if (test.caseId !== undefined) {
    const casesFile = test.cases ?? file.cases;
    if (casesFile === undefined) return [{ kind: "no-cases-file", caseId: test.caseId }];
    const caseFile = caseFiles.get(resolve(base, casesFile));
    value = caseFile?.byId.get(test.caseId);
    if (value === undefined)
      return [
        {
          kind: "case-missing",
          caseId: test.caseId,
          file: casesFile,
          unreadable: caseFile?.unreadable ?? 0,
          ...(caseFile?.firstUnreadableLine === undefined
            ? {}
            : { firstUnreadableLine: caseFile.firstUnreadableLine }),
        },
      ];
  }
  const parsed = parseCase(value);
  if (!parsed.ok) return [{ kind: "case-invalid", issues: parsed.issues }];
  const { evaluator, probe } = evaluatorsFor(set, asOf);
  const context = test.counts === undefined ? {} : { counts: test.counts };
  const assessment = await evaluator.evaluate(parsed.value, context);
  const probed = await probe.evaluate(parsed.value, context);
  addToCoverage(set.coverage, assessment, probed);
  return compare(test, assessment, probed, set.ruleSet, evaluator.activeRuleIds, asOf);
}

function compare(
  test: RuleTest,
  assessment: Assessment,
  probed: Assessment,
  ruleSet: RuleSet,
  active: readonly string[],
  asOf: string,
): RuleTestFailure[] {
  const failures: RuleTestFailure[] = [];
  const known = ruleSet.rules.map((r) => r.id);
  const fired = new Map(assessment.fired.map((f) => [f.id, f]));
  const check = (id: string): boolean => {
    if (known.includes(id)) return true;
    failures.push({ kind: "unknown-indicator", id, suggestions: closestNames(id, known) });
    return false;
  };
  for (const id of test.expect.fire ?? []) {
    if (!check(id) || fired.has(id)) continue;
    const tree = probed.fired.find((f) => f.id === id);
    failures.push({
      kind: "expected-fire",
      id,
      explanation: tree === undefined ? undefined : probedTree(tree.explanation),
      inForce: active.includes(id),
      asOf,
    });
  }
  for (const id of test.expect.notFire ?? []) {
    const f = check(id) ? fired.get(id) : undefined;
    if (f !== undefined) failures.push({ kind: "expected-not-fire", id, explanation: f.explanation });
  }
  if (test.expect.level !== undefined && test.expect.level !== assessment.level) {
    failures.push({
      kind: "level",
      expected: test.expect.level,
      actual: assessment.level,
      reasons: assessment.levelReasons,
      fired: assessment.fired.map((f) => f.id),
    });
  }
  if (test.expect.routes !== undefined) {
    const expected = [...new Set(test.expect.routes)].sort();
    const actual = [...new Set(assessment.routes.map((r) => r.route))].sort();
    if (expected.join() !== actual.join()) failures.push({ kind: "routes", expected, actual });
  }
  return failures;
}

// Issue 4: "The explanation of every fired indicator is complete: every leaf has an actual value or is marked
// not evaluated, and every group has a state." Checked on every explanation the default rule set gives for the
// per-indicator fixtures (fires and near misses, all 39 indicators) and on a generated population (every
// pattern planted, plus clean cases), with and without a population index (so not-evaluated trees occur).
import { DEFAULT_AS_OF, generateLabelledCases, PATTERN_IDS } from "@timpora/testkit";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment.js";
import { createEvaluator } from "../evaluator.js";
import type { ExplanationNode } from "../explanation-node.js";
import { defaultFacts } from "../facts/index.js";
import { buildPopulationIndex } from "../population-index.js";
import { FIXTURE_AS_OF } from "./case-fixtures.js";
import { defaultRuleSet } from "./index.js";
import { indicatorFixtures } from "./indicator-fixtures.js";

type State = ExplanationNode["state"];

/** Kleene three-valued logic of json-rules-engine's groups: what a group's state must be given its children. */
function expectedGroupState(kind: "all" | "any" | "not", children: readonly State[]): State {
  if (kind === "not") {
    const [c] = children;
    return c === "passed" ? "failed" : c === "failed" ? "passed" : "not-evaluated";
  }
  const decisive: State = kind === "all" ? "failed" : "passed";
  if (children.includes(decisive)) return decisive;
  if (children.includes("not-evaluated")) return "not-evaluated";
  return kind === "all" ? "passed" : "failed";
}

const STATES: readonly State[] = ["passed", "failed", "not-evaluated"];

/** Every problem in a tree, as "path: what"; empty when complete. */
function incompleteness(node: ExplanationNode, at = "$"): string[] {
  if (!STATES.includes(node.state)) return [`${at}: no state`];
  if (node.kind === "fact") {
    if (node.state === "not-evaluated")
      return node.reason === undefined ? [`${at}: not evaluated, no reason`] : [];
    return Object.hasOwn(node, "actual") ? [] : [`${at}: ${node.state} leaf without actual value`];
  }
  if (node.children.length === 0) return [`${at}: ${node.kind} group without children`];
  if (node.kind === "not" && node.children.length !== 1)
    return [`${at}: not with ${node.children.length} children`];
  const problems = node.children.flatMap((c, i) => incompleteness(c, `${at}.${node.kind}[${i}]`));
  const want = expectedGroupState(
    node.kind,
    node.children.map((c) => c.state),
  );
  if (node.state !== want) problems.push(`${at}: ${node.kind} is ${node.state}, children say ${want}`);
  return problems;
}

function problemsOf(a: Assessment): string[] {
  return [
    ...a.fired.flatMap((f) => incompleteness(f.explanation).map((p) => `${a.caseId} fired ${f.id} ${p}`)),
    ...a.fired
      .filter((f) => f.explanation.state !== "passed")
      .map((f) => `${a.caseId} fired ${f.id} but its tree is ${f.explanation.state}`),
    ...a.notEvaluated.flatMap((n) =>
      incompleteness(n.explanation).map((p) => `${a.caseId} not-evaluated ${n.id} ${p}`),
    ),
    ...a.notEvaluated
      .filter((n) => n.explanation.state !== "not-evaluated")
      .map((n) => `${a.caseId} not-evaluated ${n.id} but its tree is ${n.explanation.state}`),
  ];
}

describe("the completeness check itself", () => {
  it("catches a leaf without actual value, a stateless group and a group state its children contradict", () => {
    const leaf = { kind: "fact", fact: "age", operator: "lessThan", expected: 18 } as const;
    expect(incompleteness({ ...leaf, state: "passed" } as never)).toHaveLength(1);
    expect(incompleteness({ ...leaf, state: "passed", actual: { redacted: true } })).toEqual([]);
    expect(incompleteness({ kind: "all", children: [] } as never).length).toBeGreaterThan(0);
    const failedLeaf = { ...leaf, state: "failed" as const, actual: 30 };
    expect(incompleteness({ kind: "all", state: "passed", children: [failedLeaf] })).toHaveLength(1);
    expect(incompleteness({ kind: "any", state: "failed", children: [failedLeaf] })).toEqual([]);
    expect(incompleteness({ kind: "not", state: "failed", children: [failedLeaf] })).toHaveLength(1);
  });
});

describe("explanations are complete for the 42 rules' fixtures", async () => {
  const evaluator = createEvaluator({ asOf: FIXTURE_AS_OF, ruleSet: defaultRuleSet });
  const problems: string[] = [];
  let trees = 0;
  for (const [id, fx] of Object.entries(indicatorFixtures))
    for (const f of [fx.fires, fx.nearMiss])
      for (const cross of [f.counts === undefined ? {} : { counts: f.counts }, {}]) {
        const a = await evaluator.evaluate(f.case, cross);
        trees += a.fired.length + a.notEvaluated.length;
        problems.push(...problemsOf(a).map((p) => `${id}: ${p}`));
      }
  it(`every fired and not-evaluated tree (${trees} trees over ${Object.keys(indicatorFixtures).length} indicators' fires and near misses)`, () => {
    expect(Object.keys(indicatorFixtures)).toHaveLength(42);
    expect(trees).toBeGreaterThan(42);
    expect(problems).toEqual([]);
  });
});

describe("explanations are complete on a generated population (every pattern planted at 2%, clean cases too)", async () => {
  const asOf = DEFAULT_AS_OF;
  const labelled = [
    ...generateLabelledCases({
      seed: "tppo-explanation-completeness",
      count: 800,
      plant: Object.fromEntries(PATTERN_IDS.map((p) => [p, 0.02])),
    }),
  ];
  const cases = labelled.map((l) => l.case);
  const index = await buildPopulationIndex(cases, { asOf, facts: defaultFacts });
  const evaluator = createEvaluator({ asOf, ruleSet: defaultRuleSet });
  const problems: string[] = [];
  let fired = 0;
  let notEvaluated = 0;
  let planted = 0;
  for (const [i, c] of cases.entries()) {
    if (labelled[i]!.planted.length > 0) planted++;
    for (const cross of [{ index }, {}]) {
      const a = await evaluator.evaluate(c, cross);
      fired += a.fired.length;
      notEvaluated += a.notEvaluated.length;
      problems.push(...problemsOf(a));
    }
  }
  it(`every tree of ${cases.length} cases (${planted} planted), with and without the index: ${fired} fired, ${notEvaluated} not evaluated`, () => {
    expect(planted).toBeGreaterThan(0);
    expect(fired).toBeGreaterThan(100);
    expect(notEvaluated).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});

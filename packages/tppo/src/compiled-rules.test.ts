import { describe, expect, it } from "vitest";
import { compileRules } from "./compiled-rules.js";
import { caseInput, rule, ruleSetOf, setProbe, testFacts } from "./engine-test-kit.fixture.js";
import { EvaluatorOptionError, UnsupportedRuleError } from "./errors.js";
import { createEvaluator } from "./evaluator.js";
import type { ExplanationNode } from "./explanation-node.js";
import type { OperatorDefinition } from "./operators.js";
import type { TopLevelCondition } from "./rule-set.js";

const asOf = "2025-03-01";
const compile = (conditions: unknown, operators: OperatorDefinition[] = []) =>
  compileRules([rule("r1", conditions as TopLevelCondition)], {
    facts: testFacts,
    operators,
    operatorContext: { asOf },
  });
const refusal = (conditions: unknown, operators: OperatorDefinition[] = []) => {
  try {
    compile(conditions, operators);
  } catch (e) {
    if (e instanceof UnsupportedRuleError) return [e.code, e.ruleId, e.feature];
    throw e;
  }
  return "compiled";
};
const leaf = { fact: "probe", path: "a", operator: "equal", value: true };

describe("compileRules refuses what it would not evaluate as json-rules-engine does (issue 10)", () => {
  it("a shared condition reference", () => {
    expect(refusal({ all: [leaf, { condition: "shared" }] })).toEqual([
      "engine.unsupported",
      "r1",
      "condition-reference",
    ]);
  });

  it("a JSONPath path, and a forbidden segment", () => {
    expect(refusal({ all: [{ ...leaf, path: "$.a" }] })).toEqual(["engine.unsupported", "r1", "path"]);
    expect(refusal({ all: [{ ...leaf, path: "nested.__proto__" }] })).toEqual([
      "engine.unsupported",
      "r1",
      "path",
    ]);
  });

  it("json-rules-engine's decorated operators and unknown operators", () => {
    expect(refusal({ all: [{ ...leaf, operator: "not:equal" }] })).toEqual([
      "engine.unsupported",
      "r1",
      "operator",
    ]);
    expect(
      refusal({ all: [{ fact: "probe", path: "tags", operator: "everyFact:equal", value: "p" }] }),
    ).toEqual(["engine.unsupported", "r1", "operator"]);
  });

  it("an operator list that replaces one of json-rules-engine's ten defaults (json-rules-engine keeps its own)", () => {
    const looseEqual: OperatorDefinition = {
      name: "equal",
      accepts: ["boolean"],
      value: "same",
      // biome-ignore lint/suspicious/noDoubleEquals: the point of this operator is to differ from json-rules-engine's
      evaluate: (a, b) => a == b,
    };
    expect(refusal({ all: [leaf] }, [looseEqual])).toEqual(["engine.unsupported", "r1", "operator-replaced"]);
    expect(() =>
      createEvaluator({
        asOf,
        ruleSet: ruleSetOf([rule("r1", { all: [leaf] })]),
        facts: testFacts,
        operators: [looseEqual],
      }),
    ).toThrow(UnsupportedRuleError);
  });

  it("an unknown fact, an empty group, a bad priority, a node with two groups, a not over an array, a bare leaf", () => {
    expect(refusal({ all: [{ ...leaf, fact: "nobody" }] })).toEqual(["engine.unsupported", "r1", "fact"]);
    expect(refusal({ all: [leaf, { any: [] }] })).toEqual(["engine.unsupported", "r1", "empty-group"]);
    expect(refusal({ all: [{ ...leaf, priority: 0 }] })).toEqual(["engine.unsupported", "r1", "priority"]);
    expect(refusal({ all: [{ ...leaf, priority: 1.5 }] })).toEqual(["engine.unsupported", "r1", "priority"]);
    expect(refusal({ all: [leaf], any: [leaf] })).toEqual(["engine.unsupported", "r1", "group"]);
    expect(refusal({ not: [leaf] })).toEqual(["engine.unsupported", "r1", "group"]);
    expect(refusal(leaf)).toEqual(["engine.unsupported", "r1", "group"]);
    const { value: _, ...noValue } = leaf;
    expect(refusal({ all: [noValue] })).toEqual(["engine.unsupported", "r1", "leaf"]);
  });

  it("compiles the same rule without the refused feature (the refusals are specific)", () => {
    expect(refusal({ all: [leaf, { any: [leaf] }], priority: 2 })).toBe("compiled");
  });
});

describe("one run evaluates every condition at most once; explanations are built from its record", () => {
  let calls = 0;
  const counting: OperatorDefinition = {
    name: "countedTrue",
    accepts: ["boolean"],
    value: "same",
    evaluate: (a, b) => {
      calls += 1;
      return a === b;
    },
  };
  const counted = (path: "a" | "b", value: boolean, priority?: number) => ({
    fact: "probe",
    path,
    operator: "countedTrue",
    value,
    ...(priority === undefined ? {} : { priority }),
  });
  const conditions: TopLevelCondition = {
    any: [
      { all: [counted("a", true), counted("b", true)] },
      { not: counted("a", false) },
      { all: [counted("b", true, 1), counted("a", false, 2)] },
    ],
  };

  it("counts each reached leaf once, and explaining every rule evaluates nothing again", () => {
    const compiled = compileRules([rule("r1", conditions), rule("r2", { all: [counted("a", true)] })], {
      facts: testFacts,
      operators: [counting],
      operatorContext: { asOf },
    });
    calls = 0;
    const run = compiled.run(
      compiled.factIds.map((id) => (id === "probe" ? { a: true, b: false } : undefined)),
    );
    // r1: all(a, b) 2 leaves, not(a=false) 1, all by priority: a (priority 2) fails, b never reached; r2: 1
    expect(calls).toBe(5);
    expect([run.state(0), run.state(1)]).toEqual(["passed", "passed"]);
    const trees = [run.explain(0), run.explain(1), run.explain(0)];
    expect(calls).toBe(5);
    expect(trees[0]).toEqual(trees[2]);
    const third = (trees[0] as Extract<ExplanationNode, { children: unknown }>).children[2] as Extract<
      ExplanationNode,
      { children: unknown }
    >;
    expect(third.children.map((c) => [c.state, c.reason])).toEqual([
      ["not-evaluated", "short-circuit"],
      ["failed", undefined],
    ]);
  });

  it("through the evaluator: one case evaluates each reached leaf once (the walk no longer runs again)", async () => {
    setProbe("c-once", { a: true, b: false });
    const evaluator = createEvaluator({
      asOf,
      ruleSet: ruleSetOf([rule("r1", conditions)]),
      facts: testFacts,
      operators: [counting],
    });
    calls = 0;
    const a = await evaluator.evaluate(caseInput("c-once"));
    expect(a.fired.map((f) => f.id)).toEqual(["r1"]);
    expect(calls).toBe(4);
  });
});

describe("the engine option", () => {
  it('accepts "compiled" (the default) and refuses anything that is not a rule engine', () => {
    const ruleSet = ruleSetOf([rule("r1", { all: [leaf] })]);
    expect(createEvaluator({ asOf, ruleSet, facts: testFacts, engine: "compiled" }).activeRuleIds).toEqual([
      "r1",
    ]);
    expect(() => createEvaluator({ asOf, ruleSet, facts: testFacts, engine: "fast" as never })).toThrow(
      EvaluatorOptionError,
    );
  });
});

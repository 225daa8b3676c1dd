// Differential test: the evaluator's fired set (the compiled engine) equals plain json-rules-engine's
// (allowUndefinedFacts, the same dotted path resolver and operators) on random rule sets and random fact values, and
// the reference mode (json-rules-engine with the explanation walk) gives the same assessment.
import fc from "fast-check";
import { Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import { caseInput, type Probe, rule, ruleSetOf, setProbe, testFacts } from "./engine-test-kit.fixture.js";
import { createEvaluator } from "./evaluator.js";
import { explainNode } from "./explanation.js";
import type { ExplanationNode } from "./explanation-node.js";
import { builtInOperators, operatorMap } from "./operators.js";
import { dottedPathResolver } from "./path-resolver.js";
import { createJsonRulesEngine, jsonRulesEngineOperators } from "./reference-engine.js";
import type { NestedCondition, TopLevelCondition } from "./rule-set.js";

const asOf = "2025-03-01";
const date = fc.constantFrom("2025-01-01", "2025-02-15", "2025-03-01", "2025-03-20", "2026-01-01");
const probe: fc.Arbitrary<Probe> = fc.record({
  a: fc.boolean(),
  b: fc.boolean(),
  n: fc.integer({ min: -3, max: 6 }),
  s: fc.constantFrom("x", "y", "z"),
  d: date,
  tags: fc.subarray(["p", "q", "r"]),
  nested: fc.oneof(fc.constant({}), fc.record({ k: fc.integer({ min: 0, max: 3 }) })),
});

const leaf: fc.Arbitrary<NestedCondition> = fc.oneof(
  fc.record({
    fact: fc.constant("probe"),
    path: fc.constantFrom("a", "b"),
    operator: fc.constantFrom("equal", "notEqual"),
    value: fc.boolean(),
  }),
  fc.record({
    fact: fc.constant("probe"),
    path: fc.constantFrom("n", "nested.k"),
    operator: fc.constantFrom("lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"),
    value: fc.integer({ min: -2, max: 5 }),
  }),
  fc.record({
    fact: fc.constant("probe"),
    path: fc.constant("s"),
    operator: fc.constantFrom("in", "notIn"),
    value: fc.subarray(["x", "y", "z"]),
  }),
  fc.record({
    fact: fc.constant("probe"),
    path: fc.constant("tags"),
    operator: fc.constantFrom("contains", "doesNotContain"),
    value: fc.constantFrom("p", "q", "r"),
  }),
  fc.record({
    fact: fc.constant("probe"),
    path: fc.constant("d"),
    operator: fc.constantFrom("dateBefore", "dateAfter"),
    value: date,
  }),
  fc.record({
    fact: fc.constant("probe"),
    path: fc.constant("d"),
    operator: fc.constant("dateWithinDaysOf"),
    value: fc.integer({ min: 0, max: 40 }),
  }),
  fc.record({
    fact: fc.constant("sponsorCrowd"),
    operator: fc.constantFrom("greaterThanInclusive", "lessThan"),
    value: fc.integer({ min: 0, max: 4 }),
  }),
  fc.record({
    fact: fc.constant("probe"),
    path: fc.constant("n"),
    operator: fc.constant("equal"),
    value: fc.constant({ fact: "probe", path: "nested.k" }),
  }),
);

const priority = fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined });
const withPriority = (node: NestedCondition, p: number | undefined): NestedCondition =>
  p === undefined ? node : { ...node, priority: p };

const { tree } = fc.letrec<{ tree: NestedCondition; group: TopLevelCondition }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(leaf, priority).map(([l, p]) => withPriority(l, p)),
    tie("group"),
  ),
  group: fc.oneof(
    fc.record({ all: fc.array(tie("tree"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("tree"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie("tree") }),
  ),
}));
const topLevel: fc.Arbitrary<TopLevelCondition> = fc.oneof(
  fc.record({ all: fc.array(tree, { minLength: 1, maxLength: 4 }) }),
  fc.record({ any: fc.array(tree, { minLength: 1, maxLength: 4 }) }),
);

async function plainEngineFired(
  conditions: TopLevelCondition[],
  facts: Record<string, unknown>,
): Promise<Set<string>> {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: dottedPathResolver as never });
  for (const op of jsonRulesEngineOperators(builtInOperators, { asOf })) engine.addOperator(op);
  conditions.forEach((c, i) => {
    engine.addRule({
      name: `r${i}`,
      conditions: structuredClone(c) as never,
      event: { type: "indicator", params: { indicator: `r${i}` } },
    });
  });
  const { results } = await engine.run(facts);
  return new Set(results.map((r) => r.name));
}

let caseCounter = 0;

describe("differential: the evaluator never disagrees with json-rules-engine", () => {
  it("fired sets are equal when every fact is known (population counts given)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(topLevel, { minLength: 1, maxLength: 5 }),
        probe,
        fc.integer({ min: 0, max: 5 }),
        async (conds, p, crowd) => {
          const id = `d-${caseCounter++}`;
          setProbe(id, p);
          const rules = conds.map((c, i) => rule(`r${i}`, c));
          const ev = createEvaluator({ asOf, ruleSet: ruleSetOf(rules), facts: testFacts });
          const a = await ev.evaluate(caseInput(id), { counts: { sponsorCrowd: crowd } });
          const expected = await plainEngineFired(conds, { probe: p, sponsorCrowd: crowd });
          expect(new Set(a.fired.map((f) => f.id))).toEqual(expected);
          expect(a.notEvaluated).toEqual([]);
          // the reference mode: json-rules-engine decides, the explanation walk explains; the same assessment
          const reference = createEvaluator({
            asOf,
            ruleSet: ruleSetOf(rules),
            facts: testFacts,
            engine: createJsonRulesEngine({ operatorContext: { asOf } }),
          });
          expect(await reference.evaluate(caseInput(id), { counts: { sponsorCrowd: crowd } })).toEqual(a);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("without cross-record data: whatever the walk decides, json-rules-engine agrees (Kleene soundness)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(topLevel, { minLength: 1, maxLength: 5 }), probe, async (conds, p) => {
        const id = `u-${caseCounter++}`;
        setProbe(id, p);
        const ev = createEvaluator({
          asOf,
          ruleSet: ruleSetOf(conds.map((c, i) => rule(`r${i}`, c))),
          facts: testFacts,
        });
        const a = await ev.evaluate(caseInput(id));
        const jre = await plainEngineFired(conds, { probe: p });
        for (const f of a.fired) expect(jre.has(f.id)).toBe(true);
        const undecided = new Set(a.notEvaluated.map((n) => n.id));
        conds.forEach((_, i) => {
          if (jre.has(`r${i}`) && !undecided.has(`r${i}`))
            expect(a.fired.map((f) => f.id)).toContain(`r${i}`);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("explanation walk", () => {
  it("marks leaves after a decided priority set as not evaluated, and the group by its decided state", () => {
    const node: TopLevelCondition = {
      all: [
        { fact: "probe", path: "a", operator: "equal", value: true, priority: 2 },
        { any: [{ fact: "probe", path: "b", operator: "equal", value: true }], priority: 1 },
      ],
    };
    const out = explainNode(node, {
      values: new Map([["probe", { a: false, b: true }]]),
      facts: new Map(testFacts.map((f) => [f.id, f])),
      operators: operatorMap(builtInOperators),
      operatorContext: { asOf },
      revealPersonal: false,
    }) as Extract<ExplanationNode, { children: unknown }>;
    expect(out.state).toBe("failed");
    expect(out.children.map((c) => [c.state, c.reason])).toEqual([
      ["failed", undefined],
      ["not-evaluated", "short-circuit"],
    ]);
  });
});

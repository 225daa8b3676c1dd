import {
  type CompiledNode,
  type CompileScope,
  CROSS_RECORD_MISSING,
  compileTopLevel,
  DATA_GAP,
  FAILED,
  type NodeFn,
  PASSED,
  type RunRecord,
  UNDECIDED,
} from "./compiled-condition.js";
import { UnsupportedRuleError } from "./errors.js";
import { isFactRef, reachedLeaf, shownValue, skipped, withName } from "./explanation.js";
import type { ExplanationNode, NodeState } from "./explanation-node.js";
import type { AnyFactDefinition } from "./fact-definition.js";
import { builtInOperators, type OperatorContext, type OperatorDefinition, operatorMap } from "./operators.js";
import { ID_PATTERN, type IndicatorRule, type LeafCondition } from "./rule-set.js";

/**
 * Options of {@link compileRules}.
 *
 * @example
 * ```ts
 * const options: CompileRulesOptions = {
 *   facts: defaultFacts,
 *   operatorContext: { asOf: "2025-03-01" },
 *   revealPersonal: false,
 * };
 * compileRules(defaultRuleSet.rules, options).factIds.length; // 23 (the facts the default rules read)
 * ```
 */
export interface CompileRulesOptions {
  /** The fact catalogue the rules were validated against. */
  facts: readonly AnyFactDefinition[];
  /** Every operator the rules may use (the built-in ones and a team's own). Default: the built-in operators. */
  operators?: readonly OperatorDefinition[];
  /** Operator context: the evaluation date of the date operators. */
  operatorContext: OperatorContext;
  /** Show personal values in explanations instead of `{ redacted: true }`. Default false. */
  revealPersonal?: boolean;
}

/**
 * One run of compiled rules over one case's fact values.
 *
 * @example
 * ```ts
 * const rules = defaultRuleSet.rules.filter((r) => r.id === "overstay");
 * const compiled = compileRules(rules, { facts: defaultFacts, operatorContext: { asOf: "2025-03-01" } });
 * const stay = { status: "overstay", statusKnown: true, lawful: false, overstaying: true, overstayDays: 12 };
 * const run: RulesRun = compiled.run([stay]);
 * run.state(0); // "passed"
 * run.explain(0).state; // "passed"
 * ```
 */
export interface RulesRun {
  /** The state of rule `i` (in rule order): passed, failed, or not evaluated (undecided without data). */
  state(i: number): NodeState;
  /**
   * The explanation tree of rule `i`, built from what the run recorded (nothing is evaluated again): the same
   * tree as `explainNode` gives. Built on demand, so rules whose tree nobody reads cost nothing to explain.
   */
  explain(i: number): ExplanationNode;
}

/**
 * Rules compiled once into closures over their condition trees.
 *
 * @example
 * ```ts
 * const rules = defaultRuleSet.rules.filter((r) => r.id === "overstay");
 * const compiled: CompiledRules = compileRules(rules, {
 *   facts: defaultFacts,
 *   operatorContext: { asOf: "2025-03-01" },
 * });
 * compiled.factIds; // ["stay"] (`run` takes the values of these facts, in this order)
 * ```
 */
export interface CompiledRules {
  /** The rules, in order. */
  readonly rules: readonly IndicatorRule[];
  /** The facts the rules read, in slot order: {@link CompiledRules.run} takes their values in this order. */
  readonly factIds: readonly string[];
  /** Evaluates every rule on one case's fact values (in {@link CompiledRules.factIds} order; undefined = absent). */
  run(values: readonly unknown[]): RulesRun;
}

const STATE_NAMES: readonly NodeState[] = ["not-evaluated", "passed", "failed", "not-evaluated"];

interface Explainer {
  rec: RunRecord;
  revealPersonal: boolean;
}

function leafExplanation(shape: Extract<CompiledNode, { kind: "fact" }>, x: Explainer): ExplanationNode {
  const node: LeafCondition = shape.node;
  const state = x.rec.states[shape.id]!;
  const expected = isFactRef(node.value)
    ? shownValue(shape.refPersonal, x.revealPersonal, x.rec.expected[shape.leaf])
    : node.value;
  if (state === CROSS_RECORD_MISSING || state === DATA_GAP) {
    const reason = state === DATA_GAP ? "data-gap" : "cross-record-missing";
    return reachedLeaf(node, expected, { state: "not-evaluated", reason });
  }
  return reachedLeaf(node, expected, {
    state: state === PASSED ? "passed" : "failed",
    actual: shownValue(shape.personal, x.revealPersonal, x.rec.actual[shape.leaf]),
  });
}

/** The explanation of a compiled node from a run's record: a node never reached is a short-circuited subtree. */
function explanationOf(shape: CompiledNode, x: Explainer): ExplanationNode {
  const state = x.rec.states[shape.id]!;
  if (state === 0) return skipped(shape.node);
  if (shape.kind === "fact") return leafExplanation(shape, x);
  const children =
    shape.kind === "not" ? [explanationOf(shape.child, x)] : shape.children.map((c) => explanationOf(c, x));
  return withName({ kind: shape.kind, state: STATE_NAMES[state]!, children }, shape.node.name);
}

/**
 * Compiles rules once into closures over their condition trees (no code is generated from rule text): each run
 * evaluates every condition at most once, with json-rules-engine's semantics (priority sets, short-circuits,
 * `allowUndefinedFacts`, the plain dotted path resolver) and the SDK's three states (a cross-record fact without
 * an index or counts, or a declared data gap, leaves a leaf not evaluated, and groups follow Kleene logic), and
 * records what it read, so an explanation is built only when asked for. Takes rules validated by
 * `validateRuleSet`; a feature of json-rules-engine's format it does not evaluate the same way is refused.
 *
 * @throws UnsupportedRuleError (code `engine.unsupported`) for a `condition` reference, a JSONPath or malformed
 *   path, a decorated or unknown operator, a replaced json-rules-engine default operator, an unknown fact, an
 *   empty group, a priority that is not a whole number from 1, or a node that is neither one group nor one leaf
 * @example
 * ```ts
 * const rules = defaultRuleSet.rules.filter((r) => r.id === "overstay");
 * const compiled = compileRules(rules, { facts: defaultFacts, operatorContext: { asOf: "2025-03-01" } });
 * const stay = { status: "overstay", statusKnown: true, lawful: false, overstaying: true, overstayDays: 12 };
 * const values = new Map([["stay", stay]]); // derived fact values by id; a fact left out is absent
 * const run = compiled.run(compiled.factIds.map((id) => values.get(id)));
 * run.state(0); // "passed"
 * ```
 */
export function compileRules(rules: readonly IndicatorRule[], options: CompileRulesOptions): CompiledRules {
  const facts = new Map(options.facts.map((f) => [f.id, f]));
  const operators = operatorMap(builtInOperators, options.operators ?? []);
  const factIds: string[] = [];
  const slots = new Map<string, number>();
  const scope: CompileScope = {
    facts,
    operators,
    builtIns: operatorMap(builtInOperators),
    operatorContext: options.operatorContext,
    slotOf(id) {
      let slot = slots.get(id);
      if (slot === undefined) {
        slot = factIds.length;
        slots.set(id, slot);
        factIds.push(id);
      }
      return slot;
    },
    nodes: 0,
    leaves: 0,
    ruleId: "",
  };
  const roots: NodeFn[] = [];
  const shapes: CompiledNode[] = [];
  for (const rule of rules) {
    // a rule id is shown in the error only when it is a well-formed id (never a value of unchecked input)
    scope.ruleId = typeof rule?.id === "string" && ID_PATTERN.test(rule.id) ? rule.id : "?";
    if (rule === null || typeof rule !== "object") throw new UnsupportedRuleError(scope.ruleId, "leaf");
    const { fn, shape } = compileTopLevel(scope, rule.conditions);
    roots.push(fn);
    shapes.push(shape);
  }
  const nodeCount = scope.nodes;
  const leafCount = scope.leaves;
  const revealPersonal = options.revealPersonal === true;
  const runWith = (values: readonly unknown[], rec: RunRecord): RulesRun => {
    const outcomes = new Uint8Array(roots.length);
    for (let i = 0; i < roots.length; i++) outcomes[i] = roots[i]!(values, rec);
    const x: Explainer = { rec, revealPersonal };
    return {
      state: (i) => {
        const o = outcomes[i];
        return o === PASSED
          ? "passed"
          : o === FAILED
            ? "failed"
            : o === UNDECIDED
              ? "not-evaluated"
              : rangeError(i);
      },
      explain: (i) => (i >= 0 && i < shapes.length ? explanationOf(shapes[i]!, x) : rangeError(i)),
    };
  };
  const compiled: CompiledRules = {
    rules,
    factIds,
    run(values) {
      return runWith(values, {
        states: new Uint8Array(nodeCount),
        actual: new Array(leafCount),
        expected: new Array(leafCount),
      });
    },
  };
  // the evaluator's runner: one record reused from case to case (the run it returns is read before the next)
  const scratch: RunRecord = {
    states: new Uint8Array(nodeCount),
    actual: new Array(leafCount),
    expected: new Array(leafCount),
  };
  let busy = false;
  reusable.set(compiled, (values) => {
    if (busy) return compiled.run(values);
    busy = true;
    try {
      scratch.states.fill(0);
      return runWith(values, scratch);
    } finally {
      busy = false;
    }
  });
  return compiled;
}

const reusable = new WeakMap<CompiledRules, (values: readonly unknown[]) => RulesRun>();

/**
 * The evaluator's runner of compiled rules: like `run`, but reusing one record from call to call, so its run is
 * only valid until the next call (the evaluator reads each run before the next case).
 */
export function reusingRunner(compiled: CompiledRules): (values: readonly unknown[]) => RulesRun {
  return reusable.get(compiled) ?? ((values) => compiled.run(values));
}

function rangeError(i: number): never {
  throw new RangeError(`no rule at index ${i}`);
}

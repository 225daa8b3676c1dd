import { TppoError } from "./errors.js";
import type { ExplanationNode, LeafExplanation, NodeState, ShownValue } from "./explanation-node.js";
import type { AnyFactDefinition } from "./fact-definition.js";
import { applyOperator, type OperatorContext, type OperatorDefinition } from "./operators.js";
import { conditionFactValue } from "./path-resolver.js";
import type { LeafCondition, NestedCondition } from "./rule-set.js";

/**
 * What explaining a rule needs: fact values, catalogue, operators and the privacy switch.
 *
 * @example
 * ```ts
 * const ctx: ExplainContext = {
 *   values: new Map([["stay", { overstaying: true }]]),
 *   facts: new Map(defaultFacts.map((f) => [f.id, f])),
 *   operators: operatorMap(builtInOperators),
 *   operatorContext: { asOf: "2025-03-01" },
 *   revealPersonal: false,
 * };
 * const condition = { all: [{ fact: "stay", path: "overstaying", operator: "equal", value: true }] };
 * explainNode(condition, ctx).state; // "passed"
 * ```
 */
export interface ExplainContext {
  /** Derived fact values by id (cross-record facts may be undefined). */
  values: ReadonlyMap<string, unknown>;
  /** The fact catalogue by id. */
  facts: ReadonlyMap<string, AnyFactDefinition>;
  /** Operators by name. */
  operators: ReadonlyMap<string, OperatorDefinition>;
  /** Operator context (evaluation date). */
  operatorContext: OperatorContext;
  /** Show personal values instead of `{ redacted: true }`. */
  revealPersonal: boolean;
}

const REDACTED = Object.freeze({ redacted: true as const });
const ABSENT = Object.freeze({ absent: true as const });

/** True when a compared value is a reference to another fact, `{ fact, path? }` (json-rules-engine's test). */
export function isFactRef(value: unknown): value is { fact: string; path?: string } {
  return value !== null && typeof value === "object" && Object.hasOwn(value, "fact");
}

/** A value as an explanation shows it: `{ redacted: true }` for a personal fact, `{ absent: true }` for undefined. */
export function shownValue(personal: boolean, revealPersonal: boolean, value: unknown): ShownValue {
  if (personal && !revealPersonal) return REDACTED;
  return value === undefined ? ABSENT : value;
}

function shown(ctx: ExplainContext, factId: string, value: unknown): ShownValue {
  return shownValue(ctx.facts.get(factId)?.personal === true, ctx.revealPersonal, value);
}

/** What became of a leaf that was reached: its outcome with the value read, or why it was not evaluated. */
export type LeafOutcome =
  | { state: "passed" | "failed"; actual: ShownValue }
  | { state: "not-evaluated"; reason: "cross-record-missing" | "data-gap" };

/**
 * The explanation of a leaf that was reached: the one builder of the walker and of the compiled engine, so both
 * give the same keys in the same order. `expected` is the shown compared value (resolved for a reference).
 */
export function reachedLeaf(
  node: LeafCondition,
  expected: ShownValue,
  outcome: LeafOutcome,
): LeafExplanation {
  const ref = isFactRef(node.value) ? node.value : undefined;
  const base: Omit<LeafExplanation, "state" | "actual"> = {
    kind: "fact",
    fact: node.fact,
    operator: node.operator,
    expected: node.value,
  };
  if (node.path !== undefined) base.path = node.path;
  if (node.name !== undefined) base.name = node.name;
  if (ref !== undefined) {
    base.expectedRef = ref.path === undefined ? { fact: ref.fact } : { fact: ref.fact, path: ref.path };
    base.expected = expected;
  }
  return outcome.state === "not-evaluated"
    ? { ...base, state: "not-evaluated", reason: outcome.reason }
    : { ...base, actual: outcome.actual, state: outcome.state };
}

function missingCrossRecord(ctx: ExplainContext, factId: string): boolean {
  return ctx.facts.get(factId)?.crossRecord === true && ctx.values.get(factId) === undefined;
}

function explainLeaf(node: LeafCondition, ctx: ExplainContext): LeafExplanation {
  const ref = isFactRef(node.value) ? node.value : undefined;
  let expectedValue: unknown = node.value;
  let expected: ShownValue = node.value;
  if (ref !== undefined) {
    expectedValue = conditionFactValue(ctx.values.get(ref.fact), ref.path);
    expected = shown(ctx, ref.fact, expectedValue);
  }
  if (missingCrossRecord(ctx, node.fact) || (ref !== undefined && missingCrossRecord(ctx, ref.fact))) {
    return reachedLeaf(node, expected, { state: "not-evaluated", reason: "cross-record-missing" });
  }
  const actual = conditionFactValue(ctx.values.get(node.fact), node.path);
  if (actual === undefined && ctx.facts.get(node.fact)?.dataGaps?.includes(node.path ?? "") === true) {
    return reachedLeaf(node, expected, { state: "not-evaluated", reason: "data-gap" });
  }
  const op = ctx.operators.get(node.operator);
  if (op === undefined) throw new TppoError("operator.missing", { detail: node.operator });
  const passed = applyOperator(op, actual, expectedValue, ctx.operatorContext);
  return reachedLeaf(node, expected, {
    state: passed ? "passed" : "failed",
    actual: shown(ctx, node.fact, actual),
  });
}

/** A subtree marked not evaluated (skipped by short-circuit): the walker's and the compiled engine's. */
export function skipped(node: NestedCondition): ExplanationNode {
  if ("all" in node || "any" in node) {
    const kind = "all" in node ? "all" : "any";
    const children = ("all" in node ? node.all : node.any).map(skipped);
    return withName({ kind, state: "not-evaluated", reason: "short-circuit", children }, node.name);
  }
  if ("not" in node) {
    return withName(
      { kind: "not", state: "not-evaluated", reason: "short-circuit", children: [skipped(node.not)] },
      node.name,
    );
  }
  const leaf: LeafExplanation = {
    kind: "fact",
    fact: node.fact,
    operator: node.operator,
    expected: isFactRef(node.value) ? { fact: node.value.fact } : node.value,
    state: "not-evaluated",
    reason: "short-circuit",
  };
  if (node.path !== undefined) leaf.path = node.path;
  if (isFactRef(node.value)) leaf.expectedRef = { fact: node.value.fact };
  return withName(leaf, node.name);
}

/** Sets a node's `name` (last, as the walker always has) when the condition gave one. */
export function withName<T extends ExplanationNode>(node: T, name: string | undefined): T {
  if (name !== undefined) node.name = name;
  return node;
}

function priorityOf(node: NestedCondition): number {
  return node.priority ?? 1;
}

/**
 * Evaluates children the way json-rules-engine does: grouped into sets by priority (highest first), each set
 * evaluated whole, stopping between sets once the outcome is decided. Undecided children (not evaluated)
 * keep the evaluation going, with Kleene three-valued logic for the group's state.
 */
function explainChildren(children: readonly NestedCondition[], kind: "all" | "any", ctx: ExplainContext) {
  const decisive: NodeState = kind === "all" ? "failed" : "passed";
  const priorities = [...new Set(children.map(priorityOf))].sort((a, b) => b - a);
  const out: (ExplanationNode | undefined)[] = children.map(() => undefined);
  let decided = false;
  for (const p of priorities) {
    children.forEach((child, i) => {
      if (priorityOf(child) !== p) return;
      out[i] = decided ? skipped(child) : explainNode(child, ctx);
    });
    if (out.some((n) => n?.state === decisive)) decided = true;
  }
  const nodes = out as ExplanationNode[];
  let state: NodeState;
  if (nodes.some((n) => n.state === decisive)) state = decisive;
  else if (nodes.some((n) => n.state === "not-evaluated")) state = "not-evaluated";
  else state = kind === "all" ? "passed" : "failed";
  return { nodes, state };
}

/**
 * Builds the explanation tree of a condition from derived fact values, with the same operators and path
 * resolution as json-rules-engine: every leaf has its fact, path, operator, expected and actual value (personal
 * values redacted unless `revealPersonal`) or is marked not evaluated, and every group has a state.
 *
 * @example
 * ```ts
 * const ctx: ExplainContext = {
 *   values: new Map([["contact", { phones: [], emails: [], count: 2 }]]), // and no cross-record counts
 *   facts: new Map(defaultFacts.map((f) => [f.id, f])),
 *   operators: operatorMap(builtInOperators),
 *   operatorContext: { asOf: "2025-03-01" },
 *   revealPersonal: false,
 * };
 * const leaf = explainNode({ fact: "contact", path: "count", operator: "greaterThan", value: 0 }, ctx);
 * leaf.kind === "fact" ? leaf.actual : undefined; // { redacted: true } (a personal fact)
 * const shared = explainNode({ fact: "sharedContactCount", operator: "greaterThanInclusive", value: 3 }, ctx);
 * shared.state; // "not-evaluated"
 * ```
 */
export function explainNode(node: NestedCondition, ctx: ExplainContext): ExplanationNode {
  if ("all" in node || "any" in node) {
    const kind = "all" in node ? "all" : "any";
    const { nodes, state } = explainChildren("all" in node ? node.all : node.any, kind, ctx);
    return withName({ kind, state, children: nodes }, node.name);
  }
  if ("not" in node) {
    const child = explainNode(node.not, ctx);
    const state: NodeState =
      child.state === "passed" ? "failed" : child.state === "failed" ? "passed" : "not-evaluated";
    return withName({ kind: "not", state, children: [child] }, node.name);
  }
  return explainLeaf(node, ctx);
}

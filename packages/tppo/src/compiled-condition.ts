import { compareWith } from "./compiled-operator.js";
import { type UnsupportedFeature, UnsupportedRuleError } from "./errors.js";
import { isFactRef } from "./explanation.js";
import type { AnyFactDefinition } from "./fact-definition.js";
import {
  JSON_RULES_ENGINE_OPERATOR_NAMES,
  type OperatorContext,
  type OperatorDefinition,
} from "./operators.js";
import { FORBIDDEN_SEGMENTS, segmentsOf } from "./path-resolver.js";
import { DOTTED_PATH_PATTERN, type LeafCondition, type NestedCondition } from "./rule-set.js";

/** Kleene outcome of a node: passed, failed, or undecided (not evaluated). */
export const PASSED = 1;
/** See {@link PASSED}. */
export const FAILED = 2;
/** See {@link PASSED}. */
export const UNDECIDED = 3;
/** Recorded state of a leaf not evaluated because cross-record data is missing. */
export const CROSS_RECORD_MISSING = 4;
/** Recorded state of a leaf not evaluated because its value is a declared data gap. */
export const DATA_GAP = 5;

/** A Kleene outcome. */
export type Outcome = typeof PASSED | typeof FAILED | typeof UNDECIDED;

/**
 * What one run records, so explanations are built afterwards without evaluating anything again: per node its
 * state (0 = not reached, i.e. short-circuited), per leaf the value read and the compared value.
 */
export interface RunRecord {
  /** Node states by node id. */
  readonly states: Uint8Array;
  /** Values read by leaves, by leaf id. */
  readonly actual: unknown[];
  /** Compared values of leaves with a fact reference, by leaf id. */
  readonly expected: unknown[];
}

/** A compiled node: evaluates on fact values by slot and records what it saw. */
export type NodeFn = (values: readonly unknown[], rec: RunRecord) => Outcome;

/** The static shape of a compiled node, read when its explanation is built. */
export type CompiledNode =
  | { kind: "all" | "any"; id: number; node: NestedCondition; children: readonly CompiledNode[] }
  | { kind: "not"; id: number; node: NestedCondition; child: CompiledNode }
  | {
      kind: "fact";
      id: number;
      leaf: number;
      node: LeafCondition;
      /** The leaf's fact is personal. */
      personal: boolean;
      /** The referenced fact (if any) is personal. */
      refPersonal: boolean;
    };

/** What compiling a rule's conditions reads and where it counts nodes, leaves and fact slots. */
export interface CompileScope {
  /** The fact catalogue by id. */
  facts: ReadonlyMap<string, AnyFactDefinition>;
  /** Operators by name. */
  operators: ReadonlyMap<string, OperatorDefinition>;
  /** The built-in definitions of json-rules-engine's default operators, which may not be replaced. */
  builtIns: ReadonlyMap<string, OperatorDefinition>;
  /** Operator context (evaluation date). */
  operatorContext: OperatorContext;
  /** The slot of a fact in the values array (assigned on first use). */
  slotOf(factId: string): number;
  /** Node ids given so far. */
  nodes: number;
  /** Leaf ids given so far. */
  leaves: number;
  /** Id of the rule being compiled, for errors. */
  ruleId: string;
}

const GROUP_KEYS = ["all", "any", "not"] as const;

function refuse(scope: CompileScope, feature: UnsupportedFeature): never {
  throw new UnsupportedRuleError(scope.ruleId, feature);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A condition's priority as json-rules-engine reads it (absent = 1); anything but a whole number ≥ 1 is refused. */
function priorityOf(scope: CompileScope, node: Record<string, unknown>): number {
  const p = node.priority;
  if (p === undefined) return 1;
  if (typeof p !== "number" || !Number.isSafeInteger(p) || p < 1) refuse(scope, "priority");
  return p;
}

/**
 * Reads a plain dotted path the way `conditionFactValue` does: the value itself without a path or when it is
 * not an object; else own properties and array indexes only, `undefined` where the path leads nowhere.
 */
function pathReader(scope: CompileScope, path: unknown): (value: unknown) => unknown {
  if (path === undefined || path === "") return (v) => v;
  if (typeof path !== "string" || !DOTTED_PATH_PATTERN.test(path)) refuse(scope, "path");
  const segments = segmentsOf(path);
  if (segments === undefined || segments.some((s) => FORBIDDEN_SEGMENTS.has(s.key))) refuse(scope, "path");
  if (segments.length === 1) {
    // the common case, one segment: the same reading without the loop
    const { key, index } = segments[0]!;
    return (value) => {
      if (value === null || typeof value !== "object") return value;
      if (Array.isArray(value)) return index === undefined ? undefined : value[index];
      return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    };
  }
  return (value) => {
    if (value === null || typeof value !== "object") return value;
    let current: unknown = value;
    for (const { key, index } of segments) {
      if (Array.isArray(current)) {
        if (index === undefined) return undefined;
        current = current[index];
      } else if (current !== null && typeof current === "object") {
        if (!Object.hasOwn(current, key)) return undefined;
        current = (current as Record<string, unknown>)[key];
      } else {
        return undefined;
      }
    }
    return current;
  };
}

function factOf(scope: CompileScope, id: unknown): AnyFactDefinition {
  const fact = typeof id === "string" ? scope.facts.get(id) : undefined;
  if (fact === undefined) refuse(scope, "fact");
  return fact;
}

function operatorOf(scope: CompileScope, name: unknown): OperatorDefinition {
  const op = typeof name === "string" ? scope.operators.get(name) : undefined;
  // json-rules-engine's decorated operators ("not:equal", "everyFact:…") and unknown names
  if (op === undefined) refuse(scope, "operator");
  // json-rules-engine keeps its own implementation of its ten defaults whatever is registered under their names
  if (JSON_RULES_ENGINE_OPERATOR_NAMES.has(op.name) && scope.builtIns.get(op.name) !== op) {
    refuse(scope, "operator-replaced");
  }
  return op;
}

function compileLeaf(
  scope: CompileScope,
  node: Record<string, unknown>,
): { fn: NodeFn; shape: CompiledNode } {
  for (const key of ["fact", "operator", "value"]) if (!Object.hasOwn(node, key)) refuse(scope, "leaf");
  const fact = factOf(scope, node.fact);
  const op = operatorOf(scope, node.operator);
  const read = pathReader(scope, node.path);
  const slot = scope.slotOf(fact.id);
  const id = scope.nodes++;
  const leaf = scope.leaves++;
  const cross = fact.crossRecord === true;
  const gap = fact.dataGaps?.includes(typeof node.path === "string" ? node.path : "") === true;
  const value = node.value;
  const shape: CompiledNode = {
    kind: "fact",
    id,
    leaf,
    node: node as unknown as LeafCondition,
    personal: fact.personal === true,
    refPersonal: false,
  };
  if (isFactRef(value)) {
    const refFact = factOf(scope, value.fact);
    const readRef = pathReader(scope, value.path);
    const refSlot = scope.slotOf(refFact.id);
    const refCross = refFact.crossRecord === true;
    const compare = compareWith(op, scope.operatorContext, undefined);
    shape.refPersonal = refFact.personal === true;
    const fn: NodeFn = (values, rec) => {
      const refValue = values[refSlot];
      const expected = readRef(refValue);
      rec.expected[leaf] = expected;
      const factValue = values[slot];
      if ((cross && factValue === undefined) || (refCross && refValue === undefined)) {
        rec.states[id] = CROSS_RECORD_MISSING;
        return UNDECIDED;
      }
      const actual = read(factValue);
      if (actual === undefined && gap) {
        rec.states[id] = DATA_GAP;
        return UNDECIDED;
      }
      rec.actual[leaf] = actual;
      const outcome = compare(actual, expected) ? PASSED : FAILED;
      rec.states[id] = outcome;
      return outcome;
    };
    return { fn, shape };
  }
  const compare = compareWith(op, scope.operatorContext, { value });
  const fn: NodeFn = (values, rec) => {
    const factValue = values[slot];
    if (cross && factValue === undefined) {
      rec.states[id] = CROSS_RECORD_MISSING;
      return UNDECIDED;
    }
    const actual = read(factValue);
    if (actual === undefined && gap) {
      rec.states[id] = DATA_GAP;
      return UNDECIDED;
    }
    rec.actual[leaf] = actual;
    const outcome = compare(actual, value) ? PASSED : FAILED;
    rec.states[id] = outcome;
    return outcome;
  };
  return { fn, shape };
}

/**
 * A group evaluated the way json-rules-engine does: children grouped into sets by priority (highest first),
 * each set evaluated whole, stopping between sets once the outcome is decided; undecided children keep it going,
 * with Kleene three-valued logic for the group's outcome. Children of sets after the deciding one are never
 * reached (recorded as 0: short-circuit).
 */
function compileGroup(
  scope: CompileScope,
  kind: "all" | "any",
  node: Record<string, unknown>,
): { fn: NodeFn; shape: CompiledNode } {
  const list = node[kind];
  if (!Array.isArray(list)) refuse(scope, "group");
  // json-rules-engine passes an empty group (true for both all and any); the explanation walk does not
  if (list.length === 0) refuse(scope, "empty-group");
  const id = scope.nodes++;
  const priorities = list.map((child) => (isObject(child) ? priorityOf(scope, child) : 1));
  const compiled = list.map((child) => compileNode(scope, child));
  const order = [...new Set(priorities)].sort((a, b) => b - a);
  const sets = order.map((p) => compiled.filter((_, i) => priorities[i] === p).map((c) => c.fn));
  const decisive: Outcome = kind === "all" ? FAILED : PASSED;
  const otherwise: Outcome = kind === "all" ? PASSED : FAILED;
  const shape: CompiledNode = {
    kind,
    id,
    node: node as NestedCondition,
    children: compiled.map((c) => c.shape),
  };
  const single = sets.length === 1 ? sets[0]! : undefined;
  const fn: NodeFn =
    single !== undefined
      ? (values, rec) => {
          let decided = false;
          let undecided = false;
          for (let i = 0; i < single.length; i++) {
            const s = single[i]!(values, rec);
            if (s === decisive) decided = true;
            else if (s === UNDECIDED) undecided = true;
          }
          const outcome = decided ? decisive : undecided ? UNDECIDED : otherwise;
          rec.states[id] = outcome;
          return outcome;
        }
      : (values, rec) => {
          let undecided = false;
          for (const set of sets) {
            let decided = false;
            for (const child of set) {
              const s = child(values, rec);
              if (s === decisive) decided = true;
              else if (s === UNDECIDED) undecided = true;
            }
            if (decided) {
              rec.states[id] = decisive;
              return decisive;
            }
          }
          const outcome = undecided ? UNDECIDED : otherwise;
          rec.states[id] = outcome;
          return outcome;
        };
  return { fn, shape };
}

function compileNot(scope: CompileScope, node: Record<string, unknown>): { fn: NodeFn; shape: CompiledNode } {
  if (Array.isArray(node.not)) refuse(scope, "group");
  const id = scope.nodes++;
  const child = compileNode(scope, node.not);
  const inner = child.fn;
  const shape: CompiledNode = { kind: "not", id, node: node as NestedCondition, child: child.shape };
  const fn: NodeFn = (values, rec) => {
    const s = inner(values, rec);
    const outcome = s === PASSED ? FAILED : s === FAILED ? PASSED : UNDECIDED;
    rec.states[id] = outcome;
    return outcome;
  };
  return { fn, shape };
}

/**
 * Compiles a condition node into a closure over the node (no code is generated from rule text), refusing what
 * the compiled engine does not evaluate as json-rules-engine does: shared `condition` references, nodes that are
 * neither one group nor one leaf, empty groups, priorities that are not whole numbers from 1, unknown facts and
 * operators (decorated operators included), replaced default operators and paths that are not plain dotted.
 */
export function compileNode(scope: CompileScope, node: unknown): { fn: NodeFn; shape: CompiledNode } {
  if (!isObject(node)) refuse(scope, "leaf");
  if (Object.hasOwn(node, "condition")) refuse(scope, "condition-reference");
  const groups = GROUP_KEYS.filter((k) => Object.hasOwn(node, k));
  if (groups.length > 1 || (groups.length === 1 && Object.hasOwn(node, "fact"))) refuse(scope, "group");
  priorityOf(scope, node);
  const kind = groups[0];
  if (kind === "all" || kind === "any") return compileGroup(scope, kind, node);
  if (kind === "not") return compileNot(scope, node);
  return compileLeaf(scope, node);
}

/** Compiles a rule's top-level condition, which must be a group (`all`, `any` or `not`). */
export function compileTopLevel(
  scope: CompileScope,
  conditions: unknown,
): { fn: NodeFn; shape: CompiledNode } {
  if (!isObject(conditions) || !GROUP_KEYS.some((k) => Object.hasOwn(conditions, k))) refuse(scope, "group");
  return compileNode(scope, conditions);
}

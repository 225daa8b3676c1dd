import { isIsoDate } from "@timpora/models";
import type { AnyFactDefinition } from "./fact-definition.js";
import { elementSchemas, fitsAny, type TypeAtPath, typeAtPath } from "./fact-type.js";
import { isPlainObject } from "./json-scan.js";
import type { OperatorDefinition, ValueKind } from "./operators.js";
import { FORBIDDEN_SEGMENTS } from "./path-resolver.js";
import { DOTTED_PATH_PATTERN } from "./rule-set.js";
import {
  type RuleSetIssue,
  type RuleSetIssueCode,
  type RuleSetLimits,
  ruleSetIssue,
} from "./rule-set-issue.js";

/**
 * Whether a condition node can be satisfied by a branch (a conjunct of its OR-of-ANDs form) whose leaves are
 * all "restricted" (protected, or protected-or-context): `sat` for the node itself, `satNeg` for its negation.
 * Computed bottom-up with De Morgan's laws, so no expansion into DNF is needed (linear in the node count).
 */
interface BranchFlags {
  /** Protected-only branch for the node. */
  prot: boolean;
  /** Protected-only branch for the node's negation. */
  protNeg: boolean;
  /** Context-or-protected-only branch for the node. */
  ctx: boolean;
  /** Context-or-protected-only branch for the node's negation. */
  ctxNeg: boolean;
}

const NONE: BranchFlags = { prot: false, protNeg: false, ctx: false, ctxNeg: false };
const GROUP_KEYS = new Set(["all", "any", "not", "name", "priority"]);
const LEAF_KEYS = new Set(["fact", "path", "operator", "value", "params", "name", "priority"]);
const REF_KEYS = new Set(["fact", "path", "params"]);

/** Shared state of a condition walk over a whole rule set. */
export interface ConditionWalk {
  /** Facts by id. */
  facts: ReadonlyMap<string, AnyFactDefinition>;
  /** Operators by name. */
  operators: ReadonlyMap<string, OperatorDefinition>;
  /** Limits. */
  limits: RuleSetLimits;
  /** Issues found so far. */
  issues: RuleSetIssue[];
  /** Condition nodes seen so far. */
  nodes: number;
  /** Set once the size limit was hit: the walk stops. */
  stopped: boolean;
}

function report(walk: ConditionWalk, code: RuleSetIssueCode, path: (string | number)[]): void {
  if (walk.issues.length < walk.limits.maxIssues) walk.issues.push(ruleSetIssue(code, path));
}

/**
 * Checks a rule's top-level condition and reports a branch that tests only protected (or only context and
 * protected) facts. Returns the number of issues added.
 */
export function checkRuleConditions(
  walk: ConditionWalk,
  conditions: unknown,
  path: (string | number)[],
): void {
  const before = walk.issues.length;
  if (!isPlainObject(conditions) || !["all", "any", "not"].some((k) => Object.hasOwn(conditions, k))) {
    report(walk, "condition.invalid", path);
    return;
  }
  const flags = checkNode(walk, conditions, path, 1, { reported: false });
  if (walk.issues.length > before) return;
  if (flags.prot) report(walk, "rule.protected-only", path);
  else if (flags.ctx) report(walk, "rule.context-only", path);
}

function checkNode(
  walk: ConditionWalk,
  node: unknown,
  path: (string | number)[],
  depth: number,
  depthState: { reported: boolean },
): BranchFlags {
  if (walk.stopped) return NONE;
  if (++walk.nodes > walk.limits.maxConditions) {
    walk.stopped = true;
    report(walk, "limit.size", path.slice(0, 2));
    return NONE;
  }
  if (!isPlainObject(node)) {
    report(walk, "condition.invalid", path);
    return NONE;
  }
  const groupKeys = (["all", "any", "not"] as const).filter((k) => Object.hasOwn(node, k));
  if (
    Object.hasOwn(node, "condition") ||
    groupKeys.length > 1 ||
    (groupKeys.length === 1 && "fact" in node)
  ) {
    report(walk, "condition.invalid", path);
    return NONE;
  }
  checkMeta(walk, node, path);
  const op = groupKeys[0];
  if (op === undefined) return checkLeaf(walk, node, path);
  for (const key of Object.keys(node)) if (!GROUP_KEYS.has(key)) report(walk, "key.unknown", [...path, key]);
  if (depth > walk.limits.maxDepth) {
    if (!depthState.reported) report(walk, "limit.depth", path.slice(0, 3));
    depthState.reported = true;
    return NONE;
  }
  const children = node[op];
  if (op === "not") {
    if (!isPlainObject(children)) {
      report(walk, "condition.invalid", [...path, "not"]);
      return NONE;
    }
    const f = checkNode(walk, children, [...path, "not"], depth + 1, depthState);
    return { prot: f.protNeg, protNeg: f.prot, ctx: f.ctxNeg, ctxNeg: f.ctx };
  }
  if (!Array.isArray(children) || children.length === 0) {
    report(walk, "condition.invalid", [...path, op]);
    return NONE;
  }
  const flags = children.map((c, i) => checkNode(walk, c, [...path, op, i], depth + 1, depthState));
  const every = (k: keyof BranchFlags) => flags.every((f) => f[k]);
  const some = (k: keyof BranchFlags) => flags.some((f) => f[k]);
  return op === "all"
    ? { prot: every("prot"), protNeg: some("protNeg"), ctx: every("ctx"), ctxNeg: some("ctxNeg") }
    : { prot: some("prot"), protNeg: every("protNeg"), ctx: some("ctx"), ctxNeg: every("ctxNeg") };
}

function checkMeta(walk: ConditionWalk, node: Record<string, unknown>, path: (string | number)[]): void {
  if (node.name !== undefined && (typeof node.name !== "string" || node.name.length > 200)) {
    report(walk, typeof node.name === "string" ? "value.invalid" : "type.invalid", [...path, "name"]);
  }
  if (node.priority !== undefined && !(Number.isInteger(node.priority) && (node.priority as number) >= 1)) {
    report(walk, "value.invalid", [...path, "priority"]);
  }
}

interface FactAt {
  fact: AnyFactDefinition;
  at: TypeAtPath;
}

/** Resolves `{ fact, path }` against the catalogue, reporting unknown facts and bad or missing paths. */
function resolveFactAt(
  walk: ConditionWalk,
  node: Record<string, unknown>,
  path: (string | number)[],
): FactAt | undefined {
  if (!Object.hasOwn(node, "fact")) {
    report(walk, "required", [...path, "fact"]);
    return undefined;
  }
  if (typeof node.fact !== "string") {
    report(walk, "type.invalid", [...path, "fact"]);
    return undefined;
  }
  const fact = walk.facts.get(node.fact);
  if (fact === undefined) {
    report(walk, "fact.unknown", [...path, "fact"]);
    return undefined;
  }
  const p = node.path;
  if (p !== undefined && typeof p !== "string") {
    report(walk, "type.invalid", [...path, "path"]);
    return undefined;
  }
  if (
    p !== undefined &&
    (!DOTTED_PATH_PATTERN.test(p) || p.split(".").some((s) => FORBIDDEN_SEGMENTS.has(s)))
  ) {
    report(walk, "path.invalid", [...path, "path"]);
    return undefined;
  }
  const at = typeAtPath(fact.type, p);
  if (at === undefined) {
    report(walk, "path.unknown", [...path, "path"]);
    return undefined;
  }
  if (node.params !== undefined && !isPlainObject(node.params))
    report(walk, "type.invalid", [...path, "params"]);
  return { fact, at };
}

const nonNull = (kinds: ReadonlySet<ValueKind>): ValueKind[] => [...kinds].filter((k) => k !== "null");

function operatorFits(op: OperatorDefinition, kinds: ReadonlySet<ValueKind>): boolean {
  const ks = nonNull(kinds);
  if (ks.length === 0) return op.accepts.includes("null");
  return ks.every((k) => op.accepts.includes(k) || (k === "unknown" && op.accepts.length > 0));
}

function checkLeaf(
  walk: ConditionWalk,
  node: Record<string, unknown>,
  path: (string | number)[],
): BranchFlags {
  for (const key of Object.keys(node)) if (!LEAF_KEYS.has(key)) report(walk, "key.unknown", [...path, key]);
  const lhs = resolveFactAt(walk, node, path);
  let op: OperatorDefinition | undefined;
  if (!Object.hasOwn(node, "operator")) report(walk, "required", [...path, "operator"]);
  else if (typeof node.operator !== "string") report(walk, "type.invalid", [...path, "operator"]);
  else {
    op = walk.operators.get(node.operator);
    if (op === undefined) report(walk, "operator.unknown", [...path, "operator"]);
  }
  if (!Object.hasOwn(node, "value")) {
    report(walk, "required", [...path, "value"]);
    return NONE;
  }
  if (lhs === undefined || op === undefined) return NONE;
  if (!operatorFits(op, lhs.at.kinds)) {
    report(walk, "operator.type-mismatch", [...path, "operator"]);
    return NONE;
  }
  const value = node.value;
  let rhsFact: AnyFactDefinition | undefined;
  if (isPlainObject(value) && Object.hasOwn(value, "fact")) {
    for (const key of Object.keys(value))
      if (!REF_KEYS.has(key)) report(walk, "key.unknown", [...path, "value", key]);
    const rhs = resolveFactAt(walk, value, [...path, "value"]);
    if (rhs === undefined) return NONE;
    if (!referenceFits(op, lhs.at, rhs.at)) {
      report(walk, "value.type-mismatch", [...path, "value"]);
      return NONE;
    }
    rhsFact = rhs.fact;
  } else if (!literalFits(op, lhs.at, value)) {
    report(walk, "value.type-mismatch", [...path, "value"]);
    return NONE;
  }
  const prot = lhs.fact.protected && (rhsFact === undefined || rhsFact.protected);
  const restricted = (f: AnyFactDefinition) => f.protected || f.context === true;
  const ctx = restricted(lhs.fact) && (rhsFact === undefined || restricted(rhsFact));
  return { prot, protNeg: prot, ctx, ctxNeg: ctx };
}

function literalFits(op: OperatorDefinition, at: TypeAtPath, value: unknown): boolean {
  const unknownType = at.kinds.has("unknown");
  const fitsSame = (v: unknown) =>
    (v === null && at.kinds.has("null")) || unknownType || fitsAny(at.schemas, v);
  switch (op.value) {
    case "same":
      return fitsSame(value);
    case "array-of-same":
      return Array.isArray(value) && value.every(fitsSame);
    case "element":
      return unknownType || fitsAny(elementSchemas(at), value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "date":
      return isIsoDate(value);
    case "days":
      return typeof value === "number" && Number.isInteger(value) && value >= 0;
    default:
      return true;
  }
}

function referenceFits(op: OperatorDefinition, lhs: TypeAtPath, rhs: TypeAtPath): boolean {
  const r = nonNull(rhs.kinds);
  if (r.includes("unknown")) return true;
  const within = (allowed: ValueKind[]) => r.length > 0 && r.every((k) => allowed.includes(k));
  switch (op.value) {
    case "same": {
      const l = nonNull(lhs.kinds);
      return l.includes("unknown") || r.some((k) => l.includes(k));
    }
    case "array-of-same":
      return within(["array"]);
    case "number":
    case "days":
      return within(["number"]);
    case "date":
      return within(["date"]);
    default:
      return true;
  }
}

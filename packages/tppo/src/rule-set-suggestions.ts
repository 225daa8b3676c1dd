import type * as z from "zod";
import { closestNames } from "./closest-names.js";
import type { AnyFactDefinition } from "./fact-definition.js";
import { typeAtPath } from "./fact-type.js";
import { isPlainObject } from "./json-scan.js";
import type { OperatorDefinition, ValueKind } from "./operators.js";
import type { RuleSetIssue } from "./rule-set-issue.js";

/** Most suggestions given for one issue; when none is close, all known names are given if there are this few. */
const MAX_CLOSE = 3;
const MAX_ALL = 12;
const MAX_PATH_DEPTH = 6;

/**
 * "Did you mean": the closest known names ({@link closestNames}); when none is close, all of them if there are at
 * most {@link MAX_ALL}, else none.
 */
function suggest(given: string, known: readonly string[]): string[] {
  const close = closestNames(given, known, MAX_CLOSE);
  if (close.length > 0) return close;
  return known.length <= MAX_ALL ? [...known].sort() : [];
}

/** Every plain dotted path into a fact's type through object keys (records and arrays are not entered). */
function knownPaths(type: z.ZodType): string[] {
  const out: string[] = [];
  const visit = (prefix: string, depth: number) => {
    if (depth > MAX_PATH_DEPTH) return;
    const at = typeAtPath(type, prefix === "" ? undefined : prefix);
    if (at === undefined) return;
    for (const schema of at.schemas) {
      const def = (
        schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType> } } }
      )._zod.def;
      if (def.type !== "object" || def.shape === undefined) continue;
      for (const key of Object.keys(def.shape)) {
        const path = prefix === "" ? key : `${prefix}.${key}`;
        if (out.includes(path)) continue;
        out.push(path);
        visit(path, depth + 1);
      }
    }
  };
  visit("", 0);
  return out;
}

function fits(op: OperatorDefinition, kinds: ReadonlySet<ValueKind>): boolean {
  const ks = [...kinds].filter((k) => k !== "null");
  if (ks.length === 0) return op.accepts.includes("null");
  return ks.every((k) => op.accepts.includes(k) || (k === "unknown" && op.accepts.length > 0));
}

function nodeAt(root: unknown, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return isPlainObject(node) ? node : undefined;
}

/** The suggestions for one issue, or undefined when it has none. */
function suggestionsFor(
  issue: RuleSetIssue,
  root: unknown,
  facts: ReadonlyMap<string, AnyFactDefinition>,
  operators: ReadonlyMap<string, OperatorDefinition>,
): string[] | undefined {
  const key = issue.path.at(-1);
  const node = nodeAt(root, issue.path.slice(0, -1));
  if (node === undefined) return undefined;
  const fact = typeof node.fact === "string" ? facts.get(node.fact) : undefined;
  const path = typeof node.path === "string" ? node.path : undefined;
  switch (issue.code) {
    case "fact.unknown":
      return key === "fact" && typeof node.fact === "string"
        ? suggest(node.fact, [...facts.keys()])
        : undefined;
    case "path.unknown":
      return key === "path" && fact !== undefined && path !== undefined
        ? suggest(path, knownPaths(fact.type))
        : undefined;
    case "operator.unknown":
    case "operator.type-mismatch": {
      if (key !== "operator" || typeof node.operator !== "string") return undefined;
      const at = fact === undefined ? undefined : typeAtPath(fact.type, path);
      const fitting = [...operators.values()]
        .filter((op) => at === undefined || fits(op, at.kinds))
        .map((op) => op.name);
      return issue.code === "operator.unknown" ? suggest(node.operator, fitting) : fitting.sort();
    }
    default:
      return undefined;
  }
}

/**
 * Adds "did you mean" suggestions to the issues of a rule-set validation: for an unknown fact, the closest fact
 * ids of the catalogue; for an unknown path, the closest paths of the fact's type; for an unknown operator,
 * the closest operators that fit the type at the path; for an operator that does not fit, every one that does.
 * When no name is close, all the known ones are given if there are few. Reads the validated copy only.
 */
export function withSuggestions(
  issues: readonly RuleSetIssue[],
  root: unknown,
  facts: ReadonlyMap<string, AnyFactDefinition>,
  operators: ReadonlyMap<string, OperatorDefinition>,
): RuleSetIssue[] {
  return issues.map((issue) => {
    let suggestions: string[] | undefined;
    try {
      suggestions = suggestionsFor(issue, root, facts, operators);
    } catch {
      suggestions = undefined; // a suggestion is a courtesy: it never keeps an issue from being reported
    }
    return suggestions === undefined || suggestions.length === 0 ? issue : { ...issue, suggestions };
  });
}

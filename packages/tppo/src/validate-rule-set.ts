import { isIsoDate } from "@timpora/models";
import * as z from "zod";
import { deepFreeze } from "./deep-freeze.js";
import { TppoError } from "./errors.js";
import type { AnyFactDefinition } from "./fact-definition.js";
import { typeAtPath } from "./fact-type.js";
import { defaultFacts } from "./facts/index.js";
import { isPlainObject, scanJson } from "./json-scan.js";
import { builtInOperators, type OperatorDefinition, operatorMap } from "./operators.js";
import { FORBIDDEN_SEGMENTS } from "./path-resolver.js";
import { DOTTED_PATH_PATTERN, IndicatorRuleSchema, type RuleSet, RuleSetSchema } from "./rule-set.js";
import {
  defaultRuleSetLimits,
  type RuleSetIssue,
  type RuleSetIssueCode,
  type RuleSetLimits,
  ruleSetIssue,
} from "./rule-set-issue.js";
import { withSuggestions } from "./rule-set-suggestions.js";
import { type ConditionWalk, checkRuleConditions } from "./validate-conditions.js";

/**
 * Options of {@link validateRuleSet}.
 *
 * @example
 * ```ts
 * const options: ValidateRuleSetOptions = { facts: defaultFacts, limits: { maxRules: 500 } };
 * validateRuleSet(defaultRuleSet, options).ok; // true
 * ```
 */
export interface ValidateRuleSetOptions {
  /** The fact catalogue rules may use. Default: `defaultFacts`; pass `[...defaultFacts, ...yours]` to add facts. */
  facts?: readonly AnyFactDefinition[];
  /** Extra operators (added to json-rules-engine's defaults and the date operators; same name replaces). */
  operators?: readonly OperatorDefinition[];
  /**
   * Size and depth limits, each over {@link defaultRuleSetLimits}. Each given limit must be a finite whole number
   * above 0; anything else (`Infinity`, `NaN`, 0, -1, 1.5) is a programmer error: `TppoError` `limits.invalid`.
   */
  limits?: Partial<RuleSetLimits>;
}

/**
 * Result of {@link validateRuleSet}: the rule set as a deeply frozen copy of the input, or the issues found.
 *
 * @example
 * ```ts
 * const result: RuleSetValidation = validateRuleSet({ id: "team-rules", version: "1", rules: [] });
 * result.ok ? result.value.rules.length : result.issues; // 0
 * ```
 */
export type RuleSetValidation = { ok: true; value: RuleSet } | { ok: false; issues: RuleSetIssue[] };

const ShallowRuleSetSchema = RuleSetSchema.extend({
  rules: z.array(IndicatorRuleSchema.extend({ conditions: z.unknown() })),
});

function zodIssueCode(issue: z.core.$ZodIssue, input: unknown): RuleSetIssueCode {
  if (issue.code !== "unrecognized_keys" && valueAt(input, issue.path) === undefined) return "required";
  switch (issue.code) {
    case "invalid_type":
      return "type.invalid";
    case "unrecognized_keys":
      return "key.unknown";
    case "invalid_format":
      return issue.format === "date" ? "date.invalid" : "value.invalid";
    default:
      return "value.invalid";
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const seg of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, seg)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[seg];
  }
  return current;
}

function zodIssues(error: z.ZodError, input: unknown): RuleSetIssue[] {
  const out: RuleSetIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push(ruleSetIssue("key.unknown", [...path, key]));
    } else {
      out.push(ruleSetIssue(zodIssueCode(issue, input), path));
    }
  }
  return out;
}

/** The limits in force: the defaults, each replaced by a given one that is a finite whole number above 0. */
function limitsOf(given: unknown): RuleSetLimits {
  if (given === undefined) return defaultRuleSetLimits;
  if (typeof given !== "object" || given === null) throw new TppoError("limits.invalid", { field: "limits" });
  const limits: RuleSetLimits = { ...defaultRuleSetLimits };
  for (const key of Object.keys(defaultRuleSetLimits) as (keyof RuleSetLimits)[]) {
    const value: unknown = (given as Partial<Record<keyof RuleSetLimits, unknown>>)[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
      throw new TppoError("limits.invalid", { field: `limits.${key}` });
    }
    limits[key] = value;
  }
  return limits;
}

const refused = (code: RuleSetIssueCode): RuleSetValidation => ({
  ok: false,
  issues: [ruleSetIssue(code, [])],
});

/**
 * Checks a rule set against the fact catalogue and operators BEFORE anything runs, and returns a deeply frozen
 * copy of it: changing the input, or the returned rule set, afterwards cannot reach an evaluator.
 *
 * Only plain JSON data is accepted. The input is first copied with `structuredClone`, before anything else
 * reads it: a Proxy anywhere in it (whose traps never run), a function or symbol value, or a getter that throws
 * makes the copy fail, and the rule set is refused whole (`input.unreadable` at the root). In a copyable input,
 * getters and setters (`value.accessor`), class instances such as a `Date`, symbol keys, array holes, `NaN`
 * and `Infinity` (`type.invalid`) and `__proto__`, `constructor` or `prototype` keys (`key.forbidden`) are
 * reported at their paths. A getter runs at most once, while the input is copied.
 *
 * Then: the shape and metadata of every rule, unknown keys, unknown facts, paths that are not plain dotted or do
 * not exist in the fact's zod type, operators that do not fit the type at the path, compared values that do not
 * fit, bad or reversed effective dates, duplicate ids, events that do not name their rule, and rules that can
 * fire on protected attributes (or context facts) alone. Inputs beyond the depth and size limits are refused
 * with `limit.*` codes. Never throws on any rule set, never derives a fact, never runs a rule.
 *
 * @throws TppoError `limits.invalid` when a given limit is not a finite whole number above 0 (a programmer error)
 * @example
 * ```ts
 * const text = '{"id":"team-rules","version":"1","rules":[{"id":"r1"}]}'; // e.g. read from a file
 * const checked = validateRuleSet(JSON.parse(text));
 * if (checked.ok) Object.isFrozen(checked.value.rules[0]); // true
 * else for (const i of checked.issues) console.log(i.code, i.path.join("."), i.message.en);
 * // required rules.0.version Required
 * // required rules.0.label Required
 * // …
 * ```
 */
export function validateRuleSet(json: unknown, options: ValidateRuleSetOptions = {}): RuleSetValidation {
  const limits = limitsOf(options.limits);
  if (json === null || typeof json !== "object") return refused("type.invalid");
  let copy: unknown;
  try {
    copy = structuredClone(json);
  } catch (error) {
    return refused(error instanceof RangeError ? "limit.depth" : "input.unreadable");
  }
  try {
    return validate(json, copy, options, limits);
  } catch {
    // Defensive: a hostile input must never make validation throw.
    return refused("type.invalid");
  }
}

/**
 * Validates `copy`, a `structuredClone` of `original`. `original` holds no Proxy (the copy would have failed),
 * so scanning it runs no code; it is scanned for what the copy hides (getters, class instances). Everything
 * else reads the copy, which is what is returned, frozen.
 */
function validate(
  original: unknown,
  copy: unknown,
  options: ValidateRuleSetOptions,
  limits: RuleSetLimits,
): RuleSetValidation {
  if (!isPlainObject(original) || !isPlainObject(copy)) return refused("type.invalid");
  const rules = Object.hasOwn(copy, "rules") ? copy.rules : undefined;
  if (Array.isArray(rules) && rules.length > limits.maxRules) {
    return { ok: false, issues: [ruleSetIssue("limit.size", ["rules"])] };
  }
  const scanned = scanJson(original, limits, 2 * limits.maxDepth + 16);
  if (scanned.length > 0) return { ok: false, issues: scanned };

  const issues: RuleSetIssue[] = [];
  const shallow = ShallowRuleSetSchema.safeParse(copy);
  if (!shallow.success) issues.push(...zodIssues(shallow.error, copy));

  const walk: ConditionWalk = {
    facts: new Map((options.facts ?? defaultFacts).map((f) => [f.id, f])),
    operators: operatorMap(builtInOperators, options.operators ?? []),
    limits,
    issues,
    nodes: 0,
    stopped: false,
  };
  const ruleList = Array.isArray(rules) ? rules : [];
  const ids = new Set<string>();
  for (const rule of ruleList) if (isPlainObject(rule) && typeof rule.id === "string") ids.add(rule.id);
  const seen = new Set<string>();
  ruleList.forEach((rule, i) => {
    if (!isPlainObject(rule) || walk.stopped) return;
    checkRule(rule, ["rules", i], walk, ids, seen);
  });
  if (issues.length > 0) {
    return {
      ok: false,
      issues: withSuggestions(issues.slice(0, limits.maxIssues), copy, walk.facts, walk.operators),
    };
  }
  return { ok: true, value: deepFreeze(copy) as unknown as RuleSet };
}

/** A route tag's `when` names a fact in the catalogue and a plain dotted path to a boolean in its type. */
function checkRouteWhen(
  when: Record<string, unknown>,
  path: (string | number)[],
  walk: ConditionWalk,
  add: (code: RuleSetIssueCode, at: (string | number)[]) => void,
): void {
  if (typeof when.fact !== "string" || typeof when.path !== "string") return; // reported by the schema
  const fact = walk.facts.get(when.fact);
  if (fact === undefined) {
    add("fact.unknown", [...path, "fact"]);
    return;
  }
  if (!DOTTED_PATH_PATTERN.test(when.path) || when.path.split(".").some((s) => FORBIDDEN_SEGMENTS.has(s))) {
    add("path.invalid", [...path, "path"]);
    return;
  }
  const at = typeAtPath(fact.type, when.path);
  if (at === undefined) add("path.unknown", [...path, "path"]);
  else if (![...at.kinds].every((k) => k === "boolean")) add("value.type-mismatch", [...path, "path"]);
}

function checkRule(
  rule: Record<string, unknown>,
  path: (string | number)[],
  walk: ConditionWalk,
  ids: ReadonlySet<string>,
  seen: Set<string>,
): void {
  const add = (code: RuleSetIssueCode, at: (string | number)[]) => {
    if (walk.issues.length < walk.limits.maxIssues) walk.issues.push(ruleSetIssue(code, at));
  };
  if (typeof rule.id === "string") {
    if (seen.has(rule.id)) add("id.duplicate", [...path, "id"]);
    seen.add(rule.id);
    const event = rule.event;
    const indicator =
      isPlainObject(event) && isPlainObject(event.params) ? event.params.indicator : undefined;
    if (typeof indicator === "string" && indicator !== rule.id) add("event.mismatch", [...path, "event"]);
  }
  for (const key of ["validFrom", "validUntil"] as const) {
    const v = rule[key];
    if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !isIsoDate(v))
      add("date.invalid", [...path, key]);
  }
  const from = rule.validFrom;
  const until = rule.validUntil;
  if (isIsoDate(from) && isIsoDate(until) && until < from) add("date.order", [...path, "validUntil"]);
  if (Array.isArray(rule.strengthOverrides)) {
    rule.strengthOverrides.forEach((o, j) => {
      const when = isPlainObject(o) ? o.when : undefined;
      const named = isPlainObject(when) && Array.isArray(when.alsoFired) ? when.alsoFired : [];
      named.forEach((name, k) => {
        if (typeof name === "string" && !ids.has(name)) {
          add("rule.unknown-reference", [...path, "strengthOverrides", j, "when", "alsoFired", k]);
        }
      });
    });
  }
  if (Array.isArray(rule.routes)) {
    rule.routes.forEach((tag, j) => {
      const when = isPlainObject(tag) ? tag.when : undefined;
      if (isPlainObject(when)) checkRouteWhen(when, [...path, "routes", j, "when"], walk, add);
    });
  }
  if (!Object.hasOwn(rule, "conditions")) return; // reported as required by the schema
  checkRuleConditions(walk, rule.conditions, [...path, "conditions"]);
}

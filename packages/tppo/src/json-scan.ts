import { FORBIDDEN_SEGMENTS } from "./path-resolver.js";
import { type RuleSetIssue, type RuleSetLimits, ruleSetIssue } from "./rule-set-issue.js";

/** True for a plain object (object literal, JSON.parse result or null-prototype object). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Walks any input iteratively (no recursion, so hostile nesting cannot overflow the stack) and reports
 * forbidden keys, values that are not JSON, nesting deeper than `maxJsonDepth` and documents with more than
 * `limits.maxJsonValues` values. Runs no code of the input (no getters: only own enumerable data is read).
 */
export function scanJson(input: unknown, limits: RuleSetLimits, maxJsonDepth: number): RuleSetIssue[] {
  const issues: RuleSetIssue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  let seen = 0;
  let depthReported = false;
  while (stack.length > 0 && issues.length < limits.maxIssues) {
    const { value, path } = stack.pop()!;
    if (++seen > limits.maxJsonValues) {
      issues.push(ruleSetIssue("limit.size", []));
      break;
    }
    if (value === null || typeof value === "string" || typeof value === "boolean") continue;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) issues.push(ruleSetIssue("type.invalid", path));
      continue;
    }
    const isArray = Array.isArray(value);
    if (!isArray && !isPlainObject(value)) {
      issues.push(ruleSetIssue("type.invalid", path));
      continue;
    }
    if (path.length >= maxJsonDepth) {
      if (!depthReported) issues.push(ruleSetIssue("limit.depth", path.slice(0, 8)));
      depthReported = true;
      continue;
    }
    if (isArray) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN_SEGMENTS.has(key)) {
        issues.push(ruleSetIssue("key.forbidden", [...path, key]));
        continue;
      }
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined || !("value" in descriptor)) {
        issues.push(ruleSetIssue("type.invalid", [...path, key]));
        continue;
      }
      if (descriptor.value === undefined) continue; // an absent optional field written as undefined
      stack.push({ value: descriptor.value, path: [...path, key] });
    }
  }
  return issues;
}

import { FORBIDDEN_SEGMENTS } from "./path-resolver.js";
import { type RuleSetIssue, type RuleSetLimits, ruleSetIssue } from "./rule-set-issue.js";

/** True for a plain object (object literal, JSON.parse result or null-prototype object). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * Walks an input that holds no Proxy (it was copied with `structuredClone` first) iteratively (no recursion,
 * so hostile nesting cannot overflow the stack) and reports what plain JSON data cannot be: forbidden keys
 * (`key.forbidden`); accessor properties, getters or setters (`value.accessor`); functions, symbols, symbol
 * keys, class instances and other objects whose prototype is not `Object.prototype` or null, array holes,
 * `NaN` and `Infinity` (`type.invalid`); nesting deeper than `maxJsonDepth` and documents with more than
 * `limits.maxJsonValues` values. Runs no code of the input: properties are read through their descriptors,
 * so no getter is called.
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
    if (typeof value !== "object" || (!isArray && !isPlainObject(value))) {
      issues.push(ruleSetIssue("type.invalid", path));
      continue;
    }
    if (Object.getOwnPropertySymbols(value).length > 0) {
      issues.push(ruleSetIssue("type.invalid", path));
      continue;
    }
    if (path.length >= maxJsonDepth) {
      if (!depthReported) issues.push(ruleSetIssue("limit.depth", path.slice(0, 8)));
      depthReported = true;
      continue;
    }
    const keys = Object.keys(value);
    const children: { value: unknown; path: (string | number)[] }[] = [];
    if (isArray) {
      const length = (value as unknown[]).length;
      if (keys.length !== length || keys.some((k) => !ARRAY_INDEX.test(k))) {
        // holes, or keys other than indexes: not a JSON array
        issues.push(ruleSetIssue("type.invalid", path));
        continue;
      }
    }
    for (const key of keys) {
      const at = isArray ? Number(key) : key;
      if (!isArray && FORBIDDEN_SEGMENTS.has(key)) {
        issues.push(ruleSetIssue("key.forbidden", [...path, key]));
        continue;
      }
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined || !("value" in descriptor)) {
        issues.push(ruleSetIssue("value.accessor", [...path, at]));
        continue;
      }
      if (descriptor.value === undefined && !isArray) continue; // an absent optional field written as undefined
      children.push({ value: descriptor.value, path: [...path, at] });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return issues;
}

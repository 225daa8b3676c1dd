import type { IssueCode } from "./issue-code.js";

/** Limits checked before schema validation, so hostile input gives an issue, never a stack overflow. */
export interface InputLimits {
  /** Deepest nesting of objects and arrays accepted (the root is depth 0). */
  maxDepth: number;
  /** Most values (objects, arrays and scalars) accepted in total. */
  maxNodes: number;
}

/** Default {@link InputLimits}: depth 32 (a case is about 6 deep), 500,000 values. */
export const defaultInputLimits: InputLimits = { maxDepth: 32, maxNodes: 500_000 };

/** The outcome of {@link inspectInput}: undefined when the input is within limits. */
export type InputGuardIssue = { code: IssueCode; path: (string | number)[] } | undefined;

/**
 * Walks the input iteratively (no recursion) and reports the first limit it breaks: `input.too-deep`,
 * `input.too-large`, or `input.unreadable` when reading it throws (a throwing getter or proxy).
 */
export function inspectInput(input: unknown, limits: InputLimits = defaultInputLimits): InputGuardIssue {
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  let nodes = 0;
  try {
    while (stack.length > 0) {
      const { value, depth } = stack.pop()!;
      nodes += 1;
      if (nodes > limits.maxNodes) return { code: "input.too-large", path: [] };
      if (value === null || typeof value !== "object") continue;
      if (depth >= limits.maxDepth) return { code: "input.too-deep", path: [] };
      const children: unknown[] = Array.isArray(value)
        ? value
        : Object.keys(value).map((key) => (value as Record<string, unknown>)[key]);
      if (nodes + stack.length + children.length > limits.maxNodes)
        return { code: "input.too-large", path: [] };
      for (const child of children) stack.push({ value: child, depth: depth + 1 });
    }
  } catch {
    return { code: "input.unreadable", path: [] };
  }
  return undefined;
}

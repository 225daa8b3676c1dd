import type { IssueCode } from "./issue-code.js";
import { type IssuePath, safePathSegment } from "./issue-mapping.js";

/** Limits checked before schema validation, so hostile input gives an issue, never a stack overflow or a stall. */
export interface InputLimits {
  /** Deepest nesting of objects and arrays accepted (the root is depth 0). */
  maxDepth: number;
  /** Most values (objects, arrays and scalars) accepted in total. */
  maxNodes: number;
  /** Most keys in any one object (a record has at most a few dozen fields). */
  maxKeys: number;
}

/** Default {@link InputLimits}: depth 32 (a case is about 6 deep), 500,000 values, 1,000 keys in one object. */
export const defaultInputLimits: InputLimits = { maxDepth: 32, maxNodes: 500_000, maxKeys: 1_000 };

/** The outcome of {@link inspectInput}: undefined when the input is within limits. */
export type InputGuardIssue = { code: IssueCode; path: IssuePath } | undefined;

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Frame | undefined;
  readonly key: string | number;
}

function pathOf(frame: Frame): IssuePath {
  const path: IssuePath = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) {
    path.push(safePathSegment(f.key));
  }
  return path.reverse();
}

/**
 * Walks the input iteratively (no recursion) and reports the first limit it breaks: `input.too-deep`,
 * `input.too-large`, `input.too-wide` (an object with more than `maxKeys` keys, at its path), or
 * `input.unreadable` when reading it throws (a throwing getter or proxy).
 */
export function inspectInput(input: unknown, limits: InputLimits = defaultInputLimits): InputGuardIssue {
  const stack: Frame[] = [{ value: input, depth: 0, parent: undefined, key: "" }];
  let nodes = 0;
  try {
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const { value, depth } = frame;
      nodes += 1;
      if (nodes > limits.maxNodes) return { code: "input.too-large", path: [] };
      if (value === null || typeof value !== "object") continue;
      if (depth >= limits.maxDepth) return { code: "input.too-deep", path: [] };
      if (Array.isArray(value)) {
        if (nodes + stack.length + value.length > limits.maxNodes)
          return { code: "input.too-large", path: [] };
        for (let i = 0; i < value.length; i++)
          stack.push({ value: value[i], depth: depth + 1, parent: frame, key: i });
        continue;
      }
      const keys = Object.keys(value);
      if (keys.length > limits.maxKeys) return { code: "input.too-wide", path: pathOf(frame) };
      if (nodes + stack.length + keys.length > limits.maxNodes) return { code: "input.too-large", path: [] };
      for (const key of keys) {
        stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, parent: frame, key });
      }
    }
  } catch {
    return { code: "input.unreadable", path: [] };
  }
  return undefined;
}

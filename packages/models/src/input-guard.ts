import type { IssueCode } from "./issue-code.js";
import { type IssuePath, safePathSegment } from "./issue-mapping.js";

/**
 * Limits checked before schema validation, so hostile input gives an issue, never a stack overflow or a stall.
 * A parse function takes some of them in `options.limits`; the others keep {@link defaultInputLimits}.
 *
 * @example
 * ```ts
 * const limits: Partial<InputLimits> = { maxDepth: 4 };
 * let nested: unknown = "x";
 * for (let i = 0; i < 5; i++) nested = { nested };
 * const r = parsePerson(nested, { limits });
 * r.ok === false && r.issues[0]?.code; // "input.too-deep"
 * ```
 */
export interface InputLimits {
  /** Deepest nesting of objects and arrays accepted (the root is depth 0). */
  maxDepth: number;
  /** Most values (objects, arrays and scalars) accepted in total. */
  maxNodes: number;
  /** Most keys in any one object (a record has at most a few dozen fields). */
  maxKeys: number;
}

/**
 * Default {@link InputLimits}: depth 32 (a case is about 6 deep), 500,000 values, 1,000 keys in one object.
 *
 * @example
 * ```ts
 * defaultInputLimits; // { maxDepth: 32, maxNodes: 500000, maxKeys: 1000 }
 * const wide = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i]));
 * const r = parsePerson(wide);
 * r.ok === false && r.issues[0]?.code; // "input.too-wide" (more than maxKeys keys in one object)
 * ```
 */
export const defaultInputLimits: InputLimits = { maxDepth: 32, maxNodes: 500_000, maxKeys: 1_000 };

/** The outcome of {@link inspectInput}: undefined when the input is within limits. */
export type InputGuardIssue = { code: IssueCode; path: IssuePath } | undefined;

/**
 * Walks the input iteratively (no recursion) and reports the first limit it breaks: `input.too-deep`,
 * `input.too-large`, `input.too-wide` (an object with more than `maxKeys` keys, at its path), or
 * `input.unreadable` when reading it throws (a throwing getter or proxy). Values wait on plain parallel stacks
 * and each object or array visited leaves only its key and parent, so a valid record costs no allocation per
 * value.
 */
export function inspectInput(input: unknown, limits: InputLimits = defaultInputLimits): InputGuardIssue {
  const values: unknown[] = [input];
  const depths: number[] = [0];
  const keys: (string | number)[] = [""];
  const parents: number[] = [-1];
  // visited objects and arrays: their key and their parent's index here (for the path of `input.too-wide`)
  const frameKeys: (string | number)[] = [];
  const frameParents: number[] = [];
  let nodes = 0;
  try {
    while (values.length > 0) {
      const value = values.pop();
      const depth = depths.pop()!;
      const key = keys.pop()!;
      const parent = parents.pop()!;
      nodes += 1;
      if (nodes > limits.maxNodes) return { code: "input.too-large", path: [] };
      if (value === null || typeof value !== "object") continue;
      if (depth >= limits.maxDepth) return { code: "input.too-deep", path: [] };
      const frame = frameKeys.length;
      frameKeys.push(key);
      frameParents.push(parent);
      if (Array.isArray(value)) {
        if (nodes + values.length + value.length > limits.maxNodes)
          return { code: "input.too-large", path: [] };
        for (let i = 0; i < value.length; i++) {
          values.push(value[i]);
          depths.push(depth + 1);
          keys.push(i);
          parents.push(frame);
        }
        continue;
      }
      const names = Object.keys(value);
      if (names.length > limits.maxKeys) {
        return { code: "input.too-wide", path: pathOf(frame, frameKeys, frameParents) };
      }
      if (nodes + values.length + names.length > limits.maxNodes)
        return { code: "input.too-large", path: [] };
      for (const name of names) {
        values.push((value as Record<string, unknown>)[name]);
        depths.push(depth + 1);
        keys.push(name);
        parents.push(frame);
      }
    }
  } catch {
    return { code: "input.unreadable", path: [] };
  }
  return undefined;
}

/** The path of a visited object: the keys from the root down (the root itself has none). */
function pathOf(
  frame: number,
  frameKeys: readonly (string | number)[],
  frameParents: readonly number[],
): IssuePath {
  const path: IssuePath = [];
  for (let f = frame; frameParents[f]! !== -1; f = frameParents[f]!)
    path.push(safePathSegment(frameKeys[f]!));
  return path.reverse();
}

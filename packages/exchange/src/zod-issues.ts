import { LONG_KEY_PLACEHOLDER, MAX_ECHOED_KEY_LENGTH } from "@timpora/models";
import type * as z from "zod";

/** The shape codes a zod issue maps to, as in every package of the SDK. */
export type ShapeIssueCode = "type.invalid" | "required" | "key.unknown" | "value.invalid";

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const seg of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, seg)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[seg];
  }
  return current;
}

/** A key as it may appear in an issue's path: a long key (which could be a value in disguise) is not echoed. */
export function echoedKey(key: string | number): string | number {
  return typeof key === "string" && key.length > MAX_ECHOED_KEY_LENGTH ? LONG_KEY_PLACEHOLDER : key;
}

/** Maps zod's issues to coded shape issues with paths (unknown keys one by one; long keys not echoed). */
export function zodIssuePaths(
  error: z.ZodError,
  input: unknown,
): { code: ShapeIssueCode; path: (string | number)[] }[] {
  const out: { code: ShapeIssueCode; path: (string | number)[] }[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol").map(echoedKey);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys.slice(0, 20))
        out.push({ code: "key.unknown", path: [...path, echoedKey(key)] });
    } else if (valueAt(input, issue.path) === undefined) {
      out.push({ code: "required", path });
    } else {
      out.push({ code: issue.code === "invalid_type" ? "type.invalid" : "value.invalid", path });
    }
  }
  return out;
}

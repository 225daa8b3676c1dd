import { DOTTED_PATH_PATTERN } from "./rule-set.js";

/** Path segments that are never followed, whatever the object holds. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Reads the sub-value at a plain dotted path ("employer.sector", "permits.0.kind"): each segment is an own
 * property of a plain object, or a numeric index into an array. No JSONPath, no evaluation of rule text,
 * no prototype lookups: `__proto__`, `constructor` and `prototype` segments, inherited properties and
 * malformed paths all give `undefined`. Usable as json-rules-engine's `pathResolver` option.
 *
 * @example
 * ```ts
 * dottedPathResolver({ employer: { sector: "fishing" } }, "employer.sector"); // "fishing"
 * dottedPathResolver({}, "__proto__.polluted"); // undefined
 * ```
 */
export function dottedPathResolver(value: unknown, path: string): unknown {
  if (typeof path !== "string" || !DOTTED_PATH_PATTERN.test(path)) return undefined;
  let current: unknown = value;
  for (const segment of path.split(".")) {
    if (FORBIDDEN_SEGMENTS.has(segment)) return undefined;
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]{0,8})$/.test(segment)) return undefined;
      current = current[Number(segment)];
    } else if (current !== null && typeof current === "object") {
      if (!Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * The value a json-rules-engine condition compares: the fact's value, or with a `path`, the sub-value at that
 * path when the fact's value is a non-null object. Like json-rules-engine, a path on a non-object value gives
 * the value itself.
 */
export function conditionFactValue(factValue: unknown, path: string | undefined): unknown {
  if (path === undefined || path === "") return factValue;
  if (factValue !== null && typeof factValue === "object") return dottedPathResolver(factValue, path);
  return factValue;
}

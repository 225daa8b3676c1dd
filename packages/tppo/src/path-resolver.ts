import { DOTTED_PATH_PATTERN } from "./rule-set.js";

/**
 * Path segments that are never followed, whatever the object holds.
 *
 * @example
 * ```ts
 * FORBIDDEN_SEGMENTS.has("__proto__"); // true
 * dottedPathResolver({ constructor: { name: "x" } }, "constructor.name"); // undefined (even as an own property)
 * ```
 */
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
  const segments = segmentsOf(path);
  if (segments === undefined) return undefined;
  let current: unknown = value;
  for (const { key, index } of segments) {
    if (Array.isArray(current)) {
      if (index === undefined) return undefined;
      current = current[index];
    } else if (current !== null && typeof current === "object") {
      if (!Object.hasOwn(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    } else {
      return undefined;
    }
  }
  return current;
}

/** A parsed path segment: the key, and the array index it denotes when it is a plain number. */
export interface Segment {
  key: string;
  index: number | undefined;
}

/** Parsed paths (rule paths are few and repeat for every case); bounded so odd callers cannot grow it. */
const parsedPaths = new Map<string, readonly Segment[] | undefined>();
const PARSED_PATHS_LIMIT = 4096;

/** The segments of a valid plain dotted path, or undefined when it is malformed or has a forbidden segment. */
export function segmentsOf(path: string): readonly Segment[] | undefined {
  if (typeof path !== "string") return undefined;
  if (parsedPaths.has(path)) return parsedPaths.get(path);
  let segments: Segment[] | undefined;
  if (DOTTED_PATH_PATTERN.test(path)) {
    const parts = path.split(".");
    segments = parts.some((p) => FORBIDDEN_SEGMENTS.has(p))
      ? undefined
      : parts.map((key) => ({ key, index: /^(0|[1-9][0-9]{0,8})$/.test(key) ? Number(key) : undefined }));
  }
  if (parsedPaths.size < PARSED_PATHS_LIMIT) parsedPaths.set(path, segments);
  return segments;
}

/**
 * The value a json-rules-engine condition compares: the fact's value, or with a `path`, the sub-value at that
 * path when the fact's value is a non-null object. Like json-rules-engine, a path on a non-object value gives
 * the value itself.
 *
 * @example
 * ```ts
 * conditionFactValue({ employer: { sector: "fishing" } }, "employer.sector"); // "fishing"
 * conditionFactValue(7, "count"); // 7 (a path on a value that is not an object: the value itself)
 * conditionFactValue({ employer: {} }, "employer.sector"); // undefined
 * ```
 */
export function conditionFactValue(factValue: unknown, path: string | undefined): unknown {
  if (path === undefined || path === "") return factValue;
  if (factValue !== null && typeof factValue === "object") return dottedPathResolver(factValue, path);
  return factValue;
}

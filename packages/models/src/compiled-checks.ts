/**
 * The common zod checks as plain predicates, for the compiled accept path of the parse functions
 * (compiled-schema.ts): each accepts only values zod accepts.
 */

/** A zod check as the compiled path calls it: its definition and its check function. */
export interface Check {
  /** zod's internals of the check. */
  _zod: {
    def: { when?: (payload: { value: unknown; issues: unknown[] }) => boolean };
    check: (payload: { value: unknown; issues: unknown[] }) => unknown;
  };
}

/** A check that reads no more than the value: accepted or not. */
export type Predicate = (value: unknown) => boolean;

/** Whether a string has a surrogate pair (then its length in code points is less than in UTF-16 units). */
function hasSurrogatePair(s: string): boolean {
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return true;
  }
  return false;
}

/** Code points of a string (a surrogate pair counts once). */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * The common checks as plain predicates that accept only values zod accepts, whether it measures a string in
 * UTF-16 units (older zod 4 releases) or in code points (4.6): lengths, `safeint`, bounds, and the pattern of
 * `regex`, `date` and `datetime` formats. A check's own `when` is ignored: running a check zod would skip can only
 * reject, and zod then decides. Any other check (refinements included) is called as zod calls it.
 */
export function predicateOf(check: Check): Predicate | undefined {
  const def = check._zod.def as Record<string, unknown>;
  switch (def.check) {
    case "max_length": {
      const max = def.maximum;
      if (typeof max !== "number") return undefined;
      return (v) => (v as { length: number }).length <= max;
    }
    case "min_length": {
      const min = def.minimum;
      if (typeof min !== "number") return undefined;
      return (v) => {
        const units = (v as { length: number }).length;
        if (typeof v !== "string" || units >= 2 * min) return units >= min;
        return codePoints(v) >= min;
      };
    }
    case "length_equals": {
      const length = def.length;
      if (typeof length !== "number") return undefined;
      return (v) =>
        (v as { length: number }).length === length && (typeof v !== "string" || !hasSurrogatePair(v));
    }
    case "greater_than": {
      const bound = def.value;
      if (typeof bound !== "number") return undefined;
      return def.inclusive === true ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case "less_than": {
      const bound = def.value;
      if (typeof bound !== "number") return undefined;
      return def.inclusive === true ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    case "number_format":
      return def.format === "safeint" ? (v) => Number.isSafeInteger(v) : undefined;
    case "string_format": {
      const pattern = def.pattern;
      const known = def.format === "regex" || def.format === "date" || def.format === "datetime";
      if (!known || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) return undefined;
      return (v) => typeof v === "string" && pattern.test(v);
    }
    default:
      return undefined;
  }
}

import type * as z from "zod";
import type { ValueKind } from "./operators.js";
import { FORBIDDEN_SEGMENTS } from "./path-resolver.js";

/** What a zod type says about the value at a path: its kinds and the zod types that can produce it. */
export interface TypeAtPath {
  /** Value kinds the path can hold (including "null" for nullable/optional). */
  kinds: Set<ValueKind>;
  /** The zod types found at the path (several for unions). */
  schemas: z.ZodType[];
}

interface ZodDef {
  type: string;
  format?: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
  items?: z.ZodType[];
}

const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);
const MAX_UNWRAP = 64;

/** Unwraps wrappers, lazies, pipes, unions and intersections into the concrete zod types a value can match. */
function concrete(schema: z.ZodType, out: z.ZodType[], kinds: Set<ValueKind>, budget = { n: 0 }): void {
  if (++budget.n > MAX_UNWRAP) {
    kinds.add("unknown");
    return;
  }
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType !== undefined) {
    if (def.type === "optional" || def.type === "nullable") kinds.add("null");
    concrete(def.innerType, out, kinds, budget);
  } else if (def.type === "lazy" && def.getter !== undefined) {
    concrete(def.getter(), out, kinds, budget);
  } else if (def.type === "pipe" && def.in !== undefined && def.out !== undefined) {
    const outDef = defOf(def.out);
    concrete(outDef.type === "transform" ? def.in : def.out, out, kinds, budget);
  } else if (def.type === "union" && def.options !== undefined) {
    for (const option of def.options) concrete(option, out, kinds, budget);
  } else if (def.type === "intersection" && def.left !== undefined && def.right !== undefined) {
    concrete(def.left, out, kinds, budget);
    concrete(def.right, out, kinds, budget);
  } else {
    out.push(schema);
  }
}

/** The value kind of a concrete (unwrapped) zod type. */
function kindOf(schema: z.ZodType): ValueKind[] {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return def.format === "date" || def.format === "datetime" ? ["date"] : ["string"];
    case "number":
    case "int":
    case "bigint":
      return ["number"];
    case "boolean":
      return ["boolean"];
    case "null":
    case "undefined":
    case "void":
      return ["null"];
    case "array":
    case "tuple":
      return ["array"];
    case "object":
    case "record":
    case "map":
      return ["object"];
    case "enum":
      return [...new Set(Object.values(def.entries ?? {}).map(primitiveKind))];
    case "literal":
      return [...new Set((def.values ?? []).map(primitiveKind))];
    default:
      return ["unknown"];
  }
}

function primitiveKind(v: unknown): ValueKind {
  if (v === null || v === undefined) return "null";
  if (typeof v === "number" || typeof v === "bigint") return "number";
  if (typeof v === "boolean") return "boolean";
  return typeof v === "string" ? "string" : "unknown";
}

/** The child zod type of a concrete container type at one path segment, or undefined if there is none. */
function child(schema: z.ZodType, segment: string): z.ZodType | "unknown" | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return def.shape !== undefined && Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
    case "record":
      return def.valueType;
    case "array":
      return /^(0|[1-9][0-9]{0,8})$/.test(segment) ? def.element : undefined;
    case "tuple":
      return /^\d+$/.test(segment) ? def.items?.[Number(segment)] : undefined;
    case "any":
    case "unknown":
      return "unknown";
    default:
      return undefined;
  }
}

/**
 * The type at a plain dotted path within a fact's zod type, or `undefined` when the path does not exist.
 * Objects are entered by shape keys, records by any key, arrays and tuples by numeric index (the element
 * type; a missing index gives undefined at run time); optional, nullable, default, readonly, lazy, pipe,
 * union and intersection types are looked through (a union has the path if any member has it). `any` and
 * `unknown` types accept any path, with kind "unknown".
 */
export function typeAtPath(type: z.ZodType, path: string | undefined): TypeAtPath | undefined {
  let current: z.ZodType[] = [];
  let kinds = new Set<ValueKind>();
  concrete(type, current, kinds);
  let unknownBelow = false;
  for (const segment of path === undefined || path === "" ? [] : path.split(".")) {
    if (FORBIDDEN_SEGMENTS.has(segment)) return undefined;
    if (unknownBelow) continue;
    const next: z.ZodType[] = [];
    const nextKinds = new Set<ValueKind>();
    let found = false;
    for (const schema of current) {
      const c = child(schema, segment);
      if (c === undefined) continue;
      found = true;
      if (c === "unknown") unknownBelow = true;
      else concrete(c, next, nextKinds);
    }
    if (!found) return undefined;
    // an object reached through an optional parent may be absent
    if (kinds.has("null")) nextKinds.add("null");
    current = next;
    kinds = nextKinds;
  }
  if (unknownBelow) return { kinds: new Set(["unknown"]), schemas: [] };
  for (const schema of current) for (const k of kindOf(schema)) kinds.add(k);
  return { kinds, schemas: current };
}

/** The element types of the array types at a path (for `contains`), looked through wrappers. */
export function elementSchemas(at: TypeAtPath): z.ZodType[] {
  const out: z.ZodType[] = [];
  for (const schema of at.schemas) {
    const def = defOf(schema);
    if (def.type === "array" && def.element !== undefined) out.push(def.element);
    if (def.type === "tuple") out.push(...(def.items ?? []));
  }
  return out;
}

/** True when `value` is accepted by at least one of the schemas (no schemas = unknown type = accepted). */
export function fitsAny(schemas: readonly z.ZodType[], value: unknown): boolean {
  if (schemas.length === 0) return true;
  return schemas.some((s) => s.safeParse(value).success);
}

import * as z from "zod";

/** One path a condition may test within a fact's value, and its type in words. */
export interface FactPath {
  /** Plain dotted path (`""` for the fact's value itself). */
  path: string;
  /** The type: `boolean`, `number`, `integer`, `string`, `date`, `enum(a | b)`, `array<…>`, `record<…>`, `object`. */
  type: string;
  /** The value may be absent or null there. */
  optional: boolean;
}

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

const MAX_ENUM_SHOWN = 8;

function typeText(schema: JsonSchema): { type: string; nullable: boolean } {
  const options = schema.anyOf ?? schema.oneOf;
  if (options !== undefined) {
    const parts = options.filter((o) => o.type !== "null").map((o) => typeText(o).type);
    return { type: [...new Set(parts)].join(" | ") || "null", nullable: parts.length < options.length };
  }
  if (schema.enum !== undefined) {
    const values = schema.enum.map((v) => String(v));
    const shown = values.length > MAX_ENUM_SHOWN ? [...values.slice(0, MAX_ENUM_SHOWN), "…"] : values;
    return { type: `enum(${shown.join(" | ")})`, nullable: false };
  }
  if (schema.const !== undefined) return { type: JSON.stringify(schema.const), nullable: false };
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  const nullable = types.includes("null");
  const main = types.find((t) => t !== "null");
  if (main === "string" && (schema.format === "date" || schema.format === "date-time"))
    return { type: schema.format, nullable };
  if (main === "array")
    return { type: `array<${schema.items ? typeText(schema.items).type : "unknown"}>`, nullable };
  if (
    main === "object" &&
    schema.properties === undefined &&
    typeof schema.additionalProperties === "object"
  ) {
    return { type: `record<${typeText(schema.additionalProperties).type}>`, nullable };
  }
  return { type: main ?? "unknown", nullable };
}

/**
 * Every path a condition may test in a fact's zod type, with its type: the value itself, then each object key
 * (nested keys as dotted paths), from the type's JSON Schema (zod's `toJSONSchema`).
 */
export function factPaths(type: z.ZodType): FactPath[] {
  const schema = z.toJSONSchema(type, { unrepresentable: "any", io: "output" }) as JsonSchema;
  const out: FactPath[] = [];
  const visit = (s: JsonSchema, path: string, optional: boolean, depth: number) => {
    const { type: text, nullable } = typeText(s);
    out.push({ path, type: s.properties === undefined ? text : "object", optional: optional || nullable });
    if (s.properties === undefined || depth > 6) return;
    const required = new Set(s.required ?? []);
    for (const [key, child] of Object.entries(s.properties)) {
      visit(child, path === "" ? key : `${path}.${key}`, !required.has(key), depth + 1);
    }
  };
  visit(schema, "", false, 0);
  return out;
}

/** The value at a plain dotted path (`""` for the value itself). */
export function valueAtPath(value: unknown, path: string): unknown {
  if (path === "") return value;
  let node = value;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

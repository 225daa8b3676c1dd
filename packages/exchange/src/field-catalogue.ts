/**
 * The paths a sharing profile may name: every field of a case (`case.…`, from `CaseSchema` of @timpora/models)
 * and of an assessment (`assessment.…`, from `AssessmentSchema` of @timpora/tppo), read from the zod schemas so
 * the catalogue follows the models. Lists are transparent: `case.documents.number` is the number of every
 * document. An explanation tree (`assessment.fired.explanation`) is one opaque field: it is shared whole or not
 * at all.
 */
import { CaseSchema } from "@timpora/models";
import { AssessmentSchema, ExplanationNodeSchema } from "@timpora/tppo";
import type * as z from "zod";

/** One field of the catalogue. */
export interface FieldNode {
  /** Dotted path, e.g. `case.person.nationality`. */
  readonly path: string;
  /** Keys of its fields when it is an object (empty for a value or an opaque field). */
  readonly keys: readonly string[];
  /** Shared whole (an explanation tree); its inner paths are not in the catalogue. */
  readonly opaque: boolean;
}

/** The two roots of a shared record. */
export const RECORD_ROOTS = ["case", "assessment"] as const;

/** One root of a shared record. */
export type RecordRoot = (typeof RECORD_ROOTS)[number];

type AnySchema = z.core.$ZodType;

function walk(schema: AnySchema, path: string, out: Map<string, FieldNode>): void {
  if (schema === ExplanationNodeSchema) {
    out.set(path, { path, keys: [], opaque: true });
    return;
  }
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, AnySchema>;
      const existing = out.get(path);
      const own = new Set(existing?.keys ?? []);
      for (const key of Object.keys(shape)) own.add(key);
      out.set(path, { path, keys: [...own], opaque: false });
      for (const [key, child] of Object.entries(shape)) walk(child, `${path}.${key}`, out);
      return;
    }
    case "array":
      walk(def.element as AnySchema, path, out);
      return;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
    case "catch":
      walk(def.innerType as AnySchema, path, out);
      return;
    case "pipe":
      walk(def.in as AnySchema, path, out);
      return;
    case "union":
      for (const option of def.options as AnySchema[]) walk(option, path, out);
      return;
    case "intersection":
      walk(def.left as AnySchema, path, out);
      walk(def.right as AnySchema, path, out);
      return;
    case "never":
      return;
    default:
      if (!out.has(path)) out.set(path, { path, keys: [], opaque: false });
  }
}

let built: ReadonlyMap<string, FieldNode> | undefined;

/**
 * The catalogue of shareable paths (built once, on first use).
 *
 * @example
 * ```ts
 * fieldCatalogue().get("case.person")?.keys.includes("nationality"); // true
 * ```
 */
export function fieldCatalogue(): ReadonlyMap<string, FieldNode> {
  if (built === undefined) {
    const out = new Map<string, FieldNode>();
    walk(CaseSchema, "case", out);
    walk(AssessmentSchema, "assessment", out);
    built = out;
  }
  return built;
}

/**
 * Every path of the catalogue, in schema order.
 *
 * @example
 * ```ts
 * fieldPaths().includes("case.documents.number"); // true
 * ```
 */
export function fieldPaths(): string[] {
  return [...fieldCatalogue().keys()];
}

/** True when `ancestor` is `path` or lies above it (`case.person` above `case.person.names.primary`). */
export function isAtOrAbove(ancestor: string, path: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

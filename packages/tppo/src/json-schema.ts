import * as z from "zod";
import { AssessmentSchema } from "./assessment.js";
import { RuleSetSchema } from "./rule-set.js";

/**
 * A JSON Schema document (draft 2020-12).
 *
 * @example
 * ```ts
 * const schema: TppoJsonSchema = tppoJsonSchema("assessment");
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export type TppoJsonSchema = Record<string, unknown>;

/**
 * The schemas shipped as `schemas/<name>.json`.
 *
 * @example
 * ```ts
 * Object.keys(tppoSchemas); // ["rule-set", "assessment"]
 * tppoSchemas["rule-set"].safeParse(defaultRuleSet).success; // true
 * ```
 */
export const tppoSchemas = { "rule-set": RuleSetSchema, assessment: AssessmentSchema } as const;

/**
 * Name of a shipped schema.
 *
 * @example
 * ```ts
 * const names: TppoSchemaName[] = ["rule-set", "assessment"];
 * names.map((n) => tppoJsonSchema(n).$id);
 * // ["@timpora/tppo/schemas/rule-set.json", "@timpora/tppo/schemas/assessment.json"]
 * ```
 */
export type TppoSchemaName = keyof typeof tppoSchemas;

/**
 * The JSON Schema (draft 2020-12) of a rule set (its input) or an assessment. JSON Schema cannot express what
 * only `validateRuleSet` checks: facts, paths and operator fit against the fact catalogue, duplicate ids,
 * date order, protected-only and context-only branches, and the depth and size limits. Its `$id` is the
 * file's import specifier, `@timpora/tppo/schemas/<name>.json` (an identifier, not a web address).
 *
 * @example
 * ```ts
 * const schema = tppoJsonSchema("rule-set");
 * schema.title; // "RuleSet"
 * schema.$id; // "@timpora/tppo/schemas/rule-set.json"
 * ```
 */
export function tppoJsonSchema(name: TppoSchemaName): TppoJsonSchema {
  const json = z.toJSONSchema(tppoSchemas[name], {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  const { $schema: _, ...rest } = json as Record<string, unknown>;
  const title = name === "rule-set" ? "RuleSet" : "Assessment";
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `@timpora/tppo/schemas/${name}.json`,
    title,
    ...rest,
  };
}

import { dayNumberOf } from "@timpora/models";
import { calendarDateOf } from "./calendar-date-of.js";

/**
 * The kind of a fact's value at a path, as read from its zod type.
 *
 * @example
 * ```ts
 * import { builtInOperators } from "@timpora/tppo/engine";
 *
 * const kind: ValueKind = "date";
 * builtInOperators.filter((o) => o.accepts.includes(kind)).map((o) => o.name);
 * // ["equal", "notEqual", "in", "notIn", "dateBefore", "dateAfter", "dateWithinDaysOf"]
 * ```
 */
export type ValueKind = "string" | "number" | "boolean" | "date" | "null" | "array" | "object" | "unknown";

/**
 * What the compared `value` of a condition must be:
 * - `same`: a value of the fact's own type (checked with the fact's zod type);
 * - `array-of-same`: an array of such values;
 * - `element`: a value of the fact's array element type;
 * - `number`: a finite number;
 * - `date`: an ISO calendar date "YYYY-MM-DD";
 * - `days`: a whole number of days, 0 or more;
 * - `any`: not checked.
 *
 * @example
 * ```ts
 * import { operatorMap, builtInOperators } from "@timpora/tppo/engine";
 *
 * const within = operatorMap(builtInOperators).get("dateWithinDaysOf");
 * const required: ValueRequirement | undefined = within?.value;
 * required; // "days" (a rule gives a whole number of days: `{ operator: "dateWithinDaysOf", value: 30 }`)
 * ```
 */
export type ValueRequirement = "same" | "array-of-same" | "element" | "number" | "date" | "days" | "any";

/**
 * What an operator may read besides its two operands.
 *
 * @example
 * ```ts
 * const sameYear: OperatorDefinition = {
 *   name: "teamInYearOfEvaluation",
 *   accepts: ["date"],
 *   value: "any",
 *   evaluate: (fact, _value, ctx: OperatorContext) =>
 *     typeof fact === "string" && fact.slice(0, 4) === ctx.asOf.slice(0, 4),
 * };
 * sameYear.evaluate("2025-01-15", null, { asOf: "2025-03-01" }); // true
 * ```
 */
export interface OperatorContext {
  /** Evaluation date (YYYY-MM-DD). */
  asOf: string;
}

/**
 * An operator a condition may use, with the fact types it accepts.
 *
 * @example
 * ```ts
 * // a team's operator, named so that it does not clash with a built-in one; strings only
 * const startsWith: OperatorDefinition = {
 *   name: "teamStartsWith",
 *   accepts: ["string"],
 *   value: "same",
 *   evaluate: (fact, prefix) => typeof fact === "string" && fact.startsWith(String(prefix)),
 * };
 * const evaluator = createEvaluator({ asOf: "2025-03-01", operators: [startsWith] });
 * ```
 */
export interface OperatorDefinition {
  /** Name used in conditions. */
  name: string;
  /** Fact-value kinds the operator accepts; a fact whose type has another (non-null) kind is rejected. */
  accepts: readonly ValueKind[];
  /** What the compared value must be. */
  value: ValueRequirement;
  /** Guard on the fact value (json-rules-engine's factValueValidator): when false the condition fails. */
  validate?: (factValue: unknown) => boolean;
  /** The comparison. */
  evaluate: (factValue: unknown, compareTo: unknown, ctx: OperatorContext) => boolean;
}

const scalar: readonly ValueKind[] = ["string", "number", "boolean", "date", "null", "unknown"];
const numberValidator = (v: unknown): boolean => Number.parseFloat(v as string).toString() !== "NaN";
const numericComparisons = {
  lessThan: (a: unknown, b: unknown) => (a as number) < (b as number),
  lessThanInclusive: (a: unknown, b: unknown) => (a as number) <= (b as number),
  greaterThan: (a: unknown, b: unknown) => (a as number) > (b as number),
  greaterThanInclusive: (a: unknown, b: unknown) => (a as number) >= (b as number),
} as const;
const indexOf = (haystack: unknown, needle: unknown): number =>
  (haystack as { indexOf(x: unknown): number }).indexOf(needle);

/**
 * json-rules-engine's ten default operators with the same semantics (`===`, `indexOf`, `<`, …, and the same
 * fact-value validators), each declaring the fact types it fits. Numeric operators accept numbers only:
 * json-rules-engine would compare date strings through `parseFloat`, so dates have their own operators.
 *
 * @example
 * ```ts
 * defaultOperators.length; // 10
 * defaultOperators.find((o) => o.name === "greaterThan")?.accepts; // ["number", "unknown"]
 * ```
 */
export const defaultOperators: readonly OperatorDefinition[] = [
  { name: "equal", accepts: scalar, value: "same", evaluate: (a, b) => a === b },
  { name: "notEqual", accepts: scalar, value: "same", evaluate: (a, b) => a !== b },
  { name: "in", accepts: scalar, value: "array-of-same", evaluate: (a, b) => indexOf(b, a) > -1 },
  { name: "notIn", accepts: scalar, value: "array-of-same", evaluate: (a, b) => indexOf(b, a) === -1 },
  {
    name: "contains",
    accepts: ["array", "unknown"],
    value: "element",
    validate: Array.isArray,
    evaluate: (a, b) => indexOf(a, b) > -1,
  },
  {
    name: "doesNotContain",
    accepts: ["array", "unknown"],
    value: "element",
    validate: Array.isArray,
    evaluate: (a, b) => indexOf(a, b) === -1,
  },
  ...(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"] as const).map(
    (name): OperatorDefinition => ({
      name,
      accepts: ["number", "unknown"],
      value: "number",
      validate: numberValidator,
      evaluate: numericComparisons[name],
    }),
  ),
];

/**
 * The default operator names json-rules-engine registers itself.
 *
 * @example
 * ```ts
 * JSON_RULES_ENGINE_OPERATOR_NAMES.has("greaterThan"); // true
 * JSON_RULES_ENGINE_OPERATOR_NAMES.has("dateBefore"); // false (one of the SDK's date operators)
 * ```
 */
export const JSON_RULES_ENGINE_OPERATOR_NAMES: ReadonlySet<string> = new Set([
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
]);

const isCalendarDate = (v: unknown): boolean => calendarDateOf(v) !== undefined;

/** Calendar days by which `a` is after `b` (negative when earlier), or undefined when either is not a date. */
function daysAfter(a: unknown, b: unknown): number | undefined {
  const da = calendarDateOf(a);
  const db = calendarDateOf(b);
  if (da === undefined || db === undefined) return undefined;
  return dayNumberOf(da) - dayNumberOf(db);
}

/**
 * Date operators on calendar dates (ISO dates, or ISO date-times with offset read by the date written in their
 * own offset, see {@link calendarDateOf}; day numbers of @timpora/models, no zone and no luxon):
 * - `dateBefore`: the fact's date is strictly before the value's date;
 * - `dateAfter`: the fact's date is strictly after the value's date;
 * - `dateWithinDaysOf`: the fact's date is at most `value` calendar days before or after the evaluation date.
 * A fact value that is not a date makes the condition fail.
 *
 * @example
 * ```ts
 * dateOperators.map((o) => o.name); // ["dateBefore", "dateAfter", "dateWithinDaysOf"]
 * ```
 */
export const dateOperators: readonly OperatorDefinition[] = [
  {
    name: "dateBefore",
    accepts: ["date", "unknown"],
    value: "date",
    validate: isCalendarDate,
    evaluate: (a, b) => (daysAfter(a, b) ?? 0) < 0,
  },
  {
    name: "dateAfter",
    accepts: ["date", "unknown"],
    value: "date",
    validate: isCalendarDate,
    evaluate: (a, b) => (daysAfter(a, b) ?? 0) > 0,
  },
  {
    name: "dateWithinDaysOf",
    accepts: ["date", "unknown"],
    value: "days",
    validate: isCalendarDate,
    evaluate: (a, b, ctx) => {
      const days = daysAfter(a, ctx.asOf);
      if (days === undefined || typeof b !== "number" || !Number.isFinite(b)) return false;
      return Math.abs(days) <= b;
    },
  },
];

/**
 * All built-in operators: json-rules-engine's defaults and the date operators.
 *
 * @example
 * ```ts
 * builtInOperators.length; // 13
 * builtInOperators.some((o) => o.name === "dateWithinDaysOf"); // true
 * ```
 */
export const builtInOperators: readonly OperatorDefinition[] = [...defaultOperators, ...dateOperators];

/**
 * Applies an operator the way json-rules-engine's `Operator.evaluate` does: validator first, then comparison.
 *
 * @example
 * ```ts
 * const within = operatorMap(builtInOperators).get("dateWithinDaysOf")!;
 * applyOperator(within, "2025-02-20", 14, { asOf: "2025-03-01" }); // true (9 days before the evaluation date)
 * applyOperator(within, "not a date", 14, { asOf: "2025-03-01" }); // false (the validator refuses it)
 * ```
 */
export function applyOperator(
  op: OperatorDefinition,
  factValue: unknown,
  compareTo: unknown,
  ctx: OperatorContext,
): boolean {
  if (op.validate !== undefined && !op.validate(factValue)) return false;
  return op.evaluate(factValue, compareTo, ctx) === true;
}

/**
 * Builds a name → operator map; later definitions with the same name replace earlier ones.
 *
 * @example
 * ```ts
 * const byName = operatorMap(builtInOperators);
 * byName.size; // 13
 * byName.get("lessThan")?.accepts; // ["number", "unknown"]
 * ```
 */
export function operatorMap(
  ...lists: readonly (readonly OperatorDefinition[])[]
): Map<string, OperatorDefinition> {
  const map = new Map<string, OperatorDefinition>();
  for (const list of lists) for (const op of list) map.set(op.name, op);
  return map;
}

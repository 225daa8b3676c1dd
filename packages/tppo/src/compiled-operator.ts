import { dayNumberOf } from "@timpora/models";
import { calendarDateOf } from "./calendar-date-of.js";
import { builtInOperators, type OperatorContext, type OperatorDefinition } from "./operators.js";

/** A comparison of a fact value with a compared value, as `applyOperator` makes it. */
export type Comparison = (factValue: unknown, compareTo: unknown) => boolean;

const BUILT_IN: ReadonlyMap<string, OperatorDefinition> = new Map(
  builtInOperators.map((op) => [op.name, op]),
);

/** Day number of a value's calendar date, or undefined when it is not a date (see `calendarDateOf`). */
function dayOf(value: unknown): number | undefined {
  const date = calendarDateOf(value);
  return date === undefined ? undefined : dayNumberOf(date);
}

/** Built-in date operators with the compared date (or the evaluation date) read once, at compile time. */
function dateComparison(
  op: OperatorDefinition,
  ctx: OperatorContext,
  constant: unknown,
): Comparison | undefined {
  if (op.name === "dateWithinDaysOf") {
    const asOf = dayOf(ctx.asOf);
    if (asOf === undefined) return undefined;
    return (a, b) => {
      const day = dayOf(a);
      if (day === undefined || typeof b !== "number" || !Number.isFinite(b)) return false;
      return Math.abs(day - asOf) <= b;
    };
  }
  const to = dayOf(constant);
  if (to === undefined) return undefined;
  const before = op.name === "dateBefore";
  return (a) => {
    const day = dayOf(a);
    if (day === undefined) return false;
    return before ? day < to : day > to;
  };
}

/**
 * The comparison an operator makes, as `applyOperator` applies it (the fact-value validator first, then the
 * comparison, `true` only for `=== true`). json-rules-engine's `equal` and `notEqual` and the built-in date
 * operators are specialised (the compared date read once when it is a constant); any other operator, a team's
 * included, is called as it is.
 *
 * @param constant - the compared value when it is a constant of the rule (not a fact reference)
 */
export function compareWith(
  op: OperatorDefinition,
  ctx: OperatorContext,
  constant: { value: unknown } | undefined,
): Comparison {
  if (BUILT_IN.get(op.name) === op) {
    if (op.name === "equal") return (a, b) => a === b;
    if (op.name === "notEqual") return (a, b) => a !== b;
    if (op.name === "dateWithinDaysOf" || (constant !== undefined && op.name.startsWith("date"))) {
      const dates = dateComparison(op, ctx, constant?.value);
      if (dates !== undefined) return dates;
    }
  }
  const { validate, evaluate } = op;
  if (validate === undefined) return (a, b) => evaluate(a, b, ctx) === true;
  return (a, b) => (validate(a) ? evaluate(a, b, ctx) === true : false);
}

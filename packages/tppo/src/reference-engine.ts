import { Engine, Operator, type RuleProperties } from "json-rules-engine";
import {
  builtInOperators,
  JSON_RULES_ENGINE_OPERATOR_NAMES,
  type OperatorContext,
  type OperatorDefinition,
} from "./operators.js";
import { dottedPathResolver } from "./path-resolver.js";
import type { RuleEngine } from "./rule-engine.js";
import type { IndicatorRule } from "./rule-set.js";

/**
 * Options of {@link createJsonRulesEngine}.
 *
 * @example
 * ```ts
 * import { createEvaluator, type OperatorDefinition } from "@timpora/tppo";
 * import { builtInOperators } from "@timpora/tppo/engine";
 *
 * const startsWith: OperatorDefinition = { // a team's own operator: the reference engine needs it too
 *   name: "teamStartsWith",
 *   accepts: ["string"],
 *   value: "same",
 *   evaluate: (fact, prefix) => typeof fact === "string" && fact.startsWith(String(prefix)),
 * };
 * const asOf = "2025-03-01";
 * const engine = createJsonRulesEngine({ operators: [...builtInOperators, startsWith], operatorContext: { asOf } });
 * const evaluator = createEvaluator({ asOf, operators: [startsWith], engine });
 * ```
 */
export interface JsonRulesEngineOptions {
  /**
   * All operators rules may use; json-rules-engine's own defaults keep their built-in implementation. Default: the
   * built-in operators (json-rules-engine's ten and the date operators). Pass the evaluator's own list when a
   * team adds operators.
   */
  operators?: readonly OperatorDefinition[];
  /** Operator context (evaluation date) for the date operators. */
  operatorContext: OperatorContext;
}

/**
 * json-rules-engine `Operator`s for the custom (non-default) operators.
 *
 * @example
 * ```ts
 * import { builtInOperators } from "@timpora/tppo/engine";
 * import { Engine } from "json-rules-engine";
 *
 * const operators = jsonRulesEngineOperators(builtInOperators, { asOf: "2025-03-01" });
 * operators.map((op) => op.name); // ["dateBefore", "dateAfter", "dateWithinDaysOf"] (it has the other ten)
 * const engine = new Engine([], { allowUndefinedFacts: true });
 * for (const op of operators) engine.addOperator(op);
 * ```
 */
export function jsonRulesEngineOperators(
  operators: readonly OperatorDefinition[],
  ctx: OperatorContext,
): Operator<unknown, unknown>[] {
  return operators
    .filter((op) => !JSON_RULES_ENGINE_OPERATOR_NAMES.has(op.name))
    .map(
      (op) => new Operator(op.name, (a: unknown, b: unknown) => op.evaluate(a, b, ctx) === true, op.validate),
    );
}

/**
 * json-rules-engine's rule properties for an indicator rule (conditions cloned: the engine mutates them).
 *
 * @example
 * ```ts
 * import { defaultRuleSet } from "@timpora/tppo";
 * import { Engine } from "json-rules-engine";
 *
 * const overstay = defaultRuleSet.rules.find((r) => r.id === "overstay")!;
 * toRuleProperties(overstay).event; // { type: "indicator", params: { indicator: "overstay" } }
 * const engine = new Engine(defaultRuleSet.rules.map(toRuleProperties), { allowUndefinedFacts: true });
 * ```
 */
export function toRuleProperties(rule: IndicatorRule): RuleProperties {
  const props: RuleProperties = {
    name: rule.id,
    conditions: structuredClone(rule.conditions) as RuleProperties["conditions"],
    event: { type: rule.event.type, params: { indicator: rule.event.params.indicator } },
  };
  if (rule.priority !== undefined) props.priority = rule.priority;
  return props;
}

/**
 * The reference engine: json-rules-engine 7 with `allowUndefinedFacts`, the plain dotted path resolver
 * (no JSONPath) and the given operators. One `Engine` per rule list, reused across cases; runs are
 * serialised, because json-rules-engine keeps its run status on the engine.
 *
 * @example
 * ```ts
 * const asOf = "2025-03-01";
 * const evaluator = createEvaluator({ asOf, engine: createJsonRulesEngine({ operatorContext: { asOf } }) });
 * ```
 */
export function createJsonRulesEngine(options: JsonRulesEngineOptions): RuleEngine {
  const operators = options.operators ?? builtInOperators;
  const engines = new WeakMap<readonly IndicatorRule[], Engine>();
  let queue: Promise<unknown> = Promise.resolve();
  const engineFor = (rules: readonly IndicatorRule[]): Engine => {
    let engine = engines.get(rules);
    if (engine === undefined) {
      engine = new Engine(rules.map(toRuleProperties), {
        allowUndefinedFacts: true,
        pathResolver: dottedPathResolver as (value: object, path: string) => unknown,
      });
      for (const op of jsonRulesEngineOperators(operators, options.operatorContext)) engine.addOperator(op);
      engines.set(rules, engine);
    }
    return engine;
  };
  const runOnce = async (rules: readonly IndicatorRule[], facts: ReadonlyMap<string, unknown>) => {
    const runtimeFacts: Record<string, unknown> = Object.create(null);
    for (const [id, value] of facts) if (value !== undefined) runtimeFacts[id] = value;
    const { results, failureResults } = await engineFor(rules).run(runtimeFacts);
    const out = new Map<string, boolean>();
    for (const r of results) out.set(r.name, true);
    for (const r of failureResults) out.set(r.name, false);
    return out;
  };
  return {
    run(rules, facts) {
      const next = queue.then(() => runOnce(rules, facts));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

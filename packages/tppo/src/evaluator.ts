import { type Case, isIsoDate, type Locale, parseCase } from "@timpora/models";
import {
  defaultHolidayCalendar,
  defaultPolicyTable,
  type HolidayCalendar,
  type PolicyTable,
} from "@timpora/permits";
import type { Assessment } from "./assessment.js";
import { readRecord } from "./batch-record.js";
import {
  assessCompiled,
  assessReference,
  type CrossRecordContext,
  type PreparedEvaluation,
} from "./case-assessment.js";
import { compileRules, reusingRunner } from "./compiled-rules.js";
import {
  CaseInvalidError,
  EngineDisagreementError,
  EvaluatorOptionError,
  RuleSetInvalidError,
} from "./errors.js";
import type { AnyFactDefinition } from "./fact-definition.js";
import { defaultFacts } from "./facts/index.js";
import { personFact } from "./facts/person-facts.js";
import { delphiElementPatterns, type ElementPattern } from "./levels.js";
import { builtInOperators, type OperatorDefinition, operatorMap } from "./operators.js";
import { type RecordIssue, recordIssue } from "./record-issue.js";
import { type RecordSource, readSource } from "./record-source.js";
import type { RuleEngine } from "./rule-engine.js";
import type { IndicatorRule, RuleSet } from "./rule-set.js";
import { defaultRuleSet } from "./rules/index.js";
import { defaultThresholds, type Thresholds } from "./thresholds.js";
import { validateRuleSet } from "./validate-rule-set.js";
import { defaultZoneOf } from "./zone-of-case.js";

/**
 * Options of {@link createEvaluator}.
 *
 * @example
 * ```ts
 * const options: EvaluatorOptions = {
 *   asOf: "2025-03-01",
 *   locale: "en",
 *   thresholds: { addressCluster: 8 }, // a team's local choice, not law
 * };
 * createEvaluator(options).activeRuleIds.length; // 42
 * ```
 */
export interface EvaluatorOptions {
  /** Evaluation date (YYYY-MM-DD): facts are derived and rules chosen for this day. */
  asOf: string;
  /** Rule set (JSON or typed); validated first. Default: `defaultRuleSet`. */
  ruleSet?: unknown;
  /**
   * Language of each assessment's one-line `summary` (level name and fired indicators' labels); every label,
   * level name and reason still carries both `id` and `en`. Default "id" (Bahasa Indonesia).
   */
  locale?: Locale;
  /** Threshold overrides (over the defaults and the rule set's own thresholds). */
  thresholds?: Partial<Thresholds>;
  /** Element patterns of the combination rule. Default: {@link delphiElementPatterns}. */
  combination?: readonly ElementPattern[];
  /** Permits policy table. Default: the bundled one. */
  policy?: PolicyTable;
  /** Holiday calendar. Default: the bundled one. */
  calendar?: HolidayCalendar;
  /** Fact catalogue. Default: `defaultFacts`; pass `[...defaultFacts, ...yours]` to add facts. */
  facts?: readonly AnyFactDefinition[];
  /**
   * Extra operators, added to the built-in ones. One named like a date operator replaces it; one named like one of
   * json-rules-engine's ten defaults is refused (`UnsupportedRuleError`, feature `operator-replaced`).
   */
  operators?: readonly OperatorDefinition[];
  /** Show personal values in explanations instead of `{ redacted: true }`. Default false. */
  revealPersonal?: boolean;
  /**
   * IANA zone of a case's place of stay, given to facts as `zone` (with `zoneKnown: true`). Default: the zone
   * of the region of the case's permits, residence or lodging (`zoneOfStay` of @timpora/permits); when the case names
   * no known region, the fallback `FALLBACK_ZONE` ("Asia/Jakarta") with `zoneKnown: false`.
   * The fallback is harmless for the default facts: none reads the zone. The evaluation date is a calendar
   * date, and instants on a case (lodging check-in/out, observation times) carry their own offset and are read
   * by the calendar date written in that offset. Team facts that need the zone should check `zoneKnown`.
   */
  zoneOf?: (c: Case) => string;
  /**
   * The rule engine. Default `"compiled"`: each rule set is compiled once into closures over its condition trees;
   * every condition is evaluated at most once per case, and the explanations of the rules that fired or could not
   * be decided are built from what that run recorded (a failed rule's tree is not built: an assessment does not
   * carry it). Or an outside {@link RuleEngine}, such as `createJsonRulesEngine` from
   * `@timpora/tppo/json-rules-engine`, for the reference mode: that engine decides, the SDK's explanation walk
   * explains every rule, the compiled rules run beside them, and any disagreement throws
   * `EngineDisagreementError` (slower; for checks, not for bulk screening).
   */
  engine?: "compiled" | RuleEngine;
}

/**
 * One result of {@link Evaluator.evaluateMany}, in input order.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const results: BatchResult[] = [];
 * const records = [generateCase({ seed: "demo", asOf }), { id: "x" }];
 * for await (const r of createEvaluator({ asOf }).evaluateMany(records)) results.push(r);
 * results.map((r) => (r.ok ? r.assessment.level : r.issues[0]?.code)); // ["none", "required"]
 * ```
 */
export type BatchResult =
  | { ok: true; recordIndex: number; assessment: Assessment }
  | { ok: false; recordIndex: number; issues: RecordIssue[] };

/**
 * A configured evaluator.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const evaluator: Evaluator = createEvaluator({ asOf });
 * evaluator.ruleSet.version; // "2.0.0"
 * const c = generateCase({ seed: "demo", asOf, plant: ["passport-withheld"] });
 * (await evaluator.evaluate(c)).level; // "review"
 * ```
 */
export interface Evaluator {
  /** The validated rule set: a deeply frozen copy, so changing it (or the input) cannot reach the engine. */
  readonly ruleSet: RuleSet;
  /** Ids of the rules in force on the evaluation date. */
  readonly activeRuleIds: readonly string[];
  /** Screens one case (parsed with `parseCase`; throws `CaseInvalidError` if it does not parse). */
  evaluate(input: unknown, context?: CrossRecordContext): Promise<Assessment>;
  /** Screens a stream of records one by one, in input order; a bad record gives an error result and the batch goes on. */
  evaluateMany(
    source: RecordSource,
    context?: { index?: CrossRecordContext["index"] },
  ): AsyncIterable<BatchResult>;
}

function zoneGiven(zoneOf: (c: Case) => string): (c: Case) => { zone: string; known: boolean } {
  return (c) => ({ zone: zoneOf(c), known: true });
}

function localeOption(locale: unknown): Locale {
  if (locale === undefined) return "id";
  if (locale === "id" || locale === "en") return locale;
  throw new EvaluatorOptionError("locale");
}

/**
 * True when the rule is in force on `asOf` (validFrom and validUntil inclusive).
 *
 * @example
 * ```ts
 * const rule = { ...defaultRuleSet.rules[0]!, validFrom: "2025-01-01", validUntil: "2025-06-30" };
 * ruleInForce(rule, "2025-06-30"); // true
 * ruleInForce(rule, "2025-07-01"); // false
 * ```
 */
export function ruleInForce(rule: IndicatorRule, asOf: string): boolean {
  return rule.validFrom <= asOf && (rule.validUntil === undefined || asOf <= rule.validUntil);
}

/**
 * Creates an evaluator: validates the rule set against the fact catalogue and operators (throws
 * `RuleSetInvalidError` with the issues if it does not validate), keeps the rules in force on `asOf`, compiles
 * them once (throws `UnsupportedRuleError` for a feature the compiled engine does not evaluate as
 * json-rules-engine does, e.g. an operator list that replaces one of json-rules-engine's defaults), and returns
 * async `evaluate` and `evaluateMany`.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const evaluator = createEvaluator({ asOf });
 * const c = generateCase({ seed: "demo", asOf, plant: ["passport-withheld"] });
 * const assessment = await evaluator.evaluate(c); // no population index: cross-record ones not evaluated
 * console.log(assessment.level, assessment.fired.map((f) => f.id)); // "review" ["passport-withheld"]
 * ```
 */
export function createEvaluator(options: EvaluatorOptions): Evaluator {
  const asOf = options.asOf;
  if (!isIsoDate(asOf)) throw new EvaluatorOptionError("asOf");
  const factList = options.facts ?? defaultFacts;
  const operatorList = [...builtInOperators, ...(options.operators ?? [])];
  const checked = validateRuleSet(options.ruleSet ?? defaultRuleSet, {
    facts: factList,
    operators: options.operators ?? [],
  });
  if (!checked.ok) throw new RuleSetInvalidError(checked.issues);
  const ruleSet = checked.value;
  const active = ruleSet.rules.filter((r) => ruleInForce(r, asOf));
  const engine = engineOption(options.engine);
  const compiled = compileRules(active, {
    facts: factList,
    operators: operatorList,
    operatorContext: { asOf },
    revealPersonal: options.revealPersonal === true,
  });
  const factsById = new Map(factList.map((f) => [f.id, f]));
  const thresholds = { ...defaultThresholds, ...ruleSet.thresholds, ...options.thresholds } as Thresholds;
  const operators = operatorMap(operatorList);
  const prepared: PreparedEvaluation = {
    ruleSet,
    active,
    compiled,
    factDefinitions: compiled.factIds.map((id) => factsById.get(id)!),
    slots: new Map(compiled.factIds.map((id, i) => [id, i])),
    runCompiled: reusingRunner(compiled),
    personSlot: factsById.get("person") === personFact ? slotOf(compiled.factIds, "person") : undefined,
    facts: factsById,
    operators,
    asOf,
    thresholds,
    patterns: options.combination ?? delphiElementPatterns,
    policy: options.policy ?? defaultPolicyTable,
    calendar: options.calendar ?? defaultHolidayCalendar,
    zoneOf: options.zoneOf === undefined ? defaultZoneOf : zoneGiven(options.zoneOf),
    locale: localeOption(options.locale),
    revealPersonal: options.revealPersonal === true,
  };
  const assess = (c: Case, cross: CrossRecordContext): Assessment | Promise<Assessment> =>
    engine === undefined ? assessCompiled(prepared, c, cross) : assessReference(prepared, engine, c, cross);
  const screen: RecordScreen = (value, recordIndex, cross) => screenRecord(assess, value, recordIndex, cross);
  const evaluator: Evaluator = {
    ruleSet,
    activeRuleIds: Object.freeze(active.map((r) => r.id)),
    async evaluate(input, context = {}) {
      const parsed = parseCase(input);
      if (!parsed.ok) throw new CaseInvalidError(parsed.issues);
      return assess(parsed.value, context);
    },
    evaluateMany(source, context = {}) {
      return evaluateStream(screen, source, context.index === undefined ? {} : { index: context.index });
    },
  };
  screens.set(evaluator, screen);
  return evaluator;
}

/** Screens one record of a batch: its result, synchronously in the compiled mode. */
export type RecordScreen = (
  value: unknown,
  recordIndex: number,
  cross: CrossRecordContext,
) => BatchResult | Promise<BatchResult>;

const screens = new WeakMap<Evaluator, RecordScreen>();

/** The record screen of an evaluator made by {@link createEvaluator} (for the worker-thread batches). */
export function screenOf(evaluator: Evaluator): RecordScreen {
  const screen = screens.get(evaluator);
  if (screen === undefined) throw new EvaluatorOptionError("evaluator");
  return screen;
}

/** A record read as a case and assessed; a bad record or a failing evaluation gives an error result. */
function screenRecord(
  assess: (c: Case, cross: CrossRecordContext) => Assessment | Promise<Assessment>,
  value: unknown,
  recordIndex: number,
  cross: CrossRecordContext,
): BatchResult | Promise<BatchResult> {
  const parsed = readRecord(value);
  if (!parsed.ok) return { ok: false, recordIndex, issues: parsed.issues };
  const failed = (error: unknown): BatchResult => {
    if (error instanceof EngineDisagreementError) throw error;
    return { ok: false, recordIndex, issues: [recordIssue("evaluation.failed")] };
  };
  try {
    const assessment = assess(parsed.value, cross);
    if (assessment instanceof Promise) {
      return assessment.then((a): BatchResult => ({ ok: true, recordIndex, assessment: a }), failed);
    }
    return { ok: true, recordIndex, assessment };
  } catch (error) {
    return failed(error);
  }
}

function slotOf(ids: readonly string[], id: string): number | undefined {
  const i = ids.indexOf(id);
  return i === -1 ? undefined : i;
}

/** The `engine` option: undefined for the compiled engine, else the outside engine of the reference mode. */
function engineOption(engine: unknown): RuleEngine | undefined {
  if (engine === undefined || engine === "compiled") return undefined;
  if (engine !== null && typeof engine === "object" && typeof (engine as RuleEngine).run === "function") {
    return engine as RuleEngine;
  }
  throw new EvaluatorOptionError("engine");
}

async function* evaluateStream(
  screen: RecordScreen,
  source: RecordSource,
  cross: CrossRecordContext,
): AsyncGenerator<BatchResult> {
  let recordIndex = 0;
  for await (const { value } of readSource(source)) {
    const result = screen(value, recordIndex++, cross);
    yield result instanceof Promise ? await result : result;
  }
}

import { ageOn, type Case, isIsoDate, type Locale } from "@timpora/models";
import { type HolidayCalendar, type PolicyTable, type StayStatus, stayStatus } from "@timpora/permits";
import type { Assessment, FiredIndicator, NotEvaluatedIndicator } from "./assessment.js";
import type { CompiledRules, RulesRun } from "./compiled-rules.js";
import { EngineDisagreementError } from "./errors.js";
import { type ExplainContext, explainNode } from "./explanation.js";
import type { ExplanationNode } from "./explanation-node.js";
import type { AnyFactDefinition, FactContext, PopulationIndex } from "./fact-definition.js";
import type { PersonFacts } from "./facts/person-facts.js";
import { type ElementPattern, levelOf } from "./levels.js";
import { notEvaluatedReason } from "./not-evaluated-reason.js";
import type { OperatorDefinition } from "./operators.js";
import { routesOf } from "./routes.js";
import type { RuleEngine } from "./rule-engine.js";
import type { IndicatorRule, RuleSet, Strength } from "./rule-set.js";
import { levelLabels, summaryLine } from "./summary.js";
import type { Thresholds } from "./thresholds.js";

/**
 * Cross-record context of one evaluation: a population index, or precomputed counts, or neither.
 *
 * @example
 * ```ts
 * import { createEvaluator } from "@timpora/tppo";
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * // counts computed elsewhere (e.g. in the team's own database), by cross-record fact id
 * const context: CrossRecordContext = { counts: { sharedContactCount: 1 } };
 * const assessment = await createEvaluator({ asOf }).evaluate(generateCase({ seed: "demo", asOf }), context);
 * assessment.notEvaluated.length; // 0 (without the count, `shared-contact-details` is not evaluated)
 * ```
 */
export type CrossRecordContext =
  | { index: PopulationIndex; counts?: never }
  | { counts: Readonly<Record<string, number>>; index?: never }
  | { index?: undefined; counts?: undefined };

/** Everything prepared once per evaluator, shared by all cases. */
export interface PreparedEvaluation {
  /** The validated rule set. */
  ruleSet: RuleSet;
  /** Rules in force on `asOf`. */
  active: readonly IndicatorRule[];
  /** The active rules, compiled (run in the compiled mode, and beside the engine in the reference mode). */
  compiled: CompiledRules;
  /** The definitions of the facts the compiled rules read, in their slot order. */
  factDefinitions: readonly AnyFactDefinition[];
  /** Slot of each fact the compiled rules read. */
  slots: ReadonlyMap<string, number>;
  /** Runs the compiled rules (reusing one record: a run is read before the next). */
  runCompiled: (values: readonly unknown[]) => RulesRun;
  /** Slot of the default `person` fact, whose `minor` is the minor check, when the rules read it. */
  personSlot: number | undefined;
  /** Fact catalogue by id. */
  facts: ReadonlyMap<string, AnyFactDefinition>;
  /** Operators by name. */
  operators: ReadonlyMap<string, OperatorDefinition>;
  /** Evaluation date. */
  asOf: string;
  /** Thresholds in force. */
  thresholds: Thresholds;
  /** Element patterns of the combination rule. */
  patterns: readonly ElementPattern[];
  /** Policy table. */
  policy: PolicyTable;
  /** Holiday calendar. */
  calendar: HolidayCalendar;
  /** Zone of a case's place of stay, and whether it was known (false: the documented fallback). */
  zoneOf: (c: Case) => { zone: string; known: boolean };
  /** Language of the summary line. */
  locale: Locale;
  /** Show personal values in explanations. */
  revealPersonal: boolean;
}

const RANK: Record<Strength, number> = { strong: 3, medium: 2, weak: 1 };

/**
 * Under the minor age on `asOf`: the age in completed years is `ageOn` of @timpora/models, the one age rule of
 * the SDK (a 29 February birthday falls on 1 March in common years). An unknown, malformed or future birth date
 * counts as not a minor.
 *
 * @example
 * ```ts
 * isMinorOn("2008-02-29", "2026-02-28", 18); // true (17 years old)
 * isMinorOn("2008-02-29", "2026-03-01", 18); // false (18 years old)
 * isMinorOn(undefined, "2026-03-01", 18); // false
 * ```
 */
export function isMinorOn(birthDate: string | undefined, asOf: string, minorAge: number): boolean {
  if (!isIsoDate(birthDate) || !isIsoDate(asOf) || birthDate > asOf) return false;
  return ageOn(birthDate, asOf) < minorAge;
}

/**
 * The strength after overrides: the strongest applicable override, else the base strength.
 *
 * @example
 * ```ts
 * // crew-no-shore-leave: medium, strong when movement-restricted also fired
 * const crew = defaultRuleSet.rules.find((r) => r.id === "crew-no-shore-leave")!;
 * effectiveStrength(crew, false, new Set(["crew-no-shore-leave"])); // "medium"
 * effectiveStrength(crew, false, new Set(["crew-no-shore-leave", "movement-restricted"])); // "strong"
 * ```
 */
export function effectiveStrength(
  rule: IndicatorRule,
  minor: boolean,
  firedIds: ReadonlySet<string>,
): Strength {
  let best: Strength | undefined;
  for (const o of rule.strengthOverrides ?? []) {
    const applies = "minor" in o.when ? minor : o.when.alsoFired.every((id) => firedIds.has(id));
    if (applies && (best === undefined || RANK[o.strength] > RANK[best])) best = o.strength;
  }
  return best ?? rule.strength;
}

/** Why a rule's tree was not evaluated: missing cross-record data first, else the facts with a data gap. */
function notEvaluatedReasonOf(
  tree: ExplanationNode,
  facts: ReadonlyMap<string, AnyFactDefinition>,
): NotEvaluatedIndicator["reason"] {
  const gaps = new Set<string>();
  let crossRecord = false;
  const visit = (node: ExplanationNode): void => {
    if (node.kind !== "fact") {
      for (const child of node.children) visit(child);
    } else if (node.reason === "cross-record-missing") {
      crossRecord = true;
    } else if (node.reason === "data-gap") {
      gaps.add(node.fact);
    }
  };
  visit(tree);
  if (crossRecord || gaps.size === 0) return notEvaluatedReason("not-evaluated.cross-record-missing");
  const labels = [...gaps].flatMap((id) => {
    const label = facts.get(id)?.label;
    return label === undefined ? [] : [label];
  });
  return notEvaluatedReason("not-evaluated.data-gap", labels);
}

/** Derived fact values of one case, in the compiled rules' slot order, and the context they came from. */
interface CaseFacts {
  /** Values by slot (see `CompiledRules.factIds`). */
  values: unknown[];
  /** The same values by fact id, for routes and the reference engine. */
  byId: Pick<ReadonlyMap<string, unknown>, "get">;
}

/**
 * The fact context of a case. The zone and the stay status are computed when a fact first reads them (own
 * getters, so a team fact that copies the context with `{ ...ctx }` still sees them): only the facts the
 * active rules need are derived, and only what they read is computed.
 */
function factContext(p: PreparedEvaluation, c: Case, cross: CrossRecordContext): FactContext {
  let zone: { zone: string; known: boolean } | undefined;
  let stay: StayStatus | undefined;
  const ctx: FactContext = {
    case: c,
    asOf: p.asOf,
    get zone() {
      zone ??= p.zoneOf(c);
      return zone.zone;
    },
    get zoneKnown() {
      zone ??= p.zoneOf(c);
      return zone.known;
    },
    get stay() {
      stay ??= stayStatus(c, { on: p.asOf, policy: p.policy, calendar: p.calendar });
      return stay;
    },
    policy: p.policy,
    calendar: p.calendar,
    thresholds: p.thresholds,
  };
  if (cross.index !== undefined) ctx.index = cross.index;
  if (cross.counts !== undefined) ctx.counts = cross.counts;
  return ctx;
}

/** Derives the facts the active rules read, once each, in slot order. */
function deriveFacts(p: PreparedEvaluation, c: Case, cross: CrossRecordContext): CaseFacts {
  const ctx = factContext(p, c, cross);
  const defs = p.factDefinitions;
  const values = new Array<unknown>(defs.length);
  for (let i = 0; i < defs.length; i++) values[i] = defs[i]!.derive(ctx);
  const slots = p.slots;
  return {
    values,
    byId: {
      get(id) {
        const slot = slots.get(id);
        return slot === undefined ? undefined : values[slot];
      },
    },
  };
}

/** A rule that fired, with its explanation. */
interface FiredRule {
  rule: IndicatorRule;
  explanation: FiredIndicator["explanation"];
}

/**
 * Screens one case with the compiled rules: derives the facts, evaluates every rule once, builds the
 * explanations of the rules that fired or could not be decided (a failed rule's tree is never built: the
 * assessment does not carry it), and applies the level and route rules. Synchronous.
 */
export function assessCompiled(p: PreparedEvaluation, c: Case, cross: CrossRecordContext): Assessment {
  const facts = deriveFacts(p, c, cross);
  const run = p.runCompiled(facts.values);
  const fired: FiredRule[] = [];
  const notEvaluated: NotEvaluatedIndicator[] = [];
  for (let i = 0; i < p.active.length; i++) {
    const state = run.state(i);
    if (state === "failed") continue;
    const rule = p.active[i]!;
    const explanation = run.explain(i);
    if (state === "passed") fired.push({ rule, explanation });
    else notEvaluated.push(notEvaluatedIndicator(rule, explanation, p.facts));
  }
  return finish(p, c, facts, fired, notEvaluated);
}

/**
 * Screens one case in the reference mode: the outside engine (json-rules-engine) decides, the explanation walk
 * explains every rule, and the compiled rules are run beside them; a rule on which the walk or the compiled
 * rules disagree with the engine (or with each other) throws `EngineDisagreementError`.
 */
export async function assessReference(
  p: PreparedEvaluation,
  engine: RuleEngine,
  c: Case,
  cross: CrossRecordContext,
): Promise<Assessment> {
  const facts = deriveFacts(p, c, cross);
  const byId = new Map(p.compiled.factIds.map((id, i) => [id, facts.values[i]]));
  const outcomes = await engine.run(p.active, byId);
  const run = p.compiled.run(facts.values);
  const ectx: ExplainContext = {
    values: byId,
    facts: p.facts,
    operators: p.operators,
    operatorContext: { asOf: p.asOf },
    revealPersonal: p.revealPersonal,
  };
  const fired: FiredRule[] = [];
  const notEvaluated: NotEvaluatedIndicator[] = [];
  p.active.forEach((rule, i) => {
    const explanation = explainNode(rule.conditions, ectx);
    if (run.state(i) !== explanation.state) throw new EngineDisagreementError(rule.id);
    if (explanation.state === "not-evaluated") {
      notEvaluated.push(notEvaluatedIndicator(rule, explanation, p.facts));
      return;
    }
    const engineSays = outcomes.get(rule.id) === true;
    if ((explanation.state === "passed") !== engineSays) throw new EngineDisagreementError(rule.id);
    if (engineSays) fired.push({ rule, explanation });
  });
  return finish(p, c, facts, fired, notEvaluated);
}

function notEvaluatedIndicator(
  rule: IndicatorRule,
  explanation: ExplanationNode,
  facts: ReadonlyMap<string, AnyFactDefinition>,
): NotEvaluatedIndicator {
  return { id: rule.id, label: rule.label, reason: notEvaluatedReasonOf(explanation, facts), explanation };
}

/** Strengths, the level, the routes and the summary of a case whose rules are decided. */
function finish(
  p: PreparedEvaluation,
  c: Case,
  facts: CaseFacts,
  firedRules: readonly FiredRule[],
  notEvaluated: NotEvaluatedIndicator[],
): Assessment {
  // the default person fact already holds the minor check (the same `ageOn` reading); else it is made here
  const person = p.personSlot === undefined ? undefined : (facts.values[p.personSlot] as PersonFacts);
  const minor = person?.minor ?? isMinorOn(c.person.birthDate, p.asOf, p.thresholds.minorAge);
  const firedIds = new Set(firedRules.map((f) => f.rule.id));
  const fired: FiredIndicator[] = firedRules.map(({ rule, explanation }) => {
    const f: FiredIndicator = {
      id: rule.id,
      version: rule.version,
      label: rule.label,
      strength: effectiveStrength(rule, minor, firedIds),
      baseStrength: rule.strength,
      elements: [...rule.elements],
      needsObservation: rule.needsObservation,
      context: rule.context === true,
      sources: rule.sources,
      explanation,
    };
    if (rule.correlationGroup !== undefined) f.correlationGroup = rule.correlationGroup;
    return f;
  });
  const level = levelOf(fired, minor, p.patterns);
  const routes = routesOf({
    fired: fired.map((f, i) => ({ ...f, routes: firedRules[i]!.rule.routes })),
    elements: level.elements,
    minor,
    values: facts.byId,
    policy: p.policy,
    asOf: p.asOf,
  });
  return {
    caseId: c.id,
    evaluationDate: p.asOf,
    ruleSetId: p.ruleSet.id,
    ruleSetVersion: p.ruleSet.version,
    policyVersion: p.policy.version,
    calendarVersion: p.calendar.version,
    minor,
    level: level.level,
    levelLabel: levelLabels[level.level],
    locale: p.locale,
    summary: summaryLine({ level: level.level, fired, notEvaluated: notEvaluated.length }, p.locale),
    levelReasons: level.reasons,
    elements: level.elements,
    fired,
    notEvaluated,
    routes,
  };
}

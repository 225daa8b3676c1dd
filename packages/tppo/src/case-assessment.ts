import { ageOn, type Case, isIsoDate, type Locale } from "@timpora/models";
import { type HolidayCalendar, type PolicyTable, stayStatus } from "@timpora/permits";
import type { Assessment, FiredIndicator, NotEvaluatedIndicator } from "./assessment.js";
import type { RuleEngine } from "./engine.js";
import { EngineDisagreementError } from "./errors.js";
import { type ExplainContext, explainNode } from "./explanation.js";
import type { ExplanationNode } from "./explanation-node.js";
import type { AnyFactDefinition, FactContext, PopulationIndex } from "./fact-definition.js";
import { type ElementPattern, levelOf } from "./levels.js";
import { notEvaluatedReason } from "./not-evaluated-reason.js";
import type { OperatorDefinition } from "./operators.js";
import { routesOf } from "./routes.js";
import type { IndicatorRule, RuleSet, Strength } from "./rule-set.js";
import { levelLabels, summaryLine } from "./summary.js";
import type { Thresholds } from "./thresholds.js";

/** Cross-record context of one evaluation: a population index, or precomputed counts, or neither. */
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
  /** Fact ids the active rules reference. */
  neededFacts: readonly string[];
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
  /** The rule engine. */
  engine: RuleEngine;
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

/** The strength after overrides: the strongest applicable override, else the base strength. */
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

/** Derives the facts, runs the engine, explains every rule and applies the level rule for one case. */
export async function assessCase(
  p: PreparedEvaluation,
  c: Case,
  cross: CrossRecordContext,
): Promise<Assessment> {
  const { zone, known: zoneKnown } = p.zoneOf(c);
  const stay = stayStatus(c, { on: p.asOf, policy: p.policy, calendar: p.calendar });
  const ctx: FactContext = {
    case: c,
    asOf: p.asOf,
    zone,
    zoneKnown,
    stay,
    policy: p.policy,
    calendar: p.calendar,
    thresholds: p.thresholds,
  };
  if (cross.index !== undefined) ctx.index = cross.index;
  if (cross.counts !== undefined) ctx.counts = cross.counts;
  const values = new Map<string, unknown>();
  for (const id of p.neededFacts) values.set(id, p.facts.get(id)!.derive(ctx));
  const outcomes = await p.engine.run(p.active, values);
  const ectx: ExplainContext = {
    values,
    facts: p.facts,
    operators: p.operators,
    operatorContext: { asOf: p.asOf },
    revealPersonal: p.revealPersonal,
  };
  const firedRules: { rule: IndicatorRule; explanation: FiredIndicator["explanation"] }[] = [];
  const notEvaluated: NotEvaluatedIndicator[] = [];
  for (const rule of p.active) {
    const explanation = explainNode(rule.conditions, ectx);
    const engineSays = outcomes.get(rule.id) === true;
    if (explanation.state === "not-evaluated") {
      const reason = notEvaluatedReasonOf(explanation, p.facts);
      notEvaluated.push({ id: rule.id, label: rule.label, reason, explanation });
      continue;
    }
    if ((explanation.state === "passed") !== engineSays) throw new EngineDisagreementError(rule.id);
    if (engineSays) firedRules.push({ rule, explanation });
  }
  const minor = isMinorOn(c.person.birthDate, p.asOf, p.thresholds.minorAge);
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
    values,
    policy: p.policy,
    asOf: p.asOf,
  });
  return {
    caseId: c.id,
    evaluationDate: p.asOf,
    ruleSetId: p.ruleSet.id,
    ruleSetVersion: p.ruleSet.version,
    policyVersion: stay.policyVersion,
    calendarVersion: stay.calendarVersion,
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

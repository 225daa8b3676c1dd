/**
 * The observation form of a visit: exactly the part-B questions whose answers the rules still lack for the
 * people at a target, none already answered on their cases.
 */
import type { Case, Labels } from "@timpora/models";
import { type Assessment, defaultRuleSet, type RuleSet } from "@timpora/tppo";
import { answersOfPath, type QuestionKey, questionLabels } from "./observation-questions.js";
import type { OperationTarget } from "./operation-targets.js";
import { OversightError } from "./oversight-error.js";
import { checkedCase } from "./presence.js";

/**
 * One question of the form: who it is asked of, and the indicators waiting on its answer.
 *
 * @example
 * ```ts
 * const question: ChecklistQuestion = { key: "guarded", label: questionLabels.guarded, indicators: ["movement-restricted"], people: [3, 7] };
 * question.label.id; // "B2: Apakah ia dijaga?"
 * ```
 */
export interface ChecklistQuestion {
  /** The answer key in `ObservationAnswers` of @timpora/models. */
  key: QuestionKey;
  /** The question in Indonesian and English. */
  label: Labels;
  /** Ids of the indicators whose outcome waits on it (part B, not yet fired, or not evaluated). */
  indicators: string[];
  /** Positions of the cases of the people to ask. */
  people: number[];
}

/**
 * The observation form of one target (JSON; no personal data beyond case positions).
 *
 * @example
 * ```ts
 * const form: Checklist = {
 *   target: { kind: "address", id: "adr-1", rank: 1 },
 *   questions: [{ key: "documentHolder", label: questionLabels.documentHolder, indicators: ["passport-withheld"], people: [3] }],
 * };
 * renderChecklist(form, { locale: "en" }).includes("B1: Who holds the passport or ID?"); // true
 * ```
 */
export interface Checklist {
  /** The target: kind, record id and rank. */
  target: Pick<OperationTarget, "kind" | "id" | "rank">;
  /** The questions, in checklist order (B1 to B14). */
  questions: ChecklistQuestion[];
}

/**
 * Options of {@link checklistFor}.
 *
 * @example
 * ```ts
 * import { defaultRuleSet } from "@timpora/tppo";
 * const options: ChecklistOptions = { ruleSet: defaultRuleSet }; // the rule set the assessments were made with
 * ```
 */
export interface ChecklistOptions {
  /** The rule set the assessments were made with (default `defaultRuleSet` of @timpora/tppo). */
  ruleSet?: RuleSet;
}

/** The answer keys a condition tree reads from the `observation` fact. */
function keysRead(node: unknown, into: Set<QuestionKey>): Set<QuestionKey> {
  if (Array.isArray(node)) for (const child of node) keysRead(child, into);
  else if (typeof node === "object" && node !== null) {
    const leaf = node as { fact?: unknown; path?: unknown };
    if (leaf.fact === "observation" && typeof leaf.path === "string")
      for (const key of answersOfPath[leaf.path.replace(/^\$\.?/, "")] ?? []) into.add(key);
    for (const value of Object.values(node)) keysRead(value, into);
  }
  return into;
}

/** Per indicator, the answers its rule reads from an officer's observation. */
function questionsByIndicator(ruleSet: RuleSet): Map<string, Set<QuestionKey>> {
  const out = new Map<string, Set<QuestionKey>>();
  for (const rule of ruleSet.rules) {
    const keys = keysRead(rule.conditions, new Set());
    if (keys.size > 0) out.set(rule.event.params.indicator, keys);
  }
  return out;
}

/** The answer keys on any of the case's observations. */
function answeredOn(c: Case): Set<string> {
  const out = new Set<string>();
  for (const o of c.observations)
    for (const [key, value] of Object.entries(o.answers)) if (value !== undefined) out.add(key);
  return out;
}

const ORDER = Object.keys(questionLabels) as QuestionKey[];

/**
 * The observation form for one target: for each person there, the part-B questions (brief B1–B14, and A1's
 * `guardianPresent`) read by the indicators the rules could not settle for them (indicators not evaluated, and
 * part-B indicators that rest on an officer's observation and have not fired), less every question already
 * answered on any observation of their case. JSON, with each question in Indonesian and English.
 *
 * @param target - a target of `operationTargets`
 * @param cases - the same cases, in the same order, as given to `operationTargets`
 * @param assessments - their screening results
 * @param options - `ruleSet`: the rule set of the assessments
 * @throws {@link OversightError} `case.invalid`, `option.invalid`
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * import { createEvaluator } from "@timpora/tppo";
 * const cases = [...generateCases({ seed: "op", count: 300, plant: { "forced-labour-observed": 0.02 } })];
 * const evaluator = createEvaluator({ asOf: "2025-06-30" });
 * const assessments = await Promise.all(cases.map((c) => evaluator.evaluate(c)));
 * const form = checklistFor(operationTargets(cases, assessments)[0]!, cases, assessments);
 * form.questions.map((q) => q.label.en); // ["B3: To whom is the debt owed?", "B3: Is the debt repaid through work or deductions?"]
 * ```
 */
export function checklistFor(
  target: OperationTarget,
  cases: readonly Case[],
  assessments: Iterable<Assessment>,
  options: ChecklistOptions = {},
): Checklist {
  const ruleSet = options.ruleSet ?? defaultRuleSet;
  if (typeof ruleSet !== "object" || ruleSet === null || !Array.isArray(ruleSet.rules))
    throw new OversightError("option.invalid", { field: "ruleSet" });
  const byIndicator = questionsByIndicator(ruleSet);
  const observationRules = ruleSet.rules
    .filter((r) => r.needsObservation)
    .map((r) => r.event.params.indicator);
  const byCase = new Map<string, Assessment>();
  for (const a of assessments) byCase.set(a.caseId, a);
  const asked = new Map<QuestionKey, { indicators: Set<string>; people: Set<number> }>();
  for (const person of target.people) {
    const raw = cases[person.index];
    if (raw === undefined) throw new OversightError("case.invalid", { field: `cases[${person.index}]` });
    const c = checkedCase(raw, person.index);
    const a = byCase.get(c.id);
    if (a === undefined) continue;
    const fired = new Set(a.fired.map((f) => f.id));
    const open = new Set([
      ...a.notEvaluated.map((n) => n.id),
      ...observationRules.filter((id) => !fired.has(id)),
    ]);
    const answered = answeredOn(c);
    for (const id of open)
      for (const key of byIndicator.get(id) ?? []) {
        if (answered.has(key)) continue;
        const entry = asked.get(key) ?? { indicators: new Set(), people: new Set() };
        entry.indicators.add(id);
        entry.people.add(person.index);
        asked.set(key, entry);
      }
  }
  const questions = ORDER.filter((key) => asked.has(key)).map((key) => {
    const entry = asked.get(key)!;
    return {
      key,
      label: questionLabels[key],
      indicators: [...entry.indicators].sort(),
      people: [...entry.people].sort((x, y) => x - y),
    };
  });
  return { target: { kind: target.kind, id: target.id, rank: target.rank }, questions };
}

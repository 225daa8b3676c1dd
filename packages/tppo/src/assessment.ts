import * as z from "zod";
import type { ExplanationNode } from "./explanation.js";
import type { ElementResult, Level, LevelReason } from "./levels.js";
import type { Element, RuleLabels, RuleSource, Strength } from "./rule-set.js";
import type { Locale } from "./summary.js";

/** An indicator that fired for the case, with its evidence. Indicators are evidence, never a verdict. */
export interface FiredIndicator {
  /** Indicator id. */
  id: string;
  /** Rule version. */
  version: string;
  /** Name in Indonesian and English. */
  label: RuleLabels;
  /** Strength after overrides. */
  strength: Strength;
  /** The rule's base strength. */
  baseStrength: Strength;
  /** Elements it evidences. */
  elements: Element[];
  /** Correlation group, if any. */
  correlationGroup?: string;
  /** Rests on an officer's observation. */
  needsObservation: boolean;
  /** Context only (never counted toward an element). */
  context: boolean;
  /** Sources with their confidence. */
  sources: RuleSource[];
  /** Why it fired: the condition tree with every fact, path, operator, expected and actual value. */
  explanation: ExplanationNode;
}

/** An indicator whose outcome depends on cross-record data that was not given: neither fired nor cleared. */
export interface NotEvaluatedIndicator {
  /** Indicator id. */
  id: string;
  /** Name in Indonesian and English. */
  label: RuleLabels;
  /** Why it was not evaluated. */
  reason: RuleLabels;
  /** The condition tree, with the missing leaves marked not evaluated. */
  explanation: ExplanationNode;
}

/**
 * The screening result of one case. `refer` means: refer for victim screening, a protective procedure.
 * Nothing here labels a person a trafficker or a victim.
 */
export interface Assessment {
  /** Case id. */
  caseId: string;
  /** Evaluation date (YYYY-MM-DD). */
  evaluationDate: string;
  /** Rule-set id. */
  ruleSetId: string;
  /** Rule-set version. */
  ruleSetVersion: string;
  /** Version of the permits policy table used. */
  policyVersion: string;
  /** Version of the holiday calendar used. */
  calendarVersion: string;
  /** Whether the person counted as a minor on the evaluation date (unknown birth date: not a minor). */
  minor: boolean;
  /** The level. */
  level: Level;
  /** Name of the level in Indonesian and English. */
  levelLabel: RuleLabels;
  /** Language of `summary` (the evaluator's `locale`). */
  locale: Locale;
  /** One line in `locale`: the level's name and the fired indicators' labels (no personal values). */
  summary: string;
  /** Why the level, in Indonesian and English. */
  levelReasons: LevelReason[];
  /** Per element: positive or not, and the indicators counted. */
  elements: Record<Element, ElementResult>;
  /** Indicators that fired, in rule-set order. */
  fired: FiredIndicator[];
  /** Indicators that could not be evaluated (cross-record data missing). */
  notEvaluated: NotEvaluatedIndicator[];
}

const labels = z.object({ id: z.string(), en: z.string() });
const strength = z.enum(["strong", "medium", "weak"]);
const element = z.enum(["act", "means", "purpose"]);
const nodeState = z.enum(["passed", "failed", "not-evaluated"]);
const reason = z.enum(["short-circuit", "cross-record-missing"]);

const leafShape = {
  kind: z.literal("fact"),
  fact: z.string(),
  path: z.string().optional(),
  operator: z.string(),
  expected: z.unknown(),
  expectedRef: z.object({ fact: z.string(), path: z.string().optional() }).optional(),
  reason: reason.optional(),
  name: z.string().optional(),
};

/**
 * zod schema of an explanation node (for the JSON Schema). A leaf that passed or failed carries its `actual`
 * value; a leaf that was not evaluated may omit it (issue 4: every leaf has an actual value or is not evaluated).
 */
export const ExplanationNodeSchema: z.ZodType<ExplanationNode> = z.lazy(() =>
  z.union([
    z.object({ ...leafShape, actual: z.unknown(), state: z.enum(["passed", "failed"]) }),
    z.object({ ...leafShape, actual: z.unknown().optional(), state: z.literal("not-evaluated") }),
    z.object({
      kind: z.enum(["all", "any", "not"]),
      state: nodeState,
      reason: reason.optional(),
      children: z.array(ExplanationNodeSchema),
      name: z.string().optional(),
    }),
  ]),
) as z.ZodType<ExplanationNode>;

const elementResult = z.object({ positive: z.boolean(), counted: z.array(z.string()) });

/** zod schema of an assessment (for the JSON Schema). */
export const AssessmentSchema = z.object({
  caseId: z.string(),
  evaluationDate: z.iso.date(),
  ruleSetId: z.string(),
  ruleSetVersion: z.string(),
  policyVersion: z.string(),
  calendarVersion: z.string(),
  minor: z.boolean(),
  level: z.enum(["none", "note", "review", "refer"]),
  levelLabel: labels,
  locale: z.enum(["id", "en"]),
  summary: z.string(),
  levelReasons: z.array(z.object({ code: z.string(), label: labels })),
  elements: z.object({ act: elementResult, means: elementResult, purpose: elementResult }),
  fired: z.array(
    z.object({
      id: z.string(),
      version: z.string(),
      label: labels,
      strength,
      baseStrength: strength,
      elements: z.array(element),
      correlationGroup: z.string().optional(),
      needsObservation: z.boolean(),
      context: z.boolean(),
      sources: z.array(
        z.object({
          ref: z.string(),
          url: z.string().optional(),
          confidence: z.enum(["high", "medium", "low", "unverified"]),
        }),
      ),
      explanation: ExplanationNodeSchema,
    }),
  ),
  notEvaluated: z.array(
    z.object({ id: z.string(), label: labels, reason: labels, explanation: ExplanationNodeSchema }),
  ),
});

import { ConfidenceSchema, LocaleSchema } from "@timpora/models";
import * as z from "zod";
import { ExplanationNodeSchema } from "./explanation-node.js";
import { LevelReasonSchema } from "./level-reason.js";
import { ElementResultSchema, LevelSchema } from "./levels.js";
import { NotEvaluatedReasonCodeSchema } from "./not-evaluated-reason.js";
import { RouteSchema } from "./routes.js";
import { ElementSchema, StrengthSchema } from "./rule-set.js";

const labels = z.object({ id: z.string(), en: z.string() });

/**
 * zod schema of a {@link FiredIndicator}.
 *
 * @example
 * ```ts
 * FiredIndicatorSchema.shape.strength.options; // ["strong", "medium", "weak"]
 * ```
 */
export const FiredIndicatorSchema = z.object({
  /** Indicator id. */
  id: z.string(),
  /** Rule version. */
  version: z.string(),
  /** Name in Indonesian and English. */
  label: labels,
  /** Strength after overrides. */
  strength: StrengthSchema,
  /** The rule's base strength. */
  baseStrength: StrengthSchema,
  /** Elements it evidences. */
  elements: z.array(ElementSchema),
  /** Correlation group, if any. */
  correlationGroup: z.string().optional(),
  /** Rests on an officer's observation. */
  needsObservation: z.boolean(),
  /** Context only (never counted toward an element). */
  context: z.boolean(),
  /** Sources with their confidence. */
  sources: z.array(
    z.object({
      /** Citation (instrument, article, publication). */
      ref: z.string(),
      /** Where to read it. */
      url: z.string().optional(),
      /** How sure we are that the source says this and that it applies. */
      confidence: ConfidenceSchema,
    }),
  ),
  /** Why it fired: the condition tree with every fact, path, operator, expected and actual value. */
  explanation: ExplanationNodeSchema,
});

/**
 * An indicator that fired for the case, with its evidence. Indicators are evidence, never a verdict.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const c = generateCase({ seed: "demo", asOf, plant: ["overstay"] });
 * const { fired } = await createEvaluator({ asOf }).evaluate(c);
 * const overstay: FiredIndicator | undefined = fired[0];
 * overstay?.id; // "overstay"
 * overstay?.strength; // "weak"
 * overstay?.elements; // ["means"]
 * ```
 */
export type FiredIndicator = z.infer<typeof FiredIndicatorSchema>;

/**
 * zod schema of a {@link NotEvaluatedIndicator}.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const assessment = await createEvaluator({ asOf }).evaluate(generateCase({ seed: "demo", asOf }));
 * NotEvaluatedIndicatorSchema.safeParse(assessment.notEvaluated[0]).success; // true
 * ```
 */
export const NotEvaluatedIndicatorSchema = z.object({
  /** Indicator id. */
  id: z.string(),
  /** Name in Indonesian and English. */
  label: labels,
  /** Why it was not evaluated: a stable code and its message in Indonesian and English. */
  reason: z.object({ code: NotEvaluatedReasonCodeSchema, message: labels }),
  /** The condition tree, with the missing leaves marked not evaluated. */
  explanation: ExplanationNodeSchema,
});

/**
 * An indicator whose outcome depends on data that is not there (cross-record data not given, or an answer not
 * on record): neither fired nor cleared.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const assessment = await createEvaluator({ asOf }).evaluate(generateCase({ seed: "demo", asOf }));
 * const gap: NotEvaluatedIndicator | undefined = assessment.notEvaluated[0]; // no population index was given
 * gap?.id; // "shared-contact-details"
 * gap?.reason.code; // "not-evaluated.cross-record-missing"
 * ```
 */
export type NotEvaluatedIndicator = z.infer<typeof NotEvaluatedIndicatorSchema>;

/**
 * zod schema of an {@link Assessment} (shipped as `schemas/assessment.json`).
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const evaluator = createEvaluator({ asOf });
 * AssessmentSchema.safeParse(await evaluator.evaluate(generateCase({ seed: "demo", asOf }))).success; // true
 * ```
 */
export const AssessmentSchema = z.object({
  /** Case id. */
  caseId: z.string(),
  /** Evaluation date (YYYY-MM-DD). */
  evaluationDate: z.iso.date(),
  /** Rule-set id. */
  ruleSetId: z.string(),
  /** Rule-set version. */
  ruleSetVersion: z.string(),
  /** Version of the permits policy table used. */
  policyVersion: z.string(),
  /** Version of the holiday calendar used. */
  calendarVersion: z.string(),
  /** Whether the person counted as a minor on the evaluation date (unknown birth date: not a minor). */
  minor: z.boolean(),
  /** The level. */
  level: LevelSchema,
  /** Name of the level in Indonesian and English. */
  levelLabel: labels,
  /** Language of `summary` (the evaluator's `locale`). */
  locale: LocaleSchema,
  /** One line in `locale`: the level's name and the fired indicators' labels (no personal values). */
  summary: z.string(),
  /** Why the level: stable codes with their messages in Indonesian and English. */
  levelReasons: z.array(LevelReasonSchema),
  /** Per element: positive or not, and the indicators counted. */
  elements: z.object({ act: ElementResultSchema, means: ElementResultSchema, purpose: ElementResultSchema }),
  /** Indicators that fired, in rule-set order. */
  fired: z.array(FiredIndicatorSchema),
  /** Indicators that could not be evaluated (cross-record data missing). */
  notEvaluated: z.array(NotEvaluatedIndicatorSchema),
  /** Where else the case belongs beside its level (immigration, labour, child protection, identity); never raises the level. */
  routes: z.array(RouteSchema),
});

/**
 * The screening result of one case. `refer` means: refer for victim screening, a protective procedure.
 * Nothing here labels a person a trafficker or a victim.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const evaluator = createEvaluator({ asOf, locale: "en" });
 * const c = generateCase({ seed: "demo", asOf, plant: ["overstay"] });
 * const assessment: Assessment = await evaluator.evaluate(c);
 * assessment.level; // "note"
 * assessment.summary; // "Note — 1 indicator: Overstay; 3 not evaluated (data not given or not on record)"
 * assessment.routes.map((r) => r.route); // ["immigration"]
 * ```
 */
export type Assessment = z.infer<typeof AssessmentSchema>;

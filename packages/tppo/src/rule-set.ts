import { ConfidenceSchema, type Labels } from "@timpora/models";
import * as z from "zod";
import { RouteTagSchema } from "./routes.js";

/**
 * Pattern of a plain dotted path: identifiers of letters, digits and `_`, joined by dots.
 *
 * @example
 * ```ts
 * DOTTED_PATH_PATTERN.test("permits.0.kind"); // true
 * DOTTED_PATH_PATTERN.test("$.permits[0].kind"); // false (JSONPath is not accepted)
 * ```
 */
export const DOTTED_PATH_PATTERN: RegExp = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/**
 * Pattern of ids (rule, rule set, fact): letters, digits, `-` and `_`, starting with a letter.
 *
 * @example
 * ```ts
 * ID_PATTERN.test("team-long-overstay"); // true
 * ID_PATTERN.test("1-overstay"); // false (an id starts with a letter)
 * ```
 */
export const ID_PATTERN: RegExp = /^[A-Za-z][A-Za-z0-9_-]{0,127}$/;

/**
 * zod schema of {@link Strength}.
 *
 * @example
 * ```ts
 * StrengthSchema.parse("strong"); // "strong"
 * ```
 */
export const StrengthSchema = z.enum(["strong", "medium", "weak"]);

/**
 * Evidential strength of an indicator, after the ILO–EC Delphi weights (strong, medium, weak).
 *
 * @example
 * ```ts
 * const strongest = (fired: readonly { strength: Strength }[]): Strength | undefined =>
 *   StrengthSchema.options.find((s) => fired.some((f) => f.strength === s));
 * strongest([{ strength: "weak" }, { strength: "medium" }]); // "medium"
 * ```
 */
export type Strength = z.infer<typeof StrengthSchema>;

/**
 * zod schema of {@link Element}.
 *
 * @example
 * ```ts
 * ElementSchema.options; // ["act", "means", "purpose"]
 * ```
 */
export const ElementSchema = z.enum(["act", "means", "purpose"]);

/**
 * A legal element of trafficking (UU 21/2007; Palermo Art. 3): act (proses), means (cara), purpose (tujuan).
 *
 * @example
 * ```ts
 * const element: Element = "purpose";
 * defaultRuleSet.rules.filter((r) => r.elements.includes(element)).length; // 12
 * ```
 */
export type Element = z.infer<typeof ElementSchema>;

/** Labels of a rule: both texts non-empty, at most 2,000 characters, no other keys. */
const RuleLabelsSchema: z.ZodType<Labels> = z.strictObject({
  id: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
});

const isoDate = z.iso.date();

/**
 * zod schema of a {@link LeafCondition}.
 *
 * @example
 * ```ts
 * LeafConditionSchema.safeParse({ fact: "stay", path: "overstayDays", operator: "greaterThan", value: 0 }).success; // true
 * ```
 */
export const LeafConditionSchema = z.strictObject({
  /** Id of the fact in the fact catalogue. */
  fact: z.string().regex(ID_PATTERN),
  /** Plain dotted path into the fact's value ("employer.sector"); no "$", no brackets. */
  path: z.string().max(500).regex(DOTTED_PATH_PATTERN).optional(),
  /** Operator name (json-rules-engine's defaults, the date operators, or a caller's own). */
  operator: z.string().regex(ID_PATTERN),
  /** Value to compare with, or a reference to another fact `{ fact, path? }`. */
  value: z.unknown(),
  /** Parameters for the fact (kept for json-rules-engine compatibility; the default facts take none). */
  params: z.record(z.string(), z.unknown()).optional(),
  /** Optional name shown in explanations. */
  name: z.string().max(200).optional(),
  /** json-rules-engine's evaluation priority (higher runs first). */
  priority: z.number().int().min(1).optional(),
});

/**
 * A leaf condition in json-rules-engine's JSON: compares the value of `fact` (or the sub-value at the plain
 * dotted `path`) with `value` using `operator`. `value` may be `{ fact: "otherFact", path?: "a.b" }` to compare
 * against another fact.
 *
 * @example
 * ```ts
 * const longOverstay: LeafCondition = { fact: "stay", path: "overstayDays", operator: "greaterThan", value: 60 };
 * // compared with another fact: the threshold in force
 * const manyAtSponsor: LeafCondition = {
 *   fact: "sponsorForeignerCount",
 *   operator: "greaterThanInclusive",
 *   value: { fact: "thresholds", path: "sponsorManyForeigners" },
 * };
 * ```
 */
export type LeafCondition = z.infer<typeof LeafConditionSchema>;

/**
 * zod schema of an {@link AllCondition} (recursive through {@link NestedConditionSchema}).
 *
 * @example
 * ```ts
 * AllConditionSchema.safeParse({ all: [{ fact: "stay", path: "overstaying", operator: "equal", value: true }] }).success; // true
 * ```
 */
export const AllConditionSchema = z.strictObject({
  /** The children: all must hold. */
  get all() {
    return z.array(NestedConditionSchema);
  },
  /** Optional name shown in explanations. */
  name: z.string().max(200).optional(),
  /** json-rules-engine's evaluation priority. */
  priority: z.number().int().min(1).optional(),
});

/**
 * All children must hold.
 *
 * @example
 * ```ts
 * const minorAlone: AllCondition = {
 *   all: [
 *     { fact: "person", path: "minor", operator: "equal", value: true },
 *     { fact: "travel", path: "lastEntryAccompaniedBy", operator: "equal", value: "alone" },
 *   ],
 * };
 * ```
 */
export type AllCondition = z.infer<typeof AllConditionSchema>;

/**
 * zod schema of an {@link AnyCondition} (recursive through {@link NestedConditionSchema}).
 *
 * @example
 * ```ts
 * AnyConditionSchema.safeParse({ any: [] }).success; // true (an empty group is refused by validateRuleSet)
 * ```
 */
export const AnyConditionSchema = z.strictObject({
  /** The children: at least one must hold. */
  get any() {
    return z.array(NestedConditionSchema);
  },
  /** Optional name shown in explanations. */
  name: z.string().max(200).optional(),
  /** json-rules-engine's evaluation priority. */
  priority: z.number().int().min(1).optional(),
});

/**
 * At least one child must hold.
 *
 * @example
 * ```ts
 * const unaccompanied: AnyCondition = {
 *   any: [
 *     { fact: "travel", path: "lastEntryAccompaniedBy", operator: "in", value: ["unrelated-adults", "alone"] },
 *     { fact: "observation", path: "guardianAbsent", operator: "equal", value: true },
 *   ],
 * };
 * ```
 */
export type AnyCondition = z.infer<typeof AnyConditionSchema>;

/**
 * zod schema of a {@link NotCondition} (recursive through {@link NestedConditionSchema}).
 *
 * @example
 * ```ts
 * NotConditionSchema.safeParse({ not: { fact: "travel", path: "entryKnown", operator: "equal", value: true } }).success; // true
 * ```
 */
export const NotConditionSchema = z.strictObject({
  /** The negated child. */
  get not() {
    return NestedConditionSchema;
  },
  /** Optional name shown in explanations. */
  name: z.string().max(200).optional(),
  /** json-rules-engine's evaluation priority. */
  priority: z.number().int().min(1).optional(),
});

/**
 * The child must not hold.
 *
 * @example
 * ```ts
 * const notLawful: NotCondition = { not: { fact: "stay", path: "lawful", operator: "equal", value: true } };
 * ```
 */
export type NotCondition = z.infer<typeof NotConditionSchema>;

/**
 * zod schema of any condition node: a group or a leaf (recursive; depth and size limits are checked by
 * `validateRuleSet`, which walks conditions without recursion).
 *
 * @example
 * ```ts
 * NestedConditionSchema.safeParse({ not: { any: [{ fact: "person", path: "minor", operator: "equal", value: true }] } }).success; // true
 * ```
 */
export const NestedConditionSchema = z.union([
  AllConditionSchema,
  AnyConditionSchema,
  NotConditionSchema,
  LeafConditionSchema,
]);

/**
 * Any condition node: a group or a leaf.
 *
 * @example
 * ```ts
 * const leaves = (c: NestedCondition): number =>
 *   "all" in c ? c.all.reduce((n, x) => n + leaves(x), 0)
 *   : "any" in c ? c.any.reduce((n, x) => n + leaves(x), 0)
 *   : "not" in c ? leaves(c.not)
 *   : 1;
 * const rule = defaultRuleSet.rules.find((r) => r.id === "minor-without-guardian");
 * rule === undefined ? 0 : leaves(rule.conditions); // 3
 * ```
 */
export type NestedCondition = z.infer<typeof NestedConditionSchema>;

/**
 * zod schema of a top-level condition (`all`, `any` or `not`).
 *
 * @example
 * ```ts
 * TopLevelConditionSchema.safeParse({ fact: "person", operator: "equal", value: 1 }).success; // false (a leaf)
 * ```
 */
export const TopLevelConditionSchema = z.union([AllConditionSchema, AnyConditionSchema, NotConditionSchema]);

/**
 * A group condition: `all`, `any` or `not`. (json-rules-engine's shared `condition` references are not supported.)
 *
 * @example
 * ```ts
 * // a rule's conditions are always a group, even around one leaf
 * const conditions: TopLevelCondition = {
 *   all: [{ fact: "stay", path: "overstaying", operator: "equal", value: true }],
 * };
 * ```
 */
export type TopLevelCondition = z.infer<typeof TopLevelConditionSchema>;

/**
 * zod schema of a {@link StrengthOverride}.
 *
 * @example
 * ```ts
 * StrengthOverrideSchema.parse({ strength: "strong", when: { minor: true } });
 * ```
 */
export const StrengthOverrideSchema = z.strictObject({
  /** The strength to use instead. */
  strength: StrengthSchema,
  /** The condition under which it applies: the person is a minor, or all the named other indicators also fired. */
  when: z.union([
    z.strictObject({ minor: z.literal(true) }),
    z.strictObject({ alsoFired: z.array(z.string().regex(ID_PATTERN)).min(1) }),
  ]),
});

/**
 * A strength that replaces the rule's base strength when its `when` holds.
 *
 * @example
 * ```ts
 * const threats = defaultRuleSet.rules.find((r) => r.id === "threats-incl-denunciation");
 * const overrides: StrengthOverride[] | undefined = threats?.strengthOverrides;
 * overrides; // [{ strength: "strong", when: { minor: true } }] (medium for an adult, strong for a minor)
 * ```
 */
export type StrengthOverride = z.infer<typeof StrengthOverrideSchema>;

/**
 * When a strength override applies: the person is a minor, or all the named other indicators also fired.
 *
 * @example
 * ```ts
 * // as on `crew-no-shore-leave`: strong when `movement-restricted` also fired
 * const when: StrengthOverrideWhen = { alsoFired: ["movement-restricted"] };
 * StrengthOverrideSchema.safeParse({ strength: "strong", when }).success; // true
 * ```
 */
export type StrengthOverrideWhen = StrengthOverride["when"];

/**
 * zod schema of a {@link RuleSource}.
 *
 * @example
 * ```ts
 * RuleSourceSchema.parse({ ref: "UU 21/2007 Pasal 1", confidence: "medium" });
 * ```
 */
export const RuleSourceSchema = z.strictObject({
  /** Citation (instrument, article, publication). */
  ref: z.string().min(1).max(1000),
  /** Where to read it. */
  url: z.string().max(2000).optional(),
  /** How sure we are that the source says this and that it applies. */
  confidence: ConfidenceSchema,
});

/**
 * A source behind an indicator, with its confidence.
 *
 * @example
 * ```ts
 * const sources: RuleSource[] = defaultRuleSet.rules.find((r) => r.id === "passport-withheld")?.sources ?? [];
 * sources.map((s) => s.confidence); // ["low", "medium", "high", "medium"]
 * ```
 */
export type RuleSource = z.infer<typeof RuleSourceSchema>;

/**
 * zod schema of an {@link IndicatorRule}: metadata and shape (conditions checked here by shape; facts, paths,
 * operators, limits and protected-only branches by `validateRuleSet`).
 *
 * @example
 * ```ts
 * IndicatorRuleSchema.shape.strength.options; // ["strong", "medium", "weak"]
 * ```
 */
export const IndicatorRuleSchema = z.strictObject({
  /** Kebab-case indicator id, e.g. "passport-withheld". */
  id: z.string().regex(ID_PATTERN),
  /** Version of this rule (semver-like string). */
  version: z.string().min(1).max(64),
  /** Name in Indonesian and English. */
  label: RuleLabelsSchema,
  /** Longer explanation in Indonesian and English. */
  description: RuleLabelsSchema.optional(),
  /** Base strength. */
  strength: StrengthSchema,
  /** Conditional strengths: when any applies, the strongest applicable override replaces the base strength. */
  strengthOverrides: z.array(StrengthOverrideSchema).optional(),
  /** TPPO elements the indicator gives evidence for. */
  elements: z.array(ElementSchema).min(1),
  /** Indicators in the same group count once per element (only the strongest fired one counts). */
  correlationGroup: z.string().regex(ID_PATTERN).optional(),
  /** True when the indicator rests on an officer's observation or interview (part B). */
  needsObservation: z.boolean(),
  /** Context only (like high-risk-sector): shown, but never counted toward a positive element. */
  context: z.boolean().optional(),
  /** Sources with their confidence. */
  sources: z.array(RuleSourceSchema).min(1),
  /** First day (inclusive) on which the rule runs. */
  validFrom: isoDate,
  /** Last day (inclusive) on which the rule runs; absent = open-ended. */
  validUntil: isoDate.optional(),
  /** json-rules-engine conditions. */
  conditions: TopLevelConditionSchema,
  /** The event the rule emits; `params.indicator` equals `id`. */
  event: z.strictObject({
    type: z.literal("indicator"),
    params: z.strictObject({ indicator: z.string().regex(ID_PATTERN) }),
  }),
  /** json-rules-engine rule priority. */
  priority: z.number().int().min(1).optional(),
  /**
   * Where else the case belongs when this rule fires (immigration provisions, labour, identity), beside the
   * level; see `routesOf`. A route never changes the level.
   */
  routes: z.array(RouteTagSchema).max(8).optional(),
});

/**
 * One indicator: json-rules-engine's rule JSON with its metadata beside it.
 *
 * @example
 * ```ts
 * const rule: IndicatorRule = {
 *   id: "team-long-overstay",
 *   version: "1.0.0",
 *   label: { id: "Melebihi izin tinggal lebih dari 60 hari", en: "Overstay of more than 60 days" },
 *   strength: "weak",
 *   elements: ["means"],
 *   needsObservation: false,
 *   sources: [{ ref: "UU 6/2011 Pasal 78", confidence: "medium" }],
 *   validFrom: "2025-01-01",
 *   conditions: { all: [{ fact: "stay", path: "overstayDays", operator: "greaterThan", value: 60 }] },
 *   event: { type: "indicator", params: { indicator: "team-long-overstay" } },
 * };
 * validateRuleSet({ id: "team-rules", version: "1.0.0", rules: [rule] }).ok; // true
 * ```
 */
export type IndicatorRule = z.infer<typeof IndicatorRuleSchema>;

/**
 * zod schema of a {@link RuleSet}.
 *
 * @example
 * ```ts
 * RuleSetSchema.safeParse({ id: "team-rules", version: "1", rules: [] }).success; // true
 * ```
 */
export const RuleSetSchema = z.strictObject({
  /** Rule-set id. */
  id: z.string().regex(ID_PATTERN),
  /** Rule-set version. */
  version: z.string().min(1).max(64),
  /** The rules. */
  rules: z.array(IndicatorRuleSchema),
  /** Threshold values this rule set was written for, by name (the evaluator's own option wins). */
  thresholds: z.record(z.string(), z.number()).optional(),
});

/**
 * A dated, versioned set of indicator rules. A rule set returned by `validateRuleSet` (and `defaultRuleSet`) is a
 * deeply frozen copy: changing it, or the JSON it was read from, cannot reach an evaluator.
 *
 * @example
 * ```ts
 * // a team's rule set: the default one without the context-only sector indicator
 * const ruleSet: RuleSet = {
 *   id: "team-rules",
 *   version: "2.0.0-team.1",
 *   rules: defaultRuleSet.rules.filter((r) => r.id !== "high-risk-sector"),
 * };
 * createEvaluator({ asOf: "2025-03-01", ruleSet }).activeRuleIds.length; // 41
 * ```
 */
export type RuleSet = z.infer<typeof RuleSetSchema>;

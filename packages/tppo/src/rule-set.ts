import * as z from "zod";
import type { Thresholds } from "./thresholds.js";

/** Evidential strength of an indicator, after the ILO–EC Delphi weights (strong, medium, weak). */
export type Strength = "strong" | "medium" | "weak";

/** A legal element of trafficking (UU 21/2007; Palermo Art. 3): act (proses), means (cara), purpose (tujuan). */
export type Element = "act" | "means" | "purpose";

/** Confidence in a source or a number: high, medium, low or unverified. */
export type Confidence = "high" | "medium" | "low" | "unverified";

/** A text in Indonesian (`id`) and English (`en`). */
export interface RuleLabels {
  /** Indonesian text. */
  id: string;
  /** English text. */
  en: string;
}

/**
 * A leaf condition in json-rules-engine's JSON: compares the value of `fact` (or the sub-value at the plain
 * dotted `path`) with `value` using `operator`. `value` may be `{ fact: "otherFact", path?: "a.b" }` to compare
 * against another fact.
 */
export interface LeafCondition {
  /** Id of the fact in the fact catalogue. */
  fact: string;
  /** Plain dotted path into the fact's value ("employer.sector"); no "$", no brackets. */
  path?: string;
  /** Operator name (json-rules-engine's defaults, the date operators, or a caller's own). */
  operator: string;
  /** Value to compare with, or a reference to another fact `{ fact, path? }`. */
  value: unknown;
  /** Parameters for the fact (kept for json-rules-engine compatibility; the default facts take none). */
  params?: Record<string, unknown>;
  /** Optional name shown in explanations. */
  name?: string;
  /** json-rules-engine's evaluation priority (higher runs first). */
  priority?: number;
}

/** All children must hold. */
export interface AllCondition {
  /** The children. */
  all: NestedCondition[];
  /** Optional name shown in explanations. */
  name?: string;
  /** json-rules-engine's evaluation priority. */
  priority?: number;
}

/** At least one child must hold. */
export interface AnyCondition {
  /** The children. */
  any: NestedCondition[];
  /** Optional name shown in explanations. */
  name?: string;
  /** json-rules-engine's evaluation priority. */
  priority?: number;
}

/** The child must not hold. */
export interface NotCondition {
  /** The negated child. */
  not: NestedCondition;
  /** Optional name shown in explanations. */
  name?: string;
  /** json-rules-engine's evaluation priority. */
  priority?: number;
}

/** A group condition: `all`, `any` or `not`. (json-rules-engine's shared `condition` references are not supported.) */
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition;

/** Any condition node: a group or a leaf. */
export type NestedCondition = TopLevelCondition | LeafCondition;

/** When a strength override applies: the person is a minor, or all the named other indicators also fired. */
export type StrengthOverrideWhen = { minor: true } | { alsoFired: string[] };

/** A strength that replaces the rule's base strength when its `when` holds. */
export interface StrengthOverride {
  /** The strength to use instead. */
  strength: Strength;
  /** The condition under which it applies. */
  when: StrengthOverrideWhen;
}

/** A source behind an indicator, with its confidence. */
export interface RuleSource {
  /** Citation (instrument, article, publication). */
  ref: string;
  /** Where to read it. */
  url?: string;
  /** How sure we are that the source says this and that it applies. */
  confidence: Confidence;
}

/** One indicator: json-rules-engine's rule JSON with its metadata beside it. */
export interface IndicatorRule {
  /** Kebab-case indicator id, e.g. "passport-withheld". */
  id: string;
  /** Version of this rule (semver-like string). */
  version: string;
  /** Name in Indonesian and English. */
  label: RuleLabels;
  /** Longer explanation in Indonesian and English. */
  description?: RuleLabels;
  /** Base strength. */
  strength: Strength;
  /** Conditional strengths: when any applies, the strongest applicable override replaces the base strength. */
  strengthOverrides?: StrengthOverride[];
  /** TPPO elements the indicator gives evidence for. */
  elements: Element[];
  /** Indicators in the same group count once per element (only the strongest fired one counts). */
  correlationGroup?: string;
  /** True when the indicator rests on an officer's observation or interview (part B). */
  needsObservation: boolean;
  /** Context only (like high-risk-sector): shown, but never counted toward a positive element. */
  context?: boolean;
  /** Sources with their confidence. */
  sources: RuleSource[];
  /** First day (inclusive) on which the rule runs. */
  validFrom: string;
  /** Last day (inclusive) on which the rule runs; absent = open-ended. */
  validUntil?: string;
  /** json-rules-engine conditions. */
  conditions: TopLevelCondition;
  /** The event the rule emits; `params.indicator` equals `id`. */
  event: { type: "indicator"; params: { indicator: string } };
  /** json-rules-engine rule priority. */
  priority?: number;
}

/** A dated, versioned set of indicator rules. */
export interface RuleSet {
  /** Rule-set id. */
  id: string;
  /** Rule-set version. */
  version: string;
  /** The rules. */
  rules: IndicatorRule[];
  /** Threshold values this rule set was written for (the evaluator's own option wins). */
  thresholds?: Partial<Thresholds>;
}

/** Pattern of a plain dotted path: identifiers of letters, digits and `_`, joined by dots. */
export const DOTTED_PATH_PATTERN: RegExp = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/** Pattern of ids (rule, rule set, fact): letters, digits, `-` and `_`, starting with a letter. */
export const ID_PATTERN: RegExp = /^[A-Za-z][A-Za-z0-9_-]{0,127}$/;

const isoDate = z.iso.date();
const labels = z.strictObject({ id: z.string().min(1).max(2000), en: z.string().min(1).max(2000) });
const strength = z.enum(["strong", "medium", "weak"]);
const element = z.enum(["act", "means", "purpose"]);
const meta = { name: z.string().max(200).optional(), priority: z.number().int().min(1).optional() };

/** zod schema of a leaf condition. */
export const LeafConditionSchema = z.strictObject({
  fact: z.string().regex(ID_PATTERN),
  path: z.string().max(500).regex(DOTTED_PATH_PATTERN).optional(),
  operator: z.string().regex(ID_PATTERN),
  value: z.unknown(),
  params: z.record(z.string(), z.unknown()).optional(),
  ...meta,
});

/** zod schema of any condition node (recursive; depth and size limits are checked by `validateRuleSet`). */
export const NestedConditionSchema: z.ZodType<NestedCondition> = z.lazy(() =>
  z.union([AllConditionSchema, AnyConditionSchema, NotConditionSchema, LeafConditionSchema]),
) as z.ZodType<NestedCondition>;

const AllConditionSchema = z.strictObject({ all: z.array(NestedConditionSchema), ...meta });
const AnyConditionSchema = z.strictObject({ any: z.array(NestedConditionSchema), ...meta });
const NotConditionSchema = z.strictObject({ not: NestedConditionSchema, ...meta });

/** zod schema of a top-level condition (`all`, `any` or `not`). */
export const TopLevelConditionSchema: z.ZodType<TopLevelCondition> = z.union([
  AllConditionSchema,
  AnyConditionSchema,
  NotConditionSchema,
]) as z.ZodType<TopLevelCondition>;

/** zod schema of a strength override. */
export const StrengthOverrideSchema = z.strictObject({
  strength,
  when: z.union([
    z.strictObject({ minor: z.literal(true) }),
    z.strictObject({ alsoFired: z.array(z.string().regex(ID_PATTERN)).min(1) }),
  ]),
});

/** zod schema of a rule's metadata and shape (conditions checked shallowly here, deeply by `validateRuleSet`). */
export const IndicatorRuleSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  version: z.string().min(1).max(64),
  label: labels,
  description: labels.optional(),
  strength,
  strengthOverrides: z.array(StrengthOverrideSchema).optional(),
  elements: z.array(element).min(1),
  correlationGroup: z.string().regex(ID_PATTERN).optional(),
  needsObservation: z.boolean(),
  context: z.boolean().optional(),
  sources: z
    .array(
      z.strictObject({
        ref: z.string().min(1).max(1000),
        url: z.string().max(2000).optional(),
        confidence: z.enum(["high", "medium", "low", "unverified"]),
      }),
    )
    .min(1),
  validFrom: isoDate,
  validUntil: isoDate.optional(),
  conditions: TopLevelConditionSchema,
  event: z.strictObject({
    type: z.literal("indicator"),
    params: z.strictObject({ indicator: z.string().regex(ID_PATTERN) }),
  }),
  priority: z.number().int().min(1).optional(),
});

/** zod schema of a rule set. */
export const RuleSetSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  version: z.string().min(1).max(64),
  rules: z.array(IndicatorRuleSchema),
  thresholds: z.record(z.string(), z.number()).optional(),
});

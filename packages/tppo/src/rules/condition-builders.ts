import type { Labels } from "@timpora/models";
import type { RouteTag } from "../routes.js";
import type {
  AllCondition,
  AnyCondition,
  Element,
  IndicatorRule,
  LeafCondition,
  NestedCondition,
  RuleSource,
  Strength,
  StrengthOverride,
} from "../rule-set.js";
import type { Thresholds } from "../thresholds.js";

/** Day UU 21/2007 (PTPPO) came into force: the default first day of every indicator. */
export const UU_21_2007_IN_FORCE = "2007-04-19";

/** Version given to each default rule. */
export const DEFAULT_RULE_VERSION = "1.0.0";

/** Leaf: the sub-value of `fact` at `path` equals `value` (default `true`). */
export function is(fact: string, path: string | undefined, value: unknown = true): LeafCondition {
  return path === undefined ? { fact, operator: "equal", value } : { fact, path, operator: "equal", value };
}

/** Leaf: the sub-value of `fact` at `path` is one of `values`. */
export function oneOf(fact: string, path: string, values: readonly string[]): LeafCondition {
  return { fact, path, operator: "in", value: [...values] };
}

/**
 * Leaf: a count (a cross-record fact, or a number at `path`) is at least the threshold `key`, read from the
 * `thresholds` fact, so that a team's thresholds apply without editing the rule.
 */
export function atLeast(fact: string, key: keyof Thresholds & string, path?: string): LeafCondition {
  const value = { fact: "thresholds", path: key };
  return path === undefined
    ? { fact, operator: "greaterThanInclusive", value }
    : { fact, path, operator: "greaterThanInclusive", value };
}

/** Group: every child holds. */
export function all(...children: NestedCondition[]): AllCondition {
  return { all: children };
}

/** Group: at least one child holds. */
export function any(...children: NestedCondition[]): AnyCondition {
  return { any: children };
}

/** What a default indicator declares; the builder adds version, event and default dates. */
export interface IndicatorSpec {
  /** Kebab-case id from the brief's catalogue. */
  id: string;
  /** Brief reference, e.g. "A4" or "B1" (kept in the description). */
  ref: string;
  /** Name in Indonesian and English. */
  label: Labels;
  /** The condition in plain words. */
  description: Labels;
  /** Base strength. */
  strength: Strength;
  /** Conditional strengths. */
  strengthOverrides?: StrengthOverride[];
  /** Elements evidenced. */
  elements: Element[];
  /** Correlation group. */
  correlationGroup?: string;
  /** Rests on an officer's observation (part B). */
  needsObservation: boolean;
  /** Context only. */
  context?: boolean;
  /** Sources. */
  sources: RuleSource[];
  /** First day; default UU 21/2007's. */
  validFrom?: string;
  /** Condition. */
  conditions: AllCondition | AnyCondition;
  /** Where else the case belongs when it fires (see `routesOf`). */
  routes?: RouteTag[];
  /** Rule version when it differs from {@link DEFAULT_RULE_VERSION} (a rule changed since the first release). */
  version?: string;
}

/** Builds an {@link IndicatorRule} from a spec: the event carries the id; dates default to UU 21/2007's. */
export function indicator(spec: IndicatorSpec): IndicatorRule {
  const rule: IndicatorRule = {
    id: spec.id,
    version: spec.version ?? DEFAULT_RULE_VERSION,
    label: spec.label,
    description: {
      id: `${spec.ref}: ${spec.description.id}`,
      en: `${spec.ref}: ${spec.description.en}`,
    },
    strength: spec.strength,
    elements: spec.elements,
    needsObservation: spec.needsObservation,
    sources: spec.sources,
    validFrom: spec.validFrom ?? UU_21_2007_IN_FORCE,
    conditions: spec.conditions,
    event: { type: "indicator", params: { indicator: spec.id } },
  };
  if (spec.strengthOverrides !== undefined) rule.strengthOverrides = spec.strengthOverrides;
  if (spec.correlationGroup !== undefined) rule.correlationGroup = spec.correlationGroup;
  if (spec.context !== undefined) rule.context = spec.context;
  if (spec.routes !== undefined) rule.routes = spec.routes;
  return rule;
}

/** Overrides that raise a rule to `strength` when ANY one of `ids` also fired (one override per id). */
export function whenAnyAlsoFired(strength: Strength, ids: readonly string[]): StrengthOverride[] {
  return ids.map((id) => ({ strength, when: { alsoFired: [id] } }));
}

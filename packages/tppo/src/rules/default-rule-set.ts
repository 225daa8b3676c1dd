import { deepFreeze } from "../deep-freeze.js";
import type { RuleSet } from "../rule-set.js";
import { adminPersonRules } from "./admin-person-rules.js";
import { adminRecordRules } from "./admin-record-rules.js";
import { observationRules } from "./observation-rules.js";

/**
 * The default TPPO indicator rule set: the 25 administrative indicators of the brief's catalogue (§5.3, part A)
 * and its 14 observation indicators (part B), as 42 rules (A19 split by its link, A21 by its evidence; see the
 * changes recorded in docs/indicators.md),
 * in json-rules-engine JSON with plain dotted paths and metadata beside it. Thresholds are read from the
 * `thresholds` fact, so the evaluator's thresholds apply. Deeply frozen: to change a rule, build a new rule set
 * from copies (`{ ...defaultRuleSet, rules: defaultRuleSet.rules.map(…) }`) and validate it.
 *
 * @example
 * ```ts
 * defaultRuleSet.version; // "2.0.0"
 * defaultRuleSet.rules.length; // 42
 * Object.isFrozen(defaultRuleSet.rules[0]); // true
 * ```
 */
export const defaultRuleSet: RuleSet = deepFreeze({
  id: "timpora-default",
  version: "2.0.0",
  rules: [...adminPersonRules, ...adminRecordRules, ...observationRules],
});

import type { Assessment, RuleSet } from "@timpora/tppo";
import { type ConditionLeaf, conditionLeaves, leafStates, probedTree } from "./rule-probe.js";

/** One fact condition of a rule and the outcomes it was seen with. */
export interface ConditionCoverage extends ConditionLeaf {
  /** The rule. */
  rule: string;
  /** Seen passed in some test. */
  seenTrue: boolean;
  /** Seen failed in some test. */
  seenFalse: boolean;
}

/** Rule and condition coverage of one rule set over the tests run against it. */
export interface Coverage {
  /** The rule set's name (file or `default`). */
  name: string;
  /** Every rule id, in order. */
  rules: string[];
  /** Rules that fired in at least one test. */
  fired: Set<string>;
  /** Every fact condition with what it was seen as. */
  conditions: ConditionCoverage[];
}

/** Coverage of a rule set, none of it seen yet. */
export function emptyCoverage(name: string, ruleSet: RuleSet): Coverage {
  return {
    name,
    rules: ruleSet.rules.map((r) => r.id),
    fired: new Set(),
    conditions: ruleSet.rules.flatMap((r) =>
      conditionLeaves(r.conditions).map((leaf) => ({
        ...leaf,
        rule: r.id,
        seenTrue: false,
        seenFalse: false,
      })),
    ),
  };
}

/** Adds one test's assessment (what fired) and its probe (every condition's state) to the coverage. */
export function addToCoverage(coverage: Coverage, assessment: Assessment, probe: Assessment): void {
  for (const f of assessment.fired) coverage.fired.add(f.id);
  const byRule = new Map<string, ConditionCoverage[]>();
  for (const c of coverage.conditions) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);
  for (const f of probe.fired) {
    const tree = probedTree(f.explanation);
    if (tree === undefined) continue;
    const states = leafStates(tree);
    for (const c of byRule.get(f.id) ?? []) {
      const state = states.get(c.where);
      if (state === "passed") c.seenTrue = true;
      if (state === "failed") c.seenFalse = true;
    }
  }
}

/** The share of rules that fired, in percent (100 for a rule set without rules). */
export function ruleCoveragePercent(coverage: Coverage): number {
  return coverage.rules.length === 0 ? 100 : (100 * coverage.fired.size) / coverage.rules.length;
}

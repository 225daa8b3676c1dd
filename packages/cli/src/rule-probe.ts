import type { ExplanationNode, NestedCondition, RuleSet } from "@timpora/tppo";

/**
 * A condition that holds for every case: the stay status is known or it is not. A leaf on `stay`, a fact that is
 * neither protected nor context, so a probe rule passes validation.
 */
const ALWAYS: NestedCondition = {
  any: [
    { fact: "stay", path: "statusKnown", operator: "equal", value: true },
    { fact: "stay", path: "statusKnown", operator: "equal", value: false },
  ],
};

/**
 * The probe of a rule set, for condition coverage: each rule's conditions `C` become `any: [C, ALWAYS]`, so every
 * rule fires on every case, and its explanation's first child is the tree of `C`, evaluated as the engine
 * evaluates it (both children of an `any` have the same priority, so `C` is evaluated whole). An assessment
 * carries the trees of fired rules only; the probe shows every condition's state, including those of rules that
 * did not fire. Its levels mean nothing and are never shown.
 */
export function probeRuleSet(ruleSet: RuleSet): unknown {
  const copy = JSON.parse(JSON.stringify(ruleSet)) as { rules: { conditions: unknown }[] };
  for (const rule of copy.rules) rule.conditions = { any: [rule.conditions, ALWAYS] };
  return copy;
}

/** The tree of a rule's own conditions inside the explanation of its probe. */
export function probedTree(explanation: ExplanationNode): ExplanationNode | undefined {
  return explanation.kind === "any" ? explanation.children[0] : undefined;
}

/** A fact condition of a rule, where it is (`all.0.any.1`) and what it says. */
export interface ConditionLeaf {
  /** Where in the rule's conditions (dotted; `""` for a rule that is a single condition). */
  where: string;
  /** `fact.path operator value`. */
  text: string;
}

/** Every fact condition of a condition tree, in order. */
export function conditionLeaves(node: NestedCondition, where = ""): ConditionLeaf[] {
  const at = (key: string) => (where === "" ? key : `${where}.${key}`);
  if ("all" in node) return node.all.flatMap((c, i) => conditionLeaves(c, at(`all.${i}`)));
  if ("any" in node) return node.any.flatMap((c, i) => conditionLeaves(c, at(`any.${i}`)));
  if ("not" in node) return conditionLeaves(node.not, at("not"));
  const value =
    node.value !== null && typeof node.value === "object" && "fact" in node.value
      ? `{fact: ${(node.value as { fact: string; path?: string }).fact}${(node.value as { path?: string }).path ? `.${(node.value as { path?: string }).path}` : ""}}`
      : JSON.stringify(node.value);
  return [
    {
      where,
      text: `${node.fact}${node.path === undefined ? "" : `.${node.path}`} ${node.operator} ${value}`,
    },
  ];
}

/** The state of each fact condition in an explanation tree of the same conditions, by `where`. */
export function leafStates(tree: ExplanationNode, where = ""): Map<string, ExplanationNode["state"]> {
  const out = new Map<string, ExplanationNode["state"]>();
  const walk = (n: ExplanationNode, at: string) => {
    if (n.kind === "fact") {
      out.set(at, n.state);
      return;
    }
    const key = (k: string) => (at === "" ? k : `${at}.${k}`);
    if (n.kind === "not") {
      if (n.children[0] !== undefined) walk(n.children[0], key("not"));
      return;
    }
    for (const [i, c] of n.children.entries()) walk(c, key(`${n.kind}.${i}`));
  };
  walk(tree, where);
  return out;
}

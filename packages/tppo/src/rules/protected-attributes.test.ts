import type { Case } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../evaluator.js";
import { defaultFacts } from "../facts/index.js";
import type { NestedCondition } from "../rule-set.js";
import { caseWith, FIXTURE_AS_OF, nationality, sex } from "./case-fixtures.js";
import { defaultRuleSet } from "./index.js";

const protectedFacts = new Set(defaultFacts.filter((f) => f.protected).map((f) => f.id));
const contextFacts = new Set(defaultFacts.filter((f) => f.context === true).map((f) => f.id));

/**
 * The rule's condition as an OR of ANDs, each AND given as the set of fact ids its leaves test (negation
 * pushed down; the default rules use no `not`, so this expansion stays small).
 */
function branches(node: NestedCondition): Set<string>[] {
  if ("all" in node)
    return node.all.reduce<Set<string>[]>(
      (acc, child) => acc.flatMap((a) => branches(child).map((b) => new Set([...a, ...b]))),
      [new Set()],
    );
  if ("any" in node) return node.any.flatMap(branches);
  if ("not" in node) throw new Error("default rules use no `not`");
  const facts = new Set([node.fact]);
  const v = node.value as { fact?: unknown } | null;
  if (v !== null && typeof v === "object" && typeof v.fact === "string") facts.add(v.fact);
  return [facts];
}

const only = (b: Set<string>, allowed: Set<string>) =>
  [...b].every((f) => allowed.has(f) || f === "thresholds");

describe("no default rule can fire on protected attributes alone", () => {
  it("the protected facts are sex, nationality, religion and ethnicity", () => {
    expect([...protectedFacts].sort()).toEqual(["ethnicity", "nationality", "religion", "sex"]);
  });

  it.each(defaultRuleSet.rules.map((r) => [r.id, r] as const))(
    "%s: every OR-of-ANDs branch tests a fact that is neither protected nor context",
    (_id, rule) => {
      const bad = branches(rule.conditions).filter((b) =>
        only(b, new Set([...protectedFacts, ...contextFacts])),
      );
      expect(bad).toEqual([]);
    },
  );

  it("no default rule tests a protected attribute at all (A10 is sex-neutral since issue 9)", () => {
    const users = defaultRuleSet.rules.filter((r) =>
      branches(r.conditions).some((b) => [...b].some((f) => protectedFacts.has(f))),
    );
    expect(users.map((r) => r.id)).toEqual([]);
  });

  const evaluator = createEvaluator({ asOf: FIXTURE_AS_OF, ruleSet: defaultRuleSet });
  const protectedOnly: Case[] = (["F", "M", "X"] as const).flatMap((s) =>
    (["VNM", "UZB", "NGA", "CHN", "AUS", "MAR"] as const).map((n) => {
      const c = caseWith(sex(s), nationality(n));
      return { ...c, person: { ...c.person, religion: "R1", ethnicity: "E1" } };
    }),
  );
  const zeroCounts = Object.fromEntries(
    defaultFacts.filter((f) => f.crossRecord === true).map((f) => [f.id, 0] as const),
  );

  it(`a neutral case with only protected attributes set fires nothing (${protectedOnly.length} combinations)`, async () => {
    for (const c of protectedOnly) {
      const a = await evaluator.evaluate(c, { counts: zeroCounts });
      expect(
        a.fired.map((f) => f.id),
        `${c.person.sex} ${c.person.nationality}`,
      ).toEqual([]);
      expect(a.level).toBe("none");
    }
  });
});

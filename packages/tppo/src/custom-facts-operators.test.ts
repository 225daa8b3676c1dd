import { describe, expect, it } from "vitest";
import * as z from "zod";
import { caseInput, rule, ruleSetOf } from "./engine-test-kit.fixture.js";
import { RuleSetInvalidError } from "./errors.js";
import { createEvaluator } from "./evaluator.js";
import type { AnyFactDefinition } from "./fact-definition.js";
import { defaultFacts } from "./facts/index.js";
import type { OperatorDefinition } from "./operators.js";
import { validateRuleSet } from "./validate-rule-set.js";

// Issue 4: "Teams add their own facts (type, derivation, personal and protected flags) and operators (with the
// types they accept) by passing them to validateRuleSet and createEvaluator, not through a global registry."

/** A team's own fact: how many contact details the person gave (a number, not personal, not protected). */
const contactCount: AnyFactDefinition = {
  id: "teamContactCount",
  type: z.object({ n: z.number().int().min(0) }),
  label: { id: "Jumlah kontak", en: "Number of contact details" },
  personal: false,
  protected: false,
  derive: (ctx) => ({ n: ctx.case.person.contacts.length }),
};

/** A team's own operator: the fact number is a multiple of the compared number. Numbers only. */
const multipleOf: OperatorDefinition = {
  name: "teamMultipleOf",
  accepts: ["number"],
  value: "number",
  evaluate: (a, b) => typeof a === "number" && typeof b === "number" && b !== 0 && a % b === 0,
};

const asOf = "2025-03-01";
const teamRule = rule("team-two-contacts", {
  all: [{ fact: "teamContactCount", path: "n", operator: "teamMultipleOf", value: 2 }],
});
const teamSet = ruleSetOf([teamRule]);
const facts = [...defaultFacts, contactCount];

function withContacts(id: string, n: number) {
  const c = caseInput(id);
  c.person.contacts = Array.from({ length: n }, (_, i) => ({
    kind: "phone",
    value: `+62 811 0000 00${10 + i}`,
  }));
  return c;
}

describe("a team's own fact and operator, passed in (no global registry)", () => {
  it("validateRuleSet knows neither unless they are passed", () => {
    const bare = validateRuleSet(teamSet);
    expect(bare.ok).toBe(false);
    if (!bare.ok) expect(bare.issues.map((i) => i.code)).toContain("fact.unknown");
    const noOperator = validateRuleSet(teamSet, { facts });
    expect(noOperator.ok).toBe(false);
    if (!noOperator.ok) expect(noOperator.issues.map((i) => i.code)).toContain("operator.unknown");
    expect(validateRuleSet(teamSet, { facts, operators: [multipleOf] }).ok).toBe(true);
  });

  it("the operator's declared types are enforced: a number-only operator on a string path is rejected", () => {
    const onString = ruleSetOf([
      rule("team-on-string", {
        all: [{ fact: "teamContactCount", path: "n", operator: "teamMultipleOf", value: "two" }],
      }),
    ]);
    const checked = validateRuleSet(onString, { facts, operators: [multipleOf] });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues[0]?.code).toBe("value.type-mismatch");
  });

  it("createEvaluator refuses the rule set without them, and passing one evaluator's facts leaves others alone", () => {
    expect(() => createEvaluator({ asOf, ruleSet: teamSet })).toThrow(RuleSetInvalidError);
    createEvaluator({ asOf, ruleSet: teamSet, facts, operators: [multipleOf] });
    expect(() => createEvaluator({ asOf, ruleSet: teamSet })).toThrow(RuleSetInvalidError);
  });

  it("end to end: fires on 2 or 4 contact details, not on 1 or 3, with the team's values in the explanation", async () => {
    const evaluator = createEvaluator({ asOf, ruleSet: teamSet, facts, operators: [multipleOf] });
    const fired = async (n: number) => (await evaluator.evaluate(withContacts(`c-${n}`, n))).fired;
    expect((await fired(1)).map((f) => f.id)).toEqual([]);
    expect((await fired(3)).map((f) => f.id)).toEqual([]);
    expect((await fired(4)).map((f) => f.id)).toEqual(["team-two-contacts"]);
    const [two] = await fired(2);
    expect(two?.explanation).toMatchObject({
      kind: "all",
      state: "passed",
      children: [
        {
          kind: "fact",
          fact: "teamContactCount",
          path: "n",
          operator: "teamMultipleOf",
          expected: 2,
          actual: 2,
        },
      ],
    });
  });
});

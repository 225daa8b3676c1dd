import { describe, expect, it } from "vitest";
import { defaultRuleSet } from "./rules/index.js";
import { validateRuleSet } from "./validate-rule-set.js";

/** The default rule set with the first condition of rule 0 replaced. */
function withLeaf(leaf: Record<string, unknown>): unknown {
  const copy = JSON.parse(JSON.stringify(defaultRuleSet)) as { rules: { conditions: unknown }[] };
  copy.rules[0]!.conditions = { all: [leaf] };
  return copy;
}

function issueOf(leaf: Record<string, unknown>) {
  const checked = validateRuleSet(withLeaf(leaf));
  if (checked.ok) throw new Error("expected issues");
  return checked.issues[0]!;
}

describe("validateRuleSet: did-you-mean suggestions", () => {
  it("an unknown fact: the closest fact ids of the catalogue", () => {
    const issue = issueOf({ fact: "workplce", path: "sector", operator: "equal", value: "fishing" });
    expect(issue.code).toBe("fact.unknown");
    expect(issue.path).toEqual(["rules", 0, "conditions", "all", 0, "fact"]);
    expect(issue.suggestions?.[0]).toBe("workplace");
  });

  it("an unknown path: the closest paths of the fact's type (an employer's sector is on the workplace fact)", () => {
    const issue = issueOf({ fact: "workplace", path: "sectr", operator: "equal", value: "fishing" });
    expect(issue.code).toBe("path.unknown");
    expect(issue.suggestions).toContain("sector");
  });

  it("an unknown operator: the closest operators that fit the type at the path", () => {
    const issue = issueOf({ fact: "stay", path: "overstaying", operator: "equals", value: true });
    expect(issue.code).toBe("operator.unknown");
    expect(issue.suggestions?.[0]).toBe("equal");
  });

  it("an operator that does not fit: every operator that does (numbers get the numeric comparisons)", () => {
    const issue = issueOf({ fact: "stay", path: "overstayDays", operator: "contains", value: 3 });
    expect(issue.code).toBe("operator.type-mismatch");
    expect(issue.suggestions).toEqual(
      expect.arrayContaining([
        "equal",
        "greaterThan",
        "greaterThanInclusive",
        "lessThan",
        "lessThanInclusive",
      ]),
    );
    expect(issue.suggestions).not.toContain("contains");
  });

  it("other issues carry no suggestions", () => {
    const issue = issueOf({ fact: "stay", path: "overstaying", operator: "equal" });
    expect(issue.code).toBe("required");
    expect(issue.suggestions).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { fieldTree, isChildRecord, project, redactProtectedFacts } from "./minimise.js";

describe("minimisation", () => {
  it("keeps only the allowed fields, and list items in their places", () => {
    const c = {
      id: "case-1",
      person: { id: "p-1", sex: "F", religion: "religion-a", names: { primary: "SYNTHETIC" } },
      documents: [{ id: "d-1", number: "X1234567" }, { id: "d-2" }],
    };
    const tree = fieldTree(["case.person.sex", "case.documents.number"]);
    expect(project(c, tree.children.get("case")!, "case")).toEqual({
      person: { sex: "F" },
      documents: [{ number: "X1234567" }, {}],
    });
  });

  it("a leaf of an explanation on religion or ethnicity leaves redacted, the rest as it was", () => {
    const explanation = {
      kind: "all",
      state: "passed",
      children: [
        {
          kind: "fact",
          fact: "religion",
          operator: "equal",
          expected: "religion-a",
          actual: "religion-a",
          state: "passed",
        },
        {
          kind: "fact",
          fact: "stay",
          path: "overstayDays",
          operator: "greaterThan",
          expected: 30,
          actual: 45,
          state: "passed",
        },
        {
          kind: "fact",
          fact: "person",
          operator: "equal",
          expected: "x",
          expectedRef: { fact: "ethnicity" },
          actual: "y",
          state: "failed",
        },
      ],
    };
    expect(redactProtectedFacts(structuredClone(explanation)).children).toEqual([
      {
        kind: "fact",
        fact: "religion",
        operator: "equal",
        expected: { redacted: true },
        actual: { redacted: true },
        state: "passed",
      },
      explanation.children[1],
      {
        kind: "fact",
        fact: "person",
        operator: "equal",
        expected: { redacted: true },
        expectedRef: { fact: "ethnicity" },
        actual: "y",
        state: "failed",
      },
    ]);
    const assessment = { fired: [{ id: "r", explanation }] };
    const tree = fieldTree(["assessment.fired.explanation"]);
    const sent = project(assessment, tree.children.get("assessment")!, "assessment");
    expect(JSON.stringify(sent)).not.toContain("religion-a");
  });

  it("a child is under 18 on the sharing day (ageOn), or assessed as a minor", () => {
    const record = (birthDate?: string, minor?: boolean) => ({
      case: { person: birthDate === undefined ? {} : { birthDate } },
      ...(minor === undefined ? {} : { assessment: { minor } }),
    });
    expect(isChildRecord(record("2008-02-29"), "2026-02-28")).toBe(true); // 17
    expect(isChildRecord(record("2008-02-29"), "2026-03-01")).toBe(false); // 18 on 1 March in a common year
    expect(isChildRecord(record(undefined), "2026-03-01")).toBe(false);
    expect(isChildRecord(record(undefined, true), "2026-03-01")).toBe(true);
    expect(isChildRecord(record("2030-01-01"), "2026-03-01")).toBe(false);
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "./evaluator.js";
import {
  aMinor,
  caseWith,
  FIXTURE_AS_OF,
  livesInVilla,
  observed,
  withEmployer,
  withSponsor,
  workItas,
} from "./rules/case-fixtures.js";
import { defaultRuleSet } from "./rules/index.js";

// Issue 4: "JSON Schemas for a rule set and for an assessment, shipped like the models' schemas". What the
// evaluator produces must validate against the shipped schema, and the shipped default rule set against its own.
const shipped = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../schemas/${name}.json`, import.meta.url)), "utf8"));
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
const checkAssessment = ajv.compile(shipped("assessment"));
const checkRuleSet = ajv.compile(shipped("rule-set"));

describe("shipped schemas accept what the package produces", () => {
  it("the default rule set validates against schemas/rule-set.json", () => {
    expect(
      checkRuleSet(JSON.parse(JSON.stringify(defaultRuleSet))),
      JSON.stringify(checkRuleSet.errors),
    ).toBe(true);
  });

  const evaluator = createEvaluator({ asOf: FIXTURE_AS_OF });
  const rich = caseWith(
    aMinor,
    workItas,
    livesInVilla,
    withSponsor({ verificationStatus: "fictitious" }),
    withEmployer({ sector: "fishing" }),
    observed({ documentHolder: "employer", canLeaveFreely: false, hoursPerDay: 14, daysOffPerMonth: 1 }),
  );
  it.each([
    ["a clean case, cross-record data missing (not evaluated)", caseWith(), {}],
    ["a case with fired, redacted and not-evaluated parts", rich, {}],
    [
      "the same case with precomputed counts",
      rich,
      { counts: { sponsorForeignerCount: 9, addressForeignerCount: 9 } },
    ],
  ] as const)("%s validates against schemas/assessment.json", async (_name, c, context) => {
    const assessment = await evaluator.evaluate(c, context);
    const json = JSON.parse(JSON.stringify(assessment));
    expect(checkAssessment(json), JSON.stringify(checkAssessment.errors)).toBe(true);
  });

  it("a rich case really exercises the schema: fired indicators, a level above note, notEvaluated entries", async () => {
    const a = await evaluator.evaluate(rich);
    expect(a.fired.length).toBeGreaterThan(2);
    expect(a.notEvaluated.length).toBeGreaterThan(0);
    expect(a.level).toBe("refer");
    expect(checkAssessment({ ...JSON.parse(JSON.stringify(a)), level: "victim" })).toBe(false);
    // a passed or failed leaf without its actual value breaks "every leaf has an actual value or is not evaluated"
    const json = JSON.parse(JSON.stringify(a));
    const firstLeaf = (n: { kind: string; children?: unknown[] }): Record<string, unknown> =>
      (n.kind === "fact" ? n : firstLeaf(n.children?.[0] as typeof n)) as Record<string, unknown>;
    const leaf = firstLeaf(json.fired[0].explanation);
    expect(leaf.state).not.toBe("not-evaluated");
    delete leaf.actual;
    expect(checkAssessment(json)).toBe(false);
  });
});

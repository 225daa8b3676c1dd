import { describe, expect, it } from "vitest";
import { caseInput, rule, ruleSetOf, setProbe, testFacts } from "./engine-test-kit.fixture.js";
import { CaseInvalidError, RuleSetInvalidError, SourceFailedError } from "./errors.js";
import { createEvaluator } from "./evaluator.js";
import type { ExplanationNode } from "./explanation-node.js";
import { hostileRecords, thenable } from "./hostile-records.fixture.js";
import { buildPopulationIndex } from "./population-index.js";

const asOf = "2025-03-01";
const evaluatorFor = (rules: ReturnType<typeof rule>[], extra: { revealPersonal?: boolean } = {}) =>
  createEvaluator({ asOf, ruleSet: ruleSetOf(rules), facts: testFacts, ...extra });

function leaves(node: ExplanationNode): ExplanationNode[] {
  return node.kind === "fact" ? [node] : node.children.flatMap(leaves);
}
function groups(node: ExplanationNode): ExplanationNode[] {
  return node.kind === "fact" ? [] : [node, ...node.children.flatMap(groups)];
}

describe("createEvaluator", () => {
  it("throws RuleSetInvalidError with the issues for an invalid rule set, before any case", () => {
    const bad = rule("bad", { all: [{ fact: "probe", path: "d", operator: "greaterThan", value: 1 }] });
    expect(() => evaluatorFor([bad])).toThrow(RuleSetInvalidError);
    try {
      evaluatorFor([bad]);
    } catch (e) {
      expect((e as RuleSetInvalidError).code).toBe("rule-set.invalid");
      expect((e as RuleSetInvalidError).issues.map((i) => i.code)).toEqual(["operator.type-mismatch"]);
    }
  });

  it("runs only the rules in force on the evaluation date (dates inclusive)", () => {
    const c = { all: [{ fact: "probe", path: "a", operator: "equal", value: false }] };
    const ev = evaluatorFor([
      rule("ends-that-day", c, { validUntil: asOf }),
      rule("ended-day-before", c, { validUntil: "2025-02-28" }),
      rule("starts-that-day", c, { validFrom: asOf }),
      rule("starts-next-day", c, { validFrom: "2025-03-02" }),
    ]);
    expect(ev.activeRuleIds).toEqual(["ends-that-day", "starts-that-day"]);
  });

  it("throws CaseInvalidError for a record that is not a case", async () => {
    const ev = evaluatorFor([
      rule("r", { all: [{ fact: "probe", path: "a", operator: "equal", value: true }] }),
    ]);
    await expect(ev.evaluate({ id: "x" })).rejects.toBeInstanceOf(CaseInvalidError);
  });
});

describe("the evaluator's rule set cannot be changed after validation (issue 7)", () => {
  const guarded = () =>
    JSON.parse(
      JSON.stringify(
        ruleSetOf([rule("guarded", { all: [{ fact: "probe", path: "a", operator: "equal", value: true }] })]),
      ),
    );
  // Either injected leaf would fire on any case if it reached the engine: json-rules-engine with
  // allowUndefinedFacts makes `notEqual` true for a path or fact that resolves to nothing.
  const dollarPath = { fact: "probe", path: "$..*", operator: "notEqual", value: true };
  const constructorFact = { fact: "constructor", operator: "notEqual", value: true };

  it("changing evaluator.ruleSet throws, and a $..* path or a constructor fact never fires", async () => {
    setProbe("c-guard", { a: false });
    const ev = createEvaluator({ asOf, ruleSet: guarded(), facts: testFacts });
    const all = (ev.ruleSet.rules[0]!.conditions as { all: unknown[] }).all;
    expect(() => {
      all[0] = dollarPath;
    }).toThrow(TypeError);
    expect(() => all.push(constructorFact)).toThrow(TypeError);
    expect((await ev.evaluate(caseInput("c-guard"))).fired).toEqual([]);
    expect(() => {
      (ev.activeRuleIds as string[]).push("guarded-2");
    }).toThrow(TypeError);
  });

  it("changing the rule-set JSON after createEvaluator does not reach the engine", async () => {
    setProbe("c-guard-2", { a: false });
    const json = guarded();
    const ev = createEvaluator({ asOf, ruleSet: json, facts: testFacts });
    json.rules[0].conditions.all[0] = dollarPath;
    json.rules[0].conditions.all.push(constructorFact);
    json.rules[0].validFrom = "2999-01-01";
    const a = await ev.evaluate(caseInput("c-guard-2"));
    expect(a.fired).toEqual([]);
    expect(a.level).toBe("none");
    expect(ev.activeRuleIds).toEqual(["guarded"]);
  });

  it("validation refuses the same leaves when they are in the JSON from the start", () => {
    const json = guarded();
    json.rules[0].conditions.all[0] = dollarPath;
    expect(() => createEvaluator({ asOf, ruleSet: json, facts: testFacts })).toThrow(RuleSetInvalidError);
    json.rules[0].conditions.all[0] = constructorFact;
    expect(() => createEvaluator({ asOf, ruleSet: json, facts: testFacts })).toThrow(RuleSetInvalidError);
  });
});

describe("explanations", () => {
  const r = rule("explained", {
    any: [
      {
        all: [
          { fact: "probe", path: "a", operator: "equal", value: true },
          { fact: "probe", path: "n", operator: "greaterThan", value: 2 },
        ],
      },
      { not: { fact: "probe", path: "s", operator: "in", value: ["y", "z"] } },
    ],
  });

  it("are complete: every leaf has an actual value or is not evaluated, every group has a state", async () => {
    setProbe("c-expl", { a: true, n: 5, s: "y", d: "2025-02-20" });
    const a = await evaluatorFor([r]).evaluate(caseInput("c-expl"));
    expect(a.fired.map((f) => f.id)).toEqual(["explained"]);
    const tree = a.fired[0]!.explanation;
    expect(tree).toMatchObject({ kind: "any", state: "passed" });
    for (const leaf of leaves(tree)) {
      expect(leaf.state === "not-evaluated" || ("actual" in leaf && leaf.actual !== undefined)).toBe(true);
    }
    for (const g of groups(tree)) expect(["passed", "failed", "not-evaluated"]).toContain(g.state);
    expect(leaves(tree)).toEqual([
      {
        kind: "fact",
        fact: "probe",
        path: "a",
        operator: "equal",
        expected: true,
        actual: true,
        state: "passed",
      },
      {
        kind: "fact",
        fact: "probe",
        path: "n",
        operator: "greaterThan",
        expected: 2,
        actual: 5,
        state: "passed",
      },
      {
        kind: "fact",
        fact: "probe",
        path: "s",
        operator: "in",
        expected: ["y", "z"],
        actual: "y",
        state: "passed",
      },
    ]);
    expect(groups(tree).map((g) => [g.kind, g.state])).toEqual([
      ["any", "passed"],
      ["all", "passed"],
      ["not", "failed"],
    ]);
  });

  it("mark leaves after a decided priority set as not evaluated (short-circuit), like json-rules-engine", async () => {
    const prioritised = rule("prio", {
      all: [
        { fact: "probe", path: "a", operator: "equal", value: true, priority: 2 },
        { fact: "probe", path: "b", operator: "equal", value: true, priority: 1 },
      ],
    });
    setProbe("c-prio", { a: false, b: true });
    const ev = evaluatorFor([prioritised]);
    const a = await ev.evaluate(caseInput("c-prio"));
    expect(a.fired).toEqual([]);
    expect(a.level).toBe("none");
  });
});

describe("privacy", () => {
  const r = rule("phone-known", {
    all: [
      { fact: "contact", path: "phone", operator: "notEqual", value: "" },
      { fact: "probe", path: "a", operator: "equal", value: true },
    ],
  });
  it("personal facts' values are redacted unless revealPersonal", async () => {
    setProbe("c-priv", { a: true });
    const hidden = await evaluatorFor([r]).evaluate(caseInput("c-priv"));
    const leaf = leaves(hidden.fired[0]!.explanation)[0]!;
    expect(leaf).toMatchObject({ fact: "contact", actual: { redacted: true }, state: "passed" });
    expect(JSON.stringify(hidden)).not.toContain("811");
    const shown = await evaluatorFor([r], { revealPersonal: true }).evaluate(caseInput("c-priv"));
    expect(leaves(shown.fired[0]!.explanation)[0]).toMatchObject({ actual: "+62 811 0000 0000" });
  });
});

describe("cross-record facts", () => {
  const crowd = rule(
    "sponsor-crowd",
    {
      all: [
        { fact: "sponsorCrowd", operator: "greaterThanInclusive", value: 3 },
        { fact: "probe", path: "a", operator: "equal", value: false },
      ],
    },
    { strength: "weak", elements: ["act"] },
  );
  const notCrowd = rule(
    "sponsor-small",
    { all: [{ fact: "sponsorCrowd", operator: "lessThan", value: 3 }] },
    { strength: "weak", elements: ["act"] },
  );
  const cases = ["x1", "x2", "x3"].map((id) => caseInput(id, { sponsorId: "s-1" }));

  it("without index or counts: not evaluated (never silently false, never fired)", async () => {
    const a = await evaluatorFor([crowd, notCrowd]).evaluate(cases[0]);
    expect(a.fired).toEqual([]);
    expect(a.notEvaluated.map((n) => n.id)).toEqual(["sponsor-crowd", "sponsor-small"]);
    expect(leaves(a.notEvaluated[0]!.explanation)[0]).toMatchObject({
      state: "not-evaluated",
      reason: "cross-record-missing",
    });
  });

  it("a decided group does not wait for missing cross-record data", async () => {
    setProbe("x-dec", { a: true });
    const a = await evaluatorFor([crowd]).evaluate(caseInput("x-dec", { sponsorId: "s-1" }));
    expect(a.notEvaluated).toEqual([]);
    expect(a.fired).toEqual([]);
  });

  it("with a population index, and with precomputed counts", async () => {
    const index = await buildPopulationIndex(cases, { asOf, facts: testFacts });
    expect(index.maps.get("sponsorCrowd")?.get("s-1")).toBe(3);
    const ev = evaluatorFor([crowd, notCrowd]);
    expect((await ev.evaluate(cases[0], { index })).fired.map((f) => f.id)).toEqual(["sponsor-crowd"]);
    expect((await ev.evaluate(cases[0], { counts: { sponsorCrowd: 2 } })).fired.map((f) => f.id)).toEqual([
      "sponsor-small",
    ]);
  });

  it("evaluateMany streams in input order and a bad record does not stop the batch", async () => {
    const index = await buildPopulationIndex(cases, { asOf, facts: testFacts });
    const source = () => [cases[0], { not: "a case" }, cases[1], cases[2]];
    const out = [];
    for await (const r of evaluatorFor([crowd]).evaluateMany(source, { index })) out.push(r);
    expect(out.map((r) => [r.recordIndex, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, true],
    ]);
    expect(out.map((r) => (r.ok ? r.assessment.caseId : r.issues.length > 0))).toEqual([
      "x1",
      true,
      "x2",
      "x3",
    ]);
  });
});

describe("assessment metadata and strength overrides", () => {
  it("a person born on 29 February 2008 is a minor on 28 February 2026 and not on 1 March 2026", async () => {
    const r = rule("probe-b", { all: [{ fact: "probe", path: "b", operator: "equal", value: true }] });
    const on = (day: string) => createEvaluator({ asOf: day, ruleSet: ruleSetOf([r]), facts: testFacts });
    const leapling = caseInput("leapling", { birthDate: "2008-02-29" });
    expect((await on("2026-02-28").evaluate(leapling)).minor).toBe(true);
    expect((await on("2026-03-01").evaluate(leapling)).minor).toBe(false);
  });

  it("names rule set, versions and date; a minor override makes a rule strong", async () => {
    const r = rule(
      "threats",
      { all: [{ fact: "probe", path: "b", operator: "equal", value: true }] },
      {
        strength: "medium",
        strengthOverrides: [{ strength: "strong", when: { minor: true } }],
      },
    );
    setProbe("minor-1", { b: true });
    setProbe("adult-1", { b: true });
    const ev = evaluatorFor([r]);
    const minor = await ev.evaluate(caseInput("minor-1", { birthDate: "2010-05-01" }));
    const adult = await ev.evaluate(caseInput("adult-1", { birthDate: "2007-03-01" }));
    expect([minor.minor, minor.fired[0]?.strength, minor.level]).toEqual([true, "strong", "review"]);
    expect([adult.minor, adult.fired[0]?.strength, adult.level]).toEqual([false, "medium", "note"]);
    expect(minor).toMatchObject({
      caseId: "minor-1",
      evaluationDate: asOf,
      ruleSetId: "test-set",
      ruleSetVersion: "1.0.0",
    });
    expect(typeof minor.policyVersion).toBe("string");
    expect(typeof minor.calendarVersion).toBe("string");
  });
});

describe("evaluateMany: every record gives one result, in order, and the batch goes on (issue 7)", () => {
  const r = rule("probe-a", { all: [{ fact: "probe", path: "a", operator: "equal", value: true }] });
  const collect = async (source: Parameters<ReturnType<typeof evaluatorFor>["evaluateMany"]>[0]) => {
    const out = [];
    for await (const result of evaluatorFor([r]).evaluateMany(source)) out.push(result);
    return out;
  };

  it("a mixed batch of 50 good and 50 hostile records gives 100 results in input order", async () => {
    const hostile = hostileRecords(caseInput("hostile-valid"));
    const records = Array.from({ length: 100 }, (_, i) =>
      i % 2 === 0 ? caseInput(`good-${i}`) : hostile[((i - 1) / 2) % hostile.length]!.record,
    );
    const out = await collect(records);
    expect(out).toHaveLength(100);
    expect(out.map((x) => x.recordIndex)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    out.forEach((x, i) => {
      if (i % 2 === 0) expect(x.ok && x.assessment.caseId).toBe(`good-${i}`);
      else {
        const expected = hostile[((i - 1) / 2) % hostile.length]!.code;
        expect(x.ok ? [] : x.issues.map((issue) => issue.code)).toEqual([expected]);
      }
    });
  });

  it("a generator source that yields rejected promises and thenables lazily", async () => {
    function* source() {
      yield caseInput("lazy-1");
      yield Promise.reject(new Error("rejected on the way"));
      yield thenable();
      yield caseInput("lazy-2");
    }
    const out = await collect(source);
    expect(out.map((x) => (x.ok ? x.assessment.caseId : x.issues[0]!.code))).toEqual([
      "lazy-1",
      "record.thenable",
      "record.thenable",
      "lazy-2",
    ]);
  });

  it("a source whose iterator throws ends the batch with SourceFailedError after the records done", async () => {
    function* source() {
      yield caseInput("before-1");
      yield thenable();
      throw new Error("stream broke");
    }
    const out: unknown[] = [];
    let error: unknown;
    try {
      for await (const result of evaluatorFor([r]).evaluateMany(source)) out.push(result);
    } catch (e) {
      error = e;
    }
    expect(out).toHaveLength(2);
    expect(error).toBeInstanceOf(SourceFailedError);
    expect((error as SourceFailedError).recordsDone).toBe(2);
  });
});

import { describe, expect, it, vi } from "vitest";
import { rule, ruleSetOf, testFacts } from "./engine-test-kit.fixture.js";
import type { AnyFactDefinition } from "./fact-definition.js";
import type { RuleSetIssueCode } from "./rule-set-issue.js";
import { validateRuleSet } from "./validate-rule-set.js";

const ok = rule("ok-rule", { all: [{ fact: "probe", path: "a", operator: "equal", value: true }] });
const validate = (json: unknown, facts: readonly AnyFactDefinition[] = testFacts) =>
  validateRuleSet(json, { facts });

/** The rule set as JSON text with one rule's JSON replaced, parsed again (like reading a file). */
function withRule(ruleJson: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(ruleSetOf([ruleJson as never])));
}
function codes(json: unknown): RuleSetIssueCode[] {
  const r = validate(json);
  return r.ok ? [] : r.issues.map((i) => i.code);
}
function firstIssue(json: unknown) {
  const r = validate(json);
  if (r.ok) throw new Error("expected issues");
  return r.issues[0]!;
}
const leaf = (over: Record<string, unknown>) =>
  withRule({
    ...ok,
    conditions: { all: [{ fact: "probe", path: "a", operator: "equal", value: true, ...over }] },
  });

describe("validateRuleSet accepts", () => {
  it("a well-formed rule set", () => {
    expect(validate(ruleSetOf([ok]))).toEqual({ ok: true, value: ruleSetOf([ok]) });
  });
  it("a protected attribute combined with a non-protected condition", () => {
    const r = rule("mixed", {
      all: [
        { fact: "sex", operator: "equal", value: "F" },
        { fact: "probe", path: "n", operator: "greaterThanInclusive", value: 3 },
      ],
    });
    expect(validate(ruleSetOf([r])).ok).toBe(true);
  });
});

describe("validateRuleSet: one test per error code", () => {
  const cases: [RuleSetIssueCode, () => unknown, (string | number)[]][] = [
    ["type.invalid", () => withRule({ ...ok, needsObservation: "yes" }), ["rules", 0, "needsObservation"]],
    ["required", () => withRule({ ...ok, strength: undefined }), ["rules", 0, "strength"]],
    ["key.unknown", () => withRule({ ...ok, strenght: "weak" }), ["rules", 0, "strenght"]],
    [
      "key.forbidden",
      () => JSON.parse(`{"id":"x","version":"1","rules":[],"__proto__":{"polluted":true}}`),
      ["__proto__"],
    ],
    ["value.invalid", () => withRule({ ...ok, strength: "very-strong" }), ["rules", 0, "strength"]],
    ["date.invalid", () => withRule({ ...ok, validFrom: "2021-02-30" }), ["rules", 0, "validFrom"]],
    [
      "date.order",
      () => withRule({ ...ok, validFrom: "2024-01-02", validUntil: "2024-01-01" }),
      ["rules", 0, "validUntil"],
    ],
    ["id.duplicate", () => ruleSetOf([ok, ok]), ["rules", 1, "id"]],
    [
      "event.mismatch",
      () => withRule({ ...ok, event: { type: "indicator", params: { indicator: "other" } } }),
      ["rules", 0, "event"],
    ],
    [
      "rule.unknown-reference",
      () => withRule({ ...ok, strengthOverrides: [{ strength: "strong", when: { alsoFired: ["nope"] } }] }),
      ["rules", 0, "strengthOverrides", 0, "when", "alsoFired", 0],
    ],
    [
      "condition.invalid",
      () => withRule({ ...ok, conditions: { any: [] } }),
      ["rules", 0, "conditions", "any"],
    ],
    ["fact.unknown", () => leaf({ fact: "salary" }), ["rules", 0, "conditions", "all", 0, "fact"]],
    ["path.invalid", () => leaf({ path: "$.a[?(@.b)]" }), ["rules", 0, "conditions", "all", 0, "path"]],
    ["path.unknown", () => leaf({ path: "nested.missing" }), ["rules", 0, "conditions", "all", 0, "path"]],
    [
      "operator.unknown",
      () => leaf({ operator: "regexMatch" }),
      ["rules", 0, "conditions", "all", 0, "operator"],
    ],
    [
      "operator.type-mismatch",
      () => leaf({ path: "d", operator: "lessThan", value: 3 }),
      ["rules", 0, "conditions", "all", 0, "operator"],
    ],
    [
      "value.type-mismatch",
      () => leaf({ path: "s", value: "w" }),
      ["rules", 0, "conditions", "all", 0, "value"],
    ],
    [
      "rule.protected-only",
      () =>
        withRule({
          ...ok,
          conditions: {
            any: [
              { fact: "nationality", operator: "equal", value: "UTO" },
              { fact: "probe", path: "a", operator: "equal", value: true },
            ],
          },
        }),
      ["rules", 0, "conditions"],
    ],
    [
      "rule.context-only",
      () =>
        withRule({
          ...ok,
          context: true,
          conditions: { all: [{ fact: "sector", operator: "equal", value: "fishing" }] },
        }),
      ["rules", 0, "conditions"],
    ],
  ];
  it.each(cases)("%s", (code, make, path) => {
    const issue = firstIssue(make());
    expect(issue.code).toBe(code);
    expect(issue.path).toEqual(path);
    expect(issue.message.id.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  });

  it("limit.depth: 10,000 nested `not` groups built iteratively", () => {
    let node: Record<string, unknown> = { fact: "probe", path: "a", operator: "equal", value: true };
    for (let i = 0; i < 10_000; i++) node = { not: node };
    const json = { id: "deep", version: "1", rules: [{ ...ok, conditions: { all: [node] } }] };
    const r = validate(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(["limit.depth"]);
  });

  it("limit.depth: conditions nested 33 groups deep (limit 32) but 32 is fine", () => {
    const nest = (levels: number) => {
      let node: Record<string, unknown> = { fact: "probe", path: "a", operator: "equal", value: true };
      for (let i = 1; i < levels; i++) node = { all: [node] };
      return { all: [node] };
    };
    expect(codes(ruleSetOf([{ ...ok, conditions: nest(32) as never }]))).toEqual([]);
    expect(codes(ruleSetOf([{ ...ok, conditions: nest(33) as never }]))).toEqual(["limit.depth"]);
  });

  it("limit.size: more conditions than the limit", () => {
    const wide = {
      any: Array.from({ length: 100_001 }, () => ({
        fact: "probe",
        path: "a",
        operator: "equal",
        value: true,
      })),
    };
    expect(codes(ruleSetOf([{ ...ok, conditions: wide as never }]))).toEqual(["limit.size"]);
  });
});

describe("validateRuleSet on hostile and huge input", () => {
  it("never throws on malformed input", () => {
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      "rules",
      [],
      { rules: null },
      { rules: [null, 1, "x"] },
      { id: "x", version: "1", rules: [{}] },
      { rules: [{ conditions: { all: [{ not: [] }] } }] },
      { rules: [{ conditions: { condition: "shared" } }] },
      () => 1,
      new Date(0),
      { id: "x", version: "1", rules: [], thresholds: { a: Number.NaN } },
      Object.defineProperty({}, "rules", {
        get: () => {
          throw new Error("getter ran");
        },
        enumerable: true,
      }),
    ];
    for (const input of inputs) {
      const r = validate(input);
      expect(r.ok).toBe(false);
    }
  });

  it("reports __proto__ keys anywhere (JSON.parse keeps them as own keys) and does not pollute", () => {
    const text = JSON.stringify(ruleSetOf([ok])).replace(
      '"path":"a"',
      '"path":"a","__proto__":{"isAdmin":true}',
    );
    const r = validate(JSON.parse(text));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        code: "key.forbidden",
        path: ["rules", 0, "conditions", "all", 0, "__proto__"],
      });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("refuses a JSONPath filter expression and a `condition` reference", () => {
    expect(codes(leaf({ path: "$..a" }))).toEqual(["path.invalid"]);
    expect(codes(leaf({ path: "constructor.prototype" }))).toEqual(["path.invalid"]);
    expect(codes(withRule({ ...ok, conditions: { all: [{ condition: "shared" }] } }))).toEqual([
      "condition.invalid",
    ]);
  });

  it("validates a 10,000-rule file and rejects one bad rule in it, deriving no fact", () => {
    const derive = vi.fn(() => ({}));
    const facts = testFacts.map((f) => ({ ...f, derive }));
    const rules = Array.from({ length: 10_000 }, (_, i) =>
      rule(`r-${i}`, {
        all: [
          { fact: "probe", path: "n", operator: "greaterThan", value: i },
          { fact: "sex", operator: "equal", value: "F" },
        ],
      }),
    );
    const text = JSON.stringify(ruleSetOf(rules));
    const started = performance.now();
    expect(validate(JSON.parse(text), facts).ok).toBe(true);
    const bad = JSON.parse(text.replace('"value":9999', '"value":"9999"'));
    const r = validate(bad, facts);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.slice(0, 2)])).toEqual([
      ["value.type-mismatch", ["rules", 9999]],
    ]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(derive).not.toHaveBeenCalled();
  });

  it("refuses more rules than the limit without reading them", () => {
    const r = validateRuleSet(
      { id: "x", version: "1", rules: new Array(5).fill(ok) },
      { facts: testFacts, limits: { maxRules: 4 } },
    );
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["limit.size"]);
  });
});

describe("protected-only branches are found without expanding into DNF", () => {
  const nat = { fact: "nationality", operator: "equal", value: "UTO" };
  const sex = { fact: "sex", operator: "equal", value: "M" };
  const a = { fact: "probe", path: "a", operator: "equal", value: true };
  const check = (conditions: unknown) => codes(withRule({ ...ok, conditions }));
  it("AND with a non-protected condition is fine; OR with a protected-only branch is not", () => {
    expect(check({ all: [nat, a] })).toEqual([]);
    expect(check({ any: [{ all: [nat, sex] }, a] })).toEqual(["rule.protected-only"]);
    expect(check({ all: [{ any: [nat, sex] }, { any: [sex, a] }] })).toEqual(["rule.protected-only"]);
    expect(check({ all: [{ any: [nat, a] }, { any: [sex, a] }] })).toEqual(["rule.protected-only"]);
  });
  it("applies De Morgan through `not`", () => {
    // not(all[nat, a]) = any[not nat, not a]: the branch `not nat` is protected-only
    expect(check({ not: { all: [nat, a] } })).toEqual(["rule.protected-only"]);
    // not(any[nat, a]) = all[not nat, not a]: every branch touches `a`
    expect(check({ not: { any: [nat, a] } })).toEqual([]);
  });
  it("a fact reference to a non-protected fact makes the leaf non-protected", () => {
    expect(check({ all: [{ fact: "sex", operator: "equal", value: { fact: "probe", path: "s" } }] })).toEqual(
      [],
    );
  });
});

import { describe, expect, it, vi } from "vitest";
import { rule, ruleSetOf, testFacts } from "./engine-test-kit.fixture.js";
import { TppoError } from "./errors.js";
import type { AnyFactDefinition } from "./fact-definition.js";
import type { RuleSetIssueCode } from "./rule-set-issue.js";
import { defaultRuleSet } from "./rules/index.js";
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

// Issue 7: a validated rule set is a deeply frozen copy; only plain JSON data is accepted (no Proxies, getters,
// class instances, functions or symbols); caller limits must be finite positive integers.
/** A fresh rule set as JSON would give it. */
const fresh = (): Record<string, unknown> & { rules: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(ruleSetOf([ok])));
const issuesOf = (json: unknown) => {
  const r = validate(json);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path }));
};

/** Every object reachable from a value, the value included. */
function objectsIn(value: unknown): object[] {
  const out: object[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    out.push(v);
    stack.push(...Object.values(v));
  }
  return out;
}

describe("a validated rule set is a deeply frozen copy", () => {
  it("returns an equal rule set that is not the input and whose every object is frozen", () => {
    const input = fresh();
    const r = validate(input);
    if (!r.ok) throw new Error("expected a valid rule set");
    expect(r.value).toEqual(input);
    expect(r.value).not.toBe(input);
    expect(r.value.rules[0]).not.toBe(input.rules[0]);
    const objects = objectsIn(r.value);
    expect(objects.length).toBeGreaterThan(10);
    expect(objects.filter((o) => !Object.isFrozen(o))).toEqual([]);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it("changing the input after validation does not change the validated copy ($..* path, constructor fact)", () => {
    const input = fresh();
    const r = validate(input);
    if (!r.ok) throw new Error("expected a valid rule set");
    const conditions = input.rules[0]!.conditions as { all: Record<string, unknown>[] };
    conditions.all[0]!.path = "$..*";
    conditions.all.push({ fact: "constructor", operator: "notEqual", value: null });
    expect(r.value.rules[0]!.conditions).toEqual({
      all: [{ fact: "probe", path: "a", operator: "equal", value: true }],
    });
  });

  it("the validated copy itself cannot be changed", () => {
    const r = validate(fresh());
    if (!r.ok) throw new Error("expected a valid rule set");
    const all = (r.value.rules[0]!.conditions as { all: unknown[] }).all;
    expect(() => all.push({ fact: "constructor", operator: "notEqual", value: null })).toThrow(TypeError);
    expect(() => {
      (all[0] as { path: string }).path = "$..*";
    }).toThrow(TypeError);
    expect(() => {
      (r.value as { id: string }).id = "other";
    }).toThrow(TypeError);
  });

  it("defaultRuleSet is deeply frozen", () => {
    const objects = objectsIn(defaultRuleSet);
    expect(objects.length).toBeGreaterThan(42 * 5);
    expect(objects.filter((o) => !Object.isFrozen(o))).toEqual([]);
    expect(() => {
      (defaultRuleSet.rules as unknown[]).push(ok);
    }).toThrow(TypeError);
    expect(defaultRuleSet.rules).toHaveLength(42);
  });
});

describe("only plain JSON data is accepted", () => {
  it("refuses a Proxy, at the root or nested, without running any of its traps", () => {
    const calls: string[] = [];
    // Every trap records its call and then behaves like the target.
    const spy = <T extends object>(target: T): T =>
      new Proxy(
        target,
        Object.fromEntries(
          (["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf"] as const).map((trap) => [
            trap,
            (...args: unknown[]) => {
              calls.push(trap);
              return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
            },
          ]),
        ),
      );
    expect(issuesOf(spy(fresh()))).toEqual([{ code: "input.unreadable", path: [] }]);
    const nested = fresh();
    nested.rules[0]!.conditions = spy({
      all: [{ fact: "probe", path: "a", operator: "equal", value: true }],
    });
    expect(issuesOf(nested)).toEqual([{ code: "input.unreadable", path: [] }]);
    const inArray = fresh();
    inArray.rules = spy(inArray.rules);
    expect(issuesOf(inArray)).toEqual([{ code: "input.unreadable", path: [] }]);
    expect(calls).toEqual([]);
  });

  it("refuses a throwing Proxy and a throwing getter without throwing", () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    expect(issuesOf(throwing)).toEqual([{ code: "input.unreadable", path: [] }]);
    const getter = fresh();
    Object.defineProperty(getter.rules[0]!, "strength", {
      enumerable: true,
      get() {
        throw new Error("getter");
      },
    });
    expect(issuesOf(getter)).toEqual([{ code: "input.unreadable", path: [] }]);
  });

  it("reports a getter or setter at its path (value.accessor)", () => {
    const withGetter = fresh();
    Object.defineProperty(withGetter.rules[0]!, "strength", { enumerable: true, get: () => "medium" });
    expect(issuesOf(withGetter)).toEqual([{ code: "value.accessor", path: ["rules", 0, "strength"] }]);
    const inArray = fresh();
    const all = (inArray.rules[0]!.conditions as { all: unknown[] }).all;
    const leaf = all[0];
    Object.defineProperty(all, 0, { enumerable: true, get: () => leaf });
    expect(issuesOf(inArray)).toEqual([
      { code: "value.accessor", path: ["rules", 0, "conditions", "all", 0] },
    ]);
  });

  it("reports class instances, symbol keys and array holes at their paths (type.invalid)", () => {
    const date = fresh();
    date.rules[0]!.validFrom = new Date(0);
    expect(issuesOf(date)).toEqual([{ code: "type.invalid", path: ["rules", 0, "validFrom"] }]);
    class Rule {
      constructor(source: object) {
        Object.assign(this, source);
      }
    }
    const instance = fresh();
    instance.rules[0] = new Rule(instance.rules[0]!) as Record<string, unknown>;
    expect(issuesOf(instance)).toEqual([{ code: "type.invalid", path: ["rules", 0] }]);
    const symbolKey = fresh();
    (symbolKey.rules[0] as Record<symbol, unknown>)[Symbol("hidden")] = 1;
    expect(issuesOf(symbolKey)).toEqual([{ code: "type.invalid", path: ["rules", 0] }]);
    const hole = fresh();
    const elements = ["means", "act"];
    elements.length = 3; // an array hole at index 2
    hole.rules[0]!.elements = elements;
    expect(issuesOf(hole)).toEqual([{ code: "type.invalid", path: ["rules", 0, "elements"] }]);
  });

  it("refuses a function or a symbol: at its path when it is the input, whole when it is inside", () => {
    expect(issuesOf(() => ruleSetOf([ok]))).toEqual([{ code: "type.invalid", path: [] }]);
    expect(issuesOf(Symbol("rules"))).toEqual([{ code: "type.invalid", path: [] }]);
    const fn = fresh();
    (fn.rules[0]!.conditions as { all: Record<string, unknown>[] }).all[0]!.value = () => true;
    expect(issuesOf(fn)).toEqual([{ code: "input.unreadable", path: [] }]);
    const sym = fresh();
    sym.rules[0]!.version = Symbol("1.0.0");
    expect(issuesOf(sym)).toEqual([{ code: "input.unreadable", path: [] }]);
  });
});

describe("caller limits must be finite whole numbers above 0", () => {
  it.each([
    ["Infinity", Number.POSITIVE_INFINITY],
    ["NaN", Number.NaN],
    ["0", 0],
    ["-1", -1],
    ["1.5", 1.5],
    ["a string", "32"],
  ])("maxDepth %s is a programmer error: TppoError limits.invalid", (_name, maxDepth) => {
    const call = () =>
      validateRuleSet(fresh(), { facts: testFacts, limits: { maxDepth: maxDepth as number } });
    expect(call).toThrow(TppoError);
    try {
      call();
    } catch (e) {
      expect([(e as TppoError).code, (e as TppoError).field]).toEqual(["limits.invalid", "limits.maxDepth"]);
    }
  });

  it("checks every limit, and accepts given whole numbers (undefined keeps the default)", () => {
    for (const key of ["maxConditions", "maxRules", "maxJsonValues", "maxIssues"] as const) {
      expect(() => validateRuleSet(fresh(), { facts: testFacts, limits: { [key]: Infinity } })).toThrow(
        expect.objectContaining({ code: "limits.invalid", field: `limits.${key}` }),
      );
    }
    const limits = { maxDepth: 4, maxRules: undefined } as unknown as { maxDepth: number };
    const r = validateRuleSet(fresh(), { facts: testFacts, limits });
    expect(r.ok).toBe(true);
  });
});

describe("route tags (rule metadata)", () => {
  const withRoutes = (routes: unknown) => ({
    ...structuredClone(defaultRuleSet),
    rules: [{ ...structuredClone(defaultRuleSet.rules.find((r) => r.id === "overstay")!), routes }],
  });
  const codes = (json: unknown) => {
    const r = validateRuleSet(json);
    return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")]);
  };
  it("accepts a basis, and a `when` on a boolean fact path", () => {
    expect(
      codes(withRoutes([{ basis: "identity.match", when: { fact: "identity", path: "anyFlag" } }])),
    ).toEqual([]);
  });
  it("refuses an unknown basis, an unknown fact or path, and a `when` on a value that is not boolean", () => {
    expect(codes(withRoutes([{ basis: "police.arrest" }]))).toEqual([
      ["value.invalid", "rules.0.routes.0.basis"],
    ]);
    expect(codes(withRoutes([{ basis: "identity.match", when: { fact: "nope", path: "x" } }]))).toEqual([
      ["fact.unknown", "rules.0.routes.0.when.fact"],
    ]);
    expect(
      codes(withRoutes([{ basis: "identity.match", when: { fact: "identity", path: "nope" } }])),
    ).toEqual([["path.unknown", "rules.0.routes.0.when.path"]]);
    expect(codes(withRoutes([{ basis: "identity.match", when: { fact: "person", path: "age" } }]))).toEqual([
      ["value.type-mismatch", "rules.0.routes.0.when.path"],
    ]);
  });
});

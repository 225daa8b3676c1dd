import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conditionFactValue, dottedPathResolver } from "./path-resolver.js";

describe("dottedPathResolver", () => {
  it("reads nested own properties and array indices", () => {
    const v = { employer: { sector: "fishing" }, permits: [{ kind: "itas" }] };
    expect(dottedPathResolver(v, "employer.sector")).toBe("fishing");
    expect(dottedPathResolver(v, "permits.0.kind")).toBe("itas");
    expect(dottedPathResolver(v, "permits.1.kind")).toBeUndefined();
  });

  it("never follows prototype segments or inherited properties", () => {
    const hostile = JSON.parse('{"__proto__": {"x": 1}, "a": {}}');
    expect(dottedPathResolver(hostile, "__proto__.x")).toBeUndefined();
    expect(dottedPathResolver({ a: {} }, "a.constructor")).toBeUndefined();
    expect(dottedPathResolver({ a: {} }, "a.toString")).toBeUndefined();
    expect(dottedPathResolver({ f() {} }, "f.prototype")).toBeUndefined();
  });

  it("does not evaluate JSONPath or bracket syntax", () => {
    const v = { a: [{ b: 1 }] };
    expect(dottedPathResolver(v, "$.a[?(@.b)]")).toBeUndefined();
    expect(dottedPathResolver(v, "a[0].b")).toBeUndefined();
    expect(dottedPathResolver(v, "$.a")).toBeUndefined();
    expect(dottedPathResolver(v, "a..b")).toBeUndefined();
  });

  it("agrees with plain property access for every generated object path", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z_][a-z0-9_]{0,5}$/), { minLength: 1, maxLength: 4 }),
        fc.jsonValue(),
        (keys, leaf) => {
          const safe = keys.filter((k) => !["constructor", "prototype", "__proto__"].includes(k));
          fc.pre(safe.length > 0);
          let obj: unknown = leaf;
          for (const k of [...safe].reverse()) obj = { [k]: obj };
          expect(dottedPathResolver(obj, safe.join("."))).toEqual(leaf);
        },
      ),
    );
  });
});

describe("conditionFactValue", () => {
  it("returns a non-object fact's value itself when a path is given, like json-rules-engine", () => {
    expect(conditionFactValue(5, "a.b")).toBe(5);
    expect(conditionFactValue(undefined, "a")).toBeUndefined();
    expect(conditionFactValue({ a: 2 }, "a")).toBe(2);
  });
});

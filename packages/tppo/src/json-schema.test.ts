import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { rule, ruleSetOf } from "./engine-test-kit.fixture.js";
import { tppoJsonSchema, tppoSchemas } from "./json-schema.js";

const shipped = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../schemas/${name}.json`, import.meta.url)), "utf8"));

describe("shipped JSON Schemas", () => {
  it.each(Object.keys(tppoSchemas))(
    "schemas/%s.json matches the zod schema (run `pnpm generate` if not)",
    (name) => {
      expect(shipped(name)).toEqual(tppoJsonSchema(name as keyof typeof tppoSchemas));
    },
  );

  it.each(Object.keys(tppoSchemas))("schemas/%s.json carries its import specifier as $id", (name) => {
    expect(shipped(name).$id).toBe(`@timpora/tppo/schemas/${name}.json`);
  });

  it("the rule-set schema accepts a rule set and rejects an unknown key", () => {
    const ajv = new Ajv2020.default({ strict: false });
    const check = ajv.compile(shipped("rule-set"));
    const set = ruleSetOf([
      rule("r", { all: [{ fact: "probe", path: "a", operator: "equal", value: true }] }),
    ]);
    expect(check(set)).toBe(true);
    expect(check({ ...set, extra: 1 })).toBe(false);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateRuleSet } from "../validate-rule-set.js";
import { defaultRuleSet } from "./index.js";

// rules/default.json is shipped as @timpora/tppo/rules/default.json for teams that copy and edit the rules
// as data; scripts/generate-default-rules.ts writes it from the builders (`pnpm -C packages/tppo generate`).
const shipped: unknown = JSON.parse(
  readFileSync(new URL("../../rules/default.json", import.meta.url), "utf8"),
);

describe("rules/default.json", () => {
  it("is the default rule set built by the TypeScript builders (deep equality)", () => {
    expect(shipped).toStrictEqual(defaultRuleSet);
  });

  it("holds the 42 rules of the catalogue's 39 entries and passes validation as it stands", () => {
    expect((shipped as { rules: unknown[] }).rules).toHaveLength(42);
    const checked = validateRuleSet(shipped);
    expect(checked.ok && checked.value.rules.map((r) => r.id)).toEqual(defaultRuleSet.rules.map((r) => r.id));
  });
});

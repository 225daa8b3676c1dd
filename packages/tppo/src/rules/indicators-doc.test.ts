import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultFacts } from "../facts/index.js";
import { defaultRuleSet } from "./index.js";
import { renderIndicatorsDoc } from "./indicators-doc.js";

const docPath = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "..",
  "docs",
  "indicators.md",
);

describe("docs/indicators.md", () => {
  const rendered = renderIndicatorsDoc(defaultRuleSet, defaultFacts);

  it("is up to date with the default rule set (regenerate with `pnpm --filter @timpora/tppo gen:docs:indicators`)", () => {
    expect(readFileSync(docPath, "utf8")).toBe(rendered);
  });

  it("lists every indicator with its strength, elements and source confidence, and says Delphi is low", () => {
    for (const r of defaultRuleSet.rules)
      expect(rendered).toContain(`### ${defaultRuleSet.rules.indexOf(r) + 1}. \`${r.id}\``);
    expect(rendered).toContain("| 8 | `address-cluster` |");
    expect(rendered).toMatch(/combination rule[^\n]*their confidence is \*\*low\*\*/);
    expect(rendered).toContain("## Left out, and why");
  });
});

/**
 * Writes docs/indicators.md from the default rule set and fact catalogue.
 * Run: pnpm --filter @timpora/tppo gen:docs:indicators
 * (= pnpm exec tsx --conditions=@timpora/source scripts/generate-indicators-doc.ts)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultFacts } from "../src/facts/index.js";
import { defaultRuleSet } from "../src/rules/index.js";
import { renderIndicatorsDoc } from "../src/rules/indicators-doc.js";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "indicators.md");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderIndicatorsDoc(defaultRuleSet, defaultFacts));
console.log(`wrote ${target}`);

/**
 * Writes rules/default.json, the default rule set as data (`@timpora/tppo/rules/default.json`), from the
 * TypeScript builders in src/rules/. Teams copy and edit it; a test fails when it drifts from
 * `defaultRuleSet`. Run: pnpm -C packages/tppo generate
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultRuleSet } from "../src/rules/index.js";

const target = fileURLToPath(new URL("../rules/default.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(defaultRuleSet, null, 2)}\n`);
console.log(`wrote ${target}: ${defaultRuleSet.rules.length} rules`);

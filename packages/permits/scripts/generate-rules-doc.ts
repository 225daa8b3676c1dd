// Writes docs/permits-rules.md from the policy tables. Run: pnpm --filter @timpora/permits gen:docs
import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderRulesDoc } from "../src/rules-doc.js";

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, "../../../docs/permits-rules.md");
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target}`);

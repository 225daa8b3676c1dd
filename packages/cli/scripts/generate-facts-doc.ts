/**
 * Writes docs/facts.md, the fact catalogue page of the site, from tppo's `defaultFacts`.
 * Run: pnpm --filter @timpora/cli gen:docs:facts
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultFacts } from "@timpora/tppo";
import { factExamples } from "../src/fact-examples.js";
import { FACTS_DOC_AS_OF, renderFactsDoc } from "../src/facts-doc.js";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "facts.md");
writeFileSync(
  target,
  renderFactsDoc(defaultFacts, await factExamples(defaultFacts, FACTS_DOC_AS_OF), FACTS_DOC_AS_OF),
);
console.log(`wrote ${target}`);

// Writes the JSON Schema (draft 2020-12) of every top-level record to schemas/<name>.json.
// Run: pnpm -C packages/models generate   (tsx with the @timpora/source condition, no build needed)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { recordJsonSchema, recordSchemaNames } from "../src/json-schema.js";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "schemas");
mkdirSync(outDir, { recursive: true });
const wanted = new Set(recordSchemaNames.map((name) => `${name}.json`));
for (const file of readdirSync(outDir)) {
  if (file.endsWith(".json") && !wanted.has(file)) rmSync(join(outDir, file));
}
for (const name of recordSchemaNames) {
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(recordJsonSchema(name), null, 2)}\n`);
}
console.log(`wrote ${recordSchemaNames.length} schemas to ${outDir}`);

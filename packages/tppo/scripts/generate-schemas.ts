// Writes packages/tppo/schemas/<name>.json from the zod schemas (run: pnpm -C packages/tppo generate).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tppoJsonSchema, tppoSchemas } from "../src/json-schema.js";

for (const name of Object.keys(tppoSchemas) as (keyof typeof tppoSchemas)[]) {
  const file = fileURLToPath(new URL(`../schemas/${name}.json`, import.meta.url));
  writeFileSync(file, `${JSON.stringify(tppoJsonSchema(name), null, 2)}\n`);
}

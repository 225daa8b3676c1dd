// Writes packages/exchange/schemas/<name>.json from the zod schemas (run: pnpm -C packages/exchange generate).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { exchangeJsonSchema, exchangeSchemas } from "../src/json-schema.js";

for (const name of Object.keys(exchangeSchemas) as (keyof typeof exchangeSchemas)[]) {
  const file = fileURLToPath(new URL(`../schemas/${name}.json`, import.meta.url));
  writeFileSync(file, `${JSON.stringify(exchangeJsonSchema(name), null, 2)}\n`);
}

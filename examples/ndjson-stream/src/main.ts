/**
 * Streams 2,000 realistic synthetic cases (and one broken line) through the screener and counts the levels of
 * what comes out, as a pipeline stage would: `producer | screen | consumer`. Usage:
 * `pnpm --filter @timpora/example-ndjson-stream start`.
 */
import { PassThrough, Readable } from "node:stream";
import { generateCases } from "@timpora/testkit";
import { screenStream } from "./screen-stream.js";

const asOf = "2025-06-30";
function* lines(): Generator<string> {
  let i = 0;
  for (const c of generateCases({ seed: "stream", count: 2000, asOf, population: "realistic" })) {
    yield `${JSON.stringify(c)}\n`;
    if (++i === 1000) yield '{"schemaVersion": 1, "id": "cut-off",\n';
  }
}

const output = new PassThrough();
const levels = new Map<string, number>();
const errors: string[] = [];
const consumer = (async () => {
  let rest = "";
  for await (const chunk of output) {
    const parts = (rest + chunk.toString()).split("\n");
    rest = parts.pop()!;
    for (const part of parts) {
      const record = JSON.parse(part) as { level?: string; line?: number; error?: string };
      if (record.level !== undefined) levels.set(record.level, (levels.get(record.level) ?? 0) + 1);
      else errors.push(`line ${record.line}: ${record.error}`);
    }
  }
})();
const totals = await screenStream(Readable.from(lines()), output, { asOf });
output.end();
await consumer;

console.log(`${totals.screened} screened, ${totals.rejected} rejected`);
console.log([...levels].map(([level, n]) => `${level} ${n}`).join(", "));
console.log(errors.join("\n"));
if (totals.screened !== 2000 || totals.rejected !== 1 || errors[0] !== "line 1001: json.syntax")
  process.exit(1);

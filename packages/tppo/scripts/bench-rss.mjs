// pnpm --filter @timpora/tppo bench:rss (issue 10): peak RSS while screening a stream of testkit cases in two
// passes, as a batch of a million would run: the population index built in one streaming pass, then every case
// screened with it, nothing kept but counts. Run against the built packages (`pnpm build` first).
//
//   node scripts/bench-rss.mjs [cases=1000000]
import { DEFAULT_AS_OF, generateCases } from "@timpora/testkit";
import { buildPopulationIndex, createEvaluator } from "@timpora/tppo";

const N = Number(process.argv[2] ?? 1_000_000);
const asOf = DEFAULT_AS_OF;
const mb = (bytes) => `${Math.round(bytes / 1e6)} MB`;
/** The stream, opened again for each pass (the realistic population where the testkit has it). */
const source = () => generateCases({ seed: "tppo-rss", count: N, population: "realistic" });

let t0 = performance.now();
const index = await buildPopulationIndex(source, { asOf });
const indexSeconds = (performance.now() - t0) / 1000;
let keys = 0;
for (const counts of index.maps.values()) keys += counts.size;
const afterIndex = process.memoryUsage();
console.log(
  `index: ${index.size} cases (${index.skipped} skipped), ${keys} keys, ${indexSeconds.toFixed(1)} s; ` +
    `RSS ${mb(afterIndex.rss)}, of which array buffers ${mb(afterIndex.arrayBuffers)}`,
);

const evaluator = createEvaluator({ asOf });
const levels = { none: 0, note: 0, review: 0, refer: 0, bad: 0 };
t0 = performance.now();
for await (const r of evaluator.evaluateMany(source(), { index })) {
  if (r.ok) levels[r.assessment.level]++;
  else levels.bad++;
}
const seconds = (performance.now() - t0) / 1000;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  `screened: ${N} cases in ${seconds.toFixed(1)} s (${Math.round(N / seconds)} cases/s, the testkit generating them included)`,
);
console.log(`levels: ${JSON.stringify(levels)}`);
console.log(`peak RSS: ${mb(peak)} (Node ${process.version})`);

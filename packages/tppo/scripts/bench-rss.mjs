// pnpm --filter @timpora/tppo bench:rss (issue 10): peak RSS while screening a stream of testkit cases, each way
// in a process of its own (peak RSS is per process): streamed once with evaluateMany and no index; and in two
// passes, as a batch with cross-record indicators runs, the population index built in one streaming pass and then
// every case screened with it. Nothing is kept but counts. Run against the built packages (`pnpm build` first).
//
//   node scripts/bench-rss.mjs [cases=1000000] [stream|index]
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DEFAULT_AS_OF, generateCases } from "@timpora/testkit";
import { buildPopulationIndex, createEvaluator } from "@timpora/tppo";

const N = Number(process.argv[2] ?? 1_000_000);
const mode = process.argv[3];
const asOf = DEFAULT_AS_OF;
const mb = (bytes) => `${Math.round(bytes / 1e6)} MB`;
/** The stream, opened again for each pass (the realistic population where the testkit has it). */
const source = () => generateCases({ seed: "tppo-rss", count: N, population: "realistic" });

async function screen(index) {
  const evaluator = createEvaluator({ asOf });
  const levels = { none: 0, note: 0, review: 0, refer: 0, bad: 0 };
  const t0 = performance.now();
  for await (const r of evaluator.evaluateMany(source(), index === undefined ? {} : { index })) {
    if (r.ok) levels[r.assessment.level]++;
    else levels.bad++;
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `  screened ${N} cases in ${seconds.toFixed(1)} s (${Math.round(N / seconds)} cases/s, generating them included); levels ${JSON.stringify(levels)}`,
  );
}

if (mode === "stream") {
  console.log(`streamed once, no population index (Node ${process.version}):`);
  await screen(undefined);
  console.log(`  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
} else if (mode === "index") {
  console.log("two passes, the population index first:");
  const t0 = performance.now();
  const index = await buildPopulationIndex(source, { asOf });
  let keys = 0;
  for (const counts of index.maps.values()) keys += counts.size;
  const m = process.memoryUsage();
  console.log(
    `  index of ${index.size} cases: ${keys} keys in ${((performance.now() - t0) / 1000).toFixed(1)} s; RSS then ${mb(m.rss)}, array buffers ${mb(m.arrayBuffers)}`,
  );
  await screen(index);
  console.log(`  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
} else {
  const self = fileURLToPath(import.meta.url);
  for (const each of ["stream", "index"]) {
    await new Promise((resolve, reject) => {
      fork(self, [String(N), each], { stdio: "inherit" }).on("exit", (code) =>
        code === 0 ? resolve(undefined) : reject(new Error(`${each} exited with ${code}`)),
      );
    });
  }
}

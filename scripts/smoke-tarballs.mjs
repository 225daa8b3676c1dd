#!/usr/bin/env node
// Installs the packages as a user would and checks that they work there (run after `pnpm build`):
// packs every package with pnpm (which turns `workspace:^` into real ranges), installs the tarballs in a
// fresh npm project in a temporary directory outside the workspace, and checks there that
// - ESM `import` and CJS `require` of every entry (main, @timpora/models/regions, the JSON files) work;
// - TypeScript type-checks a small consumer with `moduleResolution` node16 and with bundler;
// - every README code block marked `<!-- example: run by scripts/smoke-tarballs.mjs … -->` runs as written
//   (TypeScript blocks are compiled by the installed TypeScript first) and prints what it says it prints.
// Run: node scripts/smoke-tarballs.mjs   (KEEP_SMOKE=1 keeps the directory for a look).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const packages = ["models", "permits", "tppo", "testkit", "exchange", "oversight"];
const marker = "<!-- example: run by scripts/smoke-tarballs.mjs";

/**
 * What each marked README block must print (one entry per block, in README order): each string is a whole
 * line of its output, each RegExp must match some line. Keep these in step with the comments in the READMEs.
 */
const expectedOutput = {
  models: [["date.order permits.0.validUntil Dates in the wrong order"], ["true", "false"]],
  permits: [["valid permit.valid-until", "10 10000000 medium"]],
  tppo: [[/^smoke-\S+ (none|note|review|refer) \[/], ["true", "false"]],
  testkit: [[/^\{ clean: \d{4}, planted: \d{2,3} \}$/]],
  exchange: [["labour-inspection 5 2025-05-29", "false", "true", "record.changed 0"]],
  oversight: [["991 9", "Kabupaten Banyuwangi (35.10) 21 → 46 25"]],
};

const dir = mkdtempSync(join(tmpdir(), "timpora-smoke-"));
if (!relative(root, dir).startsWith("..")) throw new Error(`${dir} is inside the workspace`);
const started = Date.now();
const step = (what) => console.log(`\n--- ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const run = (cmd, args, options = {}) =>
  execFileSync(cmd, args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], ...options });

try {
  step(`pack ${packages.join(", ")} into ${dir}`);
  const tarballs = join(dir, "tarballs");
  run(
    "npx",
    ["--yes", "pnpm@10.34.9", "-r", "--filter", "./packages/*", "pack", "--pack-destination", tarballs],
    {
      cwd: root,
    },
  );
  const tarball = (name) => {
    const file = readdirSync(tarballs).find((f) => f.startsWith(`timpora-${name}-`) && f.endsWith(".tgz"));
    if (!file) throw new Error(`no tarball for ${name}`);
    return `file:./tarballs/${file}`;
  };

  step("npm install the tarballs in a fresh project");
  const manifest = {
    name: "timpora-smoke",
    private: true,
    type: "module",
    dependencies: {
      ...Object.fromEntries(packages.map((p) => [`@timpora/${p}`, tarball(p)])),
      zod: "^4.0.0",
      ajv: "^8.17.1",
      "ajv-formats": "^3.0.1",
      typescript: "5.9.3",
      "@types/node": "^20.19.0",
    },
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"]);

  step("ESM import");
  writeFileSync(
    join(dir, "esm-check.mjs"),
    `import assert from "node:assert/strict";
import { isKnownRegionCode, parseCase } from "@timpora/models";
import { regions } from "@timpora/models/regions";
import caseSchema from "@timpora/models/schemas/case.json" with { type: "json" };
import { computeLastDay } from "@timpora/permits";
import { createEvaluator, defaultRuleSet } from "@timpora/tppo";
import { builtInOperators } from "@timpora/tppo/engine";
import { createJsonRulesEngine } from "@timpora/tppo/json-rules-engine";
import { evaluateManyParallel } from "@timpora/tppo/node";
import defaultRules from "@timpora/tppo/rules/default.json" with { type: "json" };
import { generateCases } from "@timpora/testkit";
import { defaultProfiles, share, validateProfile } from "@timpora/exchange";
import envelopeSchema from "@timpora/exchange/schemas/envelope.json" with { type: "json" };
import { mapByRegion, renderMapReport } from "@timpora/oversight";

const [c] = generateCases({ seed: "esm", count: 1, asOf: "2025-03-01" });
const esmMap = mapByRegion([c], { on: "2025-03-01", by: "province" });
assert.equal(esmMap.regions[0].key, "all");
assert.ok(renderMapReport(esmMap).startsWith("<!doctype html>"));
assert.equal(parseCase(c).ok, true);
assert.equal(parseCase(c, { regions }).ok, true);
assert.equal(isKnownRegionCode("35.10.01.2003"), true); // form, province and regency only
assert.equal(isKnownRegionCode("35.10.01.2003", regions), false);
assert.equal(caseSchema.$id, "@timpora/models/schemas/case.json");
assert.equal(computeLastDay("2023-09-29", 30, [30]), "2023-11-27"); // 30 days from 29 Sep, day 1 included, + 30
assert.deepEqual(defaultRules, JSON.parse(JSON.stringify(defaultRuleSet)));
const assessment = await createEvaluator({ asOf: "2025-03-01" }).evaluate(c);
assert.ok(["none", "note", "review", "refer"].includes(assessment.level));
// the reference engine and the worker-thread batches, from their subpaths
const reference = createEvaluator({
  asOf: "2025-03-01",
  engine: createJsonRulesEngine({ operatorContext: { asOf: "2025-03-01" } }),
});
assert.deepEqual(await reference.evaluate(c), assessment);
assert.ok(builtInOperators.some((o) => o.name === "dateBefore" || o.name === "equal"));
const batch = [...generateCases({ seed: "esm-batch", count: 12, asOf: "2025-03-01" })];
const one = [];
for await (const r of createEvaluator({ asOf: "2025-03-01" }).evaluateMany(batch)) one.push(r);
const parallel = [];
for await (const r of evaluateManyParallel(batch.map((x) => JSON.stringify(x)), { asOf: "2025-03-01", concurrency: 2, batchSize: 5 }))
  parallel.push(r);
assert.deepEqual(parallel, one);
assert.equal(envelopeSchema.$id, "@timpora/exchange/schemas/envelope.json");
assert.equal(defaultProfiles.every((p) => validateProfile(p).ok), true);
const statistics = defaultProfiles.find((p) => p.id === "oversight-statistics");
const sent = await share([{ case: c, assessment }], statistics, { recipient: { id: "kanim-1", kind: "immigration-office" },
  requestedBy: "o-1", reason: "smoke", key: new Uint8Array(32).fill(1), at: "2025-03-01T09:00:00+08:00" });
assert.match(sent.disclosure.payloadSha256, /^[0-9a-f]{64}$/);
console.log("ESM ok");
`,
  );
  console.log(run("node", ["esm-check.mjs"]).trim());

  step("CJS require");
  writeFileSync(
    join(dir, "cjs-check.cjs"),
    `const assert = require("node:assert/strict");
const { isKnownRegionCode, parseCase } = require("@timpora/models");
const { regions } = require("@timpora/models/regions");
const { computeLastDay } = require("@timpora/permits");
const { defaultRuleSet, validateRuleSet } = require("@timpora/tppo");
const { generateCases } = require("@timpora/testkit");
const { appendDisclosure, defaultProfile, logHead, share, verifyLog } = require("@timpora/exchange");
const { mapByRegion } = require("@timpora/oversight");

const [c] = [...generateCases({ seed: "cjs", count: 1, asOf: "2025-03-01" })];
assert.equal(mapByRegion([c], { on: "2025-03-01", by: "regency" }).threshold, 5);
assert.equal(parseCase(c, { regions }).ok, true);
assert.equal(isKnownRegionCode("35.10.01.2001", regions), true);
assert.equal(require("@timpora/models/schemas/permit.json").$id, "@timpora/models/schemas/permit.json");
assert.equal(computeLastDay("2023-09-29", 30, [30]), "2023-11-27"); // 30 days from 29 Sep, day 1 included, + 30
assert.deepEqual(require("@timpora/tppo/rules/default.json"), JSON.parse(JSON.stringify(defaultRuleSet)));
assert.equal(validateRuleSet(require("@timpora/tppo/rules/default.json")).ok, true);
assert.equal(typeof require("@timpora/tppo/json-rules-engine").createJsonRulesEngine, "function");
assert.ok(require("@timpora/tppo/engine").builtInOperators.some((o) => o.name === "equal"));
const { evaluateManyParallel } = require("@timpora/tppo/node");
(async () => {
  const results = [];
  for await (const r of evaluateManyParallel([c, JSON.stringify(c)], { asOf: "2025-03-01", concurrency: 1 })) results.push(r);
  assert.deepEqual(results.map((r) => [r.recordIndex, r.ok]), [[0, true], [1, true]]);
  // RFC 8785 through json-canonicalize's CommonJS build, WebCrypto in Node
  const envelope = await share([{ case: c }], defaultProfile("police-tppo-referral"), { recipient: { id: "polres-1", kind: "police-polres" },
    requestedBy: "o-1", reason: "smoke", key: new Uint8Array(32).fill(2), at: "2025-03-01T09:00:00+08:00" });
  const log = await appendDisclosure([], envelope.disclosure);
  assert.equal((await verifyLog(log, { head: logHead(log) })).ok, true);
  console.log("CJS ok");
})();
`,
  );
  console.log(run("node", ["cjs-check.cjs"]).trim());

  step("TypeScript consumer, moduleResolution node16 and bundler");
  writeFileSync(
    join(dir, "consumer.ts"),
    `import { type Case, isKnownRegionCode, parseCase, type RegionTable } from "@timpora/models";
import { regions } from "@timpora/models/regions";
import { computeLastDay } from "@timpora/permits";
import { createEvaluator, defaultRuleSet } from "@timpora/tppo";
import { builtInOperators, type RuleEngine } from "@timpora/tppo/engine";
import { createJsonRulesEngine } from "@timpora/tppo/json-rules-engine";
import { evaluateManyParallel, type ParallelOptions } from "@timpora/tppo/node";
import { generateCases } from "@timpora/testkit";
import { type Envelope, type SharingProfile, defaultProfiles, receive } from "@timpora/exchange";
import { type OversightMap, mapByRegion } from "@timpora/oversight";

const table: RegionTable = regions;
const profile: SharingProfile | undefined = defaultProfiles[0];
const received = (e: Envelope) => receive(e, defaultProfiles[0]!, { on: "2025-03-02" });
const oversightMap: OversightMap = mapByRegion([], { on: "2025-03-01", by: "regency" });
const parallelOptions: ParallelOptions = { asOf: "2025-03-01", concurrency: 2, facts: "./team-facts.js" };
const batches = evaluateManyParallel([], parallelOptions);
const reference = createEvaluator({ asOf: "2025-03-01", engine: createJsonRulesEngine({ operatorContext: { asOf: "2025-03-01" } }) });
const first: Case | undefined = [...generateCases({ seed: "ts", count: 1, asOf: "2025-03-01" })][0];
const parsed = parseCase(first, { regions: table });
const id: string | undefined = parsed.ok ? parsed.value.id : undefined;
const known: boolean = isKnownRegionCode("35.10.01.2001", regions);
const lastDay: string = computeLastDay("2023-09-29", 30, [30]);
const evaluator = createEvaluator({ asOf: "2025-03-01", ruleSet: defaultRuleSet });
const operatorNames: string[] = builtInOperators.map((o) => o.name);
const silent: RuleEngine = { run: async (rules) => new Map(rules.map((r) => [r.id, false])) };
// @ts-expect-error regions must be a region table: the types are real, not any
parseCase(first, { regions: "all" });
export { batches, evaluator, id, known, lastDay, operatorNames, oversightMap, profile, received, reference, silent };
`,
  );
  writeFileSync(
    join(dir, "consumer-cjs.cts"),
    `import models = require("@timpora/models");
import regionsEntry = require("@timpora/models/regions");

export const known: boolean = models.isKnownRegionCode("35.10.01.2001", regionsEntry.regions);
`,
  );
  const base = { target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: ["node"] };
  for (const [name, options, files] of [
    ["node16", { module: "node16", moduleResolution: "node16" }, ["consumer.ts", "consumer-cjs.cts"]],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }, ["consumer.ts"]],
  ]) {
    const config = `tsconfig.${name}.json`;
    writeFileSync(join(dir, config), JSON.stringify({ compilerOptions: { ...base, ...options }, files }));
    run("node", ["node_modules/typescript/bin/tsc", "-p", config], { stdio: "inherit" });
    console.log(`tsc ${name}: ok`);
  }

  step("README examples, as written");
  const readmeDir = join(dir, "readme");
  mkdirSync(readmeDir);
  const blocks = [];
  for (const name of packages) {
    const text = readFileSync(join(root, "packages", name, "README.md"), "utf8");
    const found = [
      ...text.matchAll(
        /^<!-- example: run by scripts\/smoke-tarballs\.mjs[^\n]*\n```(ts|js)\n([\s\S]*?)\n```$/gm,
      ),
    ];
    const marked = text.split(marker).length - 1;
    if (found.length === 0 || found.length !== marked) {
      throw new Error(
        `packages/${name}/README.md: ${marked} marked blocks, ${found.length} readable ts/js blocks`,
      );
    }
    if (found.length !== expectedOutput[name].length) {
      throw new Error(
        `packages/${name}/README.md: ${found.length} examples but ${expectedOutput[name].length} expectations`,
      );
    }
    found.forEach(([, lang, code], i) => {
      const file = `${name}-${i + 1}.${lang === "ts" ? "mts" : "mjs"}`;
      writeFileSync(join(readmeDir, file), `${code}\n`);
      blocks.push({
        name,
        i,
        file: lang === "ts" ? join("readme-out", file.replace(/\.mts$/, ".mjs")) : join("readme", file),
      });
    });
  }
  writeFileSync(
    join(dir, "tsconfig.readme.json"),
    JSON.stringify({
      compilerOptions: {
        ...base,
        noEmit: false,
        module: "nodenext",
        moduleResolution: "nodenext",
        outDir: "readme-out",
      },
      include: ["readme/*.mts"],
    }),
  );
  run("node", ["node_modules/typescript/bin/tsc", "-p", "tsconfig.readme.json"], { stdio: "inherit" });
  // The tppo example reads Case records from cases.json.
  run("node", [
    "--input-type=module",
    "-e",
    `import { writeFileSync } from "node:fs";
import { generateCases } from "@timpora/testkit";
const cases = [...generateCases({ seed: "smoke", count: 200, asOf: "2025-03-01" })].map((c, i) => ({ ...c, id: "smoke-" + i }));
writeFileSync("cases.json", JSON.stringify(cases));`,
  ]);
  for (const { name, i, file } of blocks) {
    const lines = run("node", [file])
      .split("\n")
      .map((l) => l.trim());
    for (const want of expectedOutput[name][i]) {
      const ok = typeof want === "string" ? lines.includes(want) : lines.some((l) => want.test(l));
      if (!ok)
        throw new Error(
          `packages/${name}/README.md example ${i + 1}: no output line ${want}\n${lines.join("\n")}`,
        );
    }
    console.log(`packages/${name}/README.md example ${i + 1}: ran, printed what it says`);
  }
  step("done");
} finally {
  if (process.env.KEEP_SMOKE) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { type Case, lookupRegion } from "@timpora/models";
import { generateLabelledCases, PATTERNS, type PatternId } from "@timpora/testkit";
import type { Level } from "@timpora/tppo";
import type { Command } from "commander";
import { openCaseInput } from "./case-input.js";
import type { CommandContext } from "./command-context.js";
import { atLeast, type DemoStats, demoSummaryLines } from "./demo-summary.js";
import { dateOf, wholeNumberOf } from "./option-values.js";
import { createProgress } from "./progress.js";
import { screenInput } from "./screen-run.js";
import { createScreener } from "./screener.js";
import { writeText } from "./write-text.js";

/** The evaluation date of the demo unless `--as-of` says otherwise (the testkit's default). */
const DEMO_AS_OF = "2025-06-30";

interface DemoOptions {
  count?: string;
  seed?: string;
  outDir?: string;
  asOf?: string;
}

/** Registers `timpora demo`. */
export function registerDemo(program: Command, ctx: CommandContext): void {
  program
    .command("demo")
    .description(ctx.help("demo"))
    .option("--count <n>", ctx.help("demo.count"))
    .option("--seed <seed>", ctx.help("demo.seed"))
    .option("--out-dir <dir>", ctx.help("demo.out-dir"))
    .option("--as-of <date>", ctx.help("demo.as-of"))
    .action((options: DemoOptions) => runDemo(ctx, options));
}

/** The province of a case's residence (else of any address), by name. */
function provinceOf(c: Case): string {
  const address = c.addresses.find((a) => a.use === "residence") ?? c.addresses[0];
  const code = address?.regionCode.split(".")[0];
  if (code === undefined) return "—";
  return lookupRegion(code)?.name ?? code;
}

const close = (stream: Writable) => new Promise<void>((done) => stream.end(done));

async function runDemo(ctx: CommandContext, options: DemoOptions): Promise<void> {
  const started = process.hrtime.bigint();
  const count = options.count === undefined ? 10_000 : wholeNumberOf("--count", options.count, 1, 1_000_000);
  const seed = options.seed ?? "demo";
  const asOf = options.asOf === undefined ? DEMO_AS_OF : dateOf("--as-of", options.asOf);
  const dir = resolve(
    ctx.io.cwd,
    options.outDir ?? join(tmpdir(), `timpora-demo-${seed.replace(/[^A-Za-z0-9_-]/g, "_")}-${count}`),
  );
  await mkdir(dir, { recursive: true });
  const progress = createProgress(ctx.io, ctx.locale);

  // 1. Generate: inputs and their labels, streamed to files; per case only what the summary needs.
  const provinceNames: string[] = [];
  const provinceIndex = new Map<string, number>();
  const provinceOfCase = new Uint16Array(count);
  const planted = new Map<number, readonly PatternId[]>();
  const lookAlikes = new Map<number, readonly string[]>();
  const casesOut = createWriteStream(join(dir, "cases.ndjson"));
  const labelsOut = createWriteStream(join(dir, "labels.ndjson"));
  progress.start(ctx.t("progress.generate", {}), count);
  let i = 0;
  for (const labelled of generateLabelledCases({ seed, count, asOf, population: "realistic" })) {
    const province = provinceOf(labelled.case);
    if (!provinceIndex.has(province)) {
      provinceIndex.set(province, provinceNames.length);
      provinceNames.push(province);
    }
    provinceOfCase[i] = provinceIndex.get(province)!;
    if (labelled.planted.length > 0) planted.set(i, labelled.planted);
    if (labelled.lookAlikes.length > 0) lookAlikes.set(i, labelled.lookAlikes);
    await writeText(casesOut, `${JSON.stringify(labelled.case)}\n`);
    const { case: c, ...labels } = labelled;
    await writeText(labelsOut, `${JSON.stringify({ caseId: c.id, ...labels })}\n`);
    if (++i % 100 === 0) progress.update(i);
  }
  progress.update(i);
  progress.stop();
  await Promise.all([close(casesOut), close(labelsOut)]);

  // 2. Screen the file as `timpora screen` does (two passes, the population index, input order).
  const screener = createScreener({ asOf, locale: ctx.locale, concurrency: 1 });
  const stats: DemoStats = {
    count,
    seed,
    asOf,
    ruleSet: `${screener.ruleSet.id} ${screener.ruleSet.version}`,
    seconds: 0,
    levels: { none: 0, note: 0, review: 0, refer: 0 },
    indicators: new Map(),
    patterns: new Map(),
    lookAlikes: new Map(),
    provinces: new Map(),
  };
  const assessmentsOut = createWriteStream(join(dir, "assessments.ndjson"));
  const input = await openCaseInput(join(dir, "cases.ndjson"), ctx.io, { dateFormat: "YYYY-MM-DD" });
  let phase: string | undefined;
  let k = 0;
  try {
    await screenInput(input, screener, asOf, {
      unreadable: () => {},
      invalid: () => {},
      async assessed(a) {
        const level: Level = a.level;
        stats.levels[level]++;
        for (const f of a.fired) {
          const held = stats.indicators.get(f.id) ?? { label: f.label, count: 0 };
          held.count++;
          stats.indicators.set(f.id, held);
        }
        for (const p of planted.get(k) ?? []) {
          const expected = PATTERNS[p].expectedLevel;
          const s = stats.patterns.get(p) ?? { cases: 0, flagged: 0, atExpected: 0, expected };
          s.cases++;
          if (level !== "none") s.flagged++;
          if (atLeast(level, expected)) s.atExpected++;
          stats.patterns.set(p, s);
        }
        for (const kind of lookAlikes.get(k) ?? []) {
          const s = stats.lookAlikes.get(kind) ?? { cases: 0, note: 0, reviewOrMore: 0 };
          s.cases++;
          if (level === "note") s.note++;
          if (atLeast(level, "review")) s.reviewOrMore++;
          stats.lookAlikes.set(kind, s);
        }
        const province = provinceNames[provinceOfCase[k]!]!;
        const s = stats.provinces.get(province) ?? { cases: 0, flagged: 0, reviewOrMore: 0 };
        s.cases++;
        if (level !== "none") s.flagged++;
        if (atLeast(level, "review")) s.reviewOrMore++;
        stats.provinces.set(province, s);
        k++;
        await writeText(assessmentsOut, `${JSON.stringify(a)}\n`);
      },
      progress(next, done, total) {
        if (next !== phase) {
          progress.stop();
          phase = next;
          progress.start(
            ctx.t(next === "index" ? "progress.index" : "progress.screen", {}),
            total,
            next === "screen",
          );
        }
        progress.update(done);
      },
    });
  } finally {
    progress.stop();
    await input.close();
    await close(assessmentsOut);
  }
  stats.seconds = Number(process.hrtime.bigint() - started) / 1e9;

  // 3. The summary, on standard output and in the folder.
  const lines = demoSummaryLines(stats, ctx.locale);
  const files = ["", ctx.t("demo.files", { dir }), ctx.t("demo.next", { dir })];
  for (const line of [...lines, ...files]) await ctx.out(line);
  await writeFile(join(dir, "summary.txt"), `${lines.join("\n")}\n`);
  const asJson = (m: Map<string, unknown>) => Object.fromEntries(m);
  await writeFile(
    join(dir, "summary.json"),
    `${JSON.stringify(
      {
        ...stats,
        indicators: asJson(stats.indicators),
        patterns: asJson(stats.patterns),
        lookAlikes: asJson(stats.lookAlikes),
        provinces: asJson(stats.provinces),
      },
      null,
      2,
    )}\n`,
  );
}

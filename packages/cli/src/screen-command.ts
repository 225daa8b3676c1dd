import { createWriteStream } from "node:fs";
import { resolve } from "node:path";
import type { Writable } from "node:stream";
import type { Level } from "@timpora/tppo";
import type { Command } from "commander";
import {
  type AssessmentWriter,
  assessmentWriter,
  OUTPUT_FORMATS,
  type OutputFormat,
} from "./assessment-writer.js";
import { type CaseInput, INPUT_FORMATS, type InputFormat, openCaseInput } from "./case-input.js";
import type { CommandContext } from "./command-context.js";
import { DATE_FORMATS, type DateFormat } from "./csv-case.js";
import { exitCodes } from "./exit-code.js";
import { exitCodeFor } from "./exit-code-for.js";
import { fail } from "./messages.js";
import { choiceOf, dateOf, todayOnThisComputer, wholeNumberOf } from "./option-values.js";
import { createProgress, noProgress } from "./progress.js";
import { reportInvalid, reportRuleIssues, reportUnreadable } from "./record-report.js";
import { readRuleSetFile } from "./rule-set-file.js";
import { screenInput } from "./screen-run.js";
import { createScreener } from "./screener.js";

interface ScreenOptions {
  format?: string;
  out?: string;
  rules?: string;
  asOf?: string;
  concurrency?: string;
  inputFormat?: string;
  delimiter?: string;
  dateFormat?: string;
}

/** Registers `timpora screen FILE|-`. */
export function registerScreen(program: Command, ctx: CommandContext): void {
  program
    .command("screen")
    .description(ctx.help("screen"))
    .argument("<file>", ctx.help("screen.file"))
    .option("--format <format>", ctx.help("screen.format"))
    .option("--out <file>", ctx.help("screen.out"))
    .option("--rules <file>", ctx.help("screen.rules"))
    .option("--as-of <date>", ctx.help("screen.as-of"))
    .option("--concurrency <n>", ctx.help("screen.concurrency"))
    .option("--input-format <format>", ctx.help("screen.input-format"))
    .option("--delimiter <char>", ctx.help("screen.delimiter"))
    .option("--date-format <format>", ctx.help("screen.date-format"))
    .addHelpText("after", `\n${ctx.help("screen.after")}`)
    .action((file: string, options: ScreenOptions) => screen(ctx, file, options));
}

async function screen(ctx: CommandContext, file: string, options: ScreenOptions): Promise<void> {
  const asOf = options.asOf === undefined ? todayOnThisComputer() : dateOf("--as-of", options.asOf);
  const concurrency =
    options.concurrency === undefined ? 1 : wholeNumberOf("--concurrency", options.concurrency, 1, 256);
  const format: OutputFormat =
    options.format === undefined
      ? ctx.io.stdoutIsTty && options.out === undefined
        ? "table"
        : "ndjson"
      : choiceOf("--format", options.format, OUTPUT_FORMATS);
  const inputFormat: InputFormat | undefined =
    options.inputFormat === undefined
      ? undefined
      : choiceOf("--input-format", options.inputFormat, INPUT_FORMATS);
  const delimiter =
    options.delimiter === undefined
      ? undefined
      : choiceOf("--delimiter", options.delimiter, [",", ";"] as const);
  const dateFormat: DateFormat =
    options.dateFormat === undefined
      ? "YYYY-MM-DD"
      : choiceOf("--date-format", options.dateFormat, DATE_FORMATS);
  if (
    options.out !== undefined &&
    file !== "-" &&
    resolve(ctx.io.cwd, options.out) === resolve(ctx.io.cwd, file)
  ) {
    fail(exitCodes.usage, "usage.conflict", { option: `--out ${options.out}`, other: file });
  }

  const rules = await readRuleSetFile(options.rules, ctx.io.cwd);
  if (!rules.ok) {
    reportRuleIssues(ctx, rules.name, rules.issues);
    fail(exitCodeFor({ read: 1, failed: rules.issues.length }), "screen.rules-invalid", {
      file: rules.name,
      issues: rules.issues.length,
    });
  }
  const screener = createScreener({ asOf, ruleSet: rules.ruleSet, locale: ctx.locale, concurrency });

  const input = await openCaseInput(file, ctx.io, { format: inputFormat, delimiter, dateFormat });
  const out: Writable =
    options.out === undefined ? ctx.io.stdout : createWriteStream(resolve(ctx.io.cwd, options.out));
  try {
    const writer = assessmentWriter(format, out, ctx.locale, ctx.io.columns);
    await screenTo(ctx, input, screener, asOf, { ...writer, toStdout: out === ctx.io.stdout });
  } finally {
    await input.close();
    if (out !== ctx.io.stdout) await new Promise<void>((done) => out.end(done));
  }
}

async function screenTo(
  ctx: CommandContext,
  input: CaseInput,
  screener: ReturnType<typeof createScreener>,
  asOf: string,
  writer: AssessmentWriter & { toStdout: boolean },
): Promise<void> {
  const bar = createProgress(ctx.io, ctx.locale);
  // rows written to the terminal show the progress themselves; a bar between them would garble both
  const rowsOnTerminal = ctx.io.stdoutIsTty && ctx.io.stderrIsTty && writer.toStdout;
  let progress = bar;
  let phase: "index" | "screen" | undefined;
  const levels: Record<Level, number> = { none: 0, note: 0, review: 0, refer: 0 };
  const totals = await screenInput(input, screener, asOf, {
    unreadable: (record) => reportUnreadable(ctx, input.name, record),
    invalid: (issues, at, columns, caseId) => reportInvalid(ctx, input.name, issues, at, columns, caseId),
    async assessed(assessment, at) {
      levels[assessment.level]++;
      await writer.write(assessment, at);
    },
    progress(next, done, total) {
      if (next !== phase) {
        progress.stop();
        phase = next;
        progress = next === "screen" && rowsOnTerminal ? noProgress : bar;
        progress.start(
          ctx.t(next === "index" ? "progress.index" : "progress.screen", {}),
          total,
          next === "screen",
        );
      }
      progress.update(done);
    },
  });
  progress.stop();
  await writer.end();
  ctx.err(ctx.t("screen.summary", { file: input.name, ...totals }));
  if (totals.screened > 0) ctx.err(ctx.t("screen.levels", levels));
  const code = exitCodeFor({
    read: totals.screened + totals.invalid,
    unreadable: totals.unreadable,
    failed: totals.invalid,
  });
  if (code === exitCodes.usage)
    fail(code, "input.no-records", { file: input.name, problems: totals.unreadable });
  ctx.raise(code);
}

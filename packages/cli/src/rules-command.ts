import type { Command } from "commander";
import type { CommandContext } from "./command-context.js";
import { exitCodes } from "./exit-code.js";
import { fail } from "./messages.js";
import { choiceOf, dateOf, todayOnThisComputer, wholeNumberOf } from "./option-values.js";
import { runRulesDiff } from "./rules-diff-command.js";
import { runRulesTest } from "./rules-test-command.js";
import { runRulesValidate } from "./rules-validate-command.js";

/** Registers `timpora rules validate|test|diff`. */
export function registerRules(program: Command, ctx: CommandContext): void {
  const rules = program.command("rules").description(ctx.help("rules"));
  rules
    .command("validate")
    .description(ctx.help("rules.validate"))
    .argument("<file>", ctx.help("rules.validate.file"))
    .action((file: string) => runRulesValidate(ctx, file));
  rules
    .command("test")
    .description(ctx.help("rules.test"))
    .argument("<files...>", ctx.help("rules.test.files"))
    .option("--rules <file>", ctx.help("rules.test.rules"))
    .option("--min-coverage <percent>", ctx.help("rules.test.min-coverage"))
    .addHelpText("after", `\n${ctx.help("rules.test.after")}`)
    .action((files: string[], options: { rules?: string; minCoverage?: string }) =>
      runRulesTest(ctx, files, {
        rules: options.rules,
        minCoverage:
          options.minCoverage === undefined
            ? undefined
            : wholeNumberOf("--min-coverage", options.minCoverage, 0, 100),
      }),
    );
  rules
    .command("diff")
    .description(ctx.help("rules.diff"))
    .argument("<old>", ctx.help("rules.diff.old"))
    .argument("<new>", ctx.help("rules.diff.new"))
    .option("--cases <file>", ctx.help("rules.diff.cases"))
    .option("--as-of <date>", ctx.help("rules.diff.as-of"))
    .option("--format <format>", ctx.help("rules.diff.format"))
    .option("--limit <n>", ctx.help("rules.diff.limit"))
    .action(
      (
        oldFile: string,
        newFile: string,
        options: { cases?: string; asOf?: string; format?: string; limit?: string },
      ) => {
        if (options.cases === undefined)
          fail(exitCodes.usage, "usage.missing-option", { option: "--cases <file>" });
        return runRulesDiff(ctx, oldFile, newFile, {
          cases: options.cases,
          asOf: options.asOf === undefined ? todayOnThisComputer() : dateOf("--as-of", options.asOf),
          format:
            options.format === undefined
              ? "table"
              : choiceOf("--format", options.format, ["table", "json"] as const),
          limit: options.limit === undefined ? 50 : wholeNumberOf("--limit", options.limit, 0, 1_000_000),
        });
      },
    );
}

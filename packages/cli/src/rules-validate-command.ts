import type { CommandContext } from "./command-context.js";
import { exitCodeFor } from "./exit-code-for.js";
import { reportRuleIssues } from "./record-report.js";
import { readRuleSetFile } from "./rule-set-file.js";

/**
 * `timpora rules validate FILE`: validates a rule set (JSON or YAML) with `validateRuleSet` of @timpora/tppo and
 * prints each issue at its line and column in the file, with its "did you mean" suggestions. Exit code 0 when it
 * validates, 1 when it does not, 2 when the file cannot be read (with the line and column of a syntax error).
 */
export async function runRulesValidate(ctx: CommandContext, file: string): Promise<void> {
  const read = await readRuleSetFile(file, ctx.io.cwd);
  if (read.ok) {
    await ctx.out(
      ctx.t("rules.valid", {
        file,
        id: read.ruleSet.id,
        version: read.ruleSet.version,
        rules: read.ruleSet.rules.length,
      }),
    );
    return;
  }
  reportRuleIssues(ctx, file, read.issues);
  ctx.err(ctx.t("rules.invalid", { file, issues: read.issues.length }));
  ctx.raise(exitCodeFor({ read: 1, failed: read.issues.length }));
}

import type { CommandContext } from "./command-context.js";
import { exitCodeFor } from "./exit-code-for.js";
import { explanationLines } from "./explanation-text.js";
import { ruleCoveragePercent } from "./rule-coverage.js";
import { type RuleTestFailure, runRuleTests } from "./rule-tests.js";

/** The most conditions listed as not seen both ways (the count says how many there are). */
const MAX_CONDITIONS_LISTED = 40;

async function printFailure(ctx: CommandContext, failure: RuleTestFailure): Promise<void> {
  const l = ctx.locale;
  switch (failure.kind) {
    case "expected-fire":
      await ctx.out(ctx.t("ruletest.expected-fire", { id: failure.id }));
      if (!failure.inForce) await ctx.out(ctx.t("ruletest.not-in-force", failure));
      if (failure.explanation !== undefined)
        for (const line of explanationLines(failure.explanation, l)) await ctx.out(line);
      return;
    case "expected-not-fire":
      await ctx.out(ctx.t("ruletest.expected-not-fire", { id: failure.id }));
      for (const line of explanationLines(failure.explanation, l)) await ctx.out(line);
      return;
    case "unknown-indicator":
      await ctx.out(ctx.t("ruletest.unknown-indicator", failure));
      return;
    case "level":
      await ctx.out(ctx.t("ruletest.level", failure));
      for (const reason of failure.reasons) await ctx.out(`    ${reason.message[l]}`);
      await ctx.out(ctx.t("ruletest.fired", { ids: failure.fired }));
      return;
    case "routes":
      await ctx.out(ctx.t("ruletest.routes", failure));
      return;
    case "case-missing":
      await ctx.out(ctx.t("ruletest.case-missing", failure));
      return;
    case "no-cases-file":
      await ctx.out(ctx.t("ruletest.no-cases-file", failure));
      return;
    case "case-invalid":
      await ctx.out(ctx.t("ruletest.case-invalid", { issues: failure.issues.length }));
      for (const issue of failure.issues.slice(0, 10)) {
        await ctx.out(`    ${issue.path.join(".") || "(case)"}: ${issue.code} — ${issue.message[l]}`);
      }
      return;
    case "no-as-of":
      await ctx.out(ctx.t("ruletest.no-as-of", {}));
  }
}

/**
 * `timpora rules test FILE...`: runs the YAML tests, prints each failure with its explanation tree, the line
 * `N passed, N failed`, then rule coverage (rules that fired in some test, and those that never did) and the
 * conditions never seen both true and false. Exit code 1 when a test fails or rule coverage is below
 * `minCoverage` percent.
 */
export async function runRulesTest(
  ctx: CommandContext,
  files: readonly string[],
  options: { rules?: string | undefined; minCoverage?: number | undefined },
): Promise<void> {
  const report = await runRuleTests(files, ctx.io.cwd, options.rules);
  let failed = 0;
  let belowCoverage = 0;
  for (const result of report.results) {
    if (result.failures.length === 0) continue;
    failed++;
    await ctx.out(ctx.t("ruletest.failed", result));
    for (const failure of result.failures) await printFailure(ctx, failure);
  }
  const passed = report.results.length - failed;
  await ctx.out(`${passed} passed, ${failed} failed`);
  for (const coverage of report.coverage) {
    await ctx.out(
      ctx.t("coverage.rules", {
        name: coverage.name,
        fired: coverage.fired.size,
        total: coverage.rules.length,
      }),
    );
    const never = coverage.rules.filter((id) => !coverage.fired.has(id));
    await ctx.out(ctx.t("coverage.never-fired", { ids: never }));
    const partial = coverage.conditions.filter((c) => !(c.seenTrue && c.seenFalse));
    await ctx.out(ctx.t("coverage.conditions", { count: partial.length, total: coverage.conditions.length }));
    for (const c of partial.slice(0, MAX_CONDITIONS_LISTED)) {
      const seen = c.seenTrue ? "true" : c.seenFalse ? "false" : "never";
      await ctx.out(ctx.t("coverage.condition", { rule: c.rule, where: c.where, text: c.text, seen }));
    }
    if (partial.length > MAX_CONDITIONS_LISTED) await ctx.out("  …");
    const percent = ruleCoveragePercent(coverage);
    if (options.minCoverage !== undefined && percent < options.minCoverage) {
      ctx.err(ctx.t("coverage.below", { percent, min: options.minCoverage }));
      belowCoverage++;
    }
  }
  ctx.raise(exitCodeFor({ read: report.results.length, failed: failed + belowCoverage }));
}

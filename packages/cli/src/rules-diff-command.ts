import { parseCase } from "@timpora/models";
import { type Assessment, buildPopulationIndex, createEvaluator } from "@timpora/tppo";
import { openCaseInput } from "./case-input.js";
import type { CommandContext } from "./command-context.js";
import { exitCodes } from "./exit-code.js";
import { exitCodeFor } from "./exit-code-for.js";
import { whereText } from "./input-messages.js";
import { fail } from "./messages.js";
import { reportInvalid, reportRuleIssues, reportUnreadable } from "./record-report.js";
import { readRuleSetFile } from "./rule-set-file.js";
import { caseIdOf } from "./screen-run.js";

/** A case whose assessment differs between two rule sets. */
export interface CaseChange {
  /** Case id. */
  caseId: string;
  /** Where its record is. */
  where: string;
  /** Level under the old and the new rule set. */
  level: { old: string; new: string };
  /** Indicators that fire only under the new rule set, and only under the old one. */
  added: string[];
  removed: string[];
  /** Routes under each. */
  routes: { old: string[]; new: string[] };
}

const routesOf = (a: Assessment) => [...new Set(a.routes.map((r) => r.route))].sort();
const firedOf = (a: Assessment) => a.fired.map((f) => f.id);

/** The change between two assessments of one case, or undefined when level, routes and fired indicators agree. */
export function changeOf(before: Assessment, after: Assessment, where: string): CaseChange | undefined {
  const old = new Set(firedOf(before));
  const now = new Set(firedOf(after));
  const added = [...now].filter((id) => !old.has(id)).sort();
  const removed = [...old].filter((id) => !now.has(id)).sort();
  const routes = { old: routesOf(before), new: routesOf(after) };
  if (
    before.level === after.level &&
    added.length === 0 &&
    removed.length === 0 &&
    routes.old.join() === routes.new.join()
  ) {
    return undefined;
  }
  return {
    caseId: after.caseId,
    where,
    level: { old: before.level, new: after.level },
    added,
    removed,
    routes,
  };
}

/**
 * `timpora rules diff OLD NEW --cases FILE`: screens the same cases (with one population index) under both rule
 * sets and lists the cases whose level, routes or fired indicators differ, counted in full and listed up to
 * `limit`, so that a rule change is reviewed by its effect before release.
 */
export async function runRulesDiff(
  ctx: CommandContext,
  oldFile: string,
  newFile: string,
  options: { cases: string; asOf: string; format: "table" | "json"; limit: number },
): Promise<void> {
  const sets = [];
  for (const file of [oldFile, newFile]) {
    const read = await readRuleSetFile(file, ctx.io.cwd);
    if (!read.ok) {
      reportRuleIssues(ctx, file, read.issues);
      fail(exitCodeFor({ read: 1, failed: read.issues.length }), "rules.invalid", {
        file,
        issues: read.issues.length,
      });
    }
    sets.push(createEvaluator({ asOf: options.asOf, ruleSet: read.ruleSet, locale: ctx.locale }));
  }
  const [before, after] = sets as [ReturnType<typeof createEvaluator>, ReturnType<typeof createEvaluator>];
  const input = await openCaseInput(options.cases, ctx.io, { dateFormat: "YYYY-MM-DD" });
  const changes: CaseChange[] = [];
  let cases = 0;
  let changed = 0;
  let unreadable = 0;
  let invalid = 0;
  try {
    const index = await buildPopulationIndex(
      async function* () {
        for await (const r of input.records()) if (r.ok) yield r.value;
      },
      { asOf: options.asOf },
    );
    for await (const record of input.records()) {
      if (!record.ok) {
        unreadable++;
        reportUnreadable(ctx, input.name, record);
        continue;
      }
      const parsed = parseCase(record.value);
      if (!parsed.ok) {
        invalid++;
        reportInvalid(ctx, input.name, parsed.issues, record.at, record.columns, caseIdOf(record.value));
        continue;
      }
      cases++;
      const change = changeOf(
        await before.evaluate(parsed.value, { index }),
        await after.evaluate(parsed.value, { index }),
        whereText(record.at, ctx.locale),
      );
      if (change === undefined) continue;
      changed++;
      if (changes.length < options.limit) changes.push(change);
    }
  } finally {
    await input.close();
  }
  const summary = { cases, changed, invalid: invalid + unreadable, old: oldFile, new: newFile };
  if (options.format === "json") {
    await ctx.out(JSON.stringify({ ...summary, listed: changes.length, changes }, null, 2));
  } else {
    await ctx.out(ctx.t("diff.summary", summary));
    for (const c of changes) {
      await ctx.out(
        ctx.t("diff.case", {
          caseId: c.caseId,
          where: c.where,
          oldLevel: c.level.old,
          newLevel: c.level.new,
          added: c.added,
          removed: c.removed,
          oldRoutes: c.routes.old,
          newRoutes: c.routes.new,
        }),
      );
    }
    if (changed > changes.length) await ctx.out(ctx.t("diff.more", { count: changed - changes.length }));
  }
  const code = exitCodeFor({ read: cases + invalid, unreadable, failed: invalid });
  if (code === exitCodes.usage) fail(code, "input.no-records", { file: input.name, problems: unreadable });
  ctx.raise(code);
}

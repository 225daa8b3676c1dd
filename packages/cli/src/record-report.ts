import type { RecordIssue } from "@timpora/tppo";
import type { CommandContext } from "./command-context.js";
import { columnOf } from "./csv-case.js";
import { whereText } from "./input-messages.js";
import type { CliMessageParams } from "./messages.js";
import type { ColumnMap, RawRecord, RecordLocation } from "./record-location.js";
import type { LocatedIssue } from "./rule-set-file.js";

/** The most issues printed for one invalid record (the count says how many there were). */
const MAX_ISSUES_SHOWN = 10;

/** Prints a record that could not be read: file, line (or row), column and byte, and what was wrong. */
export function reportUnreadable(
  ctx: CommandContext,
  file: string,
  record: Extract<RawRecord, { ok: false }>,
): void {
  ctx.recordProblems++;
  const { code, ...params } = record.problem;
  const problem = ctx.t(code, params as CliMessageParams[typeof code]);
  ctx.err(ctx.t("screen.unreadable", { file, where: whereText(record.at, ctx.locale), problem }));
}

/**
 * Prints a record that is not a valid case: where it is and each issue with its field path (and the CSV column
 * behind it), code and message. Messages never hold a value of the record.
 */
export function reportInvalid(
  ctx: CommandContext,
  file: string,
  issues: readonly RecordIssue[],
  at: RecordLocation,
  columns: ColumnMap | undefined,
  caseId: string | undefined,
): void {
  ctx.recordProblems++;
  ctx.err(
    ctx.t("screen.invalid", {
      file,
      where: whereText(at, ctx.locale),
      caseId,
      issues: issues.length,
    }),
  );
  for (const issue of issues.slice(0, MAX_ISSUES_SHOWN)) {
    ctx.err(
      ctx.t("screen.issue", {
        path: issue.path.length === 0 ? "(record)" : issue.path.join("."),
        column: columns === undefined ? undefined : columnOf(columns, issue.path),
        code: issue.code,
        message: issue.message[ctx.locale],
      }),
    );
  }
  if (issues.length > MAX_ISSUES_SHOWN) ctx.err("  …");
}

/** Prints the issues of a rule set, each at its line and column, with its suggestions. */
export function reportRuleIssues(ctx: CommandContext, file: string, issues: readonly LocatedIssue[]): void {
  for (const { issue, at } of issues) {
    ctx.err(
      ctx.t("rules.issue", {
        file,
        line: at.line,
        column: at.column,
        code: issue.code,
        message: issue.message[ctx.locale],
        path: issue.path.length === 0 ? "(root)" : issue.path.join("."),
        suggestions: issue.suggestions,
      }),
    );
  }
}

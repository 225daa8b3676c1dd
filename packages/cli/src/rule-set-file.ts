import { defaultRuleSet, type RuleSet, type RuleSetIssue, validateRuleSet } from "@timpora/tppo";
import { readSourceDocument, type SourceDocument, type SourcePosition } from "./source-document.js";

/** A rule-set issue with the place in the file it points at. */
export interface LocatedIssue {
  /** The issue, as `validateRuleSet` gave it (with its suggestions). */
  issue: RuleSetIssue;
  /** Line and column in the file. */
  at: SourcePosition;
}

/** A rule set read from a file (or the default one) and validated. */
export type RuleSetFile =
  | { ok: true; name: string; ruleSet: RuleSet; document?: SourceDocument }
  | { ok: false; name: string; issues: LocatedIssue[]; document: SourceDocument };

/** The name that stands for the shipped default rule set where a rule-set file is asked for. */
export const DEFAULT_RULES = "default";

/**
 * Reads a rule set from a JSON or YAML file, or the default rule set for `default` or no file, and validates it
 * with `validateRuleSet` of @timpora/tppo, locating each issue in the file. A file that cannot be read ends the
 * command with exit code 2.
 */
export async function readRuleSetFile(file: string | undefined, cwd: string): Promise<RuleSetFile> {
  if (file === undefined || file === DEFAULT_RULES)
    return { ok: true, name: DEFAULT_RULES, ruleSet: defaultRuleSet };
  const document = await readSourceDocument(file, cwd);
  const checked = validateRuleSet(document.value);
  if (checked.ok) return { ok: true, name: file, ruleSet: checked.value, document };
  return {
    ok: false,
    name: file,
    document,
    issues: checked.issues.map((issue) => ({
      issue,
      at: document.locate(issue.path, issue.code === "key.unknown" || issue.code === "key.forbidden"),
    })),
  };
}

import type { RuleSetIssue } from "./rule-set-issue.js";

/** Base class of the errors @timpora/tppo throws (programmer errors and invalid configuration). */
export class TppoError extends Error {
  /** Stable code. */
  readonly code: string;
  /** Creates an error with a stable code. */
  constructor(code: string, message: string) {
    super(message);
    this.name = "TppoError";
    this.code = code;
  }
}

/** Thrown by `createEvaluator` when the rule set does not validate; `issues` says where and why. */
export class RuleSetInvalidError extends TppoError {
  /** The validation issues. */
  readonly issues: RuleSetIssue[];
  /** Creates the error from the validation issues. */
  constructor(issues: RuleSetIssue[]) {
    super(
      "rule-set.invalid",
      `rule set is invalid (${issues.length} issue(s); first: ${issues[0]?.code ?? "?"})`,
    );
    this.name = "RuleSetInvalidError";
    this.issues = issues;
  }
}

/** Thrown by `evaluate` when the input is not a valid case; `issues` are the parse issues (no personal data). */
export class CaseInvalidError extends TppoError {
  /** The parse issues. */
  readonly issues: readonly {
    code: string;
    path: (string | number)[];
    message: { id: string; en: string };
  }[];
  /** Creates the error from the parse issues. */
  constructor(issues: CaseInvalidError["issues"]) {
    super("case.invalid", `case is invalid (${issues.length} issue(s))`);
    this.name = "CaseInvalidError";
    this.issues = issues;
  }
}

/** Thrown for a bad evaluator option (e.g. an `asOf` that is not a calendar date). */
export class EvaluatorOptionError extends TppoError {
  /** Creates the error. */
  constructor(message: string) {
    super("option.invalid", message);
    this.name = "EvaluatorOptionError";
  }
}

/**
 * Thrown when the explanation walk and the rule engine disagree on a rule that the walk could decide: a defect,
 * never expected (the evaluator adds to json-rules-engine and must never disagree with it).
 */
export class EngineDisagreementError extends TppoError {
  /** Creates the error for a rule id. */
  constructor(ruleId: string) {
    super("engine.disagreement", `explanation and engine disagree on rule ${ruleId}`);
    this.name = "EngineDisagreementError";
  }
}

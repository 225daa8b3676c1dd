import {
  type Labels,
  type LabelTable,
  type ParseIssue,
  TimporaError,
  type TimporaErrorOptions,
} from "@timpora/models";
import type { RuleSetIssue } from "./rule-set-issue.js";

/**
 * Codes of {@link TppoError}, thrown only for programmer errors and invalid configuration (bad data gets a
 * result with issues instead):
 * - `rule-set.invalid`: `createEvaluator` was given a rule set that does not validate ({@link RuleSetInvalidError});
 * - `case.invalid`: `evaluate` was given a record that is not a case ({@link CaseInvalidError});
 * - `option.invalid`: an evaluator option is not usable, e.g. an `asOf` that is not a calendar date
 *   ({@link EvaluatorOptionError});
 * - `limits.invalid`: a rule-set limit that is not a finite whole number above 0 (`Infinity`, `NaN`, 0, -1, 1.5);
 * - `source.failed`: the record source of a batch (not a record in it) threw or rejected, or is not iterable
 *   ({@link SourceFailedError});
 * - `operator.missing`: an operator named by a validated rule is not in the evaluator's operator list (a defect);
 * - `engine.disagreement`: the explanation walk and the rule engine disagree on a rule (a defect,
 *   {@link EngineDisagreementError});
 * - `engine.unsupported`: the compiled engine refuses a rule using a feature of json-rules-engine's format that
 *   it does not evaluate the same way ({@link UnsupportedRuleError});
 * - `option.function`: an option of a worker-thread batch is a function, which cannot reach a worker (give a
 *   module path instead).
 *
 * @example
 * ```ts
 * try {
 *   createEvaluator({ asOf: "1 March 2025" });
 * } catch (e) {
 *   const code: TppoErrorCode | undefined = e instanceof TppoError ? e.code : undefined;
 *   console.log(code); // "option.invalid"
 * }
 * ```
 */
export type TppoErrorCode =
  | "rule-set.invalid"
  | "case.invalid"
  | "option.invalid"
  | "limits.invalid"
  | "source.failed"
  | "operator.missing"
  | "engine.disagreement"
  | "engine.unsupported"
  | "option.function";

/**
 * The message of each {@link TppoErrorCode} in Indonesian and English (fixed texts, safe to log).
 *
 * @example
 * ```ts
 * tppoErrorMessages["limits.invalid"].en; // "A limit must be a finite whole number above 0"
 * ```
 */
export const tppoErrorMessages: LabelTable<TppoErrorCode> = {
  "rule-set.invalid": { id: "Set aturan tidak valid", en: "The rule set is invalid" },
  "case.invalid": { id: "Rekaman bukan kasus yang valid", en: "The record is not a valid case" },
  "option.invalid": { id: "Opsi evaluator tidak valid", en: "Invalid evaluator option" },
  "limits.invalid": {
    id: "Batas harus bilangan bulat positif yang terhingga",
    en: "A limit must be a finite whole number above 0",
  },
  "source.failed": {
    id: "Sumber rekaman gagal dibaca; batch dihentikan",
    en: "The record source failed; the batch stopped",
  },
  "operator.missing": {
    id: "Operator aturan yang sudah divalidasi tidak ditemukan (cacat program)",
    en: "An operator of a validated rule is missing (a defect)",
  },
  "engine.disagreement": {
    id: "Penjelasan dan mesin aturan berbeda hasil (cacat program)",
    en: "The explanation and the rule engine disagree (a defect)",
  },
  "engine.unsupported": {
    id: "Mesin terkompilasi tidak mendukung fitur format aturan ini",
    en: "The compiled engine does not support a feature of this rule",
  },
  "option.function": {
    id: "Opsi berupa fungsi tidak dapat dikirim ke worker; berikan path modul",
    en: "An option that is a function cannot reach a worker; give a module path",
  },
};

/**
 * Options of a {@link TppoError}: those of `TimporaError`, and a detail for the message.
 *
 * @example
 * ```ts
 * const options: TppoErrorOptions = { detail: { id: "2 masalah", en: "2 issues" } };
 * new TppoError("rule-set.invalid", options).labels.en; // "The rule set is invalid (2 issues)"
 * ```
 */
export interface TppoErrorOptions extends TimporaErrorOptions {
  /**
   * Appended to the fixed message in parentheses (one text for both languages, or one per language): counts,
   * codes and ids of rules only, never a value of the input.
   */
  detail?: string | Labels | undefined;
}

function withDetail(labels: Labels, detail: string | Labels | undefined): Labels {
  if (detail === undefined) return labels;
  const { id, en } = typeof detail === "string" ? { id: detail, en: detail } : detail;
  return { id: `${labels.id} (${id})`, en: `${labels.en} (${en})` };
}

/**
 * The error @timpora/tppo throws for programmer errors and invalid configuration, with a stable code from
 * {@link TppoErrorCode} and its message from {@link tppoErrorMessages}. Extends `TimporaError` of
 * @timpora/models, so one `instanceof TimporaError` catches the errors of every package.
 *
 * @example
 * ```ts
 * try {
 *   validateRuleSet(defaultRuleSet, { limits: { maxDepth: Infinity } });
 * } catch (e) {
 *   if (e instanceof TppoError) console.log(e.code, e.field); // "limits.invalid" "limits.maxDepth"
 * }
 * ```
 */
export class TppoError extends TimporaError<TppoErrorCode> {
  /**
   * @param code - stable code; the message comes from {@link tppoErrorMessages}
   * @param options - the offending field, the cause, and a detail (counts and codes only)
   */
  constructor(code: TppoErrorCode, options: TppoErrorOptions = {}) {
    super(code, withDetail(tppoErrorMessages[code], options.detail), {
      field: options.field,
      cause: options.cause,
    });
    this.name = "TppoError";
  }
}

/**
 * Thrown by `createEvaluator` when the rule set does not validate (code `rule-set.invalid`); `issues` says
 * where and why.
 *
 * @example
 * ```ts
 * const ruleSet = { id: "team-rules", version: "1", rules: [{ id: "r1" }] }; // a rule with nothing but its id
 * try {
 *   createEvaluator({ asOf: "2025-03-01", ruleSet });
 * } catch (e) {
 *   if (!(e instanceof RuleSetInvalidError)) throw e;
 *   e.issues[0]?.code; // "required"
 *   e.issues[0]?.path; // ["rules", 0, "version"]
 * }
 * ```
 */
export class RuleSetInvalidError extends TppoError {
  /** The validation issues. */
  readonly issues: readonly RuleSetIssue[];
  /** @param issues - the validation issues (their count and the first code go into the message) */
  constructor(issues: readonly RuleSetIssue[]) {
    const first = issues[0]?.code ?? "?";
    super("rule-set.invalid", {
      detail: {
        id: `${issues.length} masalah; pertama: ${first}`,
        en: `${issues.length} issue(s); first: ${first}`,
      },
    });
    this.name = "RuleSetInvalidError";
    this.issues = issues;
  }
}

/**
 * Thrown by `evaluate` when the input is not a valid case (code `case.invalid`); `issues` are the parse issues
 * of `parseCase` (codes and paths, no personal data).
 *
 * @example
 * ```ts
 * try {
 *   await createEvaluator({ asOf: "2025-03-01" }).evaluate({ id: "x" });
 * } catch (e) {
 *   if (!(e instanceof CaseInvalidError)) throw e;
 *   e.issues.map((i) => i.code); // ["required", "required"]
 *   e.issues.map((i) => i.path.join(".")); // ["schemaVersion", "person"]
 * }
 * ```
 */
export class CaseInvalidError extends TppoError {
  /** The parse issues. */
  readonly issues: readonly ParseIssue[];
  /** @param issues - the parse issues (their count goes into the message) */
  constructor(issues: readonly ParseIssue[]) {
    super("case.invalid", { detail: { id: `${issues.length} masalah`, en: `${issues.length} issue(s)` } });
    this.name = "CaseInvalidError";
    this.issues = issues;
  }
}

/**
 * Thrown by `createEvaluator` for a bad option (code `option.invalid`), e.g. an `asOf` that is not a calendar
 * date; `field` names the option.
 *
 * @example
 * ```ts
 * try { createEvaluator({ asOf: "2025-02-30" }); }
 * catch (e) { if (e instanceof EvaluatorOptionError) console.log(e.field); } // "asOf"
 * ```
 */
export class EvaluatorOptionError extends TppoError {
  /** @param field - name of the offending option, e.g. `"asOf"` or `"locale"` */
  constructor(field: string) {
    super("option.invalid", { field });
    this.name = "EvaluatorOptionError";
  }
}

/**
 * Ends a batch (`evaluateMany`, `buildPopulationIndex`) when the record source itself fails: it is not
 * iterable, opening it throws, or its iterator throws or rejects (code `source.failed`). A bad record never
 * ends a batch; it gives a bad-record result. `recordsDone` says how many records were read before the
 * failure (each has had its result).
 *
 * @example
 * ```ts
 * function* records() {
 *   yield { id: "x" }; // a bad record: its result says so, and the batch goes on
 *   throw new Error("disk read failed"); // the source itself fails: the batch stops
 * }
 * try {
 *   const evaluator = createEvaluator({ asOf: "2025-03-01" });
 *   for await (const r of evaluator.evaluateMany(records)) console.log(r.ok); // false
 * } catch (e) {
 *   if (!(e instanceof SourceFailedError)) throw e;
 *   e.recordsDone; // 1
 * }
 * ```
 */
export class SourceFailedError extends TppoError {
  /** Records read (and given their results) before the source failed. */
  readonly recordsDone: number;
  /**
   * @param recordsDone - records read before the failure
   * @param cause - what the source threw, if anything
   */
  constructor(recordsDone: number, cause?: unknown) {
    super("source.failed", {
      detail: { id: `rekaman selesai: ${recordsDone}`, en: `records done: ${recordsDone}` },
      cause,
    });
    this.name = "SourceFailedError";
    this.recordsDone = recordsDone;
  }
}

/**
 * Thrown when the explanation walk and the rule engine disagree on a rule that the walk could decide (code
 * `engine.disagreement`): a defect, never expected (the evaluator must never disagree with json-rules-engine).
 *
 * @example
 * ```ts
 * import { createJsonRulesEngine } from "@timpora/tppo/json-rules-engine";
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const evaluator = createEvaluator({ asOf, engine: createJsonRulesEngine({ operatorContext: { asOf } }) });
 * try {
 *   await evaluator.evaluate(generateCase({ seed: "demo", asOf }));
 * } catch (e) {
 *   if (e instanceof EngineDisagreementError) console.error(`defect: the engines disagree on ${e.ruleId}`);
 *   else throw e;
 * }
 * ```
 */
export class EngineDisagreementError extends TppoError {
  /** Id of the rule the two disagree on. */
  readonly ruleId: string;
  /** @param ruleId - id of the rule (an indicator id, not personal data) */
  constructor(ruleId: string) {
    super("engine.disagreement", { detail: { id: `aturan ${ruleId}`, en: `rule ${ruleId}` } });
    this.name = "EngineDisagreementError";
    this.ruleId = ruleId;
  }
}

/**
 * A feature of json-rules-engine's rule format that the compiled engine does not evaluate as json-rules-engine
 * does, and therefore refuses when it compiles a rule set:
 * - `condition-reference`: a shared `{ condition: "name" }` reference;
 * - `path`: a path that is not plain dotted (JSONPath such as `$.a[0]`), or has a forbidden segment;
 * - `operator`: an unknown operator, including json-rules-engine's decorated ones (`not:equal`, `everyFact:…`);
 * - `operator-replaced`: an operator list that replaces one of json-rules-engine's ten defaults (json-rules-engine
 *   would keep its own);
 * - `fact`: a fact that is not in the catalogue;
 * - `empty-group`: an `all` or `any` with no children (json-rules-engine passes both);
 * - `priority`: a priority that is not a whole number from 1;
 * - `group`: a node with more than one of `all`/`any`/`not`, a group with a fact, a `not` holding an array, or a
 *   top-level condition that is not a group;
 * - `leaf`: a leaf without `fact`, `operator` or `value`, or a node that is not an object.
 *
 * @example
 * ```ts
 * const refused = (e: unknown): UnsupportedFeature | undefined =>
 *   e instanceof UnsupportedRuleError ? e.feature : undefined;
 * refused(new UnsupportedRuleError("r1", "condition-reference")); // "condition-reference"
 * ```
 */
export type UnsupportedFeature =
  | "condition-reference"
  | "path"
  | "operator"
  | "operator-replaced"
  | "fact"
  | "empty-group"
  | "priority"
  | "group"
  | "leaf";

/**
 * Thrown when the compiled engine compiles a rule set with a feature it does not evaluate the same way as
 * json-rules-engine (code `engine.unsupported`): the rule set is refused whole, never evaluated differently.
 * `validateRuleSet` already refuses most of these; the rest (a replaced default operator) come from options.
 *
 * @example
 * ```ts
 * // a team's `equal` in place of json-rules-engine's own (which json-rules-engine would keep): refused
 * const equal: OperatorDefinition = {
 *   name: "equal",
 *   accepts: ["string", "number", "boolean", "date", "null", "unknown"],
 *   value: "same",
 *   evaluate: (a, b) => a === b,
 * };
 * try {
 *   createEvaluator({ asOf: "2025-03-01", operators: [equal] });
 * } catch (e) {
 *   if (e instanceof UnsupportedRuleError) console.log(e.feature); // "operator-replaced"
 * }
 * ```
 */
export class UnsupportedRuleError extends TppoError {
  /** Id of the rule (an indicator id, not personal data). */
  readonly ruleId: string;
  /** What is not supported. */
  readonly feature: UnsupportedFeature;
  /**
   * @param ruleId - id of the rule
   * @param feature - the feature refused
   */
  constructor(ruleId: string, feature: UnsupportedFeature) {
    super("engine.unsupported", {
      detail: { id: `aturan ${ruleId}: ${feature}`, en: `rule ${ruleId}: ${feature}` },
    });
    this.name = "UnsupportedRuleError";
    this.ruleId = ruleId;
    this.feature = feature;
  }
}

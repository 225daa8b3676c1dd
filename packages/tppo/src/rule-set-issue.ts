import type { LabelTable, ParseIssue } from "@timpora/models";

/**
 * Stable codes of rule-set validation issues:
 * - `input.unreadable`: the rule set cannot be copied as plain data: a Proxy anywhere in it, a function or symbol
 *   value, a getter that throws, or nesting too deep to copy; it is refused whole, at the root, without being
 *   read further (so no Proxy trap runs);
 * - `type.invalid`: a value of the wrong JSON type, or something that is not JSON: a function or symbol, a
 *   class instance (a prototype other than `Object.prototype` or null, e.g. a `Date` or `Map`), an array hole,
 *   a symbol key, `NaN` or `Infinity`;
 * - `value.accessor`: a getter or setter where a plain value belongs;
 * - `required`: a required field is missing;
 * - `key.unknown`: a field the format does not know (typos are never ignored);
 * - `key.forbidden`: a `__proto__`, `constructor` or `prototype` key;
 * - `value.invalid`: a value outside its allowed set or pattern (ids, enums, priorities, counts);
 * - `date.invalid`: not a real calendar date "YYYY-MM-DD";
 * - `date.order`: `validUntil` before `validFrom`;
 * - `id.duplicate`: two rules with the same id;
 * - `event.mismatch`: `event.params.indicator` differs from the rule id;
 * - `rule.unknown-reference`: a strength override names a rule that is not in the set;
 * - `limit.depth`: conditions nested deeper than the limit (or JSON nested too deep);
 * - `limit.size`: more rules, conditions or JSON values than the limits allow;
 * - `condition.invalid`: a node that is neither `all`, `any`, `not` nor a leaf, an empty group, a mixed node,
 *   or a json-rules-engine `condition` reference (not supported);
 * - `fact.unknown`: a fact id (in a condition or a `{ fact }` value) not in the fact catalogue;
 * - `path.invalid`: a path that is not plain dotted (JSONPath such as `$.a[?(@.b)]`, brackets, `__proto__`);
 * - `path.unknown`: a path that does not exist in the fact's type;
 * - `operator.unknown`: an operator not in the operator list;
 * - `operator.type-mismatch`: an operator that does not fit the type at the path (e.g. `lessThan` on a date);
 * - `value.type-mismatch`: a compared value that does not fit the operator and the fact's type;
 * - `rule.protected-only`: some branch of the condition (as an OR of ANDs) tests only protected attributes;
 * - `rule.context-only`: some branch tests only context facts (and protected ones), e.g. the sector alone.
 *
 * @example
 * ```ts
 * const overstay = defaultRuleSet.rules.find((r) => r.id === "overstay");
 * const checked = validateRuleSet({ id: "team-rules", version: "1", rules: [{ ...overstay, id: "Bad id" }] });
 * const codes: RuleSetIssueCode[] = checked.ok ? [] : checked.issues.map((i) => i.code);
 * codes; // ["value.invalid", "event.mismatch"]
 * ```
 */
export type RuleSetIssueCode =
  | "input.unreadable"
  | "type.invalid"
  | "value.accessor"
  | "required"
  | "key.unknown"
  | "key.forbidden"
  | "value.invalid"
  | "date.invalid"
  | "date.order"
  | "id.duplicate"
  | "event.mismatch"
  | "rule.unknown-reference"
  | "limit.depth"
  | "limit.size"
  | "condition.invalid"
  | "fact.unknown"
  | "path.invalid"
  | "path.unknown"
  | "operator.unknown"
  | "operator.type-mismatch"
  | "value.type-mismatch"
  | "rule.protected-only"
  | "rule.context-only";

/**
 * One problem found in a rule set: a stable code, the path to the spot, and a message in `id` and `en` (the
 * shape of @timpora/models' `ParseIssue`, with the codes of {@link RuleSetIssueCode}). The message never echoes
 * the offending value.
 *
 * @example
 * ```ts
 * const overstay = defaultRuleSet.rules.find((r) => r.id === "overstay");
 * const typo = { all: [{ fact: "stay", path: "overstayDay", operator: "equal", value: true }] };
 * const checked = validateRuleSet({ id: "team-rules", version: "1", rules: [{ ...overstay, conditions: typo }] });
 * const issue: RuleSetIssue | undefined = checked.ok ? undefined : checked.issues[0];
 * issue?.code; // "path.unknown"
 * issue?.path; // ["rules", 0, "conditions", "all", 0, "path"]
 * issue?.suggestions; // ["overstayDays", "overstaying"]
 * ```
 */
export interface RuleSetIssue extends Omit<ParseIssue, "code"> {
  /** Stable code. */
  code: RuleSetIssueCode;
  /**
   * "Did you mean": for `fact.unknown`, `path.unknown` and `operator.unknown`, the known fact ids, paths of the
   * fact's type, or operators fitting the type at the path that come closest to what was written (all of them
   * when none is close and there are few); for `operator.type-mismatch`, every operator that fits. Absent when
   * there is nothing to suggest.
   */
  suggestions?: string[];
}

/**
 * The message of each issue code (data, one row a code).
 *
 * @example
 * ```ts
 * ruleSetIssueMessages["rule.protected-only"].en;
 * // "Rule can fire on protected attributes alone (nationality, sex, religion, ethnicity)"
 * ```
 */
export const ruleSetIssueMessages: LabelTable<RuleSetIssueCode> = {
  "input.unreadable": {
    id: "Set aturan tidak dapat disalin sebagai data JSON biasa (Proxy, fungsi, simbol, atau getter yang gagal)",
    en: "The rule set cannot be copied as plain JSON data (a Proxy, function, symbol, or failing getter)",
  },
  "type.invalid": { id: "Jenis nilai tidak valid", en: "Value has the wrong type" },
  "value.accessor": {
    id: "Getter atau setter di tempat nilai biasa",
    en: "A getter or setter where a plain value belongs",
  },
  required: { id: "Wajib diisi", en: "Required" },
  "key.unknown": { id: "Kunci tidak dikenal", en: "Unknown key" },
  "key.forbidden": { id: "Kunci terlarang (__proto__, constructor, prototype)", en: "Forbidden key" },
  "value.invalid": { id: "Nilai tidak valid", en: "Invalid value" },
  "date.invalid": { id: "Tanggal tidak valid", en: "Not a valid date" },
  "date.order": { id: "validUntil sebelum validFrom", en: "validUntil is before validFrom" },
  "id.duplicate": { id: "Id aturan ganda", en: "Duplicate rule id" },
  "event.mismatch": {
    id: "Event tidak sesuai dengan id aturan",
    en: "Event indicator differs from the rule id",
  },
  "rule.unknown-reference": {
    id: "Merujuk aturan yang tidak ada",
    en: "Refers to a rule that is not in the set",
  },
  "limit.depth": { id: "Kondisi bersarang terlalu dalam", en: "Conditions nested too deeply" },
  "limit.size": { id: "Set aturan terlalu besar", en: "Rule set too large" },
  "condition.invalid": {
    id: "Kondisi harus berupa all, any, not (tidak kosong) atau kondisi fakta",
    en: "A condition must be a non-empty all, any, not, or a fact condition",
  },
  "fact.unknown": { id: "Fakta tidak dikenal", en: "Unknown fact" },
  "path.invalid": {
    id: "Path harus berupa path bertitik sederhana (tanpa $ atau [])",
    en: "Path must be a plain dotted path (no $ or [])",
  },
  "path.unknown": { id: "Path tidak ada pada tipe fakta", en: "Path does not exist in the fact's type" },
  "operator.unknown": { id: "Operator tidak dikenal", en: "Unknown operator" },
  "operator.type-mismatch": {
    id: "Operator tidak cocok dengan tipe fakta",
    en: "Operator does not fit the fact's type",
  },
  "value.type-mismatch": {
    id: "Nilai pembanding tidak cocok dengan operator atau tipe fakta",
    en: "Compared value does not fit the operator or the fact's type",
  },
  "rule.protected-only": {
    id: "Aturan dapat terpicu hanya oleh atribut yang dilindungi (kewarganegaraan, jenis kelamin, agama, etnis)",
    en: "Rule can fire on protected attributes alone (nationality, sex, religion, ethnicity)",
  },
  "rule.context-only": {
    id: "Aturan dapat terpicu hanya oleh fakta konteks (misalnya sektor)",
    en: "Rule can fire on context facts alone (such as the sector)",
  },
};

/**
 * Builds an issue with the message of its code.
 *
 * @example
 * ```ts
 * ruleSetIssue("id.duplicate", ["rules", 3, "id"]);
 * // { code: "id.duplicate", path: ["rules", 3, "id"], message: { id: "Id aturan ganda", en: "Duplicate rule id" } }
 * ```
 */
export function ruleSetIssue(code: RuleSetIssueCode, path: (string | number)[]): RuleSetIssue {
  return { code, path, message: ruleSetIssueMessages[code] };
}

/**
 * Size and depth limits of a rule set; beyond them validation refuses it with `limit.*`.
 *
 * @example
 * ```ts
 * const limits: Partial<RuleSetLimits> = { maxRules: 40 };
 * const checked = validateRuleSet(defaultRuleSet, { limits });
 * checked.ok ? [] : checked.issues.map((i) => i.code); // ["limit.size"] (the default rule set has 42 rules)
 * ```
 */
export interface RuleSetLimits {
  /** Deepest nesting of condition groups (the top-level group is depth 1). */
  maxDepth: number;
  /** Most condition nodes (groups and leaves) in the whole rule set. */
  maxConditions: number;
  /** Most rules. */
  maxRules: number;
  /** Most JSON values in the whole document. */
  maxJsonValues: number;
  /** Most issues reported (the rest are dropped). */
  maxIssues: number;
}

/**
 * Default limits: depth 32, 100,000 conditions, 20,000 rules, 2,000,000 JSON values, 200 issues.
 *
 * @example
 * ```ts
 * defaultRuleSetLimits.maxDepth; // 32
 * validateRuleSet(defaultRuleSet, { limits: { maxIssues: 20 } }).ok; // true (the other limits stay the defaults)
 * ```
 */
export const defaultRuleSetLimits: Readonly<RuleSetLimits> = Object.freeze({
  maxDepth: 32,
  maxConditions: 100_000,
  maxRules: 20_000,
  maxJsonValues: 2_000_000,
  maxIssues: 200,
});

import { IsoDateSchema } from "@timpora/models";
import { LevelSchema, RouteKindSchema } from "@timpora/tppo";
import * as z from "zod";

/**
 * What a test expects of the assessment of its case.
 *
 * @example
 * ```ts
 * RuleTestExpectationSchema.parse({ fire: ["overstay"], notFire: ["passport-withheld"], level: "note", routes: ["immigration"] });
 * ```
 */
export const RuleTestExpectationSchema = z.strictObject({
  /** Indicators that must fire. */
  fire: z.array(z.string().min(1)).optional(),
  /** Indicators that must not fire. */
  notFire: z.array(z.string().min(1)).optional(),
  /** The level. */
  level: LevelSchema.optional(),
  /** The routes, all of them (order does not matter). */
  routes: z.array(RouteKindSchema).optional(),
});

/**
 * One test: a case (inline, or by id from a file of cases), an evaluation date, and what is expected.
 *
 * @example
 * ```ts
 * RuleTestSchema.parse({ name: "overstay is noted", caseId: "c-1", expect: { fire: ["overstay"], level: "note" } });
 * ```
 */
export const RuleTestSchema = z
  .strictObject({
    /** What the test shows, in words. */
    name: z.string().min(1).max(300),
    /** Evaluation date (default: the file's `asOf`). */
    asOf: IsoDateSchema.optional(),
    /** The case, inline. */
    case: z.record(z.string(), z.unknown()).optional(),
    /** Or the id of a case in the file of cases (`cases` here or in the file). */
    caseId: z.string().min(1).optional(),
    /** File of cases (JSON array, NDJSON or CSV), relative to the test file (default: the file's `cases`). */
    cases: z.string().min(1).optional(),
    /** Precomputed cross-record counts (fact id to count); without them cross-record facts are not evaluated. */
    counts: z.record(z.string(), z.number().int().min(0)).optional(),
    /** What the assessment must show. */
    expect: RuleTestExpectationSchema,
  })
  .refine((t) => (t.case === undefined) !== (t.caseId === undefined), {
    message: "exactly one of case and caseId",
    path: ["case"],
  });

/**
 * A file of rule-set tests (YAML or JSON): the rule set under test, defaults for the tests, and the tests. In the
 * spirit of OpenFisca's YAML tests and `opa test`: people who know the law write cases and what must follow.
 *
 * @example
 * ```ts
 * const file = RuleTestFileSchema.parse({
 *   asOf: "2025-03-01", cases: "cases.ndjson",
 *   tests: [{ name: "overstay is noted", caseId: "c-1", expect: { fire: ["overstay"], level: "note" } }],
 * }); // in practice parsed from YAML (the `yaml` package) or JSON
 * [file.rules, file.tests.length]; // [undefined, 1]: no `rules` means the shipped default rules
 * ```
 */
export const RuleTestFileSchema = z.strictObject({
  /** The rule set under test, relative to this file, or `default` for the shipped rules (the default). */
  rules: z.string().min(1).optional(),
  /** Evaluation date of the tests that give none. */
  asOf: IsoDateSchema.optional(),
  /** File of cases of the tests that give `caseId` without `cases`. */
  cases: z.string().min(1).optional(),
  /** The tests. */
  tests: z.array(RuleTestSchema).min(1),
});

/**
 * A file of rule-set tests.
 *
 * @example
 * ```ts
 * const file: RuleTestFile = { rules: "default", asOf: "2025-03-01", cases: "cases.ndjson", tests: [] };
 * ```
 */
export type RuleTestFile = z.output<typeof RuleTestFileSchema>;
/**
 * One rule-set test.
 *
 * @example
 * ```ts
 * const test: RuleTest = { name: "no flag", caseId: "c-2", expect: { level: "none" } };
 * ```
 */
export type RuleTest = z.output<typeof RuleTestSchema>;

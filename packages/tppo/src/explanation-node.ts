import * as z from "zod";

/**
 * zod schema of a {@link NodeState}.
 *
 * @example
 * ```ts
 * NodeStateSchema.options; // ["passed", "failed", "not-evaluated"]
 * ```
 */
export const NodeStateSchema = z.enum(["passed", "failed", "not-evaluated"]);

/**
 * State of a condition node: passed, failed, or not evaluated (short-circuited, cross-record data or a record
 * missing).
 *
 * @example
 * ```ts
 * const mark = (state: NodeState): string => ({ passed: "✓", failed: "✗", "not-evaluated": "?" })[state];
 * mark("not-evaluated"); // "?"
 * ```
 */
export type NodeState = z.infer<typeof NodeStateSchema>;

/**
 * zod schema of a {@link NotEvaluatedReason}.
 *
 * @example
 * ```ts
 * NotEvaluatedReasonSchema.parse("cross-record-missing");
 * ```
 */
export const NotEvaluatedReasonSchema = z.enum(["short-circuit", "cross-record-missing", "data-gap"]);

/**
 * Why a node was not evaluated: `short-circuit` (its outcome was already decided), `cross-record-missing` (a
 * population index or counts were not given), `data-gap` (the fact's value at the path is not on record, at a
 * path the fact declares in `dataGaps`).
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const reasons = (n: ExplanationNode): NotEvaluatedReason[] =>
 *   n.kind === "fact" ? (n.reason === undefined ? [] : [n.reason]) : n.children.flatMap(reasons);
 * const asOf = "2025-03-01";
 * const { notEvaluated } = await createEvaluator({ asOf }).evaluate(generateCase({ seed: "demo", asOf }));
 * notEvaluated.flatMap((i) => reasons(i.explanation)); // ["cross-record-missing"] (no population index given)
 * ```
 */
export type NotEvaluatedReason = z.infer<typeof NotEvaluatedReasonSchema>;

/**
 * A shown value: the value itself, `{ redacted: true }` for personal data, or `{ absent: true }` for undefined.
 *
 * @example
 * ```ts
 * const text = (v: ShownValue): string =>
 *   v !== null && typeof v === "object" && "redacted" in v ? "(personal data, hidden)"
 *   : v !== null && typeof v === "object" && "absent" in v ? "(no value)"
 *   : JSON.stringify(v);
 * text({ redacted: true }); // "(personal data, hidden)"
 * text("alone"); // "\"alone\""
 * ```
 */
export type ShownValue = unknown;

const leafShape = {
  /** Node kind. */
  kind: z.literal("fact"),
  /** Fact id. */
  fact: z.string(),
  /** Path into the fact, if any. */
  path: z.string().optional(),
  /** Operator name. */
  operator: z.string(),
  /** The compared value (resolved for `{ fact }` references; redacted when that fact is personal). */
  expected: z.unknown(),
  /** The referenced fact, when the compared value is `{ fact, path? }`. */
  expectedRef: z.object({ fact: z.string(), path: z.string().optional() }).optional(),
  /** Why the leaf was not evaluated. */
  reason: NotEvaluatedReasonSchema.optional(),
  /** Condition name, if the rule gave one. */
  name: z.string().optional(),
};

/**
 * zod schema of a {@link LeafExplanation}: a leaf that passed or failed carries its `actual` value; a leaf that
 * was not evaluated may omit it (every leaf has an actual value or is not evaluated).
 *
 * @example
 * ```ts
 * LeafExplanationSchema.safeParse({ kind: "fact", fact: "stay", operator: "equal", expected: true, state: "passed" }).success; // false (no actual)
 * ```
 */
export const LeafExplanationSchema = z.union([
  z.object({
    ...leafShape,
    /** The fact's value at the path. */
    actual: z.unknown(),
    /** Outcome. */
    state: z.enum(["passed", "failed"]),
  }),
  z.object({
    ...leafShape,
    /** The fact's value at the path, when it was read. */
    actual: z.unknown().optional(),
    /** Outcome. */
    state: z.literal("not-evaluated"),
  }),
]);

/**
 * A leaf of the explanation tree: one fact condition with its expected and actual value and its outcome.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const leaves = (n: ExplanationNode): LeafExplanation[] =>
 *   n.kind === "fact" ? [n] : n.children.flatMap(leaves);
 * const asOf = "2025-03-01";
 * const c = generateCase({ seed: "demo", asOf, plant: ["overstay"] });
 * const { fired } = await createEvaluator({ asOf }).evaluate(c);
 * const [leaf] = fired.flatMap((f) => leaves(f.explanation));
 * leaf;
 * // { kind: "fact", fact: "stay", operator: "equal", expected: true, path: "overstaying",
 * //   actual: true, state: "passed" }
 * ```
 */
export type LeafExplanation = z.infer<typeof LeafExplanationSchema>;

/**
 * zod schema of a {@link GroupExplanation} (recursive through {@link ExplanationNodeSchema}).
 *
 * @example
 * ```ts
 * GroupExplanationSchema.safeParse({ kind: "all", state: "passed", children: [] }).success; // true
 * ```
 */
export const GroupExplanationSchema = z.object({
  /** Node kind. */
  kind: z.enum(["all", "any", "not"]),
  /** Outcome of the group. */
  state: NodeStateSchema,
  /** Why the group was not evaluated, if it was skipped. */
  reason: NotEvaluatedReasonSchema.optional(),
  /** Children in rule order. */
  get children() {
    return z.array(ExplanationNodeSchema);
  },
  /** Condition name, if the rule gave one. */
  name: z.string().optional(),
});

/**
 * A group of the explanation tree (`all`, `any` or `not`) with its own state.
 *
 * @example
 * ```ts
 * // a `not` over a leaf that passed has failed
 * const lawful = { kind: "fact", fact: "stay", path: "lawful", operator: "equal", expected: true } as const;
 * const group: GroupExplanation = { kind: "not", state: "failed", children: [{ ...lawful, actual: true, state: "passed" }] };
 * GroupExplanationSchema.safeParse(group).success; // true
 * ```
 */
export type GroupExplanation = z.infer<typeof GroupExplanationSchema>;

/**
 * zod schema of an explanation node (also in `schemas/assessment.json`).
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const c = generateCase({ seed: "demo", asOf, plant: ["overstay"] });
 * const { fired } = await createEvaluator({ asOf }).evaluate(c);
 * ExplanationNodeSchema.safeParse(fired[0]?.explanation).success; // true
 * ```
 */
export const ExplanationNodeSchema = z.union([...LeafExplanationSchema.options, GroupExplanationSchema]);

/**
 * A node of the explanation tree.
 *
 * @example
 * ```ts
 * // one line a leaf, indented by depth: how a tool might print why an indicator fired
 * const lines = (n: ExplanationNode, depth = 0): string[] =>
 *   n.kind === "fact"
 *     ? [`${"  ".repeat(depth)}${n.fact}${n.path ? `.${n.path}` : ""} ${n.operator}: ${n.state}`]
 *     : [`${"  ".repeat(depth)}${n.kind}: ${n.state}`, ...n.children.flatMap((c) => lines(c, depth + 1))];
 * const leaf = { kind: "fact", fact: "stay", path: "overstaying", operator: "equal", expected: true } as const;
 * lines({ kind: "all", state: "passed", children: [{ ...leaf, actual: true, state: "passed" }] });
 * // ["all: passed", "  stay.overstaying equal: passed"]
 * ```
 */
export type ExplanationNode = z.infer<typeof ExplanationNodeSchema>;

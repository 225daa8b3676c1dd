/**
 * Which facts of @timpora/tppo's default catalogue, read in a screening explanation, carry restricted data: an
 * explanation leaf shows the value a fact had, so a leaf on visible injuries is health data, a leaf on enforcement
 * history is a criminal record, a leaf on a biometric match is biometric data. A leaf whose category the purpose
 * may not carry leaves as `{ redacted: true }` (the explanations' own mark). The mapping is the SDK's reading
 * (docs/decisions.md, issue 14); a team's own fact that reads these data under another id is not recognised.
 */
import { isAtOrAbove } from "./field-catalogue.js";
import type { RestrictedCategory } from "./field-classes.js";

/** One row: the fact, the path into it (none: every path), and the categories a leaf there shows. */
export interface ExplanationFactCategory {
  /** Fact id in the default catalogue of @timpora/tppo. */
  readonly fact: string;
  /** Path into the fact's value; absent: the whole fact. */
  readonly path?: string;
  /** The restricted categories its value shows. */
  readonly categories: readonly RestrictedCategory[];
}

/** The table (data): tppo facts and paths → restricted categories. */
export const explanationFactCategories: readonly ExplanationFactCategory[] = Object.freeze([
  { fact: "observation", path: "injuriesVisible", categories: ["health"] },
  { fact: "observation", path: "debtOwed", categories: ["financial"] },
  { fact: "observation", path: "debtToControllingParty", categories: ["financial"] },
  { fact: "observation", path: "repaidThroughWork", categories: ["financial"] },
  { fact: "enforcement", categories: ["criminal-records"] },
  { fact: "identity", path: "earlierFalseStatementFinding", categories: ["criminal-records"] },
  { fact: "identity", path: "biometricMatchOtherIdentity", categories: ["biometric"] },
  // `anyFlag` is true when either of the two above is.
  { fact: "identity", path: "anyFlag", categories: ["criminal-records", "biometric"] },
] satisfies ExplanationFactCategory[]);

/**
 * The categories a leaf on `fact` at `path` shows: a row's path at, below or above the leaf's path (a leaf on the
 * whole fact, without a path, shows every path of it).
 */
export function explanationLeafCategories(fact: string, path: string | undefined): RestrictedCategory[] {
  const out = new Set<RestrictedCategory>();
  for (const row of explanationFactCategories) {
    if (row.fact !== fact) continue;
    if (
      row.path === undefined ||
      path === undefined ||
      isAtOrAbove(row.path, path) ||
      isAtOrAbove(path, row.path)
    ) {
      for (const c of row.categories) out.add(c);
    }
  }
  return [...out];
}

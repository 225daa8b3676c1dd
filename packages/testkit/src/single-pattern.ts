/**
 * The shape of a single-case pattern: a `base` (the clean case it starts from) and an `apply` step that
 * plants it. The plain patterns (single-patterns.ts) and the combined ones (combined-patterns.ts) both have
 * this shape; `generate.ts` puts them together, so neither file imports the other.
 */
import type { CaseContext } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";

/** How a single-case pattern is planted. */
export interface SinglePattern {
  /** Builds the clean case the pattern starts from. */
  base(ctx: CaseContext): CaseDraft;
  /** Plants the pattern into a draft (mutates it). */
  apply(ctx: CaseContext, draft: CaseDraft): void;
}

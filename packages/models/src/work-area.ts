/**
 * Work areas (wilayah kerja) as lists of Kemendagri region codes: the one containment rule the models and the
 * oversight map share, and the refinement that keeps an area free of double counting.
 */
import type * as z from "zod";

/**
 * Whether the region `code` lies in (or is) the region `area`: `35.10.01.2001` lies in `35.10.01`, `35.10`
 * and `35`; `35.1` is not a prefix of `35.10` (dotted codes are compared segment by segment).
 *
 * @example
 * ```ts
 * regionContains("35.10", "35.10.01"); // true
 * regionContains("35.1", "35.10");     // false
 * ```
 */
export function regionContains(area: string, code: string): boolean {
  return code === area || code.startsWith(`${area}.`);
}

/**
 * Adds `value.invalid` at `[field, i]` for a code listed twice or lying inside another listed code: an area
 * counts every place once.
 */
export function checkDisjointArea(ctx: z.RefinementCtx, codes: readonly string[], field: string): void {
  codes.forEach((code, i) => {
    const clash = codes.some(
      (other, j) => j !== i && regionContains(other, code) && (other !== code || j < i),
    );
    if (clash) ctx.addIssue({ code: "custom", message: "value.invalid", path: [field, i] });
  });
}

import type { Labels } from "./labels.js";

/**
 * A reason behind an answer (a stay status, a permit status, a level, a route): a stable dotted `code` to
 * branch on, and its text in Indonesian and English from the package's message table. The text may carry
 * dates and counts of the answer; it never carries a name, a document number or a birth date.
 *
 * @typeParam C - the code union of the answer
 * @example
 * ```ts
 * const r: Reason = { code: "stay.overstay", message: { id: "Melebihi izin tinggal 3 hari …", en: "Overstay of 3 day(s) …" } };
 * ```
 */
export interface Reason<C extends string = string> {
  /** Stable code, e.g. `"stay.overstay"`. */
  code: C;
  /** The reason in Indonesian and English. */
  message: Labels;
}

import * as z from "zod";
import { type LevelReason, levelReason } from "./level-reason.js";
import type { Element, Strength } from "./rule-set.js";

/**
 * zod schema of a {@link Level}.
 *
 * @example
 * ```ts
 * LevelSchema.options; // ["none", "note", "review", "refer"]
 * ```
 */
export const LevelSchema = z.enum(["none", "note", "review", "refer"]);

/**
 * Level of a case: none, note, review (field check), refer (refer for victim screening, a protective
 * procedure).
 *
 * @example
 * ```ts
 * const rank: Record<Level, number> = { none: 0, note: 1, review: 2, refer: 3 };
 * const atLeastReview = (level: Level): boolean => rank[level] >= rank.review;
 * atLeastReview("note"); // false
 * ```
 */
export type Level = z.infer<typeof LevelSchema>;

/**
 * One way an element becomes positive: at least so many indicators of each strength. A stronger indicator may
 * fill a weaker slot; `mediumOrWeak` slots take medium or weak (or strong) ones.
 *
 * @example
 * ```ts
 * // a team's stricter combination rule (its own choice, not the Delphi reading):
 * // two strong, or one strong and two medium
 * const patterns: ElementPattern[] = [{ strong: 2 }, { strong: 1, medium: 2 }];
 * const evaluator = createEvaluator({ asOf: "2025-03-01", combination: patterns });
 * ```
 */
export interface ElementPattern {
  /** Strong indicators needed. */
  strong?: number;
  /** Medium (or strong) indicators needed. */
  medium?: number;
  /** Weak (or stronger) indicators needed. */
  weak?: number;
  /** Medium or weak (or strong) indicators needed. */
  mediumOrWeak?: number;
}

/**
 * The Delphi rule for a positive dimension (ILO–EC 2009, as transcribed in a secondary synthesis; LOW
 * confidence, not verified against the primary PDF): ≥2 strong, or 1 strong + 1 medium or weak, or 3 medium,
 * or 2 medium + 1 weak. The evaluator's default `combination`.
 *
 * @example
 * ```ts
 * delphiElementPatterns; // [{ strong: 2 }, { strong: 1, mediumOrWeak: 1 }, { medium: 3 }, { medium: 2, weak: 1 }]
 * ```
 */
export const delphiElementPatterns: readonly ElementPattern[] = Object.freeze([
  { strong: 2 },
  { strong: 1, mediumOrWeak: 1 },
  { medium: 3 },
  { medium: 2, weak: 1 },
]);

/**
 * A fired indicator as the level rule sees it.
 *
 * @example
 * ```ts
 * const fired: CountableIndicator[] = [
 *   { id: "passport-withheld", strength: "strong", elements: ["means"], needsObservation: true },
 *   { id: "debt-to-recruiter", strength: "strong", elements: ["means"], needsObservation: true },
 * ];
 * levelOf(fired, false).elements.means; // { positive: true, counted: ["debt-to-recruiter", "passport-withheld"] }
 * ```
 */
export interface CountableIndicator {
  /** Indicator id. */
  id: string;
  /** Strength after overrides. */
  strength: Strength;
  /** Elements it evidences. */
  elements: readonly Element[];
  /** Correlation group, if any. */
  correlationGroup?: string | undefined;
  /** Rests on an officer's observation. */
  needsObservation: boolean;
  /** Context only: never counts toward an element. */
  context?: boolean | undefined;
}

/**
 * zod schema of an {@link ElementResult}.
 *
 * @example
 * ```ts
 * ElementResultSchema.parse({ positive: false, counted: [] });
 * ```
 */
export const ElementResultSchema = z.object({
  /** Positive under the element patterns. */
  positive: z.boolean(),
  /** Indicators counted for this element (the strongest of each correlation group). */
  counted: z.array(z.string()),
});

/**
 * The outcome for one element.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const c = generateCase({ seed: "demo", asOf, plant: ["passport-withheld"] });
 * const means: ElementResult = (await createEvaluator({ asOf }).evaluate(c)).elements.means;
 * means; // { positive: false, counted: ["passport-withheld"] } (one strong indicator alone: not positive)
 * ```
 */
export type ElementResult = z.infer<typeof ElementResultSchema>;

/**
 * Outcome of the level rule.
 *
 * @example
 * ```ts
 * const overstay: CountableIndicator =
 *   { id: "overstay", strength: "weak", elements: ["means"], needsObservation: false };
 * const result: LevelResult = levelOf([overstay], false);
 * result.level; // "note"
 * result.reasons.map((r) => r.code); // ["note.indicators"]
 * ```
 */
export interface LevelResult {
  /** The level. */
  level: Level;
  /** Why (empty for none). */
  reasons: LevelReason[];
  /** Per element. */
  elements: Record<Element, ElementResult>;
}

const RANK: Record<Strength, number> = { strong: 3, medium: 2, weak: 1 };
const ELEMENTS: readonly Element[] = ["act", "means", "purpose"];

/**
 * The indicators that count for an element: non-context fired indicators that evidence it, with only the
 * strongest of each correlation group (ties: an observed one first, then by id, so that officer evidence is
 * not hidden behind an equally strong administrative one).
 *
 * @example
 * ```ts
 * const act = (id: string, strength: Strength, correlationGroup: string): CountableIndicator =>
 *   ({ id, strength, elements: ["act"], correlationGroup, needsObservation: false });
 * const fired = [
 *   act("sponsor-many-foreigners", "weak", "sponsor"),
 *   act("linked-to-prior-case", "medium", "sponsor"),
 *   act("address-cluster", "medium", "address"),
 * ];
 * countedFor("act", fired).map((i) => i.id); // ["address-cluster", "linked-to-prior-case"] (one a group)
 * ```
 */
export function countedFor(element: Element, fired: readonly CountableIndicator[]): CountableIndicator[] {
  const best = new Map<string, CountableIndicator>();
  for (const ind of fired) {
    if (ind.context === true || !ind.elements.includes(element)) continue;
    const key = ind.correlationGroup === undefined ? `indicator:${ind.id}` : `group:${ind.correlationGroup}`;
    const current = best.get(key);
    if (current === undefined || better(ind, current)) best.set(key, ind);
  }
  return [...best.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function better(a: CountableIndicator, b: CountableIndicator): boolean {
  if (RANK[a.strength] !== RANK[b.strength]) return RANK[a.strength] > RANK[b.strength];
  if (a.needsObservation !== b.needsObservation) return a.needsObservation;
  return a.id < b.id;
}

/**
 * Whether strengths satisfy a pattern when a stronger indicator may fill a weaker slot (Hall's condition for
 * nested slot kinds). A pattern that asks for weak indicators only is never satisfied: weak-only never makes an
 * element positive.
 *
 * @example
 * ```ts
 * satisfiesPattern(["strong", "weak"], { strong: 1, mediumOrWeak: 1 }); // true
 * satisfiesPattern(["strong", "strong"], { medium: 2 }); // true (a stronger indicator fills a weaker slot)
 * satisfiesPattern(["weak", "weak", "weak"], { medium: 2, weak: 1 }); // false
 * satisfiesPattern(["weak", "weak"], { weak: 2 }); // false (weak-only never makes an element positive)
 * ```
 */
export function satisfiesPattern(strengths: readonly Strength[], pattern: ElementPattern): boolean {
  const s = pattern.strong ?? 0;
  const m = pattern.medium ?? 0;
  const w = (pattern.weak ?? 0) + (pattern.mediumOrWeak ?? 0);
  if (s + m === 0 && (pattern.mediumOrWeak ?? 0) === 0) return false;
  const atLeastStrong = strengths.filter((x) => x === "strong").length;
  const atLeastMedium = strengths.filter((x) => x !== "weak").length;
  if (atLeastMedium === 0) return false;
  return atLeastStrong >= s && atLeastMedium >= s + m && strengths.length >= s + m + w;
}

/**
 * The level rule (issue 4 and issue 9; `tppo.md` §5.5 with its revised note):
 * - `none`: no indicator fired;
 * - `refer`: means and purpose positive with at least one officer-observed indicator counted among them;
 *   or, for a minor (the child route, Palermo Art. 3(c): no means needed), a strong purpose indicator or purpose
 *   positive, together with any act indicator or any officer-observed (part B) indicator: a child found at a
 *   place of exploitation is already received or harboured there;
 * - `review`: for a minor, any act indicator (an unaccompanied minor on positive evidence is at least review);
 *   act positive with any means indicator; any strong indicator; means and purpose positive on administrative
 *   indicators alone;
 * - `note`: indicators fired but none of the above holds.
 * Context-only indicators never count. The adult rule applies to minors too (the child route only adds to it).
 *
 * @example
 * ```ts
 * const fired: CountableIndicator[] = [
 *   { id: "minor-without-guardian", strength: "medium", elements: ["act"], needsObservation: false },
 *   { id: "minor-linked-to-work", strength: "strong", elements: ["purpose"], needsObservation: false },
 * ];
 * levelOf(fired, true).level; // "refer" (a minor: a strong purpose indicator with an act indicator)
 * levelOf(fired, false).level; // "review" (the adult rule: a strong indicator)
 * ```
 */
export function levelOf(
  fired: readonly CountableIndicator[],
  minor: boolean,
  patterns: readonly ElementPattern[] = delphiElementPatterns,
): LevelResult {
  // nothing fired: no element can be positive (weak-only never is, and there is nothing at all)
  if (fired.length === 0) {
    return {
      level: "none",
      reasons: [],
      elements: {
        act: { positive: false, counted: [] },
        means: { positive: false, counted: [] },
        purpose: { positive: false, counted: [] },
      },
    };
  }
  const elements = {} as Record<Element, ElementResult>;
  const counted = {} as Record<Element, CountableIndicator[]>;
  for (const el of ELEMENTS) {
    counted[el] = countedFor(el, fired);
    const strengths = counted[el].map((i) => i.strength);
    elements[el] = {
      positive: patterns.some((p) => satisfiesPattern(strengths, p)),
      counted: counted[el].map((i) => i.id),
    };
  }
  const refer: LevelReason[] = [];
  const review: LevelReason[] = [];
  const meansAndPurpose = elements.means.positive && elements.purpose.positive;
  const observed = [...counted.means, ...counted.purpose].some((i) => i.needsObservation);
  if (meansAndPurpose && observed) {
    refer.push(levelReason("refer.means-purpose-observed"));
  }
  const counting = fired.filter((i) => i.context !== true);
  const childAct = minor && counting.some((i) => i.elements.includes("act"));
  if (minor) {
    const purposeStrong =
      elements.purpose.positive ||
      counting.some((i) => i.strength === "strong" && i.elements.includes("purpose"));
    if (purposeStrong && childAct) refer.push(levelReason("refer.child-purpose-act"));
    if (purposeStrong && counting.some((i) => i.needsObservation)) {
      refer.push(levelReason("refer.child-purpose-observed"));
    }
  }
  if (refer.length > 0) return { level: "refer", reasons: refer, elements };
  if (childAct) review.push(levelReason("review.child-act"));
  if (elements.act.positive && fired.some((i) => i.context !== true && i.elements.includes("means"))) {
    review.push(levelReason("review.act-and-means"));
  }
  if (fired.some((i) => i.context !== true && i.strength === "strong")) {
    review.push(levelReason("review.strong-indicator"));
  }
  if (meansAndPurpose) {
    review.push(levelReason("review.means-purpose-administrative"));
  }
  if (review.length > 0) return { level: "review", reasons: review, elements };
  return {
    level: "note",
    reasons: [levelReason("note.indicators")],
    elements,
  };
}

/**
 * A generated case with its labels (what was planted in it, which look-alike it is, which indicators it is
 * meant to fire), and the step that turns a finished draft into one.
 */
import type { Case } from "@timpora/models";
import { type CaseDraft, finishCase } from "./case-draft.js";
import { SECTOR_TABLE } from "./employer-sectors.js";
import { LOOK_ALIKES, type LookAlikeKind } from "./look-alike-catalogue.js";
import { PATTERNS, type PatternId } from "./pattern-catalogue.js";
import type { ProfileId } from "./profile-id.js";

/**
 * A generated case with what was planted in it.
 *
 * @example
 * ```ts
 * const l: LabelledCase = generateLabelledCase({ seed: 1, plant: ["overstay"] });
 * l.planted; // ["overstay"]
 * l.lookAlikes; // []
 * ```
 */
export interface LabelledCase {
  /** The case (a valid `Case` record). */
  readonly case: Case;
  /** Patterns planted in this case (empty for a clean case and for a look-alike). */
  readonly planted: readonly PatternId[];
  /** Look-alike kinds of this case (empty unless a realistic population planted one; never beside `planted`). */
  readonly lookAlikes: readonly LookAlikeKind[];
  /** Indicator ids (TPPO brief §5) the planted patterns are meant to fire (empty for look-alikes). */
  readonly indicators: readonly string[];
  /**
   * Indicator ids that may fire as a side effect (e.g. `high-risk-sector` for a clean worker in fishing, or
   * `overstay` for a `short-overstay-tourist`).
   */
  readonly mayAlsoFire: readonly string[];
  /** The clean profile the case was built from. */
  readonly profile: ProfileId;
  /** Id shared by the cases of one group (group patterns, families and look-alike groups). */
  readonly groupId?: string;
}

/** High-risk sectors (brief A20): those of the sector table, and domestic work, which only look-alikes draw. */
const HIGH_RISK = new Set<string>([
  ...SECTOR_TABLE.filter((r) => r.highRisk).map((r) => r.sector),
  "domestic-work",
]);

/** Finishes a draft and labels it with what was planted (or the look-alike kind it is). */
export function label(
  draft: CaseDraft,
  planted: readonly PatternId[],
  groupId?: string,
  lookAlikes: readonly LookAlikeKind[] = [],
): LabelledCase {
  const c = finishCase(draft);
  const indicators = [...new Set(planted.flatMap((p) => PATTERNS[p].indicators))];
  const also = new Set([
    ...planted.flatMap((p) => PATTERNS[p].mayAlsoFire),
    ...lookAlikes.flatMap((k) => LOOK_ALIKES[k].mayFire),
  ]);
  if (c.employers.some((e) => HIGH_RISK.has(e.sector))) also.add("high-risk-sector");
  for (const i of indicators) also.delete(i);
  return {
    case: c,
    planted,
    lookAlikes,
    indicators,
    mayAlsoFire: [...also],
    profile: draft.profile,
    ...(groupId === undefined ? {} : { groupId }),
  };
}

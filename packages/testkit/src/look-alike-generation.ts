/**
 * Look-alike groups: built lazily member by member (a company of 300 never exists as a whole), labelled with
 * their kind, and generated on their own by {@link generateLookAlikeGroup}.
 */
import type { CaseContext } from "./case-context.js";
import { caseContext, checkCount, type Setup, setup, withProtectedAttributes } from "./generator-setup.js";
import type { GroupContext } from "./group-patterns.js";
import { type LabelledCase, label } from "./labelled-case.js";
import { LOOK_ALIKE_BUILDERS } from "./look-alike-builders.js";
import { LOOK_ALIKE_KINDS, LOOK_ALIKES, type LookAlikeKind } from "./look-alike-catalogue.js";
import { TestkitError } from "./testkit-error.js";

/**
 * Options of {@link generateLookAlikeGroup}.
 *
 * @example
 * ```ts
 * const options: GenerateLookAlikeGroupOptions = { seed: 3, kind: "family-household", size: 6 };
 * ```
 */
export interface GenerateLookAlikeGroupOptions {
  /** Seed. */
  readonly seed: number | string;
  /** Evaluation date (default `DEFAULT_AS_OF`). */
  readonly asOf?: string;
  /** The look-alike kind. */
  readonly kind: LookAlikeKind;
  /**
   * Number of cases (default: the smallest size of the kind). A group kind takes a size within its
   * `groupSize`; a kind of one case takes 1 to 20 independent cases.
   */
  readonly size?: number;
  /** Serial of the group under the seed (default 0); its cases get serials from `index × 1000`. */
  readonly index?: number;
}

/**
 * The cases of one look-alike group, built lazily: member contexts are made when their turn comes, and each
 * case is labelled as it is yielded (a company of 300 never exists as a whole).
 */
export function* lookAlikeUnit(
  s: Setup,
  kind: LookAlikeKind,
  size: number,
  groupSerial: number,
  firstSerial: number,
): Generator<LabelledCase, void, undefined> {
  const random = s.root.fork(`look-alike/${groupSerial}`);
  const single = LOOK_ALIKES[kind].groupSize[1] === 1;
  const groupId = single ? undefined : `la-${s.tag}-${groupSerial}`;
  const group: GroupContext = {
    random,
    asOf: s.asOf,
    groupId: groupId ?? `la-${s.tag}-${groupSerial}`,
    groupSerial,
    offset: s.offset,
    law: s.law,
  };
  const member = (i: number): CaseContext => caseContext(s, random.fork(`member/${i}`), firstSerial + i);
  for (const draft of LOOK_ALIKE_BUILDERS[kind](group, member, size)) yield label(draft, [], groupId, [kind]);
}

/**
 * Generates one look-alike group (or, for a kind of one case, `size` independent cases) as a realistic
 * population would plant it, religion and ethnicity included.
 *
 * @throws {@link TestkitError} `look-alike.unknown`, `options.invalid` for a size outside the kind's sizes
 * (1 to 20 for a kind of one case) or a bad `index`, `date.invalid` for a bad `asOf`.
 * @example
 * ```ts
 * const family = generateLookAlikeGroup({ seed: 3, kind: "family-household", size: 5 });
 * family.every((l) => l.lookAlikes[0] === "family-household" && l.planted.length === 0); // true
 * ```
 */
export function generateLookAlikeGroup(options: GenerateLookAlikeGroupOptions): LabelledCase[] {
  const s = setup(options.seed, options.asOf);
  if (!LOOK_ALIKE_KINDS.includes(options.kind))
    throw new TestkitError("look-alike.unknown", { field: "kind" });
  const [min, max] = LOOK_ALIKES[options.kind].groupSize;
  const size = options.size ?? min;
  const index = options.index ?? 0;
  checkCount(size, "size");
  checkCount(index, "index");
  const ok = max === 1 ? size >= 1 && size <= 20 : size >= min && size <= max;
  if (!ok) throw new TestkitError("options.invalid", { field: "size" });
  const first = index * 1000;
  return [...lookAlikeUnit(s, options.kind, size, index, first)].map((l, i) =>
    withProtectedAttributes(s, l, first + i),
  );
}

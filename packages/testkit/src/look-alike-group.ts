/**
 * What a look-alike builder receives and returns. A builder yields the drafts of one look-alike group lazily,
 * one at a time, so that a company of 300 workers streams like any other unit: only the records the members
 * share (the company, its mess, an apartment block) are held for the whole group.
 */
import type { CaseContext } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";
import type { GroupContext } from "./group-patterns.js";

/** Builds the `size` members of a look-alike group; `member(i)` gives the context of the i-th member. */
export type LookAlikeBuilder = (
  group: GroupContext,
  member: (i: number) => CaseContext,
  size: number,
) => Iterable<CaseDraft>;

/** A builder of single-case look-alikes: `size` independent cases, each from its own context. */
export function eachCase(build: (ctx: CaseContext) => CaseDraft): LookAlikeBuilder {
  return function* (_group, member, size) {
    for (let i = 0; i < size; i++) yield build(member(i));
  };
}

/**
 * Spreads arrivals so that at most 4 of a group's members enter in any 7 consecutive days: member `i` is
 * `2i` or `2i + 1` days further back than `base`. (Four members a week stay below the default group-arrival
 * threshold of 5 whoever the anchor is; colleagues of one company do not fly in together.)
 */
export function spreadDaysBack(random: CaseContext["random"], base: number, i: number): number {
  return base + 2 * i + random.int(0, 1);
}

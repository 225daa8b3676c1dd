/**
 * Family relations recorded on both sides, as the revised cross-record indicators read them (issue 9): a
 * household is the person plus those linked by family relations, keyed by the smallest person id among them,
 * so every member must list every other member. The family builders of family-unit.ts link spouses to each
 * other and children to their parents; this adds the other side (parents list their children as `child`,
 * children list each other as `sibling`) and records that the children crossed the border with a parent.
 */
import type { Case, Movement, Relation } from "@timpora/models";
import type { CaseDraft } from "./case-draft.js";

/** The arrival that starts the stay (`-mov1`); a child born in Indonesia has none. */
function entryOf(c: Case): Movement | undefined {
  return c.movements.find((m) => m.id === `${c.id}-mov1`);
}

function link(from: CaseDraft, kind: Relation["kind"], to: CaseDraft): void {
  const c = from.case;
  const other = to.case.person;
  c.relations.push({
    schemaVersion: 1,
    id: `${c.id}-fam${c.relations.length + 1}`,
    kind,
    otherPartyId: other.id,
    otherParty: { indonesian: false, ...(other.birthDate ? { birthDate: other.birthDate } : {}) },
    atRegisteredAddress: true,
    travelledTogether: entryOf(c) !== undefined && entryOf(to.case) !== undefined,
  });
}

/**
 * Completes the relations of a family whose first two drafts are the parents (already spouses of each other)
 * and whose other drafts are their children (already linked to both parents): each parent lists each child as
 * `child`, and each child lists each other child as `sibling`.
 */
export function linkFamilyBothWays(drafts: readonly CaseDraft[]): void {
  const parents = drafts.slice(0, 2);
  const children = drafts.slice(2);
  for (const parent of parents) for (const child of children) link(parent, "child", child);
  for (const child of children)
    for (const sibling of children) if (sibling !== child) link(child, "sibling", sibling);
}

/** Records on each child's arrival that they crossed with a parent (`accompaniedBy: "parent-or-guardian"`). */
export function accompanyChildren(drafts: readonly CaseDraft[]): void {
  for (const child of drafts.slice(2)) {
    const entry = entryOf(child.case);
    if (entry) entry.accompaniedBy = "parent-or-guardian";
  }
}

/** Removes every relation of every member (families whose links an export did not keep). */
export function unlinkFamily(drafts: readonly CaseDraft[]): void {
  for (const d of drafts) d.case.relations = [];
}

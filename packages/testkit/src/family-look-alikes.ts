/**
 * Family look-alikes: a family of 3 to 7 in one house or villa (`family-household`), a family of 3 to 6 who
 * share one phone number (`family-shared-phone`), both with relations on both sides, and a tourist family of
 * 3 or 4 whose relations were not recorded at all (`minor-with-unlinked-parents`).
 */
import type { CaseContext } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";
import { accompanyChildren, linkFamilyBothWays, unlinkFamily } from "./family-links.js";
import { residentFamily, touristFamily } from "./family-unit.js";
import type { LookAlikeBuilder } from "./look-alike-group.js";

const contexts = (member: (i: number) => CaseContext, size: number): CaseContext[] =>
  Array.from({ length: size }, (_, i) => member(i));

/** Sets the lodging kind of the family's one home (every member holds a copy of the address record). */
function homeIs(drafts: readonly CaseDraft[], kind: "house" | "villa"): void {
  for (const d of drafts) {
    const home = d.case.addresses.find((a) => a.id === d.homeAddressId);
    if (home) home.lodgingKind = kind;
  }
}

/** A resident family (ITAS) or a tourist family (visit permits), relations on both sides, children accompanied. */
function linkedFamily(group: Parameters<LookAlikeBuilder>[0], ctxs: readonly CaseContext[]): CaseDraft[] {
  const resident = group.random.chance(0.5);
  const drafts = resident ? residentFamily(ctxs) : touristFamily(ctxs);
  linkFamilyBothWays(drafts);
  accompanyChildren(drafts);
  return drafts;
}

/** `family-household`: two parents and their children in one house or villa, arriving together. */
export const familyHousehold: LookAlikeBuilder = (group, member, size) => {
  const drafts = linkedFamily(group, contexts(member, size));
  homeIs(drafts, group.random.chance(0.6) ? "house" : "villa");
  return drafts;
};

/** `family-shared-phone`: a family whose members all give one phone number (the first adult's). */
export const familySharedPhone: LookAlikeBuilder = (group, member, size) => {
  const drafts = linkedFamily(group, contexts(member, size));
  const phone = drafts[0]!.case.person.contacts.find((k) => k.kind === "phone");
  if (phone) {
    for (const d of drafts) {
      const others = d.case.person.contacts.filter((k) => k.kind !== "phone");
      d.case.person.contacts = [{ ...phone }, ...others];
    }
  }
  return drafts;
};

/**
 * `minor-with-unlinked-parents`: a tourist family (two adults and one or two children, one flight, listed as
 * co-travellers, one lodging) with no relation recorded; in about half of the families the children's entries
 * say they crossed with a parent, in the rest the border record says nothing.
 */
export const minorWithUnlinkedParents: LookAlikeBuilder = (group, member, size) => {
  const drafts = touristFamily(contexts(member, size));
  unlinkFamily(drafts);
  if (group.random.chance(0.5)) accompanyChildren(drafts);
  return drafts;
};

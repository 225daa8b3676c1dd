import type { Case, RelationKind } from "@timpora/models";

/** Relations that make two people one household for the cross-record counts (never a broker or agent). */
export const householdRelationKinds: readonly RelationKind[] = [
  "parent",
  "guardian",
  "child",
  "sibling",
  "spouse",
];

/**
 * The household a case belongs to, for counts of UNRELATED people (brief A8, A10, A12, A13; issue 9: a family
 * of six in one house is one household, not six foreigners): the smallest person id among the person and the
 * other parties of their family relations. Family members who record their relations to each other on both
 * sides share it; where a relation is recorded on one side only, the two may count apart (the count errs
 * toward more households, as it did before households were counted).
 *
 * @example
 * ```ts
 * householdOf(childCase); // "p-0001" when the child's parent p-0001 has the smallest id
 * ```
 */
export function householdOf(c: Case): string {
  let key = c.person.id;
  for (const r of c.relations) {
    if (householdRelationKinds.includes(r.kind) && r.otherPartyId < key) key = r.otherPartyId;
  }
  return key;
}

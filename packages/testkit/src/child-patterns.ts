/**
 * The three child cases of issue 9, which the level rule under-referred before the child route was revised
 * (`/shared/domain/tppo.md` §5.5, revised note; Palermo Protocol Art. 3(c): no means are needed for a child):
 * a 14-year-old who arrived with unrelated adults and lives at the karaoke that employs them; a 14-year-old an
 * officer saw working 14 hours a day unpaid; and a 13-year-old who crossed the border alone. What each one
 * fires, and the level it should reach, is in `PATTERNS` (pattern-catalogue.ts).
 */
import { addDays } from "@timpora/models";
import { type CaseContext, drawBirthDate, drawEntryDate } from "./case-context.js";
import { type CaseDraft, ensureFieldCheck } from "./case-draft.js";
import { SECTOR_TABLE, type SectorRow } from "./employer-sectors.js";
import type { PatternId } from "./pattern-catalogue.js";
import { ADULT_VENUE_SECTORS, arrivedWithout } from "./planted-evidence.js";
import { attachEmployer, residentDraft } from "./resident-base.js";
import type { SinglePattern } from "./single-pattern.js";
import { TestkitError } from "./testkit-error.js";
import { visitorDraft } from "./visitor-profiles.js";

/** A karaoke employer: the nightlife row of the adult venues, at a karaoke. */
const KARAOKE: SectorRow = { ...ADULT_VENUE_SECTORS[0]!, venues: ["karaoke"] };

/** Employers a child may be put to work for that are not adult venues (a factory, a shop, a farm, a site). */
const CHILD_WORK_SECTORS: readonly SectorRow[] = SECTOR_TABLE.filter((s) =>
  ["manufacturing", "trade", "agriculture", "plantation", "construction"].includes(s.sector),
);

/** A child of exactly `age` on asOf (by `ageOn`, a 29 February birthday falling on 1 March in common years). */
function childOf(ctx: CaseContext, draft: CaseDraft, age: number): void {
  draft.case.person.birthDate = drawBirthDate(ctx.random, ctx.asOf, age, age);
}

/** A visa-on-arrival visitor (tourism) 3 to 20 days into an unextended stay, with no relation on record. */
function voaChild(ctx: CaseContext, lodging: "hotel" | "guest-house"): CaseDraft {
  return visitorDraft(ctx, {
    profile: "tourist-voa",
    pool: "voa",
    basis: "visa-on-arrival",
    visaIndex: "B1",
    entry: drawEntryDate(ctx.random, ctx.law, ctx.asOf, ["visa-on-arrival"], 3, 20),
    extended: false,
    purpose: "tourism",
    ages: [13, 17],
    lodging,
  });
}

function entryOf(draft: CaseDraft): NonNullable<CaseDraft["case"]["movements"][number]> {
  const entry = draft.case.movements.find((m) => m.direction === "entry");
  if (!entry) throw new TestkitError("pattern.incompatible", { field: "plant" });
  return entry;
}

/** The child patterns (put beside the other single-case patterns by generate.ts). */
export const CHILD_PATTERNS: Readonly<Partial<Record<PatternId, SinglePattern>>> = {
  "child-at-adult-venue": {
    base: (ctx) => voaChild(ctx, "guest-house"),
    apply(ctx, draft) {
      childOf(ctx, draft, 14);
      const c = draft.case;
      c.relations = [];
      arrivedWithout(ctx, entryOf(draft), "unrelated-adults");
      if (c.person.employerId === undefined) attachEmployer(ctx, draft, KARAOKE, false);
      // The child lives at the karaoke: its address becomes the residence (a shophouse, as karaoke bars often are).
      const employer = c.employers[0]!;
      const venue = c.addresses.find((a) => a.id === employer.addressId);
      if (!venue) throw new TestkitError("pattern.incompatible", { field: "plant" });
      c.addresses = c.addresses.filter((a) => a.id !== draft.homeAddressId);
      venue.use = "residence";
      venue.lodgingKind = "ruko";
      for (const r of c.lodgingReports) r.addressId = venue.id;
      (draft as { homeAddressId: string }).homeAddressId = venue.id;
    },
  },
  "child-labour-observed": {
    base(ctx) {
      const d = residentDraft(ctx, {
        profile: "family-child",
        pool: "any",
        ages: [14, 14],
        kind: "itas",
        basis: "limited-stay-visa",
        purpose: "family",
        validFrom: addDays(ctx.asOf, -ctx.random.int(60, 300)),
        years: 1,
        extendable: false,
        residence: "house",
        entryOnValidFrom: true,
        phone: false,
      });
      const parentId = `${ctx.caseId}-parent`;
      const entry = entryOf(d);
      entry.coTravellerIds = [parentId];
      entry.accompaniedBy = "parent-or-guardian";
      d.case.relations.push({
        schemaVersion: 1,
        id: `${ctx.caseId}-rel1`,
        kind: "parent",
        otherPartyId: parentId,
        otherParty: { indonesian: false },
        atRegisteredAddress: true,
        travelledTogether: true,
      });
      return d;
    },
    apply(ctx, draft) {
      childOf(ctx, draft, 14);
      if (draft.case.person.employerId === undefined) {
        attachEmployer(ctx, draft, ctx.random.pick(CHILD_WORK_SECTORS), false);
      }
      const employerId = draft.case.person.employerId!;
      Object.assign(ensureFieldCheck(ctx, draft).answers, {
        seenWorkingAtEmployerId: employerId,
        hoursPerDay: 14,
        daysOffPerMonth: ctx.random.int(0, 2),
        paid: "not-paid",
      });
    },
  },
  "unaccompanied-child": {
    base: (ctx) => voaChild(ctx, "hotel"),
    apply(ctx, draft) {
      childOf(ctx, draft, 13);
      draft.case.relations = [];
      arrivedWithout(ctx, entryOf(draft), "alone");
    },
  },
};

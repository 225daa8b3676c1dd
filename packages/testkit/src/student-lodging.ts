/**
 * The `students-shared-lodging` look-alike: 5 to 20 students sponsored by one verified university, living in
 * one boarding house (kos, a room each) or one apartment block (a unit each, distinct `unitId`s). Most are on
 * a study ITAS; in about a quarter of the groups they are on single-entry visit visas for a short course.
 * Arrivals are spread out (at most 4 a week; ITAS students up to about ten months ago, short courses in the
 * last six weeks).
 */
import { type Address, addDays, daysBetween, type Sponsor } from "@timpora/models";
import { buildAddress, type CaseContext, drawRegion } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";
import { type LookAlikeBuilder, spreadDaysBack } from "./look-alike-group.js";
import type { RegionRow } from "./region-table.js";
import { residentDraft } from "./resident-base.js";
import { syllableName } from "./syllable-name.js";
import { syntheticNib, syntheticPhone } from "./synthetic-identifiers.js";
import { addCleanExtras, visitorDraft } from "./visitor-profiles.js";

/** A study ITAS begun `daysBack` days ago. */
function studyItas(ctx: CaseContext, region: RegionRow, daysBack: number): CaseDraft {
  return residentDraft(ctx, {
    profile: "student",
    pool: "any",
    region,
    ages: [18, 28],
    kind: "itas",
    basis: "limited-stay-visa",
    purpose: "study",
    validFrom: addDays(ctx.asOf, -daysBack),
    years: 1,
    extendable: true,
    residence: "kos",
    entryOnValidFrom: true,
    phone: true,
  });
}

/**
 * A single-entry visit visa for a short course (purpose study) entered `daysBack` days ago, no earlier than the
 * law tables answer for such a stay.
 */
function shortCourse(ctx: CaseContext, region: RegionRow, daysBack: number): CaseDraft {
  const since = ctx.law.visitKnownSince("visit-visa-single", ctx.asOf);
  const reach = since === undefined ? 0 : daysBetween(since, ctx.asOf);
  return visitorDraft(ctx, {
    profile: "visitor-visa-single",
    pool: "visa-required",
    basis: "visit-visa-single",
    entry: addDays(ctx.asOf, -Math.min(daysBack, reach)),
    extended: false,
    purpose: "study",
    ages: [18, 28],
    lodging: "apartment",
    region,
  });
}

/** Builds one group of students (see the file comment). */
export const studentLodging: LookAlikeBuilder = function* (group, member, size) {
  const { random, groupId } = group;
  const first = member(0);
  const region = drawRegion(random);
  const sponsor: Sponsor = {
    schemaVersion: 1,
    id: `${groupId}-spn`,
    kind: "corporation",
    name: `Universitas ${syllableName(random).primary}`,
    nib: syntheticNib(random),
    phone: syntheticPhone(first.serial * 2 + 1, first.offset),
    verificationStatus: "verified",
  };
  const kos = random.chance(0.5);
  const lodging: Address = buildAddress(
    `${groupId}-home`,
    region,
    random,
    kos ? "kos" : "apartment",
    "residence",
  );
  const visit = random.chance(0.25);
  const base = random.int(10, 300);
  for (let i = 0; i < size; i++) {
    const ctx = member(i);
    const draft = visit
      ? shortCourse(ctx, region, spreadDaysBack(ctx.random, 1, i))
      : studyItas(ctx, region, spreadDaysBack(ctx.random, base, i));
    const c = draft.case;
    const unitId = kos ? `K${i + 1}` : `${Math.floor(i / 6) + 3}-${String((i % 6) + 1).padStart(2, "0")}`;
    const home = { ...lodging, unitId };
    const at = c.addresses.findIndex((a) => a.id === draft.homeAddressId);
    c.addresses.splice(at, 1, home);
    for (const r of c.lodgingReports) r.addressId = home.id;
    (draft as { homeAddressId: string }).homeAddressId = home.id;
    c.sponsors.splice(0, c.sponsors.length, { ...sponsor });
    c.person.sponsorId = sponsor.id;
    Object.assign(draft.permit, { sponsorId: sponsor.id });
    addCleanExtras(ctx, draft, false, false);
    yield draft;
  }
};

/**
 * Clean families, emitted as consecutive cases of one unit (2 to 4 people): a resident family (a
 * worker, a spouse and children on family ITAS, a child possibly born in Indonesia) or a tourist
 * family (parents and children on visit permits). Members share a residence, a sponsor and an
 * arrival, and every shared thing is backed by spouse and parent relations, so no cross-record
 * indicator sees unrelated people; a family never reaches five members, the default threshold.
 */
import { addDays, type Case, daysBetween, type Movement, type Relation } from "@timpora/models";
import type { CaseContext } from "./case-context.js";
import { drawEntryDate, drawNationality, drawRegion } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";
import { NATIONALITY_TABLE } from "./nationality-table.js";
import type { ProfileId } from "./profile-id.js";
import { residentDraft } from "./resident-base.js";
import { worker } from "./resident-profiles.js";
import { visitorDraft } from "./visitor-profiles.js";

/** The arrival that starts the stay (`-mov1`); a child born in Indonesia has none. */
function entryOf(c: Case): Movement | undefined {
  return c.movements.find((m) => m.id === `${c.id}-mov1`);
}

/** Makes every member arrive with the first member (same date, flight and ticket), listing each other as co-travellers. */
function arriveTogether(drafts: readonly CaseDraft[]): void {
  const lead = entryOf(drafts[0]!.case);
  if (!lead) return;
  const travellers = drafts.filter((d) => entryOf(d.case) !== undefined);
  for (const d of travellers) {
    const m = entryOf(d.case)!;
    m.date = lead.date;
    m.conveyance = { ...lead.conveyance };
    m.ticket = lead.ticket;
    m.coTravellerIds = travellers.filter((o) => o !== d).map((o) => o.case.person.id);
  }
}

/** Makes every member live at the first member's home (same address record). */
function shareHome(drafts: readonly CaseDraft[]): void {
  const lead = drafts[0]!;
  const home = lead.case.addresses.find((a) => a.id === lead.homeAddressId)!;
  for (const d of drafts.slice(1)) {
    const i = d.case.addresses.findIndex((a) => a.id === d.homeAddressId);
    d.case.addresses.splice(i, 1, { ...home });
    for (const r of d.case.lodgingReports) r.addressId = home.id;
    (d as { homeAddressId: string }).homeAddressId = home.id;
  }
}

function relation(
  ctx: CaseContext,
  n: number,
  kind: Relation["kind"],
  other: CaseDraft,
  extra: Partial<Relation>,
): Relation {
  return {
    schemaVersion: 1,
    id: `${ctx.caseId}-rel${n}`,
    kind,
    otherPartyId: other.case.person.id,
    otherParty: {
      indonesian: false,
      ...(other.case.person.birthDate ? { birthDate: other.case.person.birthDate } : {}),
    },
    atRegisteredAddress: true,
    ...extra,
  };
}

/** Links spouses (the first two drafts) and children (the rest) to their parents. */
function linkFamily(ctxs: readonly CaseContext[], drafts: readonly CaseDraft[], marriedOn: string): void {
  const [a, b] = drafts;
  if (!a || !b) return;
  a.case.relations.push(relation(ctxs[0]!, 1, "spouse", b, { since: marriedOn, travelledTogether: true }));
  b.case.relations.push(relation(ctxs[1]!, 1, "spouse", a, { since: marriedOn, travelledTogether: true }));
  drafts.slice(2).forEach((child, i) => {
    const ctx = ctxs[i + 2]!;
    const together = entryOf(child.case) !== undefined;
    child.case.relations.push(
      relation(ctx, 1, "parent", a, { travelledTogether: together }),
      relation(ctx, 2, "parent", b, { travelledTogether: together }),
    );
  });
}

function tag(draft: CaseDraft, profile: ProfileId): CaseDraft {
  return { ...draft, profile };
}

/** A resident family: a worker (ITAS), a spouse and children on family ITAS sponsored by the worker's employer. */
export function residentFamily(ctxs: readonly CaseContext[]): CaseDraft[] {
  const [first, ...rest] = ctxs;
  if (!first) return [];
  const principal = tag(worker(first), "family-principal");
  const { random, asOf } = first;
  const pNat = principal.case.person.nationality;
  const natRow =
    NATIONALITY_TABLE.find((n) => n.code === pNat) ?? drawNationality(random, "any", first.law, asOf);
  const sponsor = principal.case.sponsors[0];
  const validFrom = principal.permit.validFrom;
  const drafts: CaseDraft[] = [principal];
  rest.forEach((ctx, i) => {
    const isSpouse = i === 0;
    const bornHere =
      !isSpouse && i === rest.length - 1 && daysBetween(validFrom, asOf) > 400 && random.chance(0.5);
    const birthDate = bornHere
      ? addDays(validFrom, random.int(300, daysBetween(validFrom, asOf) - 40))
      : undefined;
    const d = residentDraft(ctx, {
      profile: isSpouse ? "family-spouse" : "family-child",
      pool: "any",
      nationality: natRow,
      region: principal.region,
      ages: isSpouse ? [22, 58] : [1, 16],
      ...(birthDate === undefined ? {} : { birthDate }),
      ...(isSpouse ? { sex: principal.case.person.sex === "F" ? ("M" as const) : ("F" as const) } : {}),
      kind: "itas",
      basis: bornHere ? "birth" : "limited-stay-visa",
      purpose: "family",
      validFrom: birthDate ?? validFrom,
      years: 1,
      extendable: true,
      residence: principal.case.addresses[0]!.lodgingKind === "kos" ? "house" : "apartment",
      entryOnValidFrom: !bornHere,
      phone: isSpouse,
    });
    if (sponsor) {
      d.case.sponsors.push({ ...sponsor });
      d.case.person.sponsorId = sponsor.id;
      (d.permit as { sponsorId?: string }).sponsorId = sponsor.id;
    }
    drafts.push(d);
  });
  shareHome(drafts);
  arriveTogether(drafts);
  linkFamily(ctxs, drafts, addDays(validFrom, -random.int(365, 5000)));
  return drafts;
}

/** A tourist family: two adults and children on the same visit basis, one flight, one lodging. */
export function touristFamily(ctxs: readonly CaseContext[]): CaseDraft[] {
  const [first] = ctxs;
  if (!first) return [];
  const { random, asOf } = first;
  const exempt = random.chance(0.4);
  const basis = exempt ? "visa-exempt" : "visa-on-arrival";
  const nationality = drawNationality(random, exempt ? "visa-exempt" : "voa", first.law, asOf);
  const region = drawRegion(random);
  const entry = drawEntryDate(random, first.law, asOf, [basis], 0, 20);
  const lodging = random.pick(["hotel", "villa", "guest-house"] as const);
  const drafts = ctxs.map((ctx, i) =>
    visitorDraft(ctx, {
      profile: "tourist-family",
      pool: "any",
      nationality,
      region,
      basis,
      ...(exempt ? {} : { visaIndex: "B1" }),
      entry,
      extended: false,
      purpose: "tourism",
      ages: i < 2 ? [28, 55] : [2, 16],
      lodging,
    }),
  );
  shareHome(drafts);
  arriveTogether(drafts);
  linkFamily(ctxs, drafts, addDays(entry, -random.int(800, 7000)));
  return drafts;
}

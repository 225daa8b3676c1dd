/**
 * Group patterns: several consecutive cases that share something on purpose (a sponsor, a villa, a
 * phone, a flight, a compound, a marriage broker, an adult venue) and are otherwise unrelated and lawfully present.
 * Shared records get ids from the group id, so they never collide with per-case ids.
 */
import { type Address, addDays, type Employer, type EnforcementRecord, type Sponsor } from "@timpora/models";
import {
  buildAddress,
  buildMovement,
  type CaseContext,
  drawEntryDate,
  drawNationality,
  drawRegion,
  flightNumber,
} from "./case-context.js";
import { type CaseDraft, personSponsor } from "./case-draft.js";
import { SECTOR_TABLE } from "./employer-sectors.js";
import type { PatternId } from "./pattern-catalogue.js";
import { buildPermit, visitStay } from "./permit-builders.js";
import { ADULT_VENUE_SECTORS } from "./planted-evidence.js";
import type { Random } from "./random.js";
import { attachIndonesianSpouse, residentDraft } from "./resident-base.js";
import { worker } from "./resident-profiles.js";
import type { StayLaw } from "./stay-law.js";
import { syllableName } from "./syllable-name.js";
import { scrambleSerial, syntheticNib } from "./synthetic-identifiers.js";
import { touristVisaExempt, touristVoa, visitorDraft } from "./visitor-profiles.js";

/** What a group builder gets besides the per-member contexts. */
export interface GroupContext {
  /** Random stream of the group (shared decisions). */
  readonly random: Random;
  /** Evaluation date. */
  readonly asOf: string;
  /** Group id; shared record ids start with it. */
  readonly groupId: string;
  /** Serial of the group, unique within a seed. */
  readonly groupSerial: number;
  /** Seed-derived offset for serial scrambles. */
  readonly offset: number;
  /** The stay lengths and entry rules, from the law tables of @timpora/permits. */
  readonly law: StayLaw;
}

/** Builds the members of a group. */
export type GroupBuilder = (group: GroupContext, members: readonly CaseContext[]) => CaseDraft[];

/** Replaces each draft's home address with one shared address record (and points lodging reports at it). */
function moveInto(drafts: readonly CaseDraft[], address: Address, checkIns?: (d: CaseDraft) => void): void {
  for (const d of drafts) {
    const i = d.case.addresses.findIndex((a) => a.id === d.homeAddressId);
    if (i >= 0) d.case.addresses.splice(i, 1, { ...address });
    else d.case.addresses.push({ ...address });
    for (const r of d.case.lodgingReports) r.addressId = address.id;
    (d as { homeAddressId: string }).homeAddressId = address.id;
    checkIns?.(d);
  }
}

function shareSponsor(d: CaseDraft, sponsor: Sponsor): void {
  d.case.sponsors.splice(0, d.case.sponsors.length, { ...sponsor });
  d.case.person.sponsorId = sponsor.id;
  (d.permit as { sponsorId?: string }).sponsorId = sponsor.id;
}

const sponsorManyForeigners: GroupBuilder = (group, members) => {
  const region = drawRegion(group.random);
  const sponsor = personSponsor(
    members[0]!,
    `${group.groupId}-sponsor`,
    region,
    group.random.chance(0.5) ? "F" : "M",
  );
  delete (sponsor as { phone?: string }).phone;
  return members.map((ctx) => {
    const business = ctx.random.chance(0.6);
    const d = visitorDraft(ctx, {
      profile: "visitor-visa-single",
      pool: "visa-required",
      basis: "visit-visa-single",
      visaIndex: business ? "C2" : "C1",
      entry: drawEntryDate(ctx.random, ctx.law, ctx.asOf, ["visit-visa-single"], 0, 45),
      extended: false,
      purpose: business ? "business" : "tourism",
      ages: [22, 45],
      lodging: ctx.random.pick(["hotel", "guest-house", "apartment"] as const),
      region,
    });
    shareSponsor(d, sponsor);
    return d;
  });
};

const LOW_RISK_SECTORS = SECTOR_TABLE.filter((s) => !s.highRisk);

const villaCluster: GroupBuilder = (group, members) => {
  const region = drawRegion(group.random);
  const villa = buildAddress(`${group.groupId}-villa`, region, group.random, "villa", "residence");
  const drafts = members.map((ctx) => worker(ctx, ctx.random.pick(LOW_RISK_SECTORS), region));
  moveInto(drafts, villa);
  return drafts;
};

const sharedPhone: GroupBuilder = (group, members) => {
  const phone = `+62898${String(scrambleSerial(group.groupSerial, group.offset)).padStart(8, "0")}`;
  return members.map((ctx) => {
    const d = ctx.random.chance(0.5) ? touristVoa(ctx) : touristVisaExempt(ctx);
    const contacts = d.case.person.contacts.filter((c) => c.kind !== "phone");
    d.case.person.contacts = [{ kind: "phone", value: phone }, ...contacts];
    return d;
  });
};

const groupArrival: GroupBuilder = (group, members) => {
  const { random } = group;
  const region = drawRegion(random);
  const entry = drawEntryDate(random, group.law, group.asOf, ["visa-exempt", "visa-on-arrival"], 1, 20);
  const flight = flightNumber(members[0]?.serial ?? 0);
  const hotel = buildAddress(`${group.groupId}-hotel`, region, random, "hotel", "lodging");
  const drafts = members.map((ctx) => {
    const exempt = ctx.random.chance(0.5);
    return visitorDraft(ctx, {
      profile: exempt ? "tourist-visa-exempt" : "tourist-voa",
      pool: exempt ? "visa-exempt" : "voa",
      basis: exempt ? "visa-exempt" : "visa-on-arrival",
      ...(exempt ? {} : { visaIndex: "B1" }),
      entry,
      extended: false,
      purpose: "tourism",
      ages: [20, 50],
      lodging: "hotel",
      region,
    });
  });
  moveInto(drafts, hotel);
  for (const d of drafts) {
    const m = d.case.movements.find((x) => x.direction === "entry")!;
    m.conveyance = { mode: "air", number: flight };
    m.ticket = "one-way";
    m.coTravellerIds = drafts.filter((o) => o !== d).map((o) => o.case.person.id);
  }
  return drafts;
};

const scamCompound: GroupBuilder = (group, members) => {
  const { random } = group;
  const region = drawRegion(random);
  const kind = random.pick(["ruko", "villa", "house"] as const);
  const compound = buildAddress(`${group.groupId}-compound`, region, random, kind, "residence");
  const tip: EnforcementRecord = {
    schemaVersion: 1,
    id: `${group.groupId}-tip`,
    kind: "tip",
    date: addDays(group.asOf, -random.int(2, 30)),
    subject: { type: "address", ref: compound.id },
  };
  const drafts = members.map((ctx) => {
    const exempt = ctx.random.chance(0.6);
    const basis = exempt ? "visa-exempt" : "visa-on-arrival";
    return visitorDraft(ctx, {
      profile: exempt ? "tourist-visa-exempt" : "tourist-voa",
      pool: exempt ? "visa-exempt" : "voa",
      basis,
      ...(exempt ? {} : { visaIndex: "B1" }),
      entry: drawEntryDate(ctx.random, ctx.law, ctx.asOf, [basis], 0, 22),
      extended: false,
      purpose: "tourism",
      ages: [20, 35],
      lodging: "guest-house",
      region,
    });
  });
  moveInto(drafts, compound);
  for (const d of drafts) d.case.enforcement.push({ ...tip, subject: { ...tip.subject } });
  return drafts;
};

const brokerMarriage: GroupBuilder = (group, members) => {
  const brokerId = `${group.groupId}-broker`;
  const region = drawRegion(group.random);
  return members.map((ctx) => {
    const { random, asOf, caseId } = ctx;
    const entry = addDays(asOf, -random.int(60, 300));
    const married = addDays(entry, random.int(3, 20));
    const validFrom = addDays(married, random.int(5, 15));
    const d = residentDraft(ctx, {
      profile: "spouse-of-indonesian",
      pool: "visa-required",
      nationality: drawNationality(random, "visa-required", ctx.law, asOf),
      region,
      ages: [19, 30],
      sex: "F",
      kind: "itas",
      basis: "conversion",
      purpose: "family",
      visaIndex: "E31A",
      validFrom,
      years: 1,
      extendable: true,
      residence: "house",
      entryOnValidFrom: false,
      phone: true,
    });
    const previous = buildPermit({
      id: `${caseId}-pmt0`,
      kind: "itk",
      basis: "visit-visa-single",
      visaIndex: "C1",
      purpose: "tourism",
      validFrom: entry,
      validUntil: visitStay(ctx.law, "visit-visa-single", entry, false, 0).validUntil,
      status: "converted",
      statusFrom: validFrom,
      regionCode: region.regency,
    });
    d.case.permits.unshift(previous);
    (d.permit as { previousPermitId?: string }).previousPermitId = previous.id;
    d.case.movements.unshift(
      buildMovement({
        id: `${caseId}-mov1`,
        direction: "entry",
        date: entry,
        tpi: region.airport,
        mode: "air",
        number: flightNumber(ctx.serial),
        ticket: "one-way",
        country: d.case.person.nationality,
      }),
    );
    attachIndonesianSpouse(ctx, d, 0);
    const spouse = d.case.relations.find((r) => r.kind === "spouse");
    if (spouse) {
      spouse.since = married;
      spouse.viaBrokerId = brokerId;
    }
    d.case.relations.push({ schemaVersion: 1, id: `${caseId}-rel2`, kind: "broker", otherPartyId: brokerId });
    return d;
  });
};

/**
 * Unrelated adults of either sex on visit permits, each in a guest house of their own, all linked to one
 * Indonesian employer at an adult venue (`group-at-adult-venue`, sex-neutral since issue 9; the visit permit
 * with an Indonesian employer also fires `visit-permit-work-signal`).
 */
const adultVenueGroup: GroupBuilder = (group, members) => {
  const { random, groupId } = group;
  const region = drawRegion(random);
  const sector = random.pick(ADULT_VENUE_SECTORS);
  const workplaceId = `${groupId}-venue`;
  const employer: Employer = {
    schemaVersion: 1,
    id: `${groupId}-emp`,
    name: `PT ${syllableName(random).primary} ${sector.nameWord}`,
    nib: syntheticNib(random),
    sector: sector.sector,
    venueType: random.pick(sector.venues),
    addressId: workplaceId,
    indonesianEntity: true,
    verificationStatus: "verified",
  };
  const venue = buildAddress(workplaceId, region, random, "other", "workplace");
  return members.map((ctx) => {
    const exempt = ctx.random.chance(0.5);
    const basis = exempt ? "visa-exempt" : "visa-on-arrival";
    const d = visitorDraft(ctx, {
      profile: exempt ? "tourist-visa-exempt" : "tourist-voa",
      pool: exempt ? "visa-exempt" : "voa",
      basis,
      ...(exempt ? {} : { visaIndex: "B1" }),
      entry: drawEntryDate(ctx.random, ctx.law, ctx.asOf, [basis], 0, 22),
      extended: false,
      purpose: "tourism",
      ages: [19, 35],
      lodging: "guest-house",
      region,
    });
    d.case.addresses.push({ ...venue });
    d.case.employers.push({ ...employer });
    d.case.person.employerId = employer.id;
    return d;
  });
};

/** The group patterns. */
export const GROUP_PATTERNS: Readonly<Partial<Record<PatternId, GroupBuilder>>> = {
  "sponsor-many-foreigners": sponsorManyForeigners,
  "villa-cluster": villaCluster,
  "shared-phone": sharedPhone,
  "group-arrival": groupArrival,
  "scam-compound": scamCompound,
  "broker-marriage": brokerMarriage,
  "adult-venue-group": adultVenueGroup,
};

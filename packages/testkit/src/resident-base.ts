/**
 * The common shape of a clean resident: a person on an ITAS, ITAP, diplomatic or service permit,
 * with a residence, an entry at the start of the stay, optionally a re-entry permit and a trip
 * abroad, extended when the evaluation date would otherwise fall near the end of the permit.
 */
import { addDays, type Case, compareDates, daysBetween, type Permit } from "@timpora/models";
import {
  buildAddress,
  buildMovement,
  buildPassport,
  buildPerson,
  type CaseContext,
  drawBirthDate,
  drawNationality,
  drawRegion,
  flightNumber,
  type NationalityPool,
} from "./case-context.js";
import { buildEmployer, type CaseDraft, corporateSponsor, emptyCase, personSponsor } from "./case-draft.js";
import type { SectorRow } from "./employer-sectors.js";
import type { NationalityRow } from "./nationality-table.js";
import { buildPermit, yearsStay } from "./permit-builders.js";
import type { ProfileId } from "./profile-id.js";
import type { RegionRow } from "./region-table.js";

/** How a resident draft is set up. */
export interface ResidentSetup {
  /** Profile id. */
  readonly profile: ProfileId;
  /** Nationality pool (ignored when `nationality` is given). */
  readonly pool: NationalityPool;
  /** Fixed nationality. */
  readonly nationality?: NationalityRow;
  /** Fixed region. */
  readonly region?: RegionRow;
  /** Age range on asOf. */
  readonly ages: readonly [number, number];
  /** Fixed birth date (overrides `ages`). */
  readonly birthDate?: string;
  /** Fixed sex. */
  readonly sex?: "F" | "M";
  /** Permit kind. */
  readonly kind: "itas" | "itap" | "diplomatic" | "service";
  /** Permit basis. */
  readonly basis: Permit["basis"];
  /** Permit purpose. */
  readonly purpose: Permit["purpose"];
  /** Visa index code. */
  readonly visaIndex?: string;
  /** First day of the permit. */
  readonly validFrom: string;
  /** Validity in whole years; null = unlimited (ITAP only). */
  readonly years: number | null;
  /** Extend once when asOf falls within 15 days of the end (extendable permits only). */
  readonly extendable: boolean;
  /** Residence lodging kind. */
  readonly residence: "apartment" | "house" | "kos" | "company-mess" | "vessel";
  /** Record an entry on `validFrom` (false for conversions and births, which add their own). */
  readonly entryOnValidFrom: boolean;
  /** Give the person a phone (adults). */
  readonly phone: boolean;
}

/** A lawful resident draft built from a setup. */
export function residentDraft(ctx: CaseContext, setup: ResidentSetup): CaseDraft {
  const { random, asOf, caseId } = ctx;
  const nationality = setup.nationality ?? drawNationality(random, setup.pool, ctx.law, asOf);
  const region = setup.region ?? drawRegion(random);
  const birthDate = setup.birthDate ?? drawBirthDate(random, asOf, setup.ages[0], setup.ages[1]);
  const person = buildPerson(ctx, {
    nationality,
    birthDate,
    phone: setup.phone,
    ...(setup.sex === undefined ? {} : { sex: setup.sex }),
  });
  const c: Case = emptyCase(ctx, person);
  c.documents.push(buildPassport(ctx, person));

  let validUntil = setup.years === null ? null : yearsStay(setup.validFrom, setup.years);
  const extensions: Permit["extensions"] = [];
  if (setup.extendable && validUntil !== null && setup.years !== null && daysBetween(asOf, validUntil) < 15) {
    const lastDayAfter = yearsStay(addDays(validUntil, 1), setup.years);
    const granted = addDays(validUntil, -random.int(10, 60));
    extensions.push({
      grantedOn: compareDates(granted, asOf) <= 0 ? granted : asOf,
      lastDayBefore: validUntil,
      lastDayAfter,
    });
    validUntil = lastDayAfter;
  }
  const resident = setup.kind === "itas" || setup.kind === "itap";
  const reEntryPermits: Permit["reEntryPermits"] =
    resident && random.chance(0.6)
      ? [
          {
            id: `${caseId}-imk1`,
            kind: "multiple",
            validFrom: setup.validFrom,
            validUntil: validUntil ?? yearsStay(setup.validFrom, 5),
          },
        ]
      : [];
  const permit = buildPermit({
    id: `${caseId}-pmt1`,
    kind: setup.kind,
    basis: setup.basis,
    purpose: setup.purpose,
    validFrom: setup.validFrom,
    validUntil,
    extensions,
    regionCode: region.regency,
    reEntryPermits,
    ...(setup.visaIndex === undefined ? {} : { visaIndex: setup.visaIndex }),
  });
  c.permits.push(permit);

  const homeAddressId = `${caseId}-adr1`;
  c.addresses.push(buildAddress(homeAddressId, region, random, setup.residence, "residence"));
  if (setup.entryOnValidFrom) {
    c.movements.push(
      buildMovement({
        id: `${caseId}-mov1`,
        direction: "entry",
        date: setup.validFrom,
        tpi: region.airport,
        mode: "air",
        number: flightNumber(ctx.serial),
        ticket: "one-way",
        country: nationality.code,
      }),
    );
  }
  const draft: CaseDraft = { case: c, region, profile: setup.profile, permit, homeAddressId };
  if (reEntryPermits.length > 0) addTripAbroad(ctx, draft);
  return draft;
}

/** A trip abroad and back under the re-entry permit, strictly between the permit start and asOf. */
export function addTripAbroad(ctx: CaseContext, draft: CaseDraft): void {
  const { random, asOf, caseId } = ctx;
  const room = daysBetween(draft.permit.validFrom, asOf);
  if (room < 60 || !random.chance(0.5)) return;
  const exit = addDays(draft.permit.validFrom, random.int(30, room - 25));
  const back = addDays(exit, random.int(3, 20));
  const country = draft.case.person.nationality;
  const tpi = draft.region.airport;
  draft.case.movements.push(
    buildMovement({
      id: `${caseId}-mov2`,
      direction: "exit",
      date: exit,
      tpi,
      mode: "air",
      number: flightNumber(ctx.serial),
      ticket: "return",
      country,
    }),
    buildMovement({
      id: `${caseId}-mov3`,
      direction: "entry",
      date: back,
      tpi,
      mode: "air",
      number: flightNumber(ctx.serial),
      ticket: "return",
      country,
    }),
  );
}

/** Links a verified Indonesian employer in `sector` (and the same company as corporate sponsor) to the draft. */
export function attachEmployer(
  ctx: CaseContext,
  draft: CaseDraft,
  sector: SectorRow,
  asSponsor: boolean,
): void {
  const { random, caseId } = ctx;
  const c = draft.case;
  const workplaceId = `${caseId}-adr2`;
  const employer = buildEmployer(ctx, `${caseId}-emp`, sector, workplaceId);
  c.employers.push(employer);
  const lodging =
    employer.venueType === "hotel" ? "hotel" : employer.venueType === "fishing-vessel" ? "vessel" : "other";
  c.addresses.push(buildAddress(workplaceId, draft.region, random, lodging, "workplace"));
  c.person.employerId = employer.id;
  (draft.permit as { employerId?: string }).employerId = employer.id;
  if (asSponsor) {
    const sponsor = corporateSponsor(ctx, `${caseId}-spn`, employer.name, employer.nib ?? "1000000000001");
    sponsor.addressId = workplaceId;
    c.sponsors.push(sponsor);
    c.person.sponsorId = sponsor.id;
    (draft.permit as { sponsorId?: string }).sponsorId = sponsor.id;
  }
}

/** Links a verified corporate sponsor that is not an employer (a university, a travel bureau, the person's own company). */
export function attachCorporateSponsor(ctx: CaseContext, draft: CaseDraft, name: string, nib?: string): void {
  const sponsor = corporateSponsor(ctx, `${ctx.caseId}-spn`, name, nib ?? "");
  if (nib === undefined) delete (sponsor as { nib?: string }).nib;
  draft.case.sponsors.push(sponsor);
  draft.case.person.sponsorId = sponsor.id;
  (draft.permit as { sponsorId?: string }).sponsorId = sponsor.id;
}

/**
 * Links an Indonesian spouse as sponsor and spouse relation: married `marriedDaysBefore` days before
 * the permit began, the spouse an adult whose NIK was issued at 17, long before the marriage.
 */
export function attachIndonesianSpouse(ctx: CaseContext, draft: CaseDraft, marriedDaysBefore: number): void {
  const { random, asOf, caseId } = ctx;
  const c = draft.case;
  const spouseSex = c.person.sex === "F" ? "M" : "F";
  const spouseBirth = drawBirthDate(random, asOf, 32, 60);
  const sponsor = personSponsor(ctx, `${caseId}-spn`, draft.region, spouseSex, spouseBirth);
  sponsor.addressId = draft.homeAddressId;
  c.sponsors.push(sponsor);
  c.person.sponsorId = sponsor.id;
  (draft.permit as { sponsorId?: string }).sponsorId = sponsor.id;
  c.relations.push({
    schemaVersion: 1,
    id: `${caseId}-rel1`,
    kind: "spouse",
    otherPartyId: sponsor.id,
    otherParty: {
      indonesian: true,
      birthDate: spouseBirth,
      nikIssuedOn: addDays(spouseBirth, 17 * 365 + random.int(0, 200)),
    },
    since: addDays(draft.permit.validFrom, -marriedDaysBefore),
    atRegisteredAddress: true,
  });
}

/**
 * Clean visitors on an ITK (visit stay permit): visa-exempt tourists (nationals on the visa-exempt list of
 * @timpora/permits), visa-on-arrival tourists, single- and multiple-entry visit-visa holders, crew of a
 * visiting cargo ship and emergency entrants. Each is lawfully present on `asOf` with at least four days of
 * permit left.
 */
import { addDays, type Case, daysBetween, type Permit } from "@timpora/models";
import {
  buildAddress,
  buildLodgingReport,
  buildMovement,
  buildPassport,
  buildPerson,
  type CaseContext,
  drawBirthDate,
  drawEntryDate,
  drawNationality,
  drawRegion,
  flightNumber,
  type NationalityPool,
} from "./case-context.js";
import { buildFieldCheck, type CaseDraft, cleanAnswers, corporateSponsor, emptyCase } from "./case-draft.js";
import { NATIONALITY_TABLE, type NationalityRow } from "./nationality-table.js";
import { buildPermit, visitStay } from "./permit-builders.js";
import type { ProfileId } from "./profile-id.js";
import type { RegionRow } from "./region-table.js";
import type { VisitBasis } from "./stay-law.js";
import { syllableName } from "./syllable-name.js";
import { syntheticNib } from "./synthetic-identifiers.js";

/** How a visitor draft is set up. */
export interface VisitorSetup {
  /** Profile id recorded on the draft. */
  readonly profile: ProfileId;
  /** Nationality pool. */
  readonly pool: NationalityPool;
  /** Visit basis. */
  readonly basis: VisitBasis;
  /** Entry date. */
  readonly entry: string;
  /** Extend the stay (when the basis allows). */
  readonly extended: boolean;
  /** Permit purpose. */
  readonly purpose: Permit["purpose"];
  /** Visa index code, if any. */
  readonly visaIndex?: string;
  /** Age range on asOf. */
  readonly ages: readonly [number, number];
  /** Lodging kind of the place of stay. */
  readonly lodging: "hotel" | "villa" | "guest-house" | "apartment";
  /** Fixed nationality (else drawn from `pool`). */
  readonly nationality?: NationalityRow;
  /** Fixed region (else drawn). */
  readonly region?: RegionRow;
}

/** A lawful visitor draft built from a setup (also used by patterns, with other dates). */
export function visitorDraft(ctx: CaseContext, setup: VisitorSetup): CaseDraft {
  const { random, asOf, caseId } = ctx;
  const nationality = setup.nationality ?? drawNationality(random, setup.pool, ctx.law, setup.entry);
  const region = setup.region ?? drawRegion(random);
  const birthDate = drawBirthDate(random, asOf, setup.ages[0], setup.ages[1]);
  const person = buildPerson(ctx, {
    nationality,
    birthDate,
    phone: setup.ages[0] >= 18 || random.chance(0.5),
  });
  const c: Case = emptyCase(ctx, person);
  c.documents.push(buildPassport(ctx, person));

  const grantedAfter = setup.basis === "visit-visa-single" ? random.int(45, 58) : random.int(20, 27);
  const stay = visitStay(ctx.law, setup.basis, setup.entry, setup.extended, grantedAfter);
  const permit = buildPermit({
    id: `${caseId}-pmt1`,
    kind: "itk",
    basis: setup.basis,
    purpose: setup.purpose,
    validFrom: setup.entry,
    validUntil: stay.validUntil,
    extensions: stay.extensions,
    regionCode: region.regency,
    ...(setup.visaIndex === undefined ? {} : { visaIndex: setup.visaIndex }),
  });
  c.permits.push(permit);

  if (setup.basis === "visit-visa-single" || setup.basis === "visit-visa-multiple") {
    const sponsorId = `${caseId}-spn`;
    const name = `PT ${syllableName(random).primary} Wisata`;
    c.sponsors.push(corporateSponsor(ctx, sponsorId, name, syntheticNib(random)));
    (permit as { sponsorId?: string }).sponsorId = sponsorId;
    c.person.sponsorId = sponsorId;
  }

  const homeAddressId = `${caseId}-adr1`;
  c.addresses.push(buildAddress(homeAddressId, region, random, setup.lodging, "lodging"));
  c.lodgingReports.push(buildLodgingReport(`${caseId}-apoa1`, homeAddressId, region, setup.entry, random));
  c.movements.push(
    buildMovement({
      id: `${caseId}-mov1`,
      direction: "entry",
      date: setup.entry,
      tpi: region.airport,
      mode: "air",
      number: flightNumber(ctx.serial),
      ticket: "return",
      country: nationality.code,
    }),
  );
  return { case: c, region, profile: setup.profile, permit, homeAddressId };
}

/**
 * Adds an earlier, finished visit (entry, exit, an ended ITK) 90 to 500 days before the current entry, on
 * the current basis for a visa-exempt visitor and else on a VoA or visit visa. The earlier entry is drawn
 * only as far back as the law tables answer for its basis; where they do not reach back 90 days (an early
 * `asOf`), or the person could not have entered visa-exempt then, no earlier visit is added.
 */
export function addPriorVisit(ctx: CaseContext, draft: CaseDraft): void {
  const { random, caseId, law } = ctx;
  const c = draft.case;
  const currentEntry = draft.permit.validFrom;
  const row = NATIONALITY_TABLE.find((n) => n.code === c.person.nationality);
  const basis: VisitBasis =
    draft.permit.basis === "visa-exempt" ? "visa-exempt" : row?.voa ? "visa-on-arrival" : "visit-visa-single";
  const since = law.visitKnownSince(basis, currentEntry);
  const reach = since === undefined ? 0 : Math.min(500, daysBetween(since, currentEntry));
  if (reach < 90) return;
  const entry = addDays(currentEntry, -random.int(90, reach));
  const exit = addDays(entry, random.int(4, 25));
  if (basis === "visa-exempt" && law.visaExemptEntry(c.person.nationality, entry) !== "eligible") return;
  const stay = visitStay(law, basis, entry, false, 0);
  c.permits.unshift(
    buildPermit({
      id: `${caseId}-pmt0`,
      kind: "itk",
      basis,
      purpose: "tourism",
      ...(basis === "visa-on-arrival"
        ? { visaIndex: "B1" }
        : basis === "visit-visa-single"
          ? { visaIndex: "C1" }
          : {}),
      validFrom: entry,
      validUntil: stay.validUntil,
      status: "ended",
      statusFrom: addDays(exit, 1),
      regionCode: draft.region.regency,
    }),
  );
  const country = c.person.nationality;
  c.movements.unshift(
    buildMovement({
      id: `${caseId}-mov0a`,
      direction: "entry",
      date: entry,
      tpi: draft.region.airport,
      mode: "air",
      number: flightNumber(ctx.serial),
      ticket: "return",
      country,
    }),
    buildMovement({
      id: `${caseId}-mov0b`,
      direction: "exit",
      date: exit,
      tpi: draft.region.airport,
      mode: "air",
      number: flightNumber(ctx.serial),
      ticket: "return",
      country,
    }),
  );
}

/** Optional extras every clean case may get: an earlier visit, a clean field check, explicit identity flags. */
export function addCleanExtras(
  ctx: CaseContext,
  draft: CaseDraft,
  worker: boolean,
  priorVisit: boolean,
): void {
  const { random } = ctx;
  if (priorVisit && random.chance(0.15)) addPriorVisit(ctx, draft);
  if (random.chance(worker ? 0.3 : 0.1)) {
    draft.case.observations.push(
      buildFieldCheck(
        ctx,
        draft.region,
        cleanAnswers(worker, draft.case.person.employerId),
        draft.permit.validFrom,
      ),
    );
  }
  if (random.chance(0.2)) {
    draft.case.identityFlags = {
      biometricMatchOtherIdentity: false,
      earlierFalseStatementFinding: false,
      earlierPassportDenied: false,
    };
  }
}

const LODGINGS = ["hotel", "hotel", "hotel", "villa", "guest-house", "apartment"] as const;

/** Tourist on a visa-exempt ITK (a listed nationality; 30 days under the current rule), 0–24 days into the stay. */
export function touristVisaExempt(ctx: CaseContext): CaseDraft {
  const { random, asOf } = ctx;
  const draft = visitorDraft(ctx, {
    profile: "tourist-visa-exempt",
    pool: "visa-exempt",
    basis: "visa-exempt",
    entry: drawEntryDate(random, ctx.law, asOf, ["visa-exempt"], 0, 24),
    extended: false,
    purpose: "tourism",
    ages: [18, 72],
    lodging: random.pick(LODGINGS),
  });
  addCleanExtras(ctx, draft, false, true);
  return draft;
}

/** Tourist on a visa-on-arrival ITK (B1), extended once when more than 22 days in. */
export function touristVoa(ctx: CaseContext): CaseDraft {
  const { random, asOf } = ctx;
  const entry = drawEntryDate(random, ctx.law, asOf, ["visa-on-arrival"], 0, 55);
  const daysIn = daysBetween(entry, asOf);
  const draft = visitorDraft(ctx, {
    profile: "tourist-voa",
    pool: "voa",
    basis: "visa-on-arrival",
    entry,
    extended: daysIn > 22,
    purpose: random.chance(0.85) ? "tourism" : "business",
    visaIndex: "B1",
    ages: [18, 75],
    lodging: random.pick(LODGINGS),
  });
  if (daysIn > 22) {
    // The extension is granted between day 21 and day 28 of the stay and never after asOf.
    const ext = draft.permit.extensions[0];
    if (ext) ext.grantedOn = addDays(draft.permit.validFrom, Math.min(daysIn, random.int(20, 27)));
  }
  addCleanExtras(ctx, draft, false, true);
  return draft;
}

/** Holder of a single-entry visit visa (C1 tourism or C2 business), extended by 60 days when more than 50 days in. */
export function visitorVisaSingle(ctx: CaseContext): CaseDraft {
  const { random, asOf } = ctx;
  const entry = drawEntryDate(random, ctx.law, asOf, ["visit-visa-single"], 0, 110);
  const daysIn = daysBetween(entry, asOf);
  const business = random.chance(0.4);
  const draft = visitorDraft(ctx, {
    profile: "visitor-visa-single",
    pool: "visa-required",
    basis: "visit-visa-single",
    entry,
    extended: daysIn > 50,
    purpose: business ? "business" : "tourism",
    visaIndex: business ? "C2" : "C1",
    ages: [20, 70],
    lodging: random.pick(LODGINGS),
  });
  const ext = draft.permit.extensions[0];
  if (ext) ext.grantedOn = addDays(draft.permit.validFrom, Math.min(daysIn, random.int(45, 58)));
  addCleanExtras(ctx, draft, false, true);
  return draft;
}

/** Holder of a multiple-entry visit visa (D1 tourism or D2 business): 60 days per entry. */
export function visitorVisaMultiple(ctx: CaseContext): CaseDraft {
  const { random, asOf } = ctx;
  const business = random.chance(0.5);
  const draft = visitorDraft(ctx, {
    profile: "visitor-visa-multiple",
    pool: "visa-required",
    basis: "visit-visa-multiple",
    entry: drawEntryDate(random, ctx.law, asOf, ["visit-visa-multiple"], 0, 50),
    extended: false,
    purpose: business ? "business" : "tourism",
    visaIndex: business ? "D2" : "D1",
    ages: [25, 70],
    lodging: random.pick(LODGINGS),
  });
  addCleanExtras(ctx, draft, false, true);
  return draft;
}

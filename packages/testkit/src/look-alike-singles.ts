/**
 * The look-alikes of one case each: a business visitor with a foreign employer on file, a passport at the
 * immigration office for an extension, long-haul crew with recent shore leave, a tourist a few days over,
 * a lawful worker in a high-risk sector, and staff of an entertainment venue that is not an adult venue.
 */
import { addDays, addYears, daysBetween, type Employer } from "@timpora/models";
import { buildAddress, type CaseContext, drawEntryDate } from "./case-context.js";
import {
  buildFieldCheck,
  type CaseDraft,
  cleanAnswers,
  ensureFieldCheck,
  personSponsor,
} from "./case-draft.js";
import { fishingCrew } from "./crew-profiles.js";
import { SECTOR_TABLE, type SectorRow } from "./employer-sectors.js";
import { attachEmployer, residentDraft } from "./resident-base.js";
import { drawSector, worker } from "./resident-profiles.js";
import { overstayBy } from "./single-patterns.js";
import { syllableMononym, syllableName } from "./syllable-name.js";
import { TestkitError } from "./testkit-error.js";
import { addCleanExtras, touristVisaExempt, touristVoa, visitorDraft } from "./visitor-profiles.js";

const row = (sector: SectorRow["sector"]): SectorRow => SECTOR_TABLE.find((s) => s.sector === sector)!;

/** Sectors of a business visitor's home-country employer (none of them high-risk). */
const HOME_EMPLOYER_SECTORS: readonly Employer["sector"][] = [
  "technology",
  "trade",
  "manufacturing",
  "finance",
  "other",
];
const COMPANY_SUFFIXES: readonly string[] = ["Ltd", "GmbH", "Inc", "Pty Ltd", "Co", "BV", "SA"];

/**
 * `business-visitor`: a visit visa for business (C2 single entry, or D2 multiple entry), sponsored by an
 * Indonesian partner company; the person's employer at home is on file as a foreign company, and any field
 * check saw nobody working.
 */
export function businessVisitor(ctx: CaseContext): CaseDraft {
  const { random, asOf, caseId } = ctx;
  const multiple = random.chance(0.3);
  const basis = multiple ? "visit-visa-multiple" : "visit-visa-single";
  const draft = visitorDraft(ctx, {
    profile: multiple ? "visitor-visa-multiple" : "visitor-visa-single",
    pool: "visa-required",
    basis,
    entry: drawEntryDate(random, ctx.law, asOf, [basis], 0, multiple ? 50 : 55),
    extended: false,
    purpose: "business",
    visaIndex: multiple ? "D2" : "C2",
    ages: [25, 65],
    lodging: random.pick(["hotel", "hotel", "apartment", "guest-house"] as const),
  });
  const c = draft.case;
  for (const s of c.sponsors) s.name = s.name.replace(/Wisata$/, "Niaga");
  const employer: Employer = {
    schemaVersion: 1,
    id: `${caseId}-emp`,
    name: `${syllableName(random).primary} ${random.pick(COMPANY_SUFFIXES)}`,
    sector: random.pick(HOME_EMPLOYER_SECTORS),
    venueType: "office",
    indonesianEntity: false,
    verificationStatus: "unverified",
  };
  c.employers.push(employer);
  c.person.employerId = employer.id;
  addCleanExtras(ctx, draft, false, true);
  return draft;
}

/**
 * `passport-in-processing`: a worker whose one-year ITAS ends 5 to 25 days after asOf has filed and paid an
 * extension 3 to 20 days before; a field check since then finds the passport with the immigration office (or
 * the sponsor's agent) for that application, every other answer clean.
 */
export function passportInProcessing(ctx: CaseContext): CaseDraft {
  const { random, asOf } = ctx;
  const validFrom = addDays(addYears(asOf, -1), random.int(6, 26));
  const draft = residentDraft(ctx, {
    profile: "worker",
    pool: "any",
    ages: [22, 58],
    kind: "itas",
    basis: "limited-stay-visa",
    purpose: "work",
    validFrom,
    years: 1,
    extendable: false,
    residence: random.pick(["apartment", "house", "kos", "company-mess"] as const),
    entryOnValidFrom: true,
    phone: true,
  });
  attachEmployer(ctx, draft, drawSector(random), true);
  const filedOn = addDays(asOf, -random.int(3, 20));
  const paidOn = addDays(filedOn, Math.min(random.int(0, 2), daysBetween(filedOn, asOf)));
  Object.assign(draft.permit, { pendingApplication: { type: "extension", filedOn, paidOn } });
  const answers = {
    ...cleanAnswers(true, draft.case.person.employerId),
    documentHolder: random.chance(0.7) ? ("immigration-office" as const) : ("agent" as const),
    documentHolderReason: "processing" as const,
  };
  draft.case.observations.push(buildFieldCheck(ctx, draft.region, answers, filedOn));
  return draft;
}

/**
 * `crew-with-shore-leave`: foreign crew of an Indonesian fishing company, on the crew list for 8 months or
 * more, with shore leave recorded 14 to 150 days ago, and a field check that found nothing.
 */
export function crewWithShoreLeave(ctx: CaseContext): CaseDraft {
  const { random, asOf } = ctx;
  const draft = fishingCrew(ctx, [250, 340]);
  const crew = draft.case.crew[0];
  if (!crew) throw new TestkitError("pattern.incompatible", { field: "lookAlikes" });
  const recent = addDays(asOf, -random.int(14, 150));
  crew.shoreLeave = [...crew.shoreLeave.filter((d) => d < recent), recent];
  crew.vesselRisk = random.chance(0.5) ? "low" : "unknown";
  ensureFieldCheck(ctx, draft);
  return draft;
}

/**
 * `short-overstay-tourist`: a visa-exempt or visa-on-arrival tourist whose stay ended 1 to 3 days before asOf,
 * still in Indonesia, with no pending application; every date of the case is shifted back together.
 */
export function shortOverstayTourist(ctx: CaseContext): CaseDraft {
  const draft = ctx.random.chance(0.5) ? touristVoa(ctx) : touristVisaExempt(ctx);
  overstayBy(ctx, draft, ctx.random.int(1, 3));
  return draft;
}

/** Domestic work: an Indonesian household employs and sponsors the worker (a private home, no company). */
function domesticWorker(ctx: CaseContext): CaseDraft {
  const { random, caseId } = ctx;
  const draft = residentDraft(ctx, {
    profile: "worker",
    pool: "any",
    ages: [22, 50],
    kind: "itas",
    basis: "limited-stay-visa",
    purpose: "work",
    validFrom: addDays(ctx.asOf, -random.int(20, 700)),
    years: 1,
    extendable: true,
    residence: random.pick(["kos", "house"] as const),
    entryOnValidFrom: true,
    phone: true,
  });
  const c = draft.case;
  const workplaceId = `${caseId}-adr2`;
  c.addresses.push(buildAddress(workplaceId, draft.region, random, "house", "workplace"));
  const sponsor = personSponsor(ctx, `${caseId}-spn`, draft.region, random.chance(0.5) ? "F" : "M");
  sponsor.addressId = workplaceId;
  c.sponsors.push(sponsor);
  c.employers.push({
    schemaVersion: 1,
    id: `${caseId}-emp`,
    name: `Keluarga ${syllableMononym(random)}`,
    sector: "domestic-work",
    venueType: "private-home",
    addressId: workplaceId,
    indonesianEntity: true,
    verificationStatus: "verified",
  });
  c.person.employerId = `${caseId}-emp`;
  c.person.sponsorId = sponsor.id;
  Object.assign(draft.permit, { employerId: `${caseId}-emp`, sponsorId: sponsor.id });
  addCleanExtras(ctx, draft, true, false);
  return draft;
}

/** Fishing ashore (office or plant), construction, plantation and mining, as the sector table has them. */
const HIGH_RISK_WORK: readonly SectorRow[] = [
  row("fishing"),
  row("construction"),
  row("plantation"),
  row("mining"),
];

/**
 * `high-risk-sector-worker`: a worker on a valid work ITAS in fishing, construction, plantation or mining
 * (employed and sponsored by the same verified company), or in domestic work (employed and sponsored by a
 * household), living away from the workplace.
 */
export function highRiskSectorWorker(ctx: CaseContext): CaseDraft {
  if (ctx.random.chance(0.1)) return domesticWorker(ctx);
  return worker(ctx, ctx.random.pick(HIGH_RISK_WORK));
}

/** The entertainment sector at venues that are not adult venues. */
const FAMILY_ENTERTAINMENT: SectorRow = {
  sector: "entertainment",
  weight: 1,
  venues: ["theme-park", "film-studio", "music-venue"],
  nameWord: "Hiburan dan Rekreasi",
  highRisk: true,
};

/** `entertainment-staff`: a worker on a valid work ITAS at a theme park, film studio or music venue. */
export function entertainmentStaff(ctx: CaseContext): CaseDraft {
  return worker(ctx, FAMILY_ENTERTAINMENT);
}

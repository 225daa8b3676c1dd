/**
 * Clean residents: workers (in every sector, high-risk ones included), converted workers, investors,
 * retirees, remote workers, students, spouses of Indonesians, permanent residents, diplomats and
 * service officials. Each is lawfully present on `asOf`.
 */

import { addDays } from "@timpora/models";
import type { CaseContext } from "./case-context.js";
import { buildMovement, flightNumber } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";
import { SECTOR_TABLE, type SectorRow } from "./employer-sectors.js";
import { buildPermit, visitStay, yearsStay } from "./permit-builders.js";
import type { Random, Weighted } from "./random.js";
import { REGION_TABLE, type RegionRow } from "./region-table.js";
import {
  attachCorporateSponsor,
  attachEmployer,
  attachIndonesianSpouse,
  residentDraft,
} from "./resident-base.js";
import { syllableName } from "./syllable-name.js";
import { syntheticNib } from "./synthetic-identifiers.js";
import { TestkitError } from "./testkit-error.js";
import { addCleanExtras } from "./visitor-profiles.js";

const SECTORS: Weighted<SectorRow>[] = SECTOR_TABLE.map((row) => ({ value: row, weight: row.weight }));

/** Draws an employer sector (high-risk sectors included, at their table weights). */
export function drawSector(random: Random): SectorRow {
  return random.weighted(SECTORS);
}

/** A first day for a one-year extendable permit: up to ~two years back, at least 20 days back. */
function extendableStart(ctx: CaseContext): string {
  return addDays(ctx.asOf, -ctx.random.int(20, 700));
}

/** A first day for a one-year permit that cannot be extended: 5 to 340 days back. */
function fixedYearStart(ctx: CaseContext): string {
  return addDays(ctx.asOf, -ctx.random.int(5, 340));
}

/** Worker on an ITAS (limited-stay visa), employed and sponsored by the same verified Indonesian company. */
export function worker(
  ctx: CaseContext,
  sector: SectorRow = drawSector(ctx.random),
  region?: RegionRow,
): CaseDraft {
  const { random } = ctx;
  const draft = residentDraft(ctx, {
    profile: "worker",
    pool: "any",
    ...(region === undefined ? {} : { region }),
    ages: [22, 58],
    kind: "itas",
    basis: "limited-stay-visa",
    purpose: "work",
    validFrom: extendableStart(ctx),
    years: 1,
    extendable: true,
    residence: random.pick(["apartment", "house", "kos", "company-mess"] as const),
    entryOnValidFrom: true,
    phone: true,
  });
  attachEmployer(ctx, draft, sector, true);
  addCleanExtras(ctx, draft, true, false);
  return draft;
}

/** Worker whose ITAS was converted from a business visit ITK (C2), which is marked converted. */
export function workerConverted(ctx: CaseContext): CaseDraft {
  const { random, caseId } = ctx;
  const entry = addDays(ctx.asOf, -random.int(60, 700));
  const validFrom = addDays(entry, random.int(20, 50));
  const draft = residentDraft(ctx, {
    profile: "worker-converted",
    pool: "visa-required",
    ages: [24, 58],
    kind: "itas",
    basis: "conversion",
    purpose: "work",
    validFrom,
    years: 1,
    extendable: true,
    residence: random.pick(["apartment", "house"] as const),
    entryOnValidFrom: false,
    phone: true,
  });
  const c = draft.case;
  const previous = buildPermit({
    id: `${caseId}-pmt0`,
    kind: "itk",
    basis: "visit-visa-single",
    visaIndex: "C2",
    purpose: "business",
    validFrom: entry,
    validUntil: visitStay(ctx.law, "visit-visa-single", entry, false, 0).validUntil,
    status: "converted",
    statusFrom: validFrom,
    regionCode: draft.region.regency,
  });
  c.permits.unshift(previous);
  (draft.permit as { previousPermitId?: string }).previousPermitId = previous.id;
  c.movements.unshift(
    buildMovement({
      id: `${caseId}-mov1`,
      direction: "entry",
      date: entry,
      tpi: draft.region.airport,
      mode: "air",
      number: flightNumber(ctx.serial),
      ticket: "one-way",
      country: c.person.nationality,
    }),
  );
  attachEmployer(ctx, draft, drawSector(random), true);
  addCleanExtras(ctx, draft, true, false);
  return draft;
}

/**
 * Investor on an ITAS from a limited-stay visa on arrival, sponsored by their own verified company; extended
 * only where the law tables say such an ITAS can be (they say it cannot since 30 August 2023).
 */
export function investorVitas(ctx: CaseContext): CaseDraft {
  const validFrom = fixedYearStart(ctx);
  const draft = residentDraft(ctx, {
    profile: "investor-vitas",
    pool: "visa-required",
    ages: [30, 65],
    kind: "itas",
    basis: "limited-stay-visa-on-arrival",
    purpose: "investment",
    validFrom,
    years: 1,
    extendable: ctx.law.itasFromVitasOnArrivalExtendable(validFrom) === true,
    residence: ctx.random.pick(["apartment", "house"] as const),
    entryOnValidFrom: true,
    phone: true,
  });
  attachCorporateSponsor(
    ctx,
    draft,
    `PT ${syllableName(ctx.random).primary} Investama`,
    syntheticNib(ctx.random),
  );
  addCleanExtras(ctx, draft, false, false);
  return draft;
}

/** Retiree (60+) on a one-year retirement ITAS (E33F), sponsored by a verified travel bureau. */
export function retiree(ctx: CaseContext): CaseDraft {
  const draft = residentDraft(ctx, {
    profile: "retiree",
    pool: "visa-required",
    ages: [61, 80],
    kind: "itas",
    basis: "limited-stay-visa",
    purpose: "retirement",
    visaIndex: "E33F",
    validFrom: extendableStart(ctx),
    years: 1,
    extendable: true,
    residence: ctx.random.pick(["house", "apartment"] as const),
    entryOnValidFrom: true,
    phone: true,
  });
  attachCorporateSponsor(
    ctx,
    draft,
    `PT ${syllableName(ctx.random).primary} Wisata`,
    syntheticNib(ctx.random),
  );
  addCleanExtras(ctx, draft, false, false);
  return draft;
}

/** Remote worker for a foreign employer on a one-year E33G ITAS, no sponsor and no Indonesian employer. */
export function remoteWorker(ctx: CaseContext): CaseDraft {
  const draft = residentDraft(ctx, {
    profile: "remote-worker",
    pool: "visa-required",
    ages: [25, 50],
    kind: "itas",
    basis: "limited-stay-visa",
    purpose: "remote-work",
    visaIndex: "E33G",
    validFrom: fixedYearStart(ctx),
    years: 1,
    extendable: false,
    residence: ctx.random.pick(["house", "apartment", "kos"] as const),
    entryOnValidFrom: true,
    phone: true,
  });
  addCleanExtras(ctx, draft, false, false);
  return draft;
}

/** Student on a one-year study ITAS sponsored by a verified university. */
export function student(ctx: CaseContext): CaseDraft {
  const draft = residentDraft(ctx, {
    profile: "student",
    pool: "any",
    ages: [18, 28],
    kind: "itas",
    basis: "limited-stay-visa",
    purpose: "study",
    validFrom: extendableStart(ctx),
    years: 1,
    extendable: true,
    residence: ctx.random.pick(["kos", "apartment"] as const),
    entryOnValidFrom: true,
    phone: true,
  });
  attachCorporateSponsor(ctx, draft, `Universitas ${syllableName(ctx.random).primary}`);
  addCleanExtras(ctx, draft, false, false);
  return draft;
}

/** Spouse of an Indonesian on a family ITAS (E31A), married long before, sponsored by the spouse. */
export function spouseOfIndonesian(ctx: CaseContext): CaseDraft {
  const draft = residentDraft(ctx, {
    profile: "spouse-of-indonesian",
    pool: "any",
    ages: [25, 65],
    kind: "itas",
    basis: "limited-stay-visa",
    purpose: "family",
    visaIndex: "E31A",
    validFrom: extendableStart(ctx),
    years: ctx.random.chance(0.5) ? 1 : 2,
    extendable: true,
    residence: "house",
    entryOnValidFrom: true,
    phone: true,
  });
  attachIndonesianSpouse(ctx, draft, ctx.random.int(200, 2500));
  addCleanExtras(ctx, draft, false, false);
  return draft;
}

/**
 * Permanent resident converted from a family ITAS, married to an Indonesian: an ITAP for the years the law
 * tables give on its first day, or unlimited. The tables hold ITAP grants only from 30 August 2023
 * (Permenkumham 22/2023); an ITAP that began earlier is given the length in force on `asOf`, an assumption
 * of the generator (the tables say nothing of the earlier rule).
 *
 * @throws TestkitError `law.not-covered` when the tables give no ITAP length on `asOf` either
 */
export function permanentResident(ctx: CaseContext): CaseDraft {
  const { random, caseId, law } = ctx;
  const validFrom = addDays(ctx.asOf, -random.int(30, 1700));
  const previousFrom = addDays(validFrom, -random.int(300, 700));
  const grantYears = law.itapValidityYears(validFrom) ?? law.itapValidityYears(ctx.asOf);
  if (grantYears === undefined) throw new TestkitError("law.not-covered", { field: "asOf" });
  const draft = residentDraft(ctx, {
    profile: "permanent-resident",
    pool: "any",
    ages: [30, 75],
    kind: "itap",
    basis: "conversion",
    purpose: "family",
    validFrom,
    years: random.chance(0.3) ? null : grantYears,
    extendable: false,
    residence: "house",
    entryOnValidFrom: false,
    phone: true,
  });
  const c = draft.case;
  const previous = buildPermit({
    id: `${caseId}-pmt0`,
    kind: "itas",
    basis: "limited-stay-visa",
    visaIndex: "E31A",
    purpose: "family",
    validFrom: previousFrom,
    validUntil: yearsStay(previousFrom, 2),
    status: "converted",
    statusFrom: validFrom,
    regionCode: draft.region.regency,
  });
  c.permits.unshift(previous);
  (draft.permit as { previousPermitId?: string }).previousPermitId = previous.id;
  c.movements.unshift(
    buildMovement({
      id: `${caseId}-mov1`,
      direction: "entry",
      date: previousFrom,
      tpi: draft.region.airport,
      mode: "air",
      number: flightNumber(ctx.serial),
      ticket: "one-way",
      country: c.person.nationality,
    }),
  );
  attachIndonesianSpouse(ctx, draft, random.int(800, 2200));
  addCleanExtras(ctx, draft, false, false);
  return draft;
}

const JAKARTA = REGION_TABLE.find((r) => r.regency === "31.74");

/** Diplomat on a diplomatic stay permit (three-year posting), living in Jakarta. */
export function diplomat(ctx: CaseContext): CaseDraft {
  const draft = residentDraft(ctx, {
    profile: "diplomat",
    pool: "visa-required",
    ...(JAKARTA === undefined ? {} : { region: JAKARTA }),
    ages: [28, 62],
    kind: "diplomatic",
    basis: "diplomatic-visa",
    purpose: "other",
    validFrom: addDays(ctx.asOf, -ctx.random.int(10, 1000)),
    years: 3,
    extendable: false,
    residence: "house",
    entryOnValidFrom: true,
    phone: true,
  });
  addCleanExtras(ctx, draft, false, false);
  return draft;
}

/** Official on a service stay permit (one year, extended when needed). */
export function serviceOfficial(ctx: CaseContext): CaseDraft {
  const draft = residentDraft(ctx, {
    profile: "service-official",
    pool: "any",
    ages: [28, 62],
    kind: "service",
    basis: "service-visa",
    purpose: "other",
    validFrom: extendableStart(ctx),
    years: 1,
    extendable: true,
    residence: "apartment",
    entryOnValidFrom: true,
    phone: true,
  });
  addCleanExtras(ctx, draft, false, false);
  return draft;
}

/**
 * A case under construction: the `Case` itself plus what builders and patterns need to know about it
 * (its place of stay, its profile, the permit in force). `finishCase` fills the person's links from
 * the records, so builders never keep two lists in step by hand.
 */
import {
  addDays,
  type Case,
  daysBetween,
  type Employer,
  type Observation,
  type Permit,
  type Sponsor,
} from "@timpora/models";
import type { CaseContext } from "./case-context.js";
import { drawBirthDate } from "./case-context.js";
import type { SectorRow } from "./employer-sectors.js";
import { isoDateTime } from "./iso-date-time.js";
import type { ProfileId } from "./profile-id.js";
import type { RegionRow } from "./region-table.js";
import { syllableMononym, syllableName } from "./syllable-name.js";
import { syntheticNib, syntheticNik, syntheticPhone } from "./synthetic-identifiers.js";

/** A case being built. */
export interface CaseDraft {
  /** The case; builders and patterns mutate it until {@link finishCase}. */
  readonly case: Case;
  /** Place of stay. */
  readonly region: RegionRow;
  /** The clean profile the case was built from. */
  readonly profile: ProfileId;
  /** The permit in force on the evaluation date (an element of `case.permits`). */
  readonly permit: Permit;
  /** Id of the residence or lodging address. */
  readonly homeAddressId: string;
}

/** An empty case for `person`. */
export function emptyCase(ctx: CaseContext, person: Case["person"]): Case {
  return {
    schemaVersion: 1,
    id: ctx.caseId,
    person,
    documents: [],
    permits: [],
    sponsors: [],
    employers: [],
    addresses: [],
    movements: [],
    lodgingReports: [],
    observations: [],
    relations: [],
    enforcement: [],
    crew: [],
  };
}

/** Fills the person's document, permit and address links from the case's records. */
export function finishCase(draft: CaseDraft): Case {
  const c = draft.case;
  c.person.documentIds = c.documents.map((d) => d.id);
  c.person.permitIds = c.permits.map((p) => p.id);
  c.person.addressIds = c.addresses.filter((a) => a.use !== "workplace").map((a) => a.id);
  return c;
}

/** A verified corporate sponsor (the company itself), with its NIB and an office phone. */
export function corporateSponsor(ctx: CaseContext, id: string, name: string, nib: string): Sponsor {
  return {
    schemaVersion: 1,
    id,
    kind: "corporation",
    name,
    nib,
    phone: syntheticPhone(ctx.serial * 2 + 1, ctx.offset),
    verificationStatus: "verified",
  };
}

/** A verified Indonesian individual sponsor with a structurally valid NIK registered in `region`. */
export function personSponsor(
  ctx: CaseContext,
  id: string,
  region: RegionRow,
  sex: "F" | "M",
  birthDate: string = drawBirthDate(ctx.random, ctx.asOf, 28, 62),
): Sponsor {
  const district = ctx.random.pick(region.districts);
  return {
    schemaVersion: 1,
    id,
    kind: "person",
    name: syllableMononym(ctx.random),
    nik: syntheticNik(district, birthDate, sex, ctx.random.int(0, 9998)),
    phone: syntheticPhone(ctx.serial * 2 + 1, ctx.offset),
    verificationStatus: "verified",
  };
}

/** An Indonesian employer in `sector`, verified, with a workplace address id. */
export function buildEmployer(ctx: CaseContext, id: string, sector: SectorRow, addressId: string): Employer {
  const name = `PT ${syllableName(ctx.random).primary} ${sector.nameWord}`;
  return {
    schemaVersion: 1,
    id,
    name,
    nib: syntheticNib(ctx.random),
    sector: sector.sector,
    venueType: ctx.random.pick(sector.venues),
    addressId,
    indonesianEntity: true,
    verificationStatus: "verified",
  };
}

/** Answers of a field check that found nothing: every indicator question answered in the person's favour. */
export function cleanAnswers(worker: boolean, employerId?: string): Observation["answers"] {
  const answers: Observation["answers"] = {
    documentHolder: "self",
    canLeaveFreely: true,
    guarded: false,
    lockedIn: false,
    alwaysEscorted: false,
    debtOwed: false,
    injuriesVisible: false,
    violenceReported: false,
    threats: [],
    thirdPartyAnswers: false,
    interpreterImposed: false,
    scriptedAnswers: false,
    knowsAddress: true,
    knowsSponsor: true,
    canStatePurpose: true,
    overcrowded: false,
    sleepsAtWorkplace: false,
    noPrivateSpace: false,
    hasOwnPhone: true,
    familyContactRestricted: false,
  };
  if (worker) {
    Object.assign(answers, {
      jobDiffersFromPromise: false,
      termsDifferFromPromise: false,
      paid: "as-promised",
      excessiveDeductions: false,
      hoursPerDay: 8,
      daysOffPerMonth: 8,
      quotaWithPunishment: false,
      forcedTasks: [],
    } satisfies Observation["answers"]);
    if (employerId !== undefined) answers.seenWorkingAtEmployerId = employerId;
  }
  return answers;
}

/** A field check by the local immigration office on a day up to 60 days before `asOf` (but not before `notBefore`). */
export function buildFieldCheck(
  ctx: CaseContext,
  region: RegionRow,
  answers: Observation["answers"],
  notBefore: string,
): Observation {
  const { random } = ctx;
  const back = random.int(1, 60);
  const candidate = isoDateTime(ctx.asOf, 9, 0, region.offset);
  const day = addDays(ctx.asOf, -Math.max(0, Math.min(back, daysBetween(notBefore, ctx.asOf))));
  return {
    schemaVersion: 1,
    id: `${ctx.caseId}-obs1`,
    observedAt:
      day === ctx.asOf ? candidate : isoDateTime(day, random.int(9, 16), random.int(0, 59), region.offset),
    agencyId: `agency-kanim-${region.regency.replace(".", "")}`,
    officerId: `officer-${region.regency.replace(".", "")}-${random.int(1, 40)}`,
    mode: random.chance(0.7) ? "asked" : "observed",
    answers,
  };
}

/** The draft's first field check, created with clean answers (dated after the permit began) when there is none yet. */
export function ensureFieldCheck(ctx: CaseContext, draft: CaseDraft): Observation {
  const existing = draft.case.observations[0];
  if (existing) return existing;
  const obs = buildFieldCheck(
    ctx,
    draft.region,
    cleanAnswers(draft.case.person.employerId !== undefined, draft.case.person.employerId),
    draft.permit.validFrom,
  );
  draft.case.observations.push(obs);
  return obs;
}

/**
 * The plain single-case patterns (the combined ones are in combined-patterns.ts): each has a `base` (the
 * clean case it starts from) and an `apply` step that plants it. `generateCase` with several patterns builds
 * the base of the first and applies all of them in order, so observation patterns combine freely (e.g. a
 * withheld passport and unpaid wages).
 */
import { addDays, type Case, daysBetween, type Observation } from "@timpora/models";
import type { CaseContext } from "./case-context.js";
import { drawBirthDate, drawEntryDate } from "./case-context.js";
import { type CaseDraft, ensureFieldCheck } from "./case-draft.js";
import { CHILD_AGE_LIMIT, isChildOn } from "./child-age.js";
import { fishingCrew } from "./crew-profiles.js";
import { SECTOR_TABLE, type SectorRow } from "./employer-sectors.js";
import type { PatternId } from "./pattern-catalogue.js";
import { arrivedWithout, passportRefused } from "./planted-evidence.js";
import { attachEmployer, residentDraft } from "./resident-base.js";
import { drawSector, worker } from "./resident-profiles.js";
import type { SinglePattern } from "./single-pattern.js";
import type { VisitBasis } from "./stay-law.js";
import { TestkitError } from "./testkit-error.js";
import { touristVisaExempt, touristVoa, visitorDraft } from "./visitor-profiles.js";

const shiftDate = (iso: string, days: number): string => addDays(iso, days);
const shiftDateTime = (iso: string, days: number): string => addDays(iso.slice(0, 10), days) + iso.slice(10);

/** Moves every event date of a case by `days` (birth dates and documents stay), keeping the case consistent. */
export function shiftCaseDates(c: Case, days: number): void {
  for (const p of c.permits) {
    const m = p as { validFrom: string; validUntil: string | null; statusFrom?: string };
    m.validFrom = shiftDate(m.validFrom, days);
    if (m.validUntil !== null) m.validUntil = shiftDate(m.validUntil, days);
    if (m.statusFrom !== undefined) m.statusFrom = shiftDate(m.statusFrom, days);
    for (const e of p.extensions) {
      e.grantedOn = shiftDate(e.grantedOn, days);
      e.lastDayBefore = shiftDate(e.lastDayBefore, days);
      e.lastDayAfter = shiftDate(e.lastDayAfter, days);
    }
    for (const r of p.reEntryPermits) {
      r.validFrom = shiftDate(r.validFrom, days);
      r.validUntil = shiftDate(r.validUntil, days);
    }
  }
  for (const m of c.movements) m.date = shiftDate(m.date, days);
  for (const l of c.lodgingReports) {
    l.checkIn = shiftDateTime(l.checkIn, days);
    if (l.checkOut !== undefined) l.checkOut = shiftDateTime(l.checkOut, days);
    if (l.reportedAt !== undefined) l.reportedAt = shiftDateTime(l.reportedAt, days);
  }
  for (const o of c.observations) o.observedAt = shiftDateTime(o.observedAt, days);
  for (const r of c.relations) if (r.since !== undefined) r.since = shiftDate(r.since, days);
  for (const e of c.enforcement) e.date = shiftDate(e.date, days);
  for (const w of c.crew) {
    w.onCrewListFrom = shiftDate(w.onCrewListFrom, days);
    w.shoreLeave = w.shoreLeave.map((d) => shiftDate(d, days));
  }
}

/**
 * Ends the visit of a tourist `daysOver` days before asOf: every date of the case moves back together, and an
 * earlier visit that the move takes to a day the law tables do not answer for (a visa-exempt entry before the
 * nationality list of 7 June 2023, say) is dropped, as if it had not been recorded.
 */
export function overstayBy(ctx: CaseContext, draft: CaseDraft, daysOver: number): void {
  const until = draft.permit.validUntil;
  if (until === null) throw new TestkitError("pattern.incompatible", { field: "plant" });
  const c = draft.case;
  for (const p of c.permits) delete (p as { pendingApplication?: unknown }).pendingApplication;
  shiftCaseDates(c, daysBetween(until, addDays(ctx.asOf, -daysOver)));
  const earlier = c.permits.find((p) => p.id === `${c.id}-pmt0`);
  if (earlier === undefined || earlier.kind !== "itk") return;
  const answered =
    earlier.basis === "visa-exempt"
      ? ctx.law.visaExemptEntry(c.person.nationality, earlier.validFrom) === "eligible"
      : ctx.law.visitRule(earlier.basis as VisitBasis, earlier.validFrom) !== undefined;
  if (answered) return;
  c.permits = c.permits.filter((p) => p !== earlier);
  c.movements = c.movements.filter((m) => m.id !== `${c.id}-mov0a` && m.id !== `${c.id}-mov0b`);
}

function observed(answers: (draft: CaseDraft) => Partial<Observation["answers"]>): SinglePattern {
  return {
    base: (ctx) => worker(ctx),
    apply(ctx, draft) {
      Object.assign(ensureFieldCheck(ctx, draft).answers, answers(draft));
    },
  };
}

const NON_VENUE_SECTORS: readonly SectorRow[] = SECTOR_TABLE.filter((s) =>
  ["manufacturing", "trade", "agriculture", "plantation", "construction"].includes(s.sector),
);

/** Makes the person a child aged `minAge` to 17 on asOf, unless they already are a child then (by `ageOn`). */
export function makeMinor(ctx: CaseContext, draft: CaseDraft, minAge: number): void {
  const person = draft.case.person;
  if (person.birthDate === undefined || !isChildOn(person.birthDate, ctx.asOf)) {
    person.birthDate = drawBirthDate(ctx.random, ctx.asOf, minAge, CHILD_AGE_LIMIT - 1);
  }
}

/** The plain single-case patterns (without the combined ones). */
export const SINGLE_PATTERNS: Readonly<Partial<Record<PatternId, SinglePattern>>> = {
  overstay: {
    base: (ctx) => (ctx.random.chance(0.5) ? touristVoa(ctx) : touristVisaExempt(ctx)),
    apply(ctx, draft) {
      overstayBy(ctx, draft, ctx.random.int(3, 45));
    },
  },
  "working-on-visit-permit": {
    base: (ctx) => (ctx.random.chance(0.5) ? touristVoa(ctx) : touristVisaExempt(ctx)),
    apply(ctx, draft) {
      if (draft.permit.kind !== "itk") {
        throw new TestkitError("pattern.incompatible", { field: "plant" });
      }
      if (draft.case.person.employerId === undefined)
        attachEmployer(ctx, draft, drawSector(ctx.random), false);
    },
  },
  "minor-without-guardian": {
    base: (ctx) =>
      visitorDraft(ctx, {
        profile: "tourist-voa",
        pool: "voa",
        basis: "visa-on-arrival",
        visaIndex: "B1",
        entry: drawEntryDate(ctx.random, ctx.law, ctx.asOf, ["visa-on-arrival"], 0, 20),
        extended: false,
        purpose: "tourism",
        ages: [13, 17],
        lodging: ctx.random.pick(["hotel", "guest-house"] as const),
      }),
    apply(ctx, draft) {
      makeMinor(ctx, draft, 13);
      const c = draft.case;
      c.relations = c.relations.filter((r) => r.kind !== "parent" && r.kind !== "guardian");
      const entry = c.movements.find((m) => m.direction === "entry");
      if (entry) arrivedWithout(ctx, entry, ctx.random.chance(0.7) ? "unrelated-adults" : "alone");
    },
  },
  "minor-linked-to-work": {
    base(ctx) {
      const d = residentDraft(ctx, {
        profile: "family-child",
        pool: "any",
        ages: [15, 17],
        kind: "itas",
        basis: "limited-stay-visa",
        purpose: "family",
        validFrom: addDays(ctx.asOf, -ctx.random.int(20, 300)),
        years: 1,
        extendable: false,
        residence: "house",
        entryOnValidFrom: true,
        phone: true,
      });
      const parentId = `${ctx.caseId}-parent`;
      const entry = d.case.movements.find((m) => m.direction === "entry");
      if (entry) {
        entry.coTravellerIds = [parentId];
        entry.accompaniedBy = "parent-or-guardian";
      }
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
      makeMinor(ctx, draft, 15);
      if (draft.case.person.employerId === undefined) {
        attachEmployer(ctx, draft, ctx.random.pick(NON_VENUE_SECTORS), false);
      }
    },
  },
  "passport-withheld": observed(passportRefused),
  "movement-restricted": observed(() => ({ canLeaveFreely: false, guarded: true })),
  "debt-to-recruiter": observed(() => ({
    debtOwed: true,
    debtCreditor: "recruiter",
    repaidThroughWork: true,
  })),
  "deceived-about-job": observed(() => ({ jobDiffersFromPromise: true })),
  "wages-withheld": observed(() => ({ paid: "not-paid", excessiveDeductions: true })),
  "crew-no-shore-leave": {
    base: (ctx) => fishingCrew(ctx, [250, 340]),
    apply(ctx, draft) {
      const crew = draft.case.crew[0];
      if (!crew) throw new TestkitError("pattern.incompatible", { field: "plant" });
      const latest = addDays(ctx.asOf, -ctx.random.int(210, 330));
      if (crew.onCrewListFrom > latest) crew.onCrewListFrom = latest;
      crew.shoreLeave = [];
      const home = draft.case.addresses.find((a) => a.id === draft.homeAddressId);
      if (home) home.lodgingKind = "vessel";
      for (const o of draft.case.observations) delete o.answers.sleepsAtWorkplace;
    },
  },
  "identity-fraud": {
    base: (ctx) => touristVoa(ctx),
    apply(_ctx, draft) {
      draft.case.identityFlags = {
        biometricMatchOtherIdentity: true,
        earlierFalseStatementFinding: false,
        earlierPassportDenied: false,
      };
    },
  },
};

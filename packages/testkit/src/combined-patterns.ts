/**
 * Combined patterns: one case carrying several indicators at once, built so that the TPPO level rule
 * (issue 4, `levelOf` in @timpora/tppo) reaches a known level: the two referral routes (an adult with
 * means and purpose positive including officer observations; a minor with act and purpose positive on
 * administrative records) and the administrative-only route that must stay at `review`. Which
 * indicators each one fires, and why, is in `PATTERNS` (pattern-catalogue.ts).
 */
import { addDays, type IcaoNationality, type Observation } from "@timpora/models";
import { type CaseContext, drawEntryDate } from "./case-context.js";
import { type CaseDraft, ensureFieldCheck } from "./case-draft.js";
import { FISHING_VESSEL_SECTOR, fishingCrew } from "./crew-profiles.js";
import { SECTOR_TABLE, type SectorRow } from "./employer-sectors.js";
import type { PatternId } from "./pattern-catalogue.js";
import { ADULT_VENUE_SECTORS, arrivedWithout, passportRefused } from "./planted-evidence.js";
import { attachEmployer } from "./resident-base.js";
import { worker } from "./resident-profiles.js";
import type { SinglePattern } from "./single-pattern.js";
import { TestkitError } from "./testkit-error.js";
import { visitorDraft } from "./visitor-profiles.js";

const sectorRow = (sector: SectorRow["sector"]): SectorRow =>
  SECTOR_TABLE.find((s) => s.sector === sector) as SectorRow;

/** Heavy manual work where forced labour is documented (brief A20): construction sites and fishing vessels. */
const FORCED_LABOUR_SECTORS: readonly SectorRow[] = [sectorRow("construction"), FISHING_VESSEL_SECTOR];

/** States whose seaman's books were forged for other nationals in the Benjina case (brief A14). */
const SEAMAN_BOOK_STATES: readonly IcaoNationality[] = ["THA", "IDN", "PHL", "MMR"];

/** A visa-on-arrival visitor (tourism purpose) 3–25 days into an unextended 30-day stay: lawful on asOf. */
function voaVisitor(ctx: CaseContext, ages: readonly [number, number]): CaseDraft {
  return visitorDraft(ctx, {
    profile: "tourist-voa",
    pool: "voa",
    basis: "visa-on-arrival",
    visaIndex: "B1",
    entry: drawEntryDate(ctx.random, ctx.law, ctx.asOf, ["visa-on-arrival"], 3, 25),
    extended: false,
    purpose: "tourism",
    ages,
    lodging: "guest-house",
  });
}

/** Makes the employer's workplace the person's residence (the person lives where they work). */
function liveAtWorkplace(draft: CaseDraft): void {
  const c = draft.case;
  const employer = c.employers[0];
  if (!employer) throw new TestkitError("pattern.incompatible", { field: "plant" });
  const workplaceId = employer.addressId;
  c.addresses = c.addresses.filter((a) => a.id !== workplaceId || a.id === draft.homeAddressId);
  employer.addressId = draft.homeAddressId;
  for (const s of c.sponsors) if (s.addressId === workplaceId) s.addressId = draft.homeAddressId;
}

/** Sets answers on the draft's field check (created clean when there is none). */
function observe(ctx: CaseContext, draft: CaseDraft, answers: Partial<Observation["answers"]>): void {
  Object.assign(ensureFieldCheck(ctx, draft).answers, answers);
}

/** The combined single-case patterns (put beside `SINGLE_PATTERNS` by generate.ts). */
export const COMBINED_PATTERNS: Readonly<Partial<Record<PatternId, SinglePattern>>> = {
  "forced-labour-observed": {
    base: (ctx) => voaVisitor(ctx, [20, 45]),
    apply(ctx, draft) {
      if (draft.case.person.employerId === undefined)
        attachEmployer(ctx, draft, ctx.random.pick(FORCED_LABOUR_SECTORS), false);
      observe(ctx, draft, {
        ...passportRefused(draft),
        canLeaveFreely: false,
        guarded: true,
        paid: "below-promised",
        excessiveDeductions: true,
        hoursPerDay: ctx.random.int(13, 16),
        daysOffPerMonth: ctx.random.int(0, 2),
      });
    },
  },
  "sexual-exploitation-observed": {
    base: (ctx) => worker(ctx, ctx.random.pick(ADULT_VENUE_SECTORS)),
    apply(ctx, draft) {
      liveAtWorkplace(draft);
      const home = draft.case.addresses.find((a) => a.id === draft.homeAddressId);
      if (home) home.lodgingKind = "company-mess";
      observe(ctx, draft, {
        debtOwed: true,
        debtCreditor: "recruiter",
        repaidThroughWork: true,
        threats: ctx.random.chance(0.5) ? ["deportation"] : ["deportation", "harm-to-family"],
        jobDiffersFromPromise: true,
        overcrowded: true,
        noPrivateSpace: true,
        paid: "not-paid",
      });
    },
  },
  "child-labour-administrative": {
    base: (ctx) => voaVisitor(ctx, [15, 17]),
    apply(ctx, draft) {
      const c = draft.case;
      c.relations = c.relations.filter((r) => r.kind !== "parent" && r.kind !== "guardian");
      const entry = c.movements.find((m) => m.direction === "entry");
      if (entry) arrivedWithout(ctx, entry, "unrelated-adults");
      if (c.person.employerId === undefined)
        attachEmployer(ctx, draft, ctx.random.pick(ADULT_VENUE_SECTORS), false);
      c.enforcement.push({
        schemaVersion: 1,
        id: `${ctx.caseId}-enf1`,
        kind: "prostitution-raid",
        date: addDays(ctx.asOf, -ctx.random.int(30, 400)),
        subject: { type: "employer", ref: c.person.employerId ?? `${ctx.caseId}-emp` },
      });
    },
  },
  "admin-only-means-purpose": {
    base: (ctx) => fishingCrew(ctx, [250, 340]),
    apply(ctx, draft) {
      const c = draft.case;
      const crew = c.crew[0];
      if (!crew) throw new TestkitError("pattern.incompatible", { field: "plant" });
      const latest = addDays(ctx.asOf, -ctx.random.int(210, 330));
      if (crew.onCrewListFrom > latest) crew.onCrewListFrom = latest;
      crew.shoreLeave = [];
      crew.vesselRisk = "high";
      const bookState = ctx.random.pick(SEAMAN_BOOK_STATES.filter((s) => s !== c.person.nationality));
      crew.seamanBookNationality = bookState;
      const book = c.documents.find((d) => d.kind === "seaman-book");
      if (book) book.issuingState = bookState;
      liveAtWorkplace(draft);
      const home = c.addresses.find((a) => a.id === draft.homeAddressId);
      if (home) home.lodgingKind = "vessel";
      c.observations = [];
      c.enforcement.push({
        schemaVersion: 1,
        id: `${ctx.caseId}-enf1`,
        kind: "tip",
        date: addDays(ctx.asOf, -ctx.random.int(2, 30)),
        subject: { type: "address", ref: draft.homeAddressId },
      });
    },
  },
};

/**
 * Clean crew and emergency entrants: crew of a visiting cargo ship (ITK on the crew basis, shore
 * leave recorded), foreign crew of an Indonesian fishing company (ITAS, recent shore leave, a
 * low-risk vessel) and a person admitted in an emergency (ITK on the emergency basis). The law tables of
 * @timpora/permits hold no stay length for crew or emergency ITKs, so the generator gives them
 * {@link ASSUMED_CREW_EMERGENCY_STAY_DAYS}.
 */
import { addDays, type IcaoNationality } from "@timpora/models";
import { computeLastDay } from "@timpora/permits";
import type { CaseContext } from "./case-context.js";
import { buildAddress, buildMovement, drawRegion } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";
import { SECTOR_TABLE, type SectorRow } from "./employer-sectors.js";
import { buildPermit } from "./permit-builders.js";
import { attachEmployer, residentDraft } from "./resident-base.js";
import { syllableName } from "./syllable-name.js";
import { addCleanExtras, visitorDraft } from "./visitor-profiles.js";

/** Days of stay the generator gives crew and emergency ITKs: an assumption of the generator, not a legal figure. */
export const ASSUMED_CREW_EMERGENCY_STAY_DAYS = 30;

const FLAGS_OF_CONVENIENCE: readonly IcaoNationality[] = ["PAN", "LBR", "MHL", "SGP", "MLT", "BHS"];
const FISHING = SECTOR_TABLE.find((s) => s.sector === "fishing") as SectorRow;
/** The fishing sector with the vessel as workplace. */
export const FISHING_VESSEL_SECTOR: SectorRow = { ...FISHING, venues: ["fishing-vessel"] };

/** A seaman's book for the person of the draft (issued by their state, valid five years). */
function addSeamanBook(ctx: CaseContext, draft: CaseDraft): void {
  const c = draft.case;
  const issuedOn = addDays(ctx.asOf, -ctx.random.int(100, 1500));
  c.documents.push({
    schemaVersion: 1,
    id: `${ctx.caseId}-doc2`,
    kind: "seaman-book",
    number: `SB${String(ctx.serial).padStart(8, "0")}`,
    issuingState: c.person.nationality,
    issuedOn,
    expiresOn: addDays(issuedOn, 5 * 365),
  });
}

/** Crew of a visiting cargo ship: ITK on the crew basis from the day of arrival by sea, shore leave today or recently. */
export function cargoCrew(ctx: CaseContext): CaseDraft {
  const { random, asOf, caseId } = ctx;
  const region = drawRegion(random, true);
  const entry = addDays(asOf, -random.int(0, 6));
  const draft = visitorDraft(ctx, {
    profile: "cargo-crew",
    pool: "any",
    basis: "visa-exempt",
    entry,
    extended: false,
    purpose: "other",
    ages: [20, 60],
    lodging: "hotel",
    region,
  });
  const c = draft.case;
  const vessel = `MV ${syllableName(random).primary}`;
  // Replace the visitor's ITK, lodging and flight with a crew ITK, the vessel and the arrival by sea.
  const permit = buildPermit({
    id: `${caseId}-pmt1`,
    kind: "itk",
    basis: "crew",
    purpose: "other",
    validFrom: entry,
    validUntil: computeLastDay(entry, ASSUMED_CREW_EMERGENCY_STAY_DAYS),
    regionCode: region.regency,
  });
  c.permits.splice(0, c.permits.length, permit);
  c.addresses.splice(
    0,
    c.addresses.length,
    buildAddress(draft.homeAddressId, region, random, "vessel", "residence"),
  );
  c.lodgingReports.splice(0, c.lodgingReports.length);
  c.movements.splice(
    0,
    c.movements.length,
    buildMovement({
      id: `${caseId}-mov1`,
      direction: "entry",
      date: entry,
      tpi: region.seaport,
      mode: "sea",
      number: vessel,
      ticket: "unknown",
    }),
  );
  addSeamanBook(ctx, draft);
  const shoreLeave = [addDays(asOf, -random.int(0, 3))];
  c.crew.push({
    schemaVersion: 1,
    id: `${caseId}-crw`,
    vesselId: `${caseId}-vsl`,
    vesselFlag: random.pick(FLAGS_OF_CONVENIENCE),
    vesselRisk: "low",
    onCrewListFrom: addDays(asOf, -random.int(30, 200)),
    shoreLeave: shoreLeave[0]! < entry ? [entry] : shoreLeave,
    seamanBookNationality: c.person.nationality,
    onOtherCrewListsUnderOtherNames: false,
  });
  const finalDraft: CaseDraft = { ...draft, permit };
  addCleanExtras(ctx, finalDraft, false, false);
  return finalDraft;
}

/** Foreign crew of an Indonesian fishing company on a one-year ITAS begun `daysBack` days ago, with shore leave in the last two months. */
export function fishingCrew(ctx: CaseContext, daysBack: readonly [number, number] = [70, 340]): CaseDraft {
  const { random, asOf, caseId } = ctx;
  const region = drawRegion(random, true);
  const validFrom = addDays(asOf, -random.int(daysBack[0], daysBack[1]));
  const draft = residentDraft(ctx, {
    profile: "fishing-crew",
    pool: "any",
    region,
    ages: [20, 55],
    kind: "itas",
    basis: "limited-stay-visa",
    purpose: "work",
    validFrom,
    years: 1,
    extendable: false,
    residence: "company-mess",
    entryOnValidFrom: true,
    phone: true,
  });
  attachEmployer(ctx, draft, FISHING_VESSEL_SECTOR, true);
  addSeamanBook(ctx, draft);
  const shoreLeave = [addDays(validFrom, random.int(10, 40)), addDays(asOf, -random.int(3, 50))];
  draft.case.crew.push({
    schemaVersion: 1,
    id: `${caseId}-crw`,
    vesselId: `${caseId}-vsl`,
    vesselFlag: "IDN",
    vesselRisk: random.chance(0.5) ? "low" : "unknown",
    onCrewListFrom: addDays(validFrom, random.int(0, 5)),
    shoreLeave,
    seamanBookNationality: draft.case.person.nationality,
    onOtherCrewListsUnderOtherNames: false,
  });
  addCleanExtras(ctx, draft, true, false);
  return draft;
}

/** A person admitted in an emergency (e.g. a yacht in distress): ITK on the emergency basis, staying at a hotel. */
export function emergencyEntry(ctx: CaseContext): CaseDraft {
  const { random, asOf, caseId } = ctx;
  const region = drawRegion(random, true);
  const entry = addDays(asOf, -random.int(0, 10));
  const draft = visitorDraft(ctx, {
    profile: "emergency-entry",
    pool: "any",
    basis: "visa-exempt",
    entry,
    extended: false,
    purpose: "other",
    ages: [20, 70],
    lodging: "hotel",
    region,
  });
  const c = draft.case;
  const permit = buildPermit({
    id: `${caseId}-pmt1`,
    kind: "itk",
    basis: "emergency",
    purpose: "other",
    validFrom: entry,
    validUntil: computeLastDay(entry, ASSUMED_CREW_EMERGENCY_STAY_DAYS),
    regionCode: region.regency,
  });
  c.permits.splice(0, c.permits.length, permit);
  const first = c.movements[0];
  if (first) {
    first.tpi = region.seaport;
    first.conveyance = { mode: "sea", number: `SY ${syllableName(random).primary}` };
    first.ticket = "unknown";
  }
  const finalDraft: CaseDraft = { ...draft, permit };
  addCleanExtras(ctx, finalDraft, false, false);
  return finalDraft;
}

/**
 * Test helpers: independent checks of generated cases, written from the immigration and TPPO briefs
 * rather than from the generator's code.
 */
import { ageOn, type Case, daysBetween, type Observation, type Permit } from "@timpora/models";
import { PATTERN_IDS, type PatternId } from "./pattern-catalogue.js";
import type { PlantRates } from "./plant-schedule.js";

/** Every pattern at 1% (1% × the number of patterns planted in all). */
export const ONE_PERCENT_EACH: PlantRates = Object.fromEntries(PATTERN_IDS.map((id) => [id, 0.01])) as Record<
  PatternId,
  number
>;

/** The permit whose validity covers `on` and that is active. */
export function permitInForce(c: Case, on: string): Permit | undefined {
  return c.permits.find(
    (p) => p.status === "active" && p.validFrom <= on && (p.validUntil === null || on <= p.validUntil),
  );
}

/** The person is in Indonesia on `on`: the latest crossing up to `on` is an entry (or there is none, e.g. born here). */
export function isInIndonesia(c: Case, on: string): boolean {
  const crossings = c.movements
    .filter((m) => m.date <= on)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = crossings[crossings.length - 1];
  return last === undefined ? c.permits.some((p) => p.basis === "birth") : last.direction === "entry";
}

/**
 * Longest stay (days, inclusive, after all extensions) the law allows per visit basis, from the
 * immigration brief §1.2 and the visa-index table: visa-exempt 30 (no extension), VoA 30 + 30,
 * single-entry visit visa 60 + 60 + 60 (180 in total), multiple-entry 60 per entry.
 */
export const MAX_VISIT_DAYS: Readonly<Partial<Record<Permit["basis"], number>>> = {
  "visa-exempt": 30,
  "visa-on-arrival": 60,
  "visit-visa-single": 180,
  "visit-visa-multiple": 60,
};

/** Inclusive length of a permit in days (null for unlimited). */
export function permitDays(p: Permit): number | null {
  return p.validUntil === null ? null : daysBetween(p.validFrom, p.validUntil) + 1;
}

/** Whether any answer of a field check points to an indicator of part B of the TPPO brief (§5.4). */
export function hasPositiveAnswer(a: Observation["answers"]): boolean {
  return (
    (a.documentHolder !== undefined && a.documentHolder !== "self") ||
    a.canLeaveFreely === false ||
    a.guarded === true ||
    a.lockedIn === true ||
    a.alwaysEscorted === true ||
    a.debtOwed === true ||
    a.repaidThroughWork === true ||
    a.injuriesVisible === true ||
    a.violenceReported === true ||
    (a.threats?.length ?? 0) > 0 ||
    a.jobDiffersFromPromise === true ||
    a.termsDifferFromPromise === true ||
    (a.paid !== undefined && a.paid !== "as-promised") ||
    a.excessiveDeductions === true ||
    (a.hoursPerDay ?? 0) > 10 ||
    (a.daysOffPerMonth !== undefined && a.daysOffPerMonth < 4) ||
    a.quotaWithPunishment === true ||
    (a.forcedTasks?.length ?? 0) > 0 ||
    a.thirdPartyAnswers === true ||
    a.interpreterImposed === true ||
    a.scriptedAnswers === true ||
    a.knowsAddress === false ||
    a.knowsSponsor === false ||
    a.canStatePurpose === false ||
    a.overcrowded === true ||
    a.sleepsAtWorkplace === true ||
    a.noPrivateSpace === true ||
    a.hasOwnPhone === false ||
    a.familyContactRestricted === true
  );
}

/** Age in completed years (the SDK's one age rule, `ageOn` of @timpora/models), undefined without a birth date. */
export function age(birth: string | undefined, on: string): number | undefined {
  return birth === undefined ? undefined : ageOn(birth, on);
}

/** Relation kinds that make a household (issue 9): parent, guardian, child, sibling, spouse. */
export const FAMILY_KINDS: readonly string[] = ["parent", "guardian", "child", "sibling", "spouse"];

/**
 * The household of a case as the revised cross-record indicators key it (issue 9): the smallest person id
 * among the person and the other parties of their family relations.
 */
export function householdKey(c: Case): string {
  const ids = [
    c.person.id,
    ...c.relations.filter((r) => FAMILY_KINDS.includes(r.kind)).map((r) => r.otherPartyId),
  ];
  return ids.sort()[0]!;
}

/** The kind the other side of a family relation records: parent ↔ child, spouse ↔ spouse, sibling ↔ sibling. */
export const RECIPROCAL: Readonly<Record<string, string>> = {
  parent: "child",
  child: "parent",
  spouse: "spouse",
  sibling: "sibling",
};

/** The latest entry on or before `on`. */
export function latestEntry(c: Case, on: string): Case["movements"][number] | undefined {
  return c.movements
    .filter((m) => m.direction === "entry" && m.date <= on)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .at(-1);
}

/** The largest number of dates that fall within any 7 consecutive days. */
export function mostInOneWeek(dates: readonly string[]): number {
  const sorted = [...dates].sort();
  let most = 0;
  for (let i = 0; i < sorted.length; i++) {
    let n = 0;
    for (let j = i; j < sorted.length && daysBetween(sorted[i]!, sorted[j]!) < 7; j++) n++;
    most = Math.max(most, n);
  }
  return most;
}

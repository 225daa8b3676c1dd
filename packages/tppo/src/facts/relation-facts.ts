import { ageOn, daysBetween, isIsoDate, type Relation } from "@timpora/models";
import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";

/** zod type of the `relations` fact's value. */
const RelationFactsSchema = z.strictObject({
  /** A parent or legal guardian is linked. */
  guardianLinked: z.boolean(),
  /** A linked parent or guardian is not recorded as both absent from the entry and from the address. */
  guardianPresent: z.boolean(),
  /** An agent or broker is linked. */
  agentOrBrokerLinked: z.boolean(),
});

/** Value of the `relations` fact: links to parents, guardians, agents and brokers. */
export type RelationFacts = z.infer<typeof RelationFactsSchema>;

/** Derives the `relations` fact. */
export function deriveRelations(ctx: FactContext): RelationFacts {
  const rs = ctx.case.relations;
  const guardians = rs.filter((r) => r.kind === "parent" || r.kind === "guardian");
  return {
    guardianLinked: guardians.length > 0,
    guardianPresent: guardians.some(
      (r) => !(r.travelledTogether === false && r.atRegisteredAddress === false),
    ),
    agentOrBrokerLinked: rs.some((r) => r.kind === "agent" || r.kind === "broker"),
  };
}

/** `relations`: links to parents, guardians, agents and brokers (no names). */
export const relationsFact: FactDefinition<RelationFacts> = {
  id: "relations",
  type: RelationFactsSchema,
  label: { id: "Hubungan", en: "Relations" },
  personal: false,
  protected: false,
  derive: deriveRelations,
};

/** zod type of the `marriage` fact's value. */
const MarriageFactsSchema = z.strictObject({
  /** Married to an Indonesian citizen (a spouse relation whose other party is Indonesian). */
  spouseIndonesian: z.boolean(),
  /** Days from the latest entry before the marriage to the marriage, or `null` when unknown. */
  daysAfterArrival: z.number().int().nullable(),
  /** Married within the "shortly after arrival" threshold (default 90 days, a local choice). */
  soonAfterArrival: z.boolean(),
  /** The marriage went through a broker (a broker id on the marriage, or a broker relation). */
  viaBroker: z.boolean(),
  /** A family permit or a conversion was filed within the spouse-visa threshold (default 14 days) of marrying. */
  spousePermitSoon: z.boolean(),
  /**
   * The Indonesian spouse was under the minor age on the marriage date (age by `ageOn` of @timpora/models; a
   * birth date after the marriage date counts as unknown, not as a minor).
   */
  spouseMinorAtMarriage: z.boolean(),
  /** The Indonesian spouse's NIK was issued, or identity changed, within the threshold before the marriage. */
  spouseIdChangedBeforeMarriage: z.boolean(),
});

/** Value of the `marriage` fact: a marriage to an Indonesian citizen and its timing (brief A17, A18). */
export type MarriageFacts = z.infer<typeof MarriageFactsSchema>;

/** Indonesian spouses with a marriage date, latest marriage first. */
export function indonesianMarriages(ctx: FactContext): (Relation & { since: string })[] {
  return ctx.case.relations
    .filter(
      (r): r is Relation & { since: string } => r.kind === "spouse" && r.otherParty?.indonesian === true,
    )
    .filter((r) => isIsoDate(r.since) && r.since <= ctx.asOf)
    .sort((a, b) => (a.since < b.since ? 1 : -1));
}

/** `date` is on `from` or at most `days` calendar days after it. */
function withinDaysAfter(date: string | undefined, from: string, days: number): boolean {
  return isIsoDate(date) && date >= from && daysBetween(from, date) <= days;
}

function idChangedBefore(r: Relation & { since: string }, days: number): boolean {
  const changed = [r.otherParty?.nikIssuedOn, r.otherParty?.identityChangedOn];
  return changed.some((d) => isIsoDate(d) && d <= r.since && daysBetween(d, r.since) <= days);
}

/** Derives the `marriage` fact. */
export function deriveMarriage(ctx: FactContext): MarriageFacts {
  const t = ctx.thresholds;
  const spousePermitDays = t.spouseVisaSoonDays;
  const spouseRelations = ctx.case.relations.filter(
    (r) => r.kind === "spouse" && r.otherParty?.indonesian === true,
  );
  const married = indonesianMarriages(ctx);
  const latest = married[0];
  const entries = ctx.case.movements.filter((m) => m.direction === "entry").map((m) => m.date);
  const arrival =
    latest === undefined
      ? undefined
      : entries.filter((d) => d <= latest.since).sort((a, b) => (a < b ? 1 : -1))[0];
  const daysAfterArrival =
    latest === undefined || arrival === undefined ? null : daysBetween(arrival, latest.since);
  const familyFilings = ctx.case.permits.flatMap((p) => [
    ...(p.purpose === "family" ? [p.validFrom] : []),
    ...(p.pendingApplication?.type === "conversion" ? [p.pendingApplication.filedOn] : []),
  ]);
  return {
    spouseIndonesian: spouseRelations.length > 0,
    daysAfterArrival,
    soonAfterArrival: daysAfterArrival !== null && daysAfterArrival <= t.marriageSoonAfterArrivalDays,
    viaBroker:
      spouseRelations.some((r) => r.viaBrokerId !== undefined) ||
      ctx.case.relations.some((r) => r.kind === "broker"),
    spousePermitSoon: married.some((r) =>
      familyFilings.some((d) => withinDaysAfter(d, r.since, spousePermitDays)),
    ),
    spouseMinorAtMarriage: married.some((r) => {
      const birth = r.otherParty?.birthDate;
      return isIsoDate(birth) && birth <= r.since && ageOn(birth, r.since) < t.minorAge;
    }),
    spouseIdChangedBeforeMarriage: married.some((r) =>
      idChangedBefore(r, t.identityChangeBeforeMarriageDays),
    ),
  };
}

/** `marriage`: a marriage to an Indonesian citizen, its timing, broker and identity anomalies. */
export const marriageFact: FactDefinition<MarriageFacts> = {
  id: "marriage",
  type: MarriageFactsSchema,
  label: { id: "Perkawinan dengan WNI", en: "Marriage to an Indonesian citizen" },
  personal: false,
  protected: false,
  derive: deriveMarriage,
};

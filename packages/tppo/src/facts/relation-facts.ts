import type { Relation } from "@timpora/models";
import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";
import { addDays, ageOn, daysFrom, isCalendarDate } from "./calendar-math.js";

/** Value of the `relations` fact: links to parents, guardians, agents and brokers. */
export interface RelationFacts {
  /** A parent or legal guardian is linked. */
  guardianLinked: boolean;
  /** A linked parent or guardian is not recorded as both absent from the entry and from the address. */
  guardianPresent: boolean;
  /** An agent or broker is linked. */
  agentOrBrokerLinked: boolean;
}

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
  type: z.strictObject({
    guardianLinked: z.boolean(),
    guardianPresent: z.boolean(),
    agentOrBrokerLinked: z.boolean(),
  }),
  label: { id: "Hubungan", en: "Relations" },
  personal: false,
  protected: false,
  derive: deriveRelations,
};

/** Value of the `marriage` fact: a marriage to an Indonesian citizen and its timing (brief A17, A18). */
export interface MarriageFacts {
  /** Married to an Indonesian citizen (a spouse relation whose other party is Indonesian). */
  spouseIndonesian: boolean;
  /** Days from the latest entry before the marriage to the marriage, or `null` when unknown. */
  daysAfterArrival: number | null;
  /** Married within the "shortly after arrival" threshold (default 90 days, a local choice). */
  soonAfterArrival: boolean;
  /** The marriage went through a broker (a broker id on the marriage, or a broker relation). */
  viaBroker: boolean;
  /** A family permit or a conversion was filed within the spouse-visa threshold (default 14 days) of marrying. */
  spousePermitSoon: boolean;
  /** The Indonesian spouse was under the minor age on the marriage date. */
  spouseMinorAtMarriage: boolean;
  /** The Indonesian spouse's NIK was issued, or identity changed, within the threshold before the marriage. */
  spouseIdChangedBeforeMarriage: boolean;
}

/** Indonesian spouses with a marriage date, latest marriage first. */
export function indonesianMarriages(ctx: FactContext): (Relation & { since: string })[] {
  return ctx.case.relations
    .filter(
      (r): r is Relation & { since: string } => r.kind === "spouse" && r.otherParty?.indonesian === true,
    )
    .filter((r) => isCalendarDate(r.since) && r.since <= ctx.asOf)
    .sort((a, b) => (a.since < b.since ? 1 : -1));
}

function within(date: string | undefined, from: string, to: string): boolean {
  return isCalendarDate(date) && date >= from && date <= to;
}

function idChangedBefore(r: Relation & { since: string }, days: number): boolean {
  const changed = [r.otherParty?.nikIssuedOn, r.otherParty?.identityChangedOn];
  return changed.some((d) => isCalendarDate(d) && d <= r.since && daysFrom(d, r.since) <= days);
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
    latest === undefined || arrival === undefined ? null : daysFrom(arrival, latest.since);
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
      familyFilings.some((d) => within(d, r.since, addDays(r.since, spousePermitDays))),
    ),
    spouseMinorAtMarriage: married.some((r) => {
      const birth = r.otherParty?.birthDate;
      return isCalendarDate(birth) && ageOn(birth, r.since) < t.minorAge;
    }),
    spouseIdChangedBeforeMarriage: married.some((r) =>
      idChangedBefore(r, t.identityChangeBeforeMarriageDays),
    ),
  };
}

/** `marriage`: a marriage to an Indonesian citizen, its timing, broker and identity anomalies. */
export const marriageFact: FactDefinition<MarriageFacts> = {
  id: "marriage",
  type: z.strictObject({
    spouseIndonesian: z.boolean(),
    daysAfterArrival: z.number().int().nullable(),
    soonAfterArrival: z.boolean(),
    viaBroker: z.boolean(),
    spousePermitSoon: z.boolean(),
    spouseMinorAtMarriage: z.boolean(),
    spouseIdChangedBeforeMarriage: z.boolean(),
  }),
  label: { id: "Perkawinan dengan WNI", en: "Marriage to an Indonesian citizen" },
  personal: false,
  protected: false,
  derive: deriveMarriage,
};

import type { Observation } from "@timpora/models";
import * as z from "zod";
import { calendarDateOf } from "../calendar-date-of.js";
import type { FactContext, FactDefinition } from "../fact-definition.js";

type Answers = Observation["answers"];

/** Holders that the catalogue names for B1: an employer, a sponsor, an agent or a spouse. */
const controllingHolders: readonly (Answers["documentHolder"] & string)[] = [
  "employer",
  "sponsor",
  "agent",
  "spouse",
];

/**
 * The passport is withheld (B1 as the screening review refined it): an employer, sponsor, agent or spouse holds
 * it and the person asked for it and was refused, or no reason was given or asked. A passport held for permit
 * processing, or kept for the person who can have it back, is not withheld.
 */
function documentWithheld(a: Answers): boolean {
  if (a.documentHolder === undefined || !controllingHolders.includes(a.documentHolder)) return false;
  return (
    a.documentHolderReason === undefined ||
    a.documentHolderReason === "refused" ||
    a.documentHolderReason === "unknown"
  );
}

/**
 * Yes/no signals read from an officer's checklist answers (brief part B). Each is true only when an answer
 * on record says so; an answer not asked gives false, never undefined, and `observed` says whether any field
 * check is on record at all.
 */
const signalTable = {
  documentHolderNotSelf: (a: Answers) => a.documentHolder !== undefined && a.documentHolder !== "self",
  documentWithheld,
  guardianAbsent: (a: Answers) => a.guardianPresent === false,
  cannotLeaveFreely: (a: Answers) => a.canLeaveFreely === false,
  guarded: (a: Answers) => a.guarded === true,
  lockedIn: (a: Answers) => a.lockedIn === true,
  alwaysEscorted: (a: Answers) => a.alwaysEscorted === true,
  debtOwed: (a: Answers) => a.debtOwed === true,
  debtToControllingParty: (a: Answers) =>
    a.debtOwed === true &&
    (a.debtCreditor === "recruiter" || a.debtCreditor === "employer" || a.debtCreditor === "sponsor"),
  repaidThroughWork: (a: Answers) => a.repaidThroughWork === true,
  excessiveDeductions: (a: Answers) => a.excessiveDeductions === true,
  injuriesVisible: (a: Answers) => a.injuriesVisible === true,
  violenceReported: (a: Answers) => a.violenceReported === true,
  threatened: (a: Answers) => (a.threats?.length ?? 0) > 0,
  jobDiffersFromPromise: (a: Answers) => a.jobDiffersFromPromise === true,
  termsDifferFromPromise: (a: Answers) => a.termsDifferFromPromise === true,
  quotaWithPunishment: (a: Answers) => a.quotaWithPunishment === true,
  forcedCriminality: (a: Answers) => (a.forcedTasks?.length ?? 0) > 0,
  thirdPartyAnswers: (a: Answers) => a.thirdPartyAnswers === true,
  interpreterImposed: (a: Answers) => a.interpreterImposed === true,
  scriptedAnswers: (a: Answers) => a.scriptedAnswers === true,
  cannotStateAddress: (a: Answers) => a.knowsAddress === false,
  cannotStateSponsor: (a: Answers) => a.knowsSponsor === false,
  cannotStatePurpose: (a: Answers) => a.canStatePurpose === false,
  overcrowded: (a: Answers) => a.overcrowded === true,
  sleepsAtWorkplace: (a: Answers) => a.sleepsAtWorkplace === true,
  noPrivateSpace: (a: Answers) => a.noPrivateSpace === true,
  noOwnPhone: (a: Answers) => a.hasOwnPhone === false,
  familyContactRestricted: (a: Answers) => a.familyContactRestricted === true,
} as const satisfies Record<string, (a: Answers) => boolean>;

/** Names of the yes/no signals of the `observation` fact. */
export type ObservationSignal = keyof typeof signalTable;

/** Names of the yes/no signals, in table order. */
export const observationSignals = Object.keys(signalTable) as ObservationSignal[];

const payOrder = ["not-asked", "as-promised", "below-promised", "below-minimum", "not-paid"] as const;

/** zod type of the `observation` fact's value. */
const ObservationFactsSchema = z.strictObject({
  ...(Object.fromEntries(observationSignals.map((name) => [name, z.boolean()])) as Record<
    ObservationSignal,
    z.ZodBoolean
  >),
  /** At least one field check (asked or observed) is on record by the evaluation date. */
  observed: z.boolean(),
  /** Number of field checks on record by the evaluation date. */
  count: z.number().int().min(0),
  /** Worst pay answer on record, or "not-asked". */
  paid: z.enum(payOrder),
  /** Threats reported (union over checks). */
  threats: z.array(z.enum(["violence", "deportation", "arrest", "worse-conditions", "harm-to-family"])),
  /** Forced tasks reported (union over checks). */
  forcedTasks: z.array(z.enum(["scam", "drugs", "theft", "begging", "other"])),
  /** Longest working day reported (hours), or `null` when not asked. */
  hoursPerDay: z.number().min(0).max(24).nullable(),
  /** Fewest days off per month reported, or `null` when not asked. */
  daysOffPerMonth: z.number().int().min(0).max(31).nullable(),
  /** One check reports working days at or over the hours threshold with days off at or under the threshold. */
  longHoursFewDaysOff: z.boolean(),
});

/**
 * Value of the `observation` fact: officers' field-check answers aggregated over every check on record, one
 * boolean per {@link ObservationSignal}.
 */
export type ObservationFacts = z.infer<typeof ObservationFactsSchema>;

/** Field checks on record by the evaluation date (by the calendar date `observedAt` is written in, its own offset). */
export function observationsBy(ctx: FactContext): Observation[] {
  return ctx.case.observations.filter((o) => {
    const day = calendarDateOf(o.observedAt);
    return day !== undefined && day <= ctx.asOf;
  });
}

function worse(a: ObservationFacts["paid"], b: ObservationFacts["paid"]): ObservationFacts["paid"] {
  return payOrder.indexOf(b) > payOrder.indexOf(a) ? b : a;
}

/** Derives the `observation` fact: one pass over the checks on record, the object built in a fixed key order. */
export function deriveObservation(ctx: FactContext): ObservationFacts {
  const list = observationsBy(ctx).map((o) => o.answers);
  const t = ctx.thresholds;
  const out: Record<string, unknown> = {};
  for (const name of observationSignals) {
    const signal = signalTable[name];
    let found = false;
    for (const a of list) {
      if (signal(a)) {
        found = true;
        break;
      }
    }
    out[name] = found;
  }
  let paid: ObservationFacts["paid"] = "not-asked";
  const threats = new Set<ObservationFacts["threats"][number]>();
  const forcedTasks = new Set<ObservationFacts["forcedTasks"][number]>();
  let hoursPerDay: number | null = null;
  let daysOffPerMonth: number | null = null;
  let longHoursFewDaysOff = false;
  for (const a of list) {
    paid = worse(paid, a.paid ?? "not-asked");
    for (const x of a.threats ?? []) threats.add(x);
    for (const x of a.forcedTasks ?? []) forcedTasks.add(x);
    if (a.hoursPerDay !== undefined) hoursPerDay = Math.max(hoursPerDay ?? a.hoursPerDay, a.hoursPerDay);
    if (a.daysOffPerMonth !== undefined)
      daysOffPerMonth = Math.min(daysOffPerMonth ?? a.daysOffPerMonth, a.daysOffPerMonth);
    if (
      a.hoursPerDay !== undefined &&
      a.daysOffPerMonth !== undefined &&
      a.hoursPerDay >= t.excessiveHoursPerDay &&
      a.daysOffPerMonth <= t.fewDaysOffPerMonth
    ) {
      longHoursFewDaysOff = true;
    }
  }
  out.observed = list.length > 0;
  out.count = list.length;
  out.paid = paid;
  out.threats = [...threats];
  out.forcedTasks = [...forcedTasks];
  out.hoursPerDay = hoursPerDay;
  out.daysOffPerMonth = daysOffPerMonth;
  out.longHoursFewDaysOff = longHoursFewDaysOff;
  return out as ObservationFacts;
}

/** `observation`: officers' field-check answers (brief part B), each signal explicit. */
export const observationFact: FactDefinition<ObservationFacts> = {
  id: "observation",
  type: ObservationFactsSchema,
  label: { id: "Hasil pemeriksaan lapangan", en: "Field-check findings" },
  description: {
    id: "Jawaban daftar periksa petugas Timpora; tanda bernilai salah bila tidak ditanyakan.",
    en: "Answers to the Timpora officer's checklist; a signal is false when it was not asked.",
  },
  personal: false,
  protected: false,
  derive: deriveObservation,
};

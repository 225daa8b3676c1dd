/**
 * Deciding a stay status: a pure function of the checked case, the day and the law tables that gives the
 * status, the dates and counts, and the codes of the reasons with their parameters. No text is built here:
 * `stay-status.ts` explains a decision from the message table.
 */
import {
  addDays,
  compareDates,
  daysBetween,
  type IsoDate,
  type Movement,
  type Permit,
} from "@timpora/models";
import type { CheckedStayCase } from "./permit-input.js";
import { timelyPending } from "./permit-input.js";
import type { PermitsMessageParams, StayReasonCode } from "./permits-messages.js";
import { rowOn } from "./policy-as-of.js";
import type { PolicyTable } from "./policy-types.js";

/**
 * The permit in force, as a stay status names it.
 *
 * @example
 * ```ts
 * const summary: PermitSummary | undefined = stayStatus({
 *   permits: [{ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival", validFrom: "2024-03-01",
 *     validUntil: "2024-03-30", status: "active", purpose: "tourism" }],
 *   movements: [{ direction: "entry", date: "2024-03-01" }],
 * }, { on: "2024-03-15" }).permitInForce;
 * summary; // { id: "pm-1", kind: "itk", basis: "visa-on-arrival" }
 * ```
 */
export interface PermitSummary {
  /** The permit's id. */
  id: string;
  /** Its kind. */
  kind: Permit["kind"];
  /** Its basis. */
  basis: Permit["basis"];
}

/** A reason as decided: its code and the parameters its text will show. */
export type StayReasonFact = {
  [C in StayReasonCode]: { code: C; params: PermitsMessageParams[C] };
}[StayReasonCode];

/**
 * The five answers of a stay status.
 *
 * @example
 * ```ts
 * const needsAttention = (status: StayStatusValue): boolean => status === "overstay" || status === "unknown";
 * needsAttention(stayStatus({ permits: [] }, { on: "2024-03-01" }).status); // true ("unknown": no record)
 * ```
 */
export type StayStatusValue = "lawful" | "overstay" | "departed" | "not-yet-arrived" | "unknown";

/** What was decided for a person on a day, before any text. */
export interface StayDecision {
  /** The answer. */
  status: StayStatusValue;
  /** Lawfully present: `true` when lawful, `"unknown"` when unknown, else `false`. */
  lawfullyPresent: boolean | "unknown";
  /** Overstay days (0 unless overstaying or departed after an overstay). */
  overstayDays: number;
  /** Last day covered by a permit, when out of status. */
  lastLawfulDay?: IsoDate;
  /** The exit that ended the presence. */
  exitedOn?: IsoDate;
  /** The permit in force. */
  permitInForce?: PermitSummary;
  /** The reasons: the first names the branch taken. */
  reasons: StayReasonFact[];
}

const OPEN_END: IsoDate = "9999-12-31";

type Move = Pick<Movement, "direction" | "date">;

const minDate = (a: IsoDate, b: IsoDate) => (compareDates(a, b) <= 0 ? a : b);
const summary = (p: Permit): PermitSummary => ({ id: p.id, kind: p.kind, basis: p.basis });
const rank = (p: Permit) => (p.kind === "itap" ? 3 : p.kind === "itas" ? 2 : 1);

function decision(
  status: StayStatusValue,
  reasons: StayReasonFact[],
  values: Partial<Pick<StayDecision, "overstayDays" | "lastLawfulDay" | "exitedOn" | "permitInForce">> = {},
): StayDecision {
  const lawfullyPresent = status === "lawful" ? true : status === "unknown" ? "unknown" : false;
  return { status, lawfullyPresent, overstayDays: 0, ...values, reasons };
}

function leaveByFromPolicy(issuedOn: IsoDate, policy: PolicyTable): IsoDate | undefined {
  const row = rowOn(policy.parameters.exitPermitOnlyLeaveDays, issuedOn);
  return row.status === "known" ? addDays(issuedOn, row.row.value) : undefined;
}

/** The last day a permit covers, given the movements (ITK ends at an exit; ITAS/ITAP lapse without a re-entry permit). */
function lawfulEnd(permit: Permit, moves: readonly Move[], policy: PolicyTable): IsoDate {
  let end = permit.validUntil ?? OPEN_END;
  const lastDay = end;
  if (permit.status !== "active") end = minDate(end, addDays(permit.statusFrom!, -1));
  if (timelyPending(permit, lastDay))
    end = permit.status === "active" ? OPEN_END : addDays(permit.statusFrom!, -1);
  const epo = permit.exitPermitOnly;
  if (epo) {
    const leave = epo.leaveBy ?? leaveByFromPolicy(epo.issuedOn, policy);
    if (leave) end = minDate(end, leave);
  }
  // An exit on the permit's first day ends it only when no entry is recorded that day (else it preceded the entry).
  const enteredOnFirstDay = moves.some((m) => m.direction === "entry" && m.date === permit.validFrom);
  const exits = moves.filter(
    (m) =>
      m.direction === "exit" &&
      (compareDates(m.date, permit.validFrom) > 0 || (m.date === permit.validFrom && !enteredOnFirstDay)),
  );
  for (const exit of exits) {
    if (compareDates(exit.date, end) > 0) break;
    if (permit.kind === "itk") return exit.date;
    const reEntry = moves.find((m) => m.direction === "entry" && compareDates(m.date, exit.date) > 0);
    if (!reEntry) continue;
    const covered = permit.reEntryPermits.some(
      (r) =>
        compareDates(r.validFrom, exit.date) <= 0 &&
        compareDates(exit.date, r.validUntil) <= 0 &&
        compareDates(reEntry.date, r.validUntil) <= 0,
    );
    if (!covered) return exit.date;
  }
  return end;
}

function inForce(permits: readonly Permit[], ends: Map<Permit, IsoDate>, day: IsoDate): Permit | undefined {
  return permits
    .filter((p) => compareDates(p.validFrom, day) <= 0 && compareDates(day, ends.get(p)!) <= 0)
    .sort((a, b) => rank(b) - rank(a) || compareDates(b.validFrom, a.validFrom))[0];
}

function lastCovered(
  permits: readonly Permit[],
  ends: Map<Permit, IsoDate>,
  before: IsoDate,
): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const p of permits) {
    if (compareDates(p.validFrom, before) >= 0) continue;
    const end = minDate(ends.get(p)!, addDays(before, -1));
    if (best === undefined || compareDates(end, best) > 0) best = end;
  }
  return best;
}

/** The chain facts a decision reads: permits with their lawful ends, and the movements up to the day. */
interface Chain {
  permits: readonly Permit[];
  ends: Map<Permit, IsoDate>;
  lastEntry: Move | undefined;
  lastExit: Move | undefined;
  on: IsoDate;
}

/**
 * Movements carry dates only: an exit and an entry on the same day count as a visa run (still present) when
 * a permit starts that day, and as a departure otherwise.
 */
function hasLeft({ permits, lastEntry, lastExit }: Chain): boolean {
  if (lastExit === undefined) return false;
  const sameDayReturn =
    lastEntry !== undefined &&
    lastExit.date === lastEntry.date &&
    permits.some((p) => p.validFrom === lastEntry.date);
  return !sameDayReturn && (lastEntry === undefined || compareDates(lastExit.date, lastEntry.date) >= 0);
}

/** Left Indonesia: in status at the exit, without any permit, or after an overstay. */
function departed(chain: Chain, exitedOn: IsoDate): StayDecision {
  const { permits, ends, on } = chain;
  const keeps = inForce(permits, ends, on);
  const kept: StayReasonFact[] =
    keeps && keeps.kind !== "itk" ? [{ code: "stay.permit-kept-abroad", params: {} }] : [];
  if (inForce(permits, ends, exitedOn)) {
    return decision("departed", [{ code: "stay.departed", params: { exitedOn } }, ...kept], {
      exitedOn,
      ...(keeps ? { permitInForce: summary(keeps) } : {}),
    });
  }
  const lastLawfulDay = lastCovered(permits, ends, exitedOn);
  if (lastLawfulDay === undefined) {
    return decision("departed", [{ code: "stay.departed.no-permit", params: { exitedOn } }, ...kept], {
      exitedOn,
    });
  }
  const overstayDays = daysBetween(lastLawfulDay, exitedOn);
  const overstayed: StayReasonFact = {
    code: "stay.departed.overstayed",
    params: { exitedOn, overstayDays, lastLawfulDay },
  };
  return decision("departed", [overstayed, ...kept], { exitedOn, lastLawfulDay, overstayDays });
}

/** In status on the day: pending after the last day, unlimited, or until a last day. */
function lawful(current: Permit, chain: Chain): StayDecision {
  const end = chain.ends.get(current)!;
  const reason: StayReasonFact =
    current.validUntil !== null && compareDates(chain.on, current.validUntil) > 0
      ? { code: "stay.lawful.pending", params: {} }
      : end === OPEN_END
        ? { code: "stay.lawful.unlimited", params: { kind: current.kind } }
        : { code: "stay.lawful.until", params: { kind: current.kind, lastDay: end } };
  return decision("lawful", [reason], { permitInForce: summary(current) });
}

/** Present but out of status: no permit for the presence, none for the latest entry, or an overstay. */
function outOfStatus(chain: Chain): StayDecision {
  const { permits, ends, on, lastEntry } = chain;
  const lastLawfulDay = lastCovered(permits, ends, on);
  if (lastLawfulDay === undefined)
    return decision("unknown", [{ code: "stay.no-permit-for-presence", params: {} }]);
  if (lastEntry && compareDates(lastEntry.date, lastLawfulDay) > 0) {
    return decision(
      "unknown",
      [{ code: "stay.no-permit-for-entry", params: { entryDate: lastEntry.date } }],
      {
        lastLawfulDay,
      },
    );
  }
  const overstayDays = daysBetween(lastLawfulDay, on);
  return decision("overstay", [{ code: "stay.overstay", params: { overstayDays, lastLawfulDay } }], {
    lastLawfulDay,
    overstayDays,
  });
}

/**
 * Decides whether a person is lawfully present on a day, following the permit chain and the movements up to
 * that day. Pure: the same case, day and table give the same decision.
 *
 * @example
 * ```ts
 * decideStay({ permits: [voa], movements: [] }, "2023-04-05", defaultPolicyTable).reasons[0]?.code; // "stay.overstay"
 * ```
 */
export function decideStay(stayCase: CheckedStayCase, on: IsoDate, policy: PolicyTable): StayDecision {
  const permits = stayCase.permits;
  const moves = (stayCase.movements ?? [])
    .map((m): Move => ({ direction: m.direction, date: m.date }))
    .filter((m) => compareDates(m.date, on) <= 0)
    .sort((a, b) => compareDates(a.date, b.date) || (a.direction === "entry" ? -1 : 1));
  const chain: Chain = {
    permits,
    ends: new Map(permits.map((p) => [p, lawfulEnd(p, moves, policy)] as const)),
    lastEntry: moves.filter((m) => m.direction === "entry").at(-1),
    lastExit: moves.filter((m) => m.direction === "exit").at(-1),
    on,
  };
  if (chain.lastExit !== undefined && hasLeft(chain)) return departed(chain, chain.lastExit.date);
  const started = permits.some((p) => compareDates(p.validFrom, on) <= 0);
  if (!started && !chain.lastEntry) {
    return permits.length > 0
      ? decision("not-yet-arrived", [{ code: "stay.not-yet-arrived", params: {} }])
      : decision("unknown", [{ code: "stay.no-record", params: {} }]);
  }
  const current = inForce(permits, chain.ends, on);
  return current ? lawful(current, chain) : outOfStatus(chain);
}

import type { Address, Movement, Permit } from "@timpora/models";
import {
  addDays,
  compareDates,
  type DateInput,
  daysBetween,
  type IsoDate,
  toCalendarDate,
} from "./calendar-date.js";
import type { HolidayCalendar } from "./holiday-calendar.js";
import { defaultHolidayCalendar } from "./holiday-data.js";
import { assertKnownOptions } from "./options.js";
import { assertPermitShape, timelyPending } from "./permit-input.js";
import { rowAsOf } from "./policy-as-of.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { Labels, PolicyTable } from "./policy-types.js";

/** What {@link stayStatus} reads from a case: its permits and (optionally) its border movements. */
export interface StayCase {
  /** The person's permits, in any order; chains follow `previousPermitId` and dates. */
  permits: readonly Permit[];
  /** Recorded entries and exits. */
  movements?: readonly Pick<Movement, "direction" | "date">[];
  /** Addresses (recorded for context; the zone of an instant is always passed explicitly). */
  addresses?: readonly Pick<Address, "regionCode" | "use">[];
}

/** Options of {@link stayStatus}. */
export interface StayStatusOptions {
  /** The day (ISO date) or instant (with `zone`) to evaluate. */
  on: DateInput;
  /**
   * IANA zone of the place of stay; required when `on` is an instant, even when a permit or address has a
   * region (never inferred). Use `zoneOfStay(undefined, [permit.regionCode])` to obtain it from a region.
   */
  zone?: string | undefined;
  /** Policy table (default {@link defaultPolicyTable}). */
  policy?: PolicyTable;
  /** Holiday calendar (only its version is reported). */
  calendar?: HolidayCalendar;
}

/** The answer for a person on a day: the one answer the evaluator and every tool use. */
export interface StayStatus {
  /** Lawfully present on the day (`false` when abroad or overstaying; `unknown` when the record cannot tell). */
  lawfullyPresent: boolean | "unknown";
  /** The permit in force on the day, if any. */
  permitInForce?: { id: string; kind: Permit["kind"]; basis: Permit["basis"] };
  /** Last day covered by a permit, when the person is (or left) out of status. */
  lastLawfulDay?: IsoDate;
  /** Overstay days from the last lawful day, stopped at a recorded exit. */
  overstayDays: number;
  /** Date of the exit that ended the presence, when the person has left. */
  exitedOn?: IsoDate;
  /** Why, in id and en. */
  reasons: Labels[];
  /** Version of the policy table. */
  policyVersion: string;
  /** Version of the holiday calendar. */
  calendarVersion: string;
  /** `lawful`, `overstay`, `departed`, `not-yet-arrived` or `unknown`. */
  status: "lawful" | "overstay" | "departed" | "not-yet-arrived" | "unknown";
  /** The calendar date evaluated. */
  on: IsoDate;
}

const OPEN_END = "9999-12-31";
const minDate = (a: IsoDate, b: IsoDate) => (compareDates(a, b) <= 0 ? a : b);

type Moves = readonly Pick<Movement, "direction" | "date">[];

/** The last day a permit covers, given the movements (ITK ends at an exit; ITAS/ITAP lapse without a re-entry permit). */
function lawfulEnd(permit: Permit, moves: Moves, policy: PolicyTable): IsoDate {
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
    const covered = (permit.reEntryPermits ?? []).some(
      (r) =>
        compareDates(r.validFrom, exit.date) <= 0 &&
        compareDates(exit.date, r.validUntil) <= 0 &&
        compareDates(reEntry.date, r.validUntil) <= 0,
    );
    if (!covered) return exit.date;
  }
  return end;
}

function leaveByFromPolicy(issuedOn: IsoDate, policy: PolicyTable): IsoDate | undefined {
  const row = rowAsOf(policy.parameters.exitPermitOnlyLeaveDays, issuedOn);
  return row.status === "known" ? addDays(issuedOn, row.row.value) : undefined;
}

const rank = (p: Permit) => (p.kind === "itap" ? 3 : p.kind === "itas" ? 2 : 1);

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

const summary = (p: Permit) => ({ id: p.id, kind: p.kind, basis: p.basis });

/**
 * Whether a person is lawfully present on a day, following the permit chain (visit permit, extensions,
 * conversion to ITAS, ITAP, cancellations, exit permit only, re-entry permits) and the recorded movements.
 * Overstay days count from the last lawful day and stop at a recorded exit.
 *
 * @example
 * ```ts
 * const s = stayStatus(someCase, { on: "2024-02-01" });
 * s.status; // "lawful" | "overstay" | "departed" | "not-yet-arrived" | "unknown"
 * ```
 */
export function stayStatus(stayCase: StayCase, options: StayStatusOptions): StayStatus {
  assertKnownOptions(options, ["on", "zone", "policy", "calendar"]);
  const policy = options.policy ?? defaultPolicyTable;
  for (const p of stayCase.permits) assertPermitShape(p);
  const on = toCalendarDate(options.on, options.zone);
  const base = {
    policyVersion: policy.version,
    calendarVersion: (options.calendar ?? defaultHolidayCalendar).version,
    on,
  };
  const moves = [...(stayCase.movements ?? [])]
    .map((m) => ({ direction: m.direction, date: toCalendarDate(m.date, undefined, "movements.date") }))
    .filter((m) => compareDates(m.date, on) <= 0)
    .sort((a, b) => compareDates(a.date, b.date) || (a.direction === "entry" ? -1 : 1));
  const ends = new Map(stayCase.permits.map((p) => [p, lawfulEnd(p, moves, policy)] as const));
  const lastEntry = moves.filter((m) => m.direction === "entry").at(-1);
  const lastExit = moves.filter((m) => m.direction === "exit").at(-1);
  const started = stayCase.permits.filter((p) => compareDates(p.validFrom, on) <= 0);

  // Movements carry dates only: an exit and an entry on the same day count as a visa run (still present)
  // when a permit starts that day, and as a departure otherwise.
  const sameDayReturn =
    lastExit !== undefined &&
    lastEntry !== undefined &&
    lastExit.date === lastEntry.date &&
    stayCase.permits.some((p) => p.validFrom === lastEntry.date);
  if (lastExit && !sameDayReturn && (!lastEntry || compareDates(lastExit.date, lastEntry.date) >= 0)) {
    const exitedOn = lastExit.date;
    const atExit = inForce(stayCase.permits, ends, exitedOn);
    const keeps = inForce(stayCase.permits, ends, on);
    const reasons: Labels[] = [
      { id: `Keluar wilayah Indonesia pada ${exitedOn}`, en: `Left Indonesia on ${exitedOn}` },
    ];
    if (keeps && keeps.kind !== "itk") {
      reasons.push({
        id: "Izin tinggal tetap berlaku selama di luar negeri",
        en: "Stay permit still valid while abroad",
      });
    }
    if (atExit) {
      return {
        ...base,
        status: "departed",
        lawfullyPresent: false,
        overstayDays: 0,
        exitedOn,
        reasons,
        ...(keeps ? { permitInForce: summary(keeps) } : {}),
      };
    }
    const last = lastCovered(stayCase.permits, ends, exitedOn);
    if (last === undefined) {
      reasons.push({
        id: "Tidak ada izin tinggal tercatat sebelum keluar",
        en: "No permit on record before the exit",
      });
      return { ...base, status: "departed", lawfullyPresent: false, overstayDays: 0, exitedOn, reasons };
    }
    const overstayDays = daysBetween(last, exitedOn);
    reasons.push({
      id: `Melebihi izin tinggal ${overstayDays} hari sampai keluar (hari sah terakhir ${last})`,
      en: `Overstayed ${overstayDays} day(s) until the exit (last lawful day ${last})`,
    });
    return {
      ...base,
      status: "departed",
      lawfullyPresent: false,
      lastLawfulDay: last,
      overstayDays,
      exitedOn,
      reasons,
    };
  }

  const hasFutureOnly = started.length === 0 && !lastEntry;
  if (hasFutureOnly) {
    const reason: Labels = stayCase.permits.length
      ? {
          id: "Izin tinggal belum mulai berlaku dan belum ada kedatangan",
          en: "No permit has started and no entry is recorded",
        }
      : { id: "Tidak ada izin tinggal maupun kedatangan tercatat", en: "No permit and no entry on record" };
    return stayCase.permits.length
      ? { ...base, status: "not-yet-arrived", lawfullyPresent: false, overstayDays: 0, reasons: [reason] }
      : { ...base, status: "unknown", lawfullyPresent: "unknown", overstayDays: 0, reasons: [reason] };
  }

  const current = inForce(stayCase.permits, ends, on);
  if (current) {
    const reasons: Labels[] = [];
    const end = ends.get(current)!;
    if (current.validUntil !== null && compareDates(on, current.validUntil) > 0) {
      reasons.push({
        id: "Permohonan diajukan dan dibayar sebelum izin berakhir: tidak dihitung overstay",
        en: "Application filed and paid before expiry: no overstay while pending",
      });
    } else {
      reasons.push(
        end === OPEN_END
          ? {
              id: `${current.kind.toUpperCase()} berlaku tanpa batas`,
              en: `${current.kind.toUpperCase()} valid without limit`,
            }
          : {
              id: `${current.kind.toUpperCase()} berlaku sampai ${end}`,
              en: `${current.kind.toUpperCase()} valid until ${end}`,
            },
      );
    }
    return {
      ...base,
      status: "lawful",
      lawfullyPresent: true,
      permitInForce: summary(current),
      overstayDays: 0,
      reasons,
    };
  }

  const last = lastCovered(stayCase.permits, ends, on);
  if (last === undefined) {
    return {
      ...base,
      status: "unknown",
      lawfullyPresent: "unknown",
      overstayDays: 0,
      reasons: [
        {
          id: "Tidak ada izin tinggal tercatat untuk kehadiran ini",
          en: "No permit on record for this presence",
        },
      ],
    };
  }
  if (lastEntry && compareDates(lastEntry.date, last) > 0) {
    return {
      ...base,
      status: "unknown",
      lawfullyPresent: "unknown",
      lastLawfulDay: last,
      overstayDays: 0,
      reasons: [
        {
          id: `Tidak ada izin tinggal tercatat untuk kedatangan ${lastEntry.date}`,
          en: `No permit on record for the entry of ${lastEntry.date}`,
        },
      ],
    };
  }
  const overstayDays = daysBetween(last, on);
  return {
    ...base,
    status: "overstay",
    lawfullyPresent: false,
    lastLawfulDay: last,
    overstayDays,
    reasons: [
      {
        id: `Melebihi izin tinggal ${overstayDays} hari (hari sah terakhir ${last})`,
        en: `Overstay of ${overstayDays} day(s) (last lawful day ${last})`,
      },
    ],
  };
}

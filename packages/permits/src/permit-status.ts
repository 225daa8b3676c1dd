import type { Permit } from "@timpora/models";
import {
  addDays,
  compareDates,
  computeLastDay,
  type DateInput,
  daysBetween,
  type IsoDate,
  toCalendarDate,
} from "./calendar-date.js";
import { TimporaUsageError } from "./errors.js";
import type { HolidayCalendar } from "./holiday-calendar.js";
import { defaultHolidayCalendar } from "./holiday-data.js";
import { assertKnownOptions } from "./options.js";
import { assertPermitShape, timelyPending } from "./permit-input.js";
import { rowAsOf } from "./policy-as-of.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { Citation, Labels, PolicyTable } from "./policy-types.js";
import { visitRuleAtEntry } from "./visit-rules.js";

/** Options of {@link permitStatus}. */
export interface PermitStatusOptions {
  /** The day (ISO date) or instant (with `zone`) to evaluate. */
  on: DateInput;
  /**
   * IANA zone of the place of stay; required when `on` is an instant (never inferred: pass
   * `zoneOfStay(undefined, [permit.regionCode])` to use the permit's region). Not needed for a calendar date.
   */
  zone?: string | undefined;
  /** `expiringSoon` is set when days remaining are at most this (default 30). */
  expiringSoonDays?: number;
  /** Policy table (default {@link defaultPolicyTable}). */
  policy?: PolicyTable;
  /** Holiday calendar (default {@link defaultHolidayCalendar}); only its version is reported here. */
  calendar?: HolidayCalendar;
}

/** A disagreement between the stored permit and what the law tables compute. Reported, never corrected. */
export interface PermitWarning {
  /**
   * `valid-until.mismatch` (stored vs the law's initial days and days per extension), `valid-until.law-unknown`
   * (the tables do not cover the permit's regime: no law-based check), `valid-until.chain-mismatch` (stored vs
   * the last recorded extension), `extensions.chain-broken`, `extensions.exceed-rule` or
   * `exit-permit-only.unknown-leave-day`.
   */
  code: string;
  /** Explanation in id and en. */
  message: Labels;
  /** What the tables give, when a date. */
  expected?: IsoDate;
  /** What the record stores, when a date. */
  stored?: IsoDate;
}

/** Status of one permit on one day. */
export interface PermitStatusResult {
  /** `not-yet-valid`, `valid`, `expired`, `pending` (timely application after the last day) or `not-in-force`. */
  status: "not-yet-valid" | "valid" | "expired" | "pending" | "not-in-force";
  /** The calendar date evaluated (in the zone of the place of stay). */
  on: IsoDate;
  /** The last lawful day under this permit (stored `validUntil`, or an earlier EPO leave-by day); null = unlimited. */
  lastDay: IsoDate | null;
  /** Days remaining after `on` while valid (0 on the last day); null otherwise or when unlimited. */
  daysRemaining: number | null;
  /** Days remaining are at most `expiringSoonDays`. */
  expiringSoon: boolean;
  /** Calendar days after the last day up to `on` (0 unless `expired`). */
  overstayDays: number;
  /** Why, in id and en. */
  reasons: Labels[];
  /** Disagreements between the record and the law tables. */
  warnings: PermitWarning[];
  /** Citations of the rules used. */
  citations: Citation[];
  /** Version of the policy table used. */
  policyVersion: string;
  /** Version of the holiday calendar. */
  calendarVersion: string;
}

/** Internal consistency of the stored extensions chain (no law involved). */
function checkExtensionChain(validUntil: IsoDate, exts: Permit["extensions"], warnings: PermitWarning[]) {
  for (let i = 1; i < exts.length; i++) {
    if (exts[i]!.lastDayBefore !== exts[i - 1]!.lastDayAfter) {
      warnings.push({
        code: "extensions.chain-broken",
        message: {
          id: "Perpanjangan tidak bersambung dengan hari terakhir sebelumnya",
          en: "An extension does not start from the previous last day",
        },
      });
    }
  }
  const last = exts.at(-1);
  if (last && last.lastDayAfter !== validUntil) {
    warnings.push({
      code: "valid-until.chain-mismatch",
      message: {
        id: "validUntil berbeda dengan hari terakhir perpanjangan terakhir",
        en: "validUntil differs from the last extension's last day",
      },
      expected: last.lastDayAfter,
      stored: validUntil,
    });
  }
}

/**
 * Compares the stored `validUntil` with what the law gives: the initial stay and the days per extension
 * of the visit rule in force on the entry day (never the lengths the record itself stores). Where the table
 * does not cover the permit's regime, a `valid-until.law-unknown` note says so instead of a guess.
 */
function checkStoredLastDay(
  permit: Permit,
  policy: PolicyTable,
  warnings: PermitWarning[],
  citations: Citation[],
) {
  if (permit.validUntil === null) return;
  const exts = [...permit.extensions].sort((a, b) => compareDates(a.lastDayBefore, b.lastDayBefore));
  checkExtensionChain(permit.validUntil, exts, warnings);
  const rule = visitRuleAtEntry(permit, policy);
  if (rule === undefined) return;
  if (rule.status === "unknown") {
    warnings.push({ code: "valid-until.law-unknown", message: rule.reason });
    return;
  }
  citations.push(rule.row.source);
  const { initialDays, extensions: allowed, daysPerExtension } = rule.row.value;
  if (exts.length > allowed) {
    warnings.push({
      code: "extensions.exceed-rule",
      message: {
        id: `Jumlah perpanjangan (${exts.length}) melebihi aturan yang berlaku saat masuk (${allowed})`,
        en: `More extensions (${exts.length}) than the rule in force at entry allows (${allowed})`,
      },
    });
  }
  const lawDays = exts.map(() => daysPerExtension);
  const expected = computeLastDay(permit.validFrom, initialDays, lawDays);
  if (expected !== permit.validUntil) {
    const plan = `${initialDays} + ${exts.length} x ${daysPerExtension}`;
    warnings.push({
      code: "valid-until.mismatch",
      message: {
        id: `validUntil berbeda dengan hasil hitung menurut aturan saat masuk (${plan} hari; hari masuk = hari ke-1)`,
        en: `validUntil differs from what the rule in force at entry gives (${plan} days; entry day = day 1)`,
      },
      expected,
      stored: permit.validUntil,
    });
  }
}

function exitPermitLastDay(
  permit: Permit,
  policy: PolicyTable,
  warnings: PermitWarning[],
  citations: Citation[],
) {
  const epo = permit.exitPermitOnly;
  if (!epo) return undefined;
  if (epo.leaveBy) return epo.leaveBy;
  const row = rowAsOf(policy.parameters.exitPermitOnlyLeaveDays, epo.issuedOn);
  if (row.status === "unknown") {
    warnings.push({ code: "exit-permit-only.unknown-leave-day", message: row.reason });
    return undefined;
  }
  citations.push(row.row.source);
  return addDays(epo.issuedOn, row.row.value);
}

/**
 * Status of a permit on a day: the stored `validUntil` decides; a mismatch with what the law computes is a
 * warning. Days are calendar dates in the zone of the place of stay; the entry day is day 1.
 *
 * @example
 * ```ts
 * const s = permitStatus(voaPermit, { on: "2023-11-27" }); // VoA 2023-09-29, extended to 2023-11-27
 * s.status; // "valid"
 * s.daysRemaining; // 0
 * ```
 */
export function permitStatus(permit: Permit, options: PermitStatusOptions): PermitStatusResult {
  assertKnownOptions(options, ["on", "zone", "expiringSoonDays", "policy", "calendar"]);
  assertPermitShape(permit);
  const expiringSoonDays = options.expiringSoonDays ?? 30;
  if (!Number.isInteger(expiringSoonDays) || expiringSoonDays < 0) {
    throw new TimporaUsageError(
      "option.invalid",
      "expiringSoonDays must be a non-negative integer",
      "expiringSoonDays",
    );
  }
  const policy = options.policy ?? defaultPolicyTable;
  const calendar = options.calendar ?? defaultHolidayCalendar;
  const on = toCalendarDate(options.on, options.zone);
  const warnings: PermitWarning[] = [];
  const citations: Citation[] = [];
  checkStoredLastDay(permit, policy, warnings, citations);
  const epoLast = exitPermitLastDay(permit, policy, warnings, citations);
  let lastDay = permit.validUntil;
  if (epoLast !== undefined && (lastDay === null || compareDates(epoLast, lastDay) < 0)) lastDay = epoLast;
  const base = {
    on,
    lastDay,
    warnings,
    citations,
    policyVersion: policy.version,
    calendarVersion: calendar.version,
  };
  const none = { daysRemaining: null, expiringSoon: false, overstayDays: 0 };
  if (permit.status !== "active" && compareDates(permit.statusFrom!, on) <= 0) {
    return {
      ...base,
      ...none,
      status: "not-in-force",
      reasons: [
        {
          id: `Izin tidak berlaku lagi sejak ${permit.statusFrom} (${permit.status})`,
          en: `Permit no longer holds from ${permit.statusFrom} (${permit.status})`,
        },
      ],
    };
  }
  if (compareDates(on, permit.validFrom) < 0) {
    return {
      ...base,
      ...none,
      status: "not-yet-valid",
      reasons: [
        { id: `Izin berlaku mulai ${permit.validFrom}`, en: `Permit valid from ${permit.validFrom}` },
      ],
    };
  }
  if (lastDay === null) {
    return {
      ...base,
      ...none,
      status: "valid",
      reasons: [{ id: "ITAP tanpa batas waktu", en: "Unlimited ITAP" }],
    };
  }
  if (compareDates(on, lastDay) <= 0) {
    const daysRemaining = daysBetween(on, lastDay);
    const reasons: Labels[] = [{ id: `Berlaku sampai ${lastDay}`, en: `Valid until ${lastDay}` }];
    if (epoLast === lastDay)
      reasons.push({ id: `EPO: wajib keluar paling lambat ${lastDay}`, en: `EPO: must leave by ${lastDay}` });
    if (permit.pendingApplication)
      reasons.push({ id: "Ada permohonan yang sedang diproses", en: "An application is pending" });
    return {
      ...base,
      status: "valid",
      daysRemaining,
      expiringSoon: daysRemaining <= expiringSoonDays,
      overstayDays: 0,
      reasons,
    };
  }
  if (epoLast !== lastDay && timelyPending(permit, lastDay)) {
    return {
      ...base,
      ...none,
      status: "pending",
      reasons: [
        {
          id: "Permohonan perpanjangan/alih status diajukan dan dibayar sebelum izin berakhir: tidak dihitung overstay",
          en: "Extension/conversion filed and paid before expiry: no overstay accrues while pending",
        },
      ],
    };
  }
  const overstayDays = daysBetween(lastDay, on);
  const reasons: Labels[] = [
    {
      id: `Izin berakhir ${lastDay}; melebihi izin tinggal ${overstayDays} hari`,
      en: `Permit ended ${lastDay}; ${overstayDays} day(s) overstay`,
    },
  ];
  if (permit.pendingApplication) {
    reasons.push({
      id: "Permohonan diajukan atau dibayar setelah izin berakhir",
      en: "The application was filed or paid after the permit ended",
    });
  }
  return { ...base, status: "expired", daysRemaining: null, expiringSoon: false, overstayDays, reasons };
}

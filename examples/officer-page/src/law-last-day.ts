/**
 * The last day of a stay as the law gives it from the entry date alone: for a visit permit (ITK) of a visit
 * basis, the initial stay of the rule in force on the entry day, counted with the entry day as day 1.
 *
 * @timpora/permits keeps the choice of rule per basis to itself (it is not exported), and a page must not keep a
 * copy of it. `permitStatus` compares a permit's stored last day with what that rule gives and reports the law's
 * day as the `expected` date of a `valid-until.mismatch` warning (or `valid-until.law-unknown` where the tables do
 * not reach the entry day). So the page asks it about the permit with its first day as a stand-in last day and
 * reads the law's answer from there. A permit the law does not time from its entry (ITAS, ITAP, diplomatic, and
 * the other bases) gets no such warning: its last day must come from the permit itself.
 */
import { type IsoDate, type Labels, type PermitBasis, type PermitKind, parsePermit } from "@timpora/models";
import { type Citation, inclusiveDays, permitStatus } from "@timpora/permits";

/** What the law tables say about the last day of a permit from its entry date. */
export type LawLastDay =
  /** The rule in force at entry gives `lastDay` (`days` days with the entry day as day 1). */
  | { status: "known"; lastDay: IsoDate; days: number; citations: Citation[] }
  /** The permit has a rule, but the tables do not reach the entry day. */
  | { status: "unknown"; reason: Labels }
  /** The law does not time this kind of permit from its entry: the permit's own last day is needed. */
  | { status: "none" };

/**
 * The last day the law gives a permit of this kind and basis entered on `entry`.
 *
 * @example
 * ```ts
 * lastDayUnderLaw("itk", "visa-on-arrival", "2023-09-29"); // { status: "known", lastDay: "2023-10-28", days: 30, … }
 * lastDayUnderLaw("itas", "limited-stay-visa", "2024-01-10"); // { status: "none" }
 * ```
 */
export function lastDayUnderLaw(kind: PermitKind, basis: PermitBasis, entry: IsoDate): LawLastDay {
  if (kind !== "itk") return { status: "none" };
  const probe = parsePermit({
    schemaVersion: 1,
    id: "law-probe",
    kind,
    basis,
    validFrom: entry,
    validUntil: entry,
    status: "active",
    purpose: "other",
  });
  if (!probe.ok) return { status: "none" };
  const answer = permitStatus(probe.value, { on: entry });
  for (const warning of answer.warnings) {
    if (warning.code === "valid-until.law-unknown") return { status: "unknown", reason: warning.message };
    if (warning.code === "valid-until.mismatch" && warning.expected !== undefined) {
      const lastDay = warning.expected;
      return { status: "known", lastDay, days: inclusiveDays(entry, lastDay), citations: answer.citations };
    }
  }
  return { status: "none" };
}

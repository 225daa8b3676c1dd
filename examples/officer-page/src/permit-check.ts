/**
 * The permit flow's answer: from a permit's kind, basis and entry date (and its written last day where the law
 * does not give one), its status, last day, overstay and charge on a day under the law in force then, with the
 * citations @timpora/permits used. No DOM here: permit-view.ts shows it.
 */
import {
  type IcaoNationality,
  type IsoDate,
  type ParseIssue,
  type PermitBasis,
  type PermitKind,
  parsePermit,
} from "@timpora/models";
import {
  type Citation,
  type EntryEligibilityResult,
  entryEligibility,
  type OverstayChargeResult,
  overstayCharge,
  type PermitStatusResult,
  permitStatus,
} from "@timpora/permits";
import { type LawLastDay, lastDayUnderLaw } from "./law-last-day.js";

/** What the officer gave. */
export interface PermitQuery {
  /** Kind of stay permit. */
  kind: PermitKind;
  /** Basis it was granted on. */
  basis: PermitBasis;
  /** Entry date: the first day of the stay (day 1). */
  entry: IsoDate;
  /** The last day written on the permit, when given. */
  writtenLastDay?: IsoDate | undefined;
  /** The date to check. */
  on: IsoDate;
  /** Nationality read from the MRZ, when one was read. */
  nationality?: IcaoNationality | undefined;
}

/** The answer of the permit flow. */
export type PermitAnswer =
  /** The law does not time this permit from its entry, and no written last day was given. */
  | { ok: false; problem: "needs-last-day"; law: LawLastDay }
  /** The permit as given does not parse (e.g. a last day before the entry date). */
  | { ok: false; problem: "invalid"; issues: ParseIssue[] }
  | {
      ok: true;
      /** Where the last day came from. */
      lastDaySource: "law" | "written" | "unlimited";
      /** What the law gives from the entry date. */
      law: LawLastDay;
      /** Status, last day, overstay, reasons, warnings, citations. */
      status: PermitStatusResult;
      /** The overstay charge (or deportation rule) on the date checked. */
      charge: OverstayChargeResult;
      /** Whether the MRZ's nationality could enter on this basis on the entry date, when the tables answer it. */
      eligibility?: { nationality: IcaoNationality; on: IsoDate; result: EntryEligibilityResult };
      /** Every citation used, once each. */
      citations: Citation[];
    };

const citationKey = (c: Citation) => `${c.instrument}|${c.article}|${c.url}`;

/**
 * Checks a permit on a day.
 *
 * @example
 * ```ts
 * const a = checkPermit({ kind: "itk", basis: "visa-on-arrival", entry: "2023-09-29", on: "2023-11-07" });
 * a.ok && a.status.status; // "expired" (last day 2023-10-28, 10 days over)
 * ```
 */
export function checkPermit(query: PermitQuery): PermitAnswer {
  const law = lastDayUnderLaw(query.kind, query.basis, query.entry);
  let validUntil: IsoDate | null;
  let lastDaySource: "law" | "written" | "unlimited";
  if (query.writtenLastDay !== undefined) {
    validUntil = query.writtenLastDay;
    lastDaySource = "written";
  } else if (law.status === "known") {
    validUntil = law.lastDay;
    lastDaySource = "law";
  } else if (query.kind === "itap") {
    validUntil = null;
    lastDaySource = "unlimited";
  } else {
    return { ok: false, problem: "needs-last-day", law };
  }
  const parsed = parsePermit({
    schemaVersion: 1,
    id: "checked-permit",
    kind: query.kind,
    basis: query.basis,
    validFrom: query.entry,
    validUntil,
    status: "active",
    purpose: "other",
  });
  if (!parsed.ok) return { ok: false, problem: "invalid", issues: parsed.issues };
  const status = permitStatus(parsed.value, { on: query.on });
  const charge = overstayCharge(parsed.value, { on: query.on });
  const eligibility =
    query.nationality === undefined
      ? undefined
      : entryEligibility(query.nationality, query.basis, { on: query.entry });
  const citations = new Map<string, Citation>();
  const usedEligibility = eligibility?.status === "unknown" ? [] : (eligibility?.citations ?? []);
  for (const c of [...status.citations, ...charge.citations, ...usedEligibility]) {
    citations.set(citationKey(c), c);
  }
  return {
    ok: true,
    lastDaySource,
    law,
    status,
    charge,
    ...(query.nationality === undefined || eligibility === undefined || eligibility.status === "unknown"
      ? {}
      : { eligibility: { nationality: query.nationality, on: query.entry, result: eligibility } }),
    citations: [...citations.values()],
  };
}

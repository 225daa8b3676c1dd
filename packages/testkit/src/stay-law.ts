/**
 * The stay lengths and entry rules the generator takes from the law tables of @timpora/permits instead of
 * restating them: the visit stays and their extensions, who may enter visa-exempt, how long an ITAP is
 * granted for, and whether an ITAS from a limited-stay visa on arrival can be extended. Each question is
 * asked on the day it concerns (a visit stay on its entry day, a grant on its first day). One `StayLaw` is
 * made per generator call; what it keeps lives and dies with it.
 */
import { addDays, type IsoDate } from "@timpora/models";
import {
  defaultPolicyTable,
  entryEligibility,
  type PolicyParameter,
  type PolicyTable,
  rowAsOf,
  type VisitExtensionRule,
} from "@timpora/permits";

/** The entry bases of a visit stay permit (ITK) whose length the law tables give. */
export type VisitBasis = "visa-exempt" | "visa-on-arrival" | "visit-visa-single" | "visit-visa-multiple";

/** What {@link entryEligibility} says of visa-exempt entry for a nationality on a day. */
export type VisaExemptEntry = "eligible" | "ineligible" | "unknown";

/** The law as the generator asks it. */
export interface StayLaw {
  /** The policy table asked (the default table of @timpora/permits unless given). */
  readonly policy: PolicyTable;
  /** The visit-stay rule in force on the entry day, or `undefined` when the table has no row then. */
  visitRule(basis: VisitBasis, entry: IsoDate): VisitExtensionRule | undefined;
  /**
   * The first day from which, up to `on`, the table answers every question a visit stay of `basis` entered
   * then would ask (its stay rule and, for visa-exempt entry, the nationality list), or `undefined` when it
   * does not answer on `on` itself.
   */
  visitKnownSince(basis: VisitBasis, on: IsoDate): IsoDate | undefined;
  /** Whether a nationality (ICAO code) could enter visa-exempt on a day, by {@link entryEligibility}. */
  visaExemptEntry(nationality: string, on: IsoDate): VisaExemptEntry;
  /** Years an ITAP is granted for under the rule in force on `on`, or `undefined` when the table has no row. */
  itapValidityYears(on: IsoDate): number | undefined;
  /** Whether an ITAS from a limited-stay visa on arrival can be extended under the rule in force on `on`. */
  itasFromVitasOnArrivalExtendable(on: IsoDate): boolean | undefined;
}

/** The value of a parameter's row in force on `on`, or `undefined` when the table has none. */
function valueOn<V>(parameter: PolicyParameter<V>, on: IsoDate): V | undefined {
  const found = rowAsOf(parameter, on);
  return found.status === "known" ? found.row.value : undefined;
}

/** The first day of the unbroken run of rows that reaches `on` (rows that follow each other day by day). */
function knownSince<V>(parameter: PolicyParameter<V>, on: IsoDate): IsoDate | undefined {
  let found = rowAsOf(parameter, on);
  if (found.status !== "known") return undefined;
  let since = found.row.validFrom;
  for (let i = 0; i < parameter.rows.length; i++) {
    found = rowAsOf(parameter, addDays(since, -1));
    if (found.status !== "known") break;
    since = found.row.validFrom;
  }
  return since;
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? b : a);

/**
 * Makes the generator's view of the law from a policy table of @timpora/permits.
 *
 * @param policy - the law tables (default: those shipped with @timpora/permits)
 */
export function createStayLaw(policy: PolicyTable = defaultPolicyTable): StayLaw {
  const p = policy.parameters;
  const visitParameter: Readonly<Record<VisitBasis, PolicyParameter<VisitExtensionRule>>> = {
    "visa-exempt": p.visaExemptStay,
    "visa-on-arrival": p.visaOnArrivalStay,
    "visit-visa-single": p.visitVisaSingleStay,
    "visit-visa-multiple": p.visitVisaMultipleStay,
  };
  const since = new Map<string, IsoDate | undefined>();
  return {
    policy,
    visitRule: (basis, entry) => valueOn(visitParameter[basis], entry),
    visitKnownSince(basis, on) {
      const key = `${basis} ${on}`;
      if (since.has(key)) return since.get(key);
      let found = knownSince(visitParameter[basis], on);
      if (basis === "visa-exempt" && found !== undefined) {
        const list = knownSince(p.visaExemptNationalities, on);
        found = list === undefined ? undefined : later(found, list);
      }
      since.set(key, found);
      return found;
    },
    visaExemptEntry: (nationality, on) => entryEligibility(nationality, "visa-exempt", { on, policy }).status,
    itapValidityYears: (on) => valueOn(p.itapValidityYears, on),
    itasFromVitasOnArrivalExtendable: (on) => valueOn(p.itasFromVitasOnArrivalExtendable, on),
  };
}

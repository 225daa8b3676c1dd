import type { IsoDate, Permit } from "@timpora/models";
import { type RowLookup, rowOn } from "./policy-as-of.js";
import type { PolicyParameter, PolicyTable, VisitExtensionRule } from "./policy-types.js";

/**
 * The visit-stay parameter that governs an ITK of the given basis, or `undefined` when the basis has none
 * (crew, emergency, birth, conversion…).
 *
 * @example
 * ```ts
 * visitParameterFor("visa-on-arrival", defaultPolicyTable)?.id; // "stay.visaOnArrival"
 * ```
 */
export function visitParameterFor(
  basis: Permit["basis"],
  policy: PolicyTable,
): PolicyParameter<VisitExtensionRule> | undefined {
  switch (basis) {
    case "visa-exempt":
      return policy.parameters.visaExemptStay;
    case "visa-on-arrival":
      return policy.parameters.visaOnArrivalStay;
    case "visit-visa-single":
      return policy.parameters.visitVisaSingleStay;
    case "visit-visa-multiple":
      return policy.parameters.visitVisaMultipleStay;
    default:
      return undefined;
  }
}

/**
 * The visit-stay rule for an ITK under the regime in force on its first day (the entry stamp), or
 * `undefined` when the permit is not an ITK of a visit basis. The permit and the table must already be checked.
 *
 * @example
 * ```ts
 * visitRuleAtEntry(voaPermit, defaultPolicyTable); // { status: "known", row: { value: { initialDays: 30, ... } } }
 * ```
 */
export function visitRuleAtEntry(
  permit: Pick<Permit, "kind" | "basis" | "validFrom">,
  policy: PolicyTable,
  date: IsoDate = permit.validFrom,
): RowLookup<VisitExtensionRule> | undefined {
  if (permit.kind !== "itk") return undefined;
  const parameter = visitParameterFor(permit.basis, policy);
  return parameter ? rowOn(parameter, date) : undefined;
}

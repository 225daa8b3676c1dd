import type { Case } from "@timpora/models";
import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";
import { employerIdsOf, sponsorIdsOf } from "./permit-facts.js";
import { normaliseContact } from "./person-facts.js";
import { residencesOf } from "./residence-facts.js";
import { priorCaseKinds } from "./risk-tables.js";

/** zod type of the `enforcement` fact's value. */
const EnforcementFactsSchema = z.strictObject({
  /** The sponsor, an address, the employer or a phone is linked to an earlier deportation, finding, raid or TPPO case (any link). */
  linkedPriorCase: z.boolean(),
  /** The link runs through the sponsor or the employer (A19, correlated with the sponsor indicators). */
  priorCaseViaSponsorOrEmployer: z.boolean(),
  /** The link runs through an address on file (A19 via an address, correlated with the address indicators). */
  priorCaseViaAddress: z.boolean(),
  /** The link runs through a phone number of the person (A19 via a contact detail). */
  priorCaseViaPhone: z.boolean(),
  /** A tip names the person: a third-party recruitment signal for A22. */
  personTip: z.boolean(),
  /** A residence is the subject of a tip or a scam raid (A21). */
  addressScamSignal: z.boolean(),
  /** The person has an earlier Pasal 123 finding (false information to obtain a visa or permit; A24). */
  personFalseStatementFinding: z.boolean(),
});

/** Value of the `enforcement` fact: earlier enforcement records linked to the case's entities. */
export type EnforcementFacts = z.infer<typeof EnforcementFactsSchema>;

function linkedRefs(c: Case): Record<"sponsor" | "address" | "employer" | "phone", Set<string>> {
  return {
    sponsor: new Set([...sponsorIdsOf(c), ...c.sponsors.map((s) => s.id)]),
    address: new Set([...c.person.addressIds, ...c.addresses.map((a) => a.id)]),
    employer: new Set([...employerIdsOf(c), ...c.employers.map((e) => e.id)]),
    phone: new Set(
      c.person.contacts.filter((k) => k.kind === "phone").map((k) => normaliseContact("phone", k.value)),
    ),
  };
}

/** The `enforcement` fact of a case with no enforcement record by the evaluation date: nothing linked. */
function noEnforcement(): EnforcementFacts {
  return {
    linkedPriorCase: false,
    priorCaseViaSponsorOrEmployer: false,
    priorCaseViaAddress: false,
    priorCaseViaPhone: false,
    personTip: false,
    addressScamSignal: false,
    personFalseStatementFinding: false,
  };
}

/** Derives the `enforcement` fact. */
export function deriveEnforcement(ctx: FactContext): EnforcementFacts {
  const c = ctx.case;
  const records = c.enforcement.filter((r) => r.date <= ctx.asOf);
  if (records.length === 0) return noEnforcement();
  const refs = linkedRefs(c);
  const homes = new Set(residencesOf(c, ctx.asOf).map((a) => a.id));
  const linkedVia = new Set<string>();
  for (const r of records) {
    if (!priorCaseKinds.includes(r.kind) || r.subject.type === "person") continue;
    const ref = r.subject.type === "phone" ? normaliseContact("phone", r.subject.ref) : r.subject.ref;
    if (refs[r.subject.type].has(ref)) linkedVia.add(r.subject.type);
  }
  return {
    linkedPriorCase: linkedVia.size > 0,
    priorCaseViaSponsorOrEmployer: linkedVia.has("sponsor") || linkedVia.has("employer"),
    priorCaseViaAddress: linkedVia.has("address"),
    priorCaseViaPhone: linkedVia.has("phone"),
    personTip: records.some(
      (r) => r.kind === "tip" && r.subject.type === "person" && r.subject.ref === c.person.id,
    ),
    addressScamSignal: records.some(
      (r) =>
        (r.kind === "tip" || r.kind === "scam-raid") &&
        r.subject.type === "address" &&
        homes.has(r.subject.ref),
    ),
    personFalseStatementFinding: records.some(
      (r) => r.kind === "art-123-finding" && r.subject.type === "person" && r.subject.ref === c.person.id,
    ),
  };
}

/** `enforcement`: earlier enforcement records linked to the sponsor, addresses, employer, phone or person. */
export const enforcementFact: FactDefinition<EnforcementFacts> = {
  id: "enforcement",
  type: EnforcementFactsSchema,
  label: { id: "Catatan penindakan", en: "Enforcement records" },
  personal: false,
  protected: false,
  derive: deriveEnforcement,
};

import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";
import { deriveEnforcement } from "./enforcement-facts.js";

/** zod type of the `identity` fact's value. */
const IdentityFactsSchema = z.strictObject({
  /** Identity flags are on file. */
  flagsKnown: z.boolean(),
  /** A biometric match to another identity. */
  biometricMatchOtherIdentity: z.boolean(),
  /** An earlier false-statement finding (flag, or a Pasal 123 finding on the person). */
  earlierFalseStatementFinding: z.boolean(),
  /** An earlier passport application was denied. */
  earlierPassportDenied: z.boolean(),
  /** Any of the above. */
  anyFlag: z.boolean(),
});

/** Value of the `identity` fact: identity and document-fraud flags (A24). */
export type IdentityFacts = z.infer<typeof IdentityFactsSchema>;

/** Derives the `identity` fact. */
export function deriveIdentity(ctx: FactContext): IdentityFacts {
  const f = ctx.case.identityFlags;
  const falseStatement =
    f?.earlierFalseStatementFinding === true || deriveEnforcement(ctx).personFalseStatementFinding;
  const biometric = f?.biometricMatchOtherIdentity === true;
  const denied = f?.earlierPassportDenied === true;
  return {
    flagsKnown: f !== undefined,
    biometricMatchOtherIdentity: biometric,
    earlierFalseStatementFinding: falseStatement,
    earlierPassportDenied: denied,
    anyFlag: biometric || falseStatement || denied,
  };
}

/** `identity`: biometric match to another identity, false-statement findings, denied passports. */
export const identityFact: FactDefinition<IdentityFacts> = {
  id: "identity",
  type: IdentityFactsSchema,
  label: { id: "Tanda identitas", en: "Identity flags" },
  personal: false,
  protected: false,
  derive: deriveIdentity,
};

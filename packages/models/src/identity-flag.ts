import * as z from "zod";

/**
 * Zod schema of {@link IdentityFlags}: findings about the person's identity from earlier procedures.
 *
 * @example
 * ```ts
 * IdentityFlagsSchema.parse({ biometricMatchOtherIdentity: false, earlierFalseStatementFinding: false,
 *   earlierPassportDenied: true });
 * ```
 */
export const IdentityFlagsSchema = z.strictObject({
  biometricMatchOtherIdentity: z.boolean(),
  earlierFalseStatementFinding: z.boolean(),
  earlierPassportDenied: z.boolean(),
});

/**
 * Identity findings: a biometric match with another identity, an earlier false-statement finding, an
 * earlier passport denial (output type of {@link IdentityFlagsSchema}).
 *
 * @example
 * ```ts
 * const flags: IdentityFlags = { biometricMatchOtherIdentity: false, earlierFalseStatementFinding: false,
 *   earlierPassportDenied: true };
 * Object.values(flags).some(Boolean); // true
 * ```
 */
export type IdentityFlags = z.output<typeof IdentityFlagsSchema>;

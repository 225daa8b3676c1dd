import type * as z from "zod";
import { deepFreeze } from "./deep-freeze.js";
import { fieldCatalogue } from "./field-catalogue.js";
import { directIdentifierAt, protectedPathUnder, restrictionsBreached } from "./field-classes.js";
import { type SharingProfile, SharingProfileSchema } from "./profile.js";
import { type ProfileIssue, type ProfileIssueCode, profileIssue } from "./profile-issue.js";
import { zodIssuePaths } from "./zod-issues.js";

/**
 * Result of {@link validateProfile}: the profile (a frozen copy), or the issues found.
 *
 * @example
 * ```ts
 * const result: ProfileValidation = validateProfile({ ...defaultProfiles[0], retentionDays: 0 });
 * result.ok ? result.value.id : result.issues.map((i) => [i.code, i.path]); // [["value.invalid", ["retentionDays"]]]
 * ```
 */
export type ProfileValidation = { ok: true; value: SharingProfile } | { ok: false; issues: ProfileIssue[] };

function fieldIssues(profile: SharingProfile): ProfileIssue[] {
  const catalogue = fieldCatalogue();
  const issues: ProfileIssue[] = [];
  const seen = new Set<string>();
  profile.fields.forEach((path, i) => {
    const at = ["fields", i];
    if (seen.has(path)) issues.push(profileIssue("field.duplicate", at));
    seen.add(path);
    if (!catalogue.has(path)) {
      issues.push(profileIssue("field.unknown", at));
      return;
    }
    if (protectedPathUnder(path) !== undefined) issues.push(profileIssue("field.protected", at));
    const breached = restrictionsBreached(path, profile.purpose);
    if (breached.some((r) => r.specificData)) issues.push(profileIssue("field.specific-data", at));
    if (breached.some((r) => !r.specificData)) issues.push(profileIssue("field.restricted", at));
    if (profile.pseudonymous && directIdentifierAt(path) !== undefined) {
      issues.push(profileIssue("field.direct-identifier", at));
    }
  });
  return issues;
}

/**
 * Validates a sharing profile: its shape (JSON Schema `schemas/sharing-profile.json`), then each field: it must be
 * in the catalogue of case and assessment fields, never at or above religion or ethnicity (`field.protected`, for
 * every purpose), never specific personal data the purpose does not allow (`field.specific-data`: criminal records
 * only for law enforcement, health data only for a TPPO referral or child protection, …), and, in a pseudonymous
 * profile, never a direct identifier (`field.direct-identifier`). Each issue has its path (`["fields", 3]`) and a
 * message that never echoes the value.
 *
 * @example
 * ```ts
 * const result = validateProfile({ ...defaultProfiles[0], fields: ["case.person.religion"] });
 * result.ok ? result.value : result.issues.map((i) => [i.code, i.path]); // [["field.protected", ["fields", 0]]]
 * ```
 */
export function validateProfile(input: unknown): ProfileValidation {
  const parsed = SharingProfileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: shapeIssues(parsed.error, input) };
  const issues = fieldIssues(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: deepFreeze(structuredClone(parsed.data)) };
}

function shapeIssues(error: z.ZodError, input: unknown): ProfileIssue[] {
  return zodIssuePaths(error, input).map(({ code, path }) =>
    profileIssue(code satisfies ProfileIssueCode, path),
  );
}

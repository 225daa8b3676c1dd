import { addDays, isIsoDate } from "@timpora/models";
import { type Envelope, EnvelopeSchema } from "./disclosure.js";
import { ExchangeError, ProfileInvalidError } from "./exchange-error.js";
import { fieldCatalogue, isAtOrAbove, RECORD_ROOTS } from "./field-catalogue.js";
import { childPurposes, isIdentifierPath } from "./field-classes.js";
import { isChildRecord, isHiddenLeaf } from "./minimise.js";
import type { SharingProfile } from "./profile.js";
import { PSEUDONYM_PREFIX } from "./pseudonym.js";
import type { SharingPurpose } from "./purpose.js";
import { type ReceiveIssue, receiveIssue } from "./receive-issue.js";
import { validateProfile } from "./validate-profile.js";
import { canonicalSha256 } from "./web-crypto.js";
import { echoedKey, zodIssuePaths } from "./zod-issues.js";

/**
 * Options of {@link receive}.
 *
 * @example
 * ```ts
 * const options: ReceiveOptions = { on: "2025-03-02" };
 * ```
 */
export interface ReceiveOptions {
  /** Today, in the recipient's zone (`YYYY-MM-DD`): an envelope kept past its `retainUntil` is refused. */
  on: string;
}

/**
 * Result of {@link receive}: the envelope, accepted, or why it is refused.
 *
 * @example
 * ```ts
 * const recordsToKeep = (result: ReceiveResult) => (result.ok ? result.value.records : []);
 * const result: ReceiveResult = await receive({}, defaultProfile("manpower-labour-inspection")!, { on: "2025-03-02" });
 * result.ok ? result.value : result.issues.map((i) => [i.code, i.path]); // [["required", ["disclosure"]], ["required", ["records"]]]
 * ```
 */
export type ReceiveResult = { ok: true; value: Envelope } | { ok: false; issues: ReceiveIssue[] };

type Path = (string | number)[];

/** Finds every field of a shared record that the profile does not allow, and identifiers left in the clear. */
function fieldIssues(
  value: unknown,
  catalogPath: string,
  path: Path,
  fields: readonly string[],
  pseudonymous: boolean,
  issues: ReceiveIssue[],
): void {
  const node = fieldCatalogue().get(catalogPath);
  const allowed = fields.some((f) => isAtOrAbove(f, catalogPath));
  if (node === undefined || (!allowed && !fields.some((f) => isAtOrAbove(catalogPath, f)))) {
    issues.push(receiveIssue("field.not-allowed", path));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      fieldIssues(item, catalogPath, [...path, i], fields, pseudonymous, issues);
    });
    return;
  }
  if (node.opaque) return;
  if (value !== null && typeof value === "object") {
    if (node.keys.length === 0) {
      issues.push(receiveIssue("field.not-allowed", path));
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const known = node.keys.includes(key);
      if (!known) issues.push(receiveIssue("field.not-allowed", [...path, echoedKey(key)]));
      else fieldIssues(child, `${catalogPath}.${key}`, [...path, key], fields, pseudonymous, issues);
    }
    return;
  }
  if (!allowed) {
    issues.push(receiveIssue("field.not-allowed", path));
    return;
  }
  if (
    pseudonymous &&
    isIdentifierPath(catalogPath) &&
    !(typeof value === "string" && value.startsWith(PSEUDONYM_PREFIX))
  ) {
    issues.push(receiveIssue("identifier.not-pseudonymised", path));
  }
}

const isRedacted = (v: unknown): boolean =>
  v !== null && typeof v === "object" && (v as Record<string, unknown>).redacted === true;

/** Finds every explanation leaf that shows a value `share` would have redacted under `purpose`. */
function explanationIssues(node: unknown, path: Path, purpose: SharingPurpose, issues: ReceiveIssue[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      explanationIssues(item, [...path, i], purpose, issues);
    });
    return;
  }
  if (node === null || typeof node !== "object") return;
  const n = node as Record<string, unknown>;
  const shown = (key: string) => Object.hasOwn(n, key) && !isRedacted(n[key]);
  const ref = n.expectedRef as Record<string, unknown> | undefined;
  if (
    (n.kind === "fact" && isHiddenLeaf(n.fact, n.path, purpose) && (shown("actual") || shown("expected"))) ||
    (ref !== null &&
      typeof ref === "object" &&
      isHiddenLeaf(ref.fact, ref.path, purpose) &&
      shown("expected"))
  ) {
    issues.push(receiveIssue("explanation.not-redacted", path));
  }
  for (const [key, value] of Object.entries(n)) {
    if (key === "actual" || key === "expected") continue;
    if (value !== null && typeof value === "object")
      explanationIssues(value, [...path, key], purpose, issues);
  }
}

/** The explanations of a shared assessment: `fired[].explanation` and `notEvaluated[].explanation`. */
function assessmentExplanationIssues(
  assessment: unknown,
  path: Path,
  purpose: SharingPurpose,
  issues: ReceiveIssue[],
): void {
  if (assessment === null || typeof assessment !== "object") return;
  for (const list of ["fired", "notEvaluated"] as const) {
    const items = (assessment as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      if (item !== null && typeof item === "object" && Object.hasOwn(item, "explanation")) {
        const tree = (item as Record<string, unknown>).explanation;
        explanationIssues(tree, [...path, list, i, "explanation"], purpose, issues);
      }
    });
  }
}

/**
 * Checks an envelope before the recipient keeps it: against its JSON Schema, against the recipient's copy of the
 * profile (same id, version and digest, purpose and recipient kind), field by field (nothing the profile does not
 * allow; identifiers pseudonymised under a pseudonymous profile), record by record (no child's record under a
 * purpose that may not carry it; no explanation leaf showing religion, ethnicity or restricted data the purpose
 * may not carry), against its digest and count, and against its retention period on the day given. Every refusal is a coded issue with a path; no message echoes a value.
 *
 * @throws {@link ProfileInvalidError} when the profile does not validate; {@link ExchangeError} `option.invalid`
 * when `on` is not a calendar date.
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * const profile = defaultProfile("manpower-labour-inspection")!;
 * const { envelope } = await share([{ case: generateCase({ seed: 1 }) }], profile, {
 *   recipient: { id: "disnaker-5171", kind: "manpower-office" }, requestedBy: "officer-12", reason: "Joint inspection",
 *   key: crypto.getRandomValues(new Uint8Array(32)), at: "2025-03-01T09:00:00+08:00" });
 * (await receive(envelope, profile, { on: "2025-03-02" })).ok; // true
 * const result = await receive(envelope, profile, { on: "2025-06-01" });
 * if (!result.ok) console.log(result.issues.map((i) => i.code)); // ["retention.expired"] (kept until 2025-05-29)
 * ```
 */
export async function receive(
  envelope: unknown,
  profile: SharingProfile,
  options: ReceiveOptions,
): Promise<ReceiveResult> {
  const validated = validateProfile(profile);
  if (!validated.ok) throw new ProfileInvalidError(validated.issues);
  const p = validated.value;
  const on = options?.on;
  if (!isIsoDate(on)) throw new ExchangeError("option.invalid", { field: "on" });

  const parsed = EnvelopeSchema.safeParse(envelope);
  if (!parsed.success) {
    return {
      ok: false,
      issues: zodIssuePaths(parsed.error, envelope).map((i) => receiveIssue(i.code, i.path)),
    };
  }
  const { disclosure: d, records } = parsed.data;
  const issues: ReceiveIssue[] = [];
  const at = (...path: Path): Path => ["disclosure", ...path];

  if (d.profile.id !== p.id) issues.push(receiveIssue("profile.mismatch", at("profile", "id")));
  if (d.profile.version !== p.version)
    issues.push(receiveIssue("profile.mismatch", at("profile", "version")));
  if (d.profile.sha256 !== (await canonicalSha256(p))) {
    issues.push(receiveIssue("profile.mismatch", at("profile", "sha256")));
  }
  if (d.fields.length !== p.fields.length || d.fields.some((f, i) => f !== p.fields[i])) {
    issues.push(receiveIssue("profile.mismatch", at("fields")));
  }
  if (d.pseudonymous !== p.pseudonymous) issues.push(receiveIssue("profile.mismatch", at("pseudonymous")));
  if (d.retentionDays !== p.retentionDays) issues.push(receiveIssue("profile.mismatch", at("retentionDays")));
  if (d.purpose !== p.purpose) issues.push(receiveIssue("purpose.mismatch", at("purpose")));
  if (!p.recipientKinds.includes(d.recipient.kind)) {
    issues.push(receiveIssue("recipient.mismatch", at("recipient", "kind")));
  }

  const childrenAllowed = childPurposes().includes(p.purpose);
  records.forEach((record, i) => {
    for (const root of RECORD_ROOTS) {
      const part = record[root];
      if (part !== undefined) fieldIssues(part, root, ["records", i, root], p.fields, p.pseudonymous, issues);
    }
    if (!childrenAllowed && isChildRecord(record, d.sharedOn)) {
      issues.push(receiveIssue("record.child-not-allowed", ["records", i]));
    }
    assessmentExplanationIssues(record.assessment, ["records", i, "assessment"], p.purpose, issues);
  });
  if (d.recordCount !== records.length) issues.push(receiveIssue("count.mismatch", at("recordCount")));
  if ((await canonicalSha256(records)) !== d.payloadSha256) {
    issues.push(receiveIssue("digest.mismatch", at("payloadSha256")));
  }
  if (d.sharedOn !== d.sharedAt.slice(0, 10)) issues.push(receiveIssue("retention.mismatch", at("sharedOn")));
  else if (d.retainUntil !== addDays(d.sharedOn, p.retentionDays - 1)) {
    issues.push(receiveIssue("retention.mismatch", at("retainUntil")));
  }
  if (d.retainUntil < on) issues.push(receiveIssue("retention.expired", at("retainUntil")));
  return issues.length === 0 ? { ok: true, value: parsed.data } : { ok: false, issues };
}

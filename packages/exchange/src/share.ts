import { addDays, type Case, isIsoDateTime } from "@timpora/models";
import type { Assessment } from "@timpora/tppo";
import {
  DISCLOSURE_FORMAT,
  type DisclosureRecord,
  type Envelope,
  type EnvelopeDisclosure,
  type Recipient,
  RecipientSchema,
  type SharedRecord,
} from "./disclosure.js";
import { ExchangeError, ProfileInvalidError } from "./exchange-error.js";
import { RECORD_ROOTS } from "./field-catalogue.js";
import { childPurposes } from "./field-classes.js";
import { fieldTree, isChildRecord, project } from "./minimise.js";
import type { SharingProfile } from "./profile.js";
import { pseudonymiser } from "./pseudonym.js";
import { DEFAULT_SHARING_ZONE, dateTimeInZone } from "./sharing-day.js";
import { validateProfile } from "./validate-profile.js";
import { canonicalSha256 } from "./web-crypto.js";

/**
 * One record to share: a case, and its assessment when the profile sends assessment fields.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * import { createEvaluator } from "@timpora/tppo";
 * const c = generateCase({ seed: 1, plant: ["overstay"] });
 * const record: ShareRecord = { case: c, assessment: await createEvaluator({ asOf: "2025-06-30" }).evaluate(c) };
 * ```
 */
export interface ShareRecord {
  /** The case (as `parseCase` of @timpora/models returns it). */
  case: Case;
  /** Its screening result (as `evaluate` of @timpora/tppo returns it), if any. */
  assessment?: Assessment | undefined;
}

/**
 * Options of {@link share}.
 *
 * @example
 * ```ts
 * const key = crypto.getRandomValues(new Uint8Array(32)); // in practice the team's stored key
 * const options: ShareOptions = {
 *   recipient: { id: "disnaker-5171", kind: "manpower-office" },
 *   requestedBy: "officer-12", reason: "Joint inspection", key, at: "2025-03-01T09:00:00+08:00",
 * };
 * ```
 */
export interface ShareOptions {
  /** The receiving agency; its kind must be one the profile sends to. */
  recipient: Recipient;
  /** Who asks for the disclosure: an official's id in the team's records. */
  requestedBy: string;
  /** Why, in words, without personal data (it goes to the recipient and into the log). */
  reason: string;
  /**
   * The team's secret pseudonym key, at least 32 random bytes (`crypto.getRandomValues(new Uint8Array(32))`),
   * kept apart from the data. Used for the subjects' pseudonyms always, and for record identifiers when the
   * profile is pseudonymous. Keep the same key to keep pseudonyms stable.
   */
  key: Uint8Array;
  /**
   * When it is shared: an ISO date-time with offset (default: now, written in `zone`). The sharing day is its
   * calendar date at that offset, so pass the team's offset (`+08:00` in WITA) for a local day.
   */
  at?: string | undefined;
  /**
   * The team's IANA zone, for the sharing day when `at` is not given (default `"Asia/Jakarta"`, WIB: a choice of
   * ours; pass `"Asia/Makassar"` or `"Asia/Jayapura"` in WITA or WIT). When `at` is given, its own offset decides.
   */
  zone?: string | undefined;
}

/**
 * What {@link share} returns: the envelope to send, and the disclosure record to append to the team's log. The
 * log's record lists the subjects by pseudonym; the envelope's copy does not (it would link the pseudonyms to the
 * person ids the records carry).
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * const { envelope, disclosure }: Shared = await share([{ case: generateCase({ seed: 1 }) }], defaultProfiles[0]!, {
 *   recipient: { id: "disnaker-5171", kind: "manpower-office" }, requestedBy: "officer-12", reason: "Joint inspection",
 *   key: crypto.getRandomValues(new Uint8Array(32)) });
 * const log = await appendDisclosure([], disclosure); // send `envelope`, keep `log` and `logHead(log)`
 * ["subjects" in envelope.disclosure, disclosure.subjects.length]; // [false, 1]
 * ```
 */
export interface Shared {
  /** What the recipient gets: the minimised records and the disclosure record without `subjects`. */
  envelope: Envelope;
  /** The disclosure record for the sender's log (`appendDisclosure`), with `subjects`. */
  disclosure: DisclosureRecord;
}

function checkText(value: unknown, field: string, max: number): string {
  if (typeof value !== "string" || value.trim().length === 0 || value.length > max) {
    throw new ExchangeError("option.invalid", { field });
  }
  return value;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object";

/**
 * Shares records under a profile: returns the envelope for the recipient (the minimised records and the disclosure
 * record without its subjects) and the disclosure record to append to the team's log (`appendDisclosure`).
 *
 * - Only the profile's fields leave: every other field (and any key the models do not know) is dropped; religion
 *   and ethnicity never leave (no valid profile names them).
 * - A child's record (under 18 on the sharing day, or an assessment saying `minor`) leaves only under
 *   child protection or a TPPO referral; otherwise it is held back and counted in `withheldChildRecords`.
 * - With a pseudonymous profile, every record identifier becomes the recipient's pseudonym (`pseudonymOf`).
 * - The disclosure record says who asked, for whom, why, when, under which basis, which fields, how many records,
 *   until when the recipient may keep them, and the SHA-256 of the records in RFC 8785 canonical JSON.
 *
 * @throws {@link ProfileInvalidError} when the profile does not validate; {@link ExchangeError} `option.invalid`
 * (`zone` not an IANA zone, among others), `key.invalid` or `recipient.not-in-profile` for a bad option, `record.mismatch` for an assessment whose
 * `caseId` is not its case's id.
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * import { createEvaluator } from "@timpora/tppo";
 * const c = generateCase({ seed: 1, plant: ["overstay"] });
 * const a = await createEvaluator({ asOf: "2025-06-30" }).evaluate(c);
 * const profile = defaultProfiles.find((p) => p.id === "manpower-labour-inspection")!;
 * const { envelope } = await share([{ case: c, assessment: a }], profile, {
 *   recipient: { id: "disnaker-5171", kind: "manpower-office" }, requestedBy: "officer-12",
 *   reason: "Joint inspection of a workplace", key: crypto.getRandomValues(new Uint8Array(32)) });
 * envelope.records[0]?.case?.documents; // undefined: no passport numbers for the manpower office
 * envelope.records[0]?.assessment; // { evaluationDate: "2025-06-30", routes: [{ route: "immigration" }] }: no level
 * ```
 */
export async function share(
  records: Iterable<ShareRecord>,
  profile: SharingProfile,
  options: ShareOptions,
): Promise<Shared> {
  const validated = validateProfile(profile);
  if (!validated.ok) throw new ProfileInvalidError(validated.issues);
  const p = validated.value;
  if (!isObject(options)) throw new ExchangeError("option.invalid", { field: "options" });
  const recipientParsed = RecipientSchema.safeParse(options.recipient);
  if (!recipientParsed.success) throw new ExchangeError("option.invalid", { field: "recipient" });
  const r = recipientParsed.data;
  const recipient: Recipient = { id: r.id, kind: r.kind, ...(r.name === undefined ? {} : { name: r.name }) };
  if (!p.recipientKinds.includes(recipient.kind)) {
    throw new ExchangeError("recipient.not-in-profile", { field: "recipient.kind" });
  }
  const requestedBy = checkText(options.requestedBy, "requestedBy", 128);
  const reason = checkText(options.reason, "reason", 1000);
  const zone = options.zone ?? DEFAULT_SHARING_ZONE;
  if (typeof zone !== "string") throw new ExchangeError("option.invalid", { field: "zone" });
  dateTimeInZone(0, zone); // refuses a zone that is not an IANA zone, even when `at` is given
  const sharedAt = options.at ?? dateTimeInZone(Date.now(), zone);
  if (!isIsoDateTime(sharedAt)) throw new ExchangeError("option.invalid", { field: "at" });
  const sharedOn = sharedAt.slice(0, 10);
  const pseudonym = await pseudonymiser(options.key, recipient.id);

  const tree = fieldTree(p.fields);
  const childrenAllowed = childPurposes().includes(p.purpose);
  const kept: ShareRecord[] = [];
  let withheldChildRecords = 0;
  let index = 0;
  for (const record of records) {
    if (!isObject(record)) throw new ExchangeError("option.invalid", { field: "records" });
    const assessment: unknown = record.assessment;
    if (isObject(assessment) && assessment.caseId !== (isObject(record.case) ? record.case.id : undefined)) {
      throw new ExchangeError("record.mismatch", { field: `records.${index}.assessment.caseId` });
    }
    index++;
    if (!childrenAllowed && isChildRecord(record, sharedOn)) withheldChildRecords++;
    else kept.push(record);
  }

  // Pseudonyms are asynchronous (WebCrypto): a first pass collects the identifiers, the second one uses them.
  const identifiers = new Set<string>();
  const projectAll = (mapId?: (v: string) => string): SharedRecord[] =>
    kept.map((record) => {
      const out: SharedRecord = {};
      for (const root of RECORD_ROOTS) {
        const node = tree.children.get(root);
        if (node === undefined) continue;
        const part = project((record as unknown as Record<string, unknown>)[root], node, root, {
          mapId,
          purpose: p.purpose,
        });
        if (part !== undefined) out[root] = part as Record<string, unknown>;
      }
      return out;
    });
  let shared: SharedRecord[];
  if (p.pseudonymous) {
    projectAll((v) => {
      identifiers.add(v);
      return v;
    });
    const list = [...identifiers];
    const names = await Promise.all(list.map((v) => pseudonym(v)));
    const map = new Map(list.map((v, i) => [v, names[i] as string]));
    shared = projectAll((v) => map.get(v) ?? v);
  } else {
    shared = projectAll();
  }

  const personIds = new Set<string>();
  for (const record of kept) {
    const id = record.case?.person?.id;
    if (typeof id === "string") personIds.add(id);
  }
  const subjects = await Promise.all([...personIds].map((id) => pseudonym(id)));

  const disclosure: DisclosureRecord = {
    format: DISCLOSURE_FORMAT,
    id: globalThis.crypto.randomUUID(),
    sharedAt,
    sharedOn,
    requestedBy,
    reason,
    recipient,
    purpose: p.purpose,
    legalBasis: structuredClone(p.legalBasis) as DisclosureRecord["legalBasis"],
    profile: { id: p.id, version: p.version, sha256: await canonicalSha256(p) },
    fields: [...p.fields],
    pseudonymous: p.pseudonymous,
    recordCount: shared.length,
    withheldChildRecords,
    subjects,
    retentionDays: p.retentionDays,
    retainUntil: addDays(sharedOn, p.retentionDays - 1),
    payloadSha256: await canonicalSha256(shared),
  };
  const { subjects: _subjects, ...sent } = disclosure;
  const envelopeDisclosure: EnvelopeDisclosure = sent;
  return { envelope: { disclosure: envelopeDisclosure, records: shared }, disclosure };
}

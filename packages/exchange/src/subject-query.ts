import type { DisclosureRecord } from "./disclosure.js";
import type { LogRecord } from "./disclosure-log.js";
import { ExchangeError } from "./exchange-error.js";
import { pseudonymiser } from "./pseudonym.js";
import { hmacKey } from "./web-crypto.js";

/**
 * One disclosure about a data subject: who received what, when, why and until when.
 *
 * @example
 * ```ts
 * const answerLine = (d: SubjectDisclosure): string =>
 *   `${d.sharedAt}: ${d.recipient.name ?? d.recipient.id} (${d.purpose}), kept until ${d.retainUntil}`;
 * ```
 */
export interface SubjectDisclosure {
  /** Position of the record in the log. */
  seq: number;
  /** Id of the disclosure. */
  disclosureId: string;
  /** When it was shared. */
  sharedAt: string;
  /** Who received it. */
  recipient: DisclosureRecord["recipient"];
  /** For which purpose. */
  purpose: DisclosureRecord["purpose"];
  /** Under which legal basis. */
  legalBasis: DisclosureRecord["legalBasis"];
  /** Which fields. */
  fields: DisclosureRecord["fields"];
  /** The last day the recipient may keep the data. */
  retainUntil: string;
}

/**
 * Options of {@link disclosuresAbout}.
 *
 * @example
 * ```ts
 * const key = crypto.getRandomValues(new Uint8Array(32)); // in practice the team's stored key, the one `share` used
 * const options: SubjectQueryOptions = { key };
 * await disclosuresAbout([], "person-17", options); // []
 * ```
 */
export interface SubjectQueryOptions {
  /** The team's pseudonym key, the one `share` used. */
  key: Uint8Array;
}

/**
 * Answers a data subject's question "who received my data?" (UU 27/2022 Art. 5 and 7, the rights to information
 * and access, are not among the Art. 15 exemptions; high) from the disclosure log: every disclosure whose subjects
 * include the person, found by computing the person's pseudonym for each recipient with the team's key. The log
 * itself names nobody.
 *
 * @throws {@link ExchangeError} `key.invalid` or `option.invalid`.
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * const c = generateCase({ seed: 1 });
 * const { disclosure } = await share([{ case: c }], defaultProfile("manpower-labour-inspection")!, {
 *   recipient: { id: "disnaker-5171", kind: "manpower-office" }, requestedBy: "officer-12", reason: "Joint inspection",
 *   key, at: "2025-03-01T09:00:00+08:00" });
 * const log = await appendDisclosure([], disclosure);
 * const answer = await disclosuresAbout(log, c.person.id, { key });
 * answer.map((d) => [d.recipient.kind, d.purpose, d.sharedAt]); // [["manpower-office", "labour-inspection", "2025-03-01T09:00:00+08:00"]]
 * ```
 */
export async function disclosuresAbout(
  log: readonly LogRecord[],
  subjectId: string,
  options: SubjectQueryOptions,
): Promise<SubjectDisclosure[]> {
  if (!Array.isArray(log)) throw new ExchangeError("option.invalid", { field: "log" });
  if (typeof subjectId !== "string" || subjectId.length === 0) {
    throw new ExchangeError("option.invalid", { field: "subjectId" });
  }
  await hmacKey(options?.key); // a bad key is an error even on an empty log
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (recipientId: string): Promise<string> => {
    let t = tokens.get(recipientId);
    if (t === undefined) {
      t = pseudonymiser(options?.key, recipientId).then((make) => make(subjectId));
      tokens.set(recipientId, t);
    }
    return t;
  };
  const out: SubjectDisclosure[] = [];
  for (const { seq, disclosure: d } of log) {
    if (!d.subjects.includes(await tokenFor(d.recipient.id))) continue;
    out.push({
      seq,
      disclosureId: d.id,
      sharedAt: d.sharedAt,
      recipient: d.recipient,
      purpose: d.purpose,
      legalBasis: d.legalBasis,
      fields: d.fields,
      retainUntil: d.retainUntil,
    });
  }
  return out;
}

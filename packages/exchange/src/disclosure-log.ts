import * as z from "zod";
import { type DisclosureRecord, DisclosureRecordSchema } from "./disclosure.js";
import { ExchangeError } from "./exchange-error.js";
import { canonicalSha256 } from "./web-crypto.js";

/**
 * The `prev` of the first record of a log: 64 zeros.
 *
 * @example
 * ```ts
 * logHead([]).hash === GENESIS_HASH; // true: the head of an empty log, and the `prev` of its first record
 * ```
 */
export const GENESIS_HASH: string = "0".repeat(64);

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * zod schema of a {@link LogRecord} (shipped as `schemas/log-record.json`).
 *
 * @example
 * ```ts
 * LogRecordSchema.safeParse({ seq: 0, prev: GENESIS_HASH, hash: GENESIS_HASH, disclosure: {} }).success; // false
 * ```
 */
export const LogRecordSchema = z.strictObject({
  /** Position in the log, from 0. */
  seq: z.int().min(0),
  /** `hash` of the record before (64 zeros for the first). */
  prev: sha256,
  /** SHA-256 (hex) of the RFC 8785 canonical JSON of `{ seq, prev, disclosure }`. */
  hash: sha256,
  /** The disclosure. */
  disclosure: DisclosureRecordSchema,
});

/**
 * One record of the disclosure log: a disclosure chained to the one before by its hash.
 *
 * @example
 * ```ts
 * const recipientsOf = (log: readonly LogRecord[]): string[] => log.map((r) => r.disclosure.recipient.id);
 * ```
 */
export type LogRecord = z.infer<typeof LogRecordSchema>;

/**
 * The head of a log: the last record's hash and the number of records. Kept apart from the log (in the team's
 * minutes, say), it lets `verifyLog` find records changed, removed, reordered or cut off at the end.
 *
 * @example
 * ```ts
 * const head: LogHead = logHead([]); // { hash: GENESIS_HASH, length: 0 }: after each append, write it in the minutes
 * (await verifyLog([], { head })).ok; // true
 * ```
 */
export interface LogHead {
  /** `hash` of the last record (64 zeros for an empty log). */
  hash: string;
  /** Number of records. */
  length: number;
}

/** The hash a log record must carry. */
export function recordHash(seq: number, prev: string, disclosure: DisclosureRecord): Promise<string> {
  return canonicalSha256({ seq, prev, disclosure });
}

/**
 * The head of a log: the last record's hash and the count (for an empty log, 64 zeros and 0). Write it down apart
 * from the log after each append, and give it to {@link verifyLog}.
 *
 * @example
 * ```ts
 * logHead([]); // { hash: "000…0", length: 0 }
 * ```
 */
export function logHead(log: readonly LogRecord[]): LogHead {
  const last = log.at(-1);
  return { hash: last === undefined ? GENESIS_HASH : last.hash, length: log.length };
}

/**
 * Appends a disclosure to an append-only, hash-chained log and returns the new log (the given one is not
 * changed): the new record's `seq` is the log's length, its `prev` the last record's hash, and its `hash` the
 * SHA-256 of `{ seq, prev, disclosure }` in RFC 8785 canonical JSON.
 *
 * @throws {@link ExchangeError} `option.invalid` when `disclosure` is not a disclosure record.
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * const { disclosure } = await share([{ case: generateCase({ seed: 1 }) }], defaultProfile("manpower-labour-inspection")!, {
 *   recipient: { id: "disnaker-5171", kind: "manpower-office" }, requestedBy: "officer-12", reason: "Joint inspection", key,
 * });
 * let log: LogRecord[] = [];
 * log = await appendDisclosure(log, disclosure); // the sender's record, with `subjects` (not `envelope.disclosure`)
 * [log[0]?.seq, log[0]?.prev === GENESIS_HASH, logHead(log).length]; // [0, true, 1]
 * ```
 */
export async function appendDisclosure(
  log: readonly LogRecord[],
  disclosure: DisclosureRecord,
): Promise<LogRecord[]> {
  const parsed = DisclosureRecordSchema.safeParse(disclosure);
  if (!parsed.success) throw new ExchangeError("option.invalid", { field: "disclosure" });
  const { hash: prev, length: seq } = logHead(log);
  const record: LogRecord = {
    seq,
    prev,
    hash: await recordHash(seq, prev, parsed.data),
    disclosure: parsed.data,
  };
  return [...log, record];
}

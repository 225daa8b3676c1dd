import { isIsoDate } from "@timpora/models";
import type { DisclosureRecord } from "./disclosure.js";
import type { LogRecord } from "./disclosure-log.js";
import { ExchangeError } from "./exchange-error.js";

/**
 * Options of {@link expiredRecords}.
 *
 * @example
 * ```ts
 * const options: ExpiredRecordsOptions = { on: "2025-06-01", recipientId: "disnaker-5171" };
 * ```
 */
export interface ExpiredRecordsOptions {
  /** The day (`YYYY-MM-DD`): disclosures whose `retainUntil` is before it must be deleted by then. */
  on: string;
  /** Only the disclosures to this recipient (its id). */
  recipientId?: string | undefined;
}

/**
 * A disclosure whose retention period has passed.
 *
 * @example
 * ```ts
 * const toDelete = (expired: readonly ExpiredDisclosure[]): string[] =>
 *   expired.map((e) => `${e.recipient.id}: ${e.recordCount} record(s) shared for ${e.purpose}, kept until ${e.retainUntil}`);
 * ```
 */
export interface ExpiredDisclosure {
  /** Position of the record in the log. */
  seq: number;
  /** Id of the disclosure. */
  disclosureId: string;
  /** Who holds the data. */
  recipient: DisclosureRecord["recipient"];
  /** For which purpose it was shared. */
  purpose: DisclosureRecord["purpose"];
  /** The last day it could be kept. */
  retainUntil: string;
  /** How many records it carried. */
  recordCount: number;
}

/**
 * The disclosures of a log whose retention period has passed on the given day: what each recipient must have
 * deleted by then (the last day to keep is `retainUntil`, inclusive).
 *
 * @throws {@link ExchangeError} `option.invalid` when `on` is not a calendar date or `log` not an array.
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * const { disclosure } = await share([{ case: generateCase({ seed: 1 }) }], defaultProfile("manpower-labour-inspection")!, {
 *   recipient: { id: "disnaker-5171", kind: "manpower-office" }, requestedBy: "officer-12", reason: "Joint inspection",
 *   key, at: "2025-03-01T09:00:00+08:00" });
 * const log = await appendDisclosure([], disclosure); // kept 90 days: 2025-03-01 to 2025-05-29
 * expiredRecords(log, { on: "2025-05-29" }); // []
 * expiredRecords(log, { on: "2025-06-01" }).map((e) => [e.recipient.id, e.retainUntil]); // [["disnaker-5171", "2025-05-29"]]
 * ```
 */
export function expiredRecords(
  log: readonly LogRecord[],
  options: ExpiredRecordsOptions,
): ExpiredDisclosure[] {
  if (!Array.isArray(log)) throw new ExchangeError("option.invalid", { field: "log" });
  const on = options?.on;
  if (!isIsoDate(on)) throw new ExchangeError("option.invalid", { field: "on" });
  const out: ExpiredDisclosure[] = [];
  for (const { seq, disclosure: d } of log) {
    if (d.retainUntil >= on) continue;
    if (options.recipientId !== undefined && d.recipient.id !== options.recipientId) continue;
    out.push({
      seq,
      disclosureId: d.id,
      recipient: d.recipient,
      purpose: d.purpose,
      retainUntil: d.retainUntil,
      recordCount: d.recordCount,
    });
  }
  return out;
}

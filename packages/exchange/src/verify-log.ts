import { GENESIS_HASH, type LogHead, type LogRecord, logHead, recordHash } from "./disclosure-log.js";
import { ExchangeError } from "./exchange-error.js";
import { type LogIssue, logIssue } from "./log-issue.js";

/**
 * Options of {@link verifyLog}.
 *
 * @example
 * ```ts
 * const options: VerifyLogOptions = { head: { hash: GENESIS_HASH, length: 0 } }; // as written in the minutes
 * (await verifyLog([], options)).ok; // true
 * ```
 */
export interface VerifyLogOptions {
  /**
   * The expected head, `{ hash, length }`, as written down apart from the log (`logHead` after the last append).
   * A log that has grown since verifies too, when its first `length` records still end in `hash`.
   */
  head: LogHead;
}

/**
 * Result of {@link verifyLog}: the log's current head, or what was found and where.
 *
 * @example
 * ```ts
 * const report = (result: LogVerification): string =>
 *   result.ok ? `intact, ${result.head.length} record(s)` : result.issues.map((i) => `${i.code} at ${i.index}`).join("; ");
 * ```
 */
export type LogVerification = { ok: true; head: LogHead } | { ok: false; issues: LogIssue[] };

const HASH = /^[0-9a-f]{64}$/;

function checkHead(head: unknown): LogHead {
  const h = head as Partial<LogHead> | null | undefined;
  if (
    h === null ||
    typeof h !== "object" ||
    typeof h.hash !== "string" ||
    !HASH.test(h.hash) ||
    !Number.isSafeInteger(h.length) ||
    (h.length as number) < 0
  ) {
    throw new ExchangeError("option.invalid", { field: "head" });
  }
  return { hash: h.hash, length: h.length as number };
}

/**
 * Verifies a disclosure log against its expected head and says where it was tampered with: each record's hash is
 * recomputed (`record.changed`), each record must point at the hash of the record before it (`link.broken`),
 * positions must follow on (`record.removed`, `record.reordered`), and the log must reach the head, with the
 * head's hash at the head's position (`log.truncated`, `head.mismatch`). A log rewritten from some record on, with
 * every later hash recomputed, is caught by the head alone, and cannot be located from the log.
 *
 * @throws {@link ExchangeError} `option.invalid` when `log` is not an array or the head is malformed.
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * const { disclosure } = await share([{ case: generateCase({ seed: 1 }) }], defaultProfiles[0]!, {
 *   recipient: { id: "disnaker-5171", kind: "manpower-office" }, requestedBy: "officer-12", reason: "Joint inspection",
 *   key: crypto.getRandomValues(new Uint8Array(32)) });
 * const log = await appendDisclosure([], disclosure);
 * const head = logHead(log); // written in the minutes
 * const edited = [{ ...log[0]!, disclosure: { ...disclosure, recordCount: 0 } }];
 * const result = await verifyLog(edited, { head });
 * if (!result.ok) for (const i of result.issues) console.log(i.code, i.index); // "record.changed" 0
 * ```
 */
export async function verifyLog(
  log: readonly unknown[],
  options: VerifyLogOptions,
): Promise<LogVerification> {
  if (!Array.isArray(log)) throw new ExchangeError("option.invalid", { field: "log" });
  const head = checkHead(options?.head);
  // The shape is checked lightly: the recomputed hash covers every byte of the content.
  const records: (LogRecord | undefined)[] = log.map((r) => (isLogRecordShape(r) ? r : undefined));
  const computed = await Promise.all(
    records.map((r) => (r === undefined ? undefined : recordHash(r.seq, r.prev, r.disclosure))),
  );
  const bySeq = new Map<number, LogRecord>();
  for (const r of records) if (r !== undefined && !bySeq.has(r.seq)) bySeq.set(r.seq, r);

  const issues: LogIssue[] = [];
  let maxSeq = -1;
  records.forEach((r, i) => {
    if (r === undefined) {
      issues.push(logIssue("record.invalid", i));
      maxSeq++; // taken to hold the next position, so the records after it are judged on their own
      return;
    }
    if (computed[i] !== r.hash) issues.push(logIssue("record.changed", i));
    if (r.seq <= maxSeq) {
      issues.push(logIssue("record.reordered", i));
    } else if (r.seq > maxSeq + 1) {
      let elsewhere = true;
      for (let s = maxSeq + 1; s < r.seq && elsewhere; s++) elsewhere = bySeq.has(s);
      issues.push(logIssue(elsewhere ? "record.reordered" : "record.removed", i));
    }
    maxSeq = Math.max(maxSeq, r.seq);
    const before = r.seq === 0 ? GENESIS_HASH : bySeq.get(r.seq - 1)?.hash;
    if (before !== undefined && r.prev !== before) issues.push(logIssue("link.broken", i));
  });

  if (head.length > 0) {
    const atHead = bySeq.get(head.length - 1);
    if (maxSeq < head.length - 1) issues.push(logIssue("log.truncated", log.length));
    else if (atHead !== undefined && atHead.hash !== head.hash) {
      issues.push(logIssue("head.mismatch", records.indexOf(atHead)));
    }
  }
  return issues.length === 0 ? { ok: true, head: logHead(records as LogRecord[]) } : { ok: false, issues };
}

function isLogRecordShape(r: unknown): r is LogRecord {
  if (r === null || typeof r !== "object") return false;
  const { seq, prev, hash, disclosure } = r as Partial<LogRecord>;
  return (
    Number.isSafeInteger(seq) &&
    (seq as number) >= 0 &&
    typeof prev === "string" &&
    HASH.test(prev) &&
    typeof hash === "string" &&
    HASH.test(hash) &&
    disclosure !== null &&
    typeof disclosure === "object" &&
    Object.keys(r).length === 4
  );
}

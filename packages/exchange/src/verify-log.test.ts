// Issue 14, acceptance: changing, deleting, reordering or cutting off any one record of a 10,000-record log is
// detected and located, given the expected head; the unchanged log verifies.
import { beforeAll, describe, expect, it } from "vitest";
import { defaultProfile } from "./default-profiles.js";
import type { DisclosureRecord } from "./disclosure.js";
import {
  appendDisclosure,
  GENESIS_HASH,
  type LogHead,
  type LogRecord,
  logHead,
  recordHash,
} from "./disclosure-log.js";
import { AT, KEY, realisticRecords, recipients } from "./exchange-cases.fixture.js";
import type { SharingProfile } from "./profile.js";
import { share } from "./share.js";
import { verifyLog } from "./verify-log.js";

const N = 10_000;
let log: LogRecord[];
let head: LogHead;

/** The log built quickly: the same chain appendDisclosure makes (checked on the first records below). */
async function chain(disclosures: DisclosureRecord[]): Promise<LogRecord[]> {
  const out: LogRecord[] = [];
  let prev = GENESIS_HASH;
  for (const [seq, disclosure] of disclosures.entries()) {
    const hash = await recordHash(seq, prev, disclosure);
    out.push({ seq, prev, hash, disclosure });
    prev = hash;
  }
  return out;
}

const found = async (tampered: unknown[], h: LogHead = head) => {
  const result = await verifyLog(tampered, { head: h });
  return result.ok ? "ok" : result.issues.map((i) => [i.code, i.index]);
};

beforeAll(async () => {
  const records = (await realisticRecords(80)).slice(0, 3);
  const profile = defaultProfile("manpower-labour-inspection") as SharingProfile;
  const { disclosure } = await share(records, profile, {
    recipient: recipients.disnaker,
    requestedBy: "officer-12",
    reason: "Pemeriksaan bersama",
    key: KEY,
    at: AT,
  });
  const disclosures = Array.from({ length: N }, (_, i) => ({
    ...disclosure,
    id: `${(i + 1).toString(16).padStart(8, "0")}-0000-4000-8000-000000000000`,
  }));
  log = await chain(disclosures);
  head = logHead(log);
});

describe("verifyLog on a 10,000-record log", () => {
  it("the unchanged log verifies, and appendDisclosure builds the same chain", async () => {
    expect(await found(log)).toBe("ok");
    let appended: LogRecord[] = [];
    for (const r of log.slice(0, 3)) appended = await appendDisclosure(appended, r.disclosure);
    expect(appended).toEqual(log.slice(0, 3));
    expect(logHead([])).toEqual({ hash: GENESIS_HASH, length: 0 });
  });

  it("a changed, a deleted, two reordered and three cut-off records are each found and located", async () => {
    const tampered = [...log];
    // cut off the last three
    tampered.length = N - 3;
    // swap 7000 and 7001
    [tampered[7000], tampered[7001]] = [log[7001] as LogRecord, log[7000] as LogRecord];
    // change record 3000 and recompute its hash: the link of 3001 breaks
    const r3000 = log[3000] as LogRecord;
    const changed = { ...r3000.disclosure, purpose: "law-enforcement" as const };
    tampered[3000] = { ...r3000, disclosure: changed, hash: await recordHash(3000, r3000.prev, changed) };
    // change record 1234 (its hash left as it was)
    const r1234 = log[1234] as LogRecord;
    tampered[1234] = { ...r1234, disclosure: { ...r1234.disclosure, recordCount: 4 } };
    // delete record 5000 (the records after it move up by one)
    tampered.splice(5000, 1);
    expect(await found(tampered)).toEqual([
      ["record.changed", 1234],
      ["link.broken", 3001],
      ["record.removed", 5000],
      ["record.reordered", 6999],
      ["record.reordered", 7000],
      ["log.truncated", N - 4],
    ]);
  });
});

describe("verifyLog: any one record of a log, at every position", () => {
  const M = 40;
  let small: LogRecord[];
  let smallHead: LogHead;
  beforeAll(() => {
    small = log.slice(0, M);
    smallHead = logHead(small);
  });

  it("changed, deleted, swapped with the next one, or cut off at the end: found and located", async () => {
    for (let k = 0; k < M; k++) {
      const r = small[k] as LogRecord;
      const changed = [...small];
      changed[k] = { ...r, disclosure: { ...r.disclosure, reason: "Alasan lain" } };
      expect(await found(changed, smallHead), `change ${k}`).toEqual([["record.changed", k]]);
      const deleted = small.filter((_, i) => i !== k);
      const removal = k === M - 1 ? ["log.truncated", M - 1] : ["record.removed", k];
      expect(await found(deleted, smallHead), `delete ${k}`).toEqual([removal]);
      if (k < M - 1) {
        const swapped = [...small];
        [swapped[k], swapped[k + 1]] = [small[k + 1] as LogRecord, r];
        expect(await found(swapped, smallHead), `swap ${k}`).toEqual([
          ["record.reordered", k],
          ["record.reordered", k + 1],
        ]);
      }
      expect(await found(small.slice(0, k), smallHead), `cut ${k}`).toEqual([["log.truncated", k]]);
    }
  });

  it("a record moved to the end is located where it was taken from and where it went", async () => {
    const moved = [...small.slice(0, 10), ...small.slice(11), small[10] as LogRecord];
    expect(await found(moved, smallHead)).toEqual([
      ["record.reordered", 10],
      ["record.reordered", M - 1],
    ]);
  });

  it("a log rewritten from a record on, every hash recomputed, is caught by the head alone", async () => {
    const k = 17;
    const r = small[k] as LogRecord;
    const disclosure = { ...r.disclosure, recordCount: 0 };
    const first = { ...r, disclosure, hash: await recordHash(r.seq, r.prev, disclosure) };
    const rewritten = [...small.slice(0, k), ...(await chainFrom(small.slice(k), k, first))];
    expect(await found(rewritten, smallHead)).toEqual([["head.mismatch", M - 1]]);
  });

  it("a log that has grown since the head was written down verifies against it", async () => {
    const result = await verifyLog(small, { head: logHead(small.slice(0, 25)) });
    expect(result).toEqual({ ok: true, head: { hash: (small[M - 1] as LogRecord).hash, length: M } });
  });
});

/** Re-chains `records` after `first` (which replaces records[0]), recomputing every hash. */
async function chainFrom(records: LogRecord[], from: number, first: LogRecord): Promise<LogRecord[]> {
  const out = [first];
  for (const r of records.slice(1)) {
    const prev = (out.at(-1) as LogRecord).hash;
    out.push({ ...r, prev, hash: await recordHash(r.seq, prev, r.disclosure) });
  }
  expect(out[0]?.seq).toBe(from);
  return out;
}

describe("verifyLog refusals", () => {
  it("a malformed record is named; a malformed head is a programmer error", async () => {
    const small = log.slice(0, 3);
    expect(await found([small[0], { seq: 1 }, small[2]], logHead(small))).toEqual([["record.invalid", 1]]);
    await expect(verifyLog("log" as unknown as unknown[], { head: logHead(small) })).rejects.toMatchObject({
      code: "option.invalid",
      field: "log",
    });
    await expect(verifyLog(small, { head: { hash: "x", length: 3 } })).rejects.toMatchObject({
      code: "option.invalid",
      field: "head",
    });
  });
});

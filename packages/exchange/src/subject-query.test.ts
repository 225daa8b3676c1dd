import { beforeAll, describe, expect, it } from "vitest";
import { defaultProfile } from "./default-profiles.js";
import { appendDisclosure, type LogRecord } from "./disclosure-log.js";
import {
  AT,
  hasProtected,
  isChild,
  KEY,
  OTHER_KEY,
  realisticRecords,
  recipients,
} from "./exchange-cases.fixture.js";
import { expiredRecords } from "./expired-records.js";
import type { SharingProfile } from "./profile.js";
import { type ShareRecord, share } from "./share.js";
import { disclosuresAbout } from "./subject-query.js";

const labour = defaultProfile("manpower-labour-inspection") as SharingProfile;
const statistics = defaultProfile("oversight-statistics") as SharingProfile;
const dukcapil = defaultProfile("dukcapil-civil-registration-check") as SharingProfile;

let log: LogRecord[];
let people: ShareRecord[];
beforeAll(async () => {
  people = (await realisticRecords(80)).filter((r) => hasProtected(r.case) && !isChild(r.case)).slice(0, 6);
  const options = { requestedBy: "officer-12", reason: "Rapat Timpora", key: KEY };
  log = [];
  // person 0 goes to the manpower office and (pseudonymous) to the immigration office; person 5 to Dukcapil only
  const sent = [
    await share(people.slice(0, 3), labour, { ...options, recipient: recipients.disnaker, at: AT }),
    await share(people.slice(0, 2), statistics, {
      ...options,
      recipient: recipients.kanim,
      at: "2025-03-10T10:00:00+08:00",
    }),
    await share(people.slice(5, 6), dukcapil, {
      ...options,
      recipient: recipients.dukcapil,
      at: "2025-04-01T08:00:00+07:00",
    }),
  ];
  for (const e of sent) log = await appendDisclosure(log, e.disclosure);
});

describe("disclosuresAbout: who received my data?", () => {
  it("lists every disclosure about the person, with recipient, purpose, basis, fields and retention", async () => {
    const id = (people[0] as ShareRecord).case.person.id;
    const answer = await disclosuresAbout(log, id, { key: KEY });
    expect(answer.map((d) => [d.seq, d.recipient.id, d.purpose, d.sharedAt, d.retainUntil])).toEqual([
      [0, "disnaker-5171", "labour-inspection", "2025-03-01T09:00:00+08:00", "2025-05-29"],
      [1, "kanim-denpasar", "oversight-statistics", "2025-03-10T10:00:00+08:00", "2026-03-09"],
    ]);
    expect(answer[0]?.legalBasis[0]?.article).toBe("Pasal 20 ayat (2) huruf e");
    expect(answer[1]?.fields).toEqual(statistics.fields);
  });

  it("finds only the disclosures the person was in, and nothing without the right key", async () => {
    const last = (people[5] as ShareRecord).case.person.id;
    expect((await disclosuresAbout(log, last, { key: KEY })).map((d) => d.recipient.kind)).toEqual([
      "dukcapil",
    ]);
    expect(await disclosuresAbout(log, "person-never-shared", { key: KEY })).toEqual([]);
    expect(
      await disclosuresAbout(log, (people[0] as ShareRecord).case.person.id, { key: OTHER_KEY }),
    ).toEqual([]);
  });

  it("refuses a key that is not 32 bytes, even on an empty log", async () => {
    await expect(disclosuresAbout([], "person-1", { key: new Uint8Array(8) })).rejects.toMatchObject({
      code: "key.invalid",
    });
  });

  it("the log names nobody: no person id appears in it", () => {
    const text = JSON.stringify(log);
    for (const p of people) expect(text).not.toContain(`"${p.case.person.id}"`);
  });
});

describe("expiredRecords", () => {
  it("lists what each recipient must have deleted by the day (retainUntil is the last day to keep)", () => {
    const on = (day: string) =>
      expiredRecords(log, { on: day }).map((e) => [e.seq, e.recipient.id, e.retainUntil]);
    expect(on("2025-04-30")).toEqual([]);
    // Dukcapil: 30 days from 1 April, day 1 included
    expect(on("2025-05-01")).toEqual([[2, "dukcapil-5171", "2025-04-30"]]);
    // the manpower office: 90 days from 1 March
    expect(on("2025-05-29")).toEqual([[2, "dukcapil-5171", "2025-04-30"]]);
    expect(on("2025-05-30")).toEqual([
      [0, "disnaker-5171", "2025-05-29"],
      [2, "dukcapil-5171", "2025-04-30"],
    ]);
    expect(on("2026-03-10")).toEqual([
      [0, "disnaker-5171", "2025-05-29"],
      [1, "kanim-denpasar", "2026-03-09"],
      [2, "dukcapil-5171", "2025-04-30"],
    ]);
    expect(
      expiredRecords(log, { on: "2026-03-10", recipientId: "dukcapil-5171" }).map((e) => e.recordCount),
    ).toEqual([1]);
  });

  it("throws for a day that is not a calendar date", () => {
    expect(() => expiredRecords(log, { on: "2025-13-01" })).toThrow(
      expect.objectContaining({ code: "option.invalid", field: "on" }),
    );
  });
});

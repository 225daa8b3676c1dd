import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultProfile } from "./default-profiles.js";
import { EnvelopeSchema, type SharedRecord } from "./disclosure.js";
import {
  AT,
  hasProtected,
  isChild,
  KEY,
  OTHER_KEY,
  realisticRecords,
  recipients,
} from "./exchange-cases.fixture.js";
import { type ExchangeError, ProfileInvalidError } from "./exchange-error.js";
import type { SharingProfile } from "./profile.js";
import { pseudonymOf } from "./pseudonym.js";
import { type ShareOptions, type ShareRecord, share } from "./share.js";
import { canonicalJson } from "./web-crypto.js";

const labour = defaultProfile("manpower-labour-inspection") as SharingProfile;
const statistics = defaultProfile("oversight-statistics") as SharingProfile;
const base: ShareOptions = {
  recipient: recipients.disnaker,
  requestedBy: "officer-12",
  reason: "Pemeriksaan bersama di tempat kerja",
  key: KEY,
  at: AT,
};
const pseudonymous: SharingProfile = {
  ...labour,
  id: "labour-pseudonymous",
  pseudonymous: true,
  fields: [
    "case.id",
    "case.person.id",
    "case.person.documentIds",
    "case.documents.id",
    "case.person.nationality",
  ],
};

let adults: ShareRecord[];
beforeAll(async () => {
  adults = (await realisticRecords()).filter((r) => hasProtected(r.case) && !isChild(r.case)).slice(0, 20);
});

describe("share: the disclosure record", () => {
  it("says who, to whom, why, when, under which basis, which fields, how many, until when, and the digest", async () => {
    const { envelope, disclosure: d } = await share(adults, labour, base);
    expect(d.format).toBe("timpora.disclosure/1");
    expect(d.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([d.sharedAt, d.sharedOn, d.requestedBy, d.reason]).toEqual([
      "2025-03-01T09:00:00+08:00",
      "2025-03-01",
      "officer-12",
      "Pemeriksaan bersama di tempat kerja",
    ]);
    expect(d.recipient).toEqual({
      id: "disnaker-5171",
      kind: "manpower-office",
      name: "Disnaker Kota Contoh",
    });
    expect(d.purpose).toBe("labour-inspection");
    expect(d.legalBasis.map((b) => [b.instrument, b.article, b.confidence])).toEqual([
      ["UU 27/2022 (Pelindungan Data Pribadi)", "Pasal 20 ayat (2) huruf e", "medium"],
      ["UU 6/2011 (Keimigrasian)", "Pasal 69 ayat (1)", "high"],
      ["Permenimipas 2/2025", "Pasal 53", "high"],
      ["UU 13/2003 (Ketenagakerjaan)", "Bab XIV Pengawasan (article not verified)", "unverified"],
    ]);
    expect(d.profile.id).toBe("manpower-labour-inspection");
    expect(d.profile.sha256).toBe(createHash("sha256").update(canonicalJson(labour)).digest("hex"));
    expect(d.fields).toEqual(labour.fields);
    expect([d.recordCount, d.withheldChildRecords, d.subjects.length]).toEqual([20, 0, 20]);
    // 90 days, the sharing day being day 1: 1 March to 29 May 2025
    expect([d.retentionDays, d.retainUntil]).toEqual([90, "2025-05-29"]);
    // SHA-256 of the RFC 8785 canonical JSON of the records (node:crypto here, WebCrypto in the code)
    expect(d.payloadSha256).toBe(createHash("sha256").update(canonicalJson(envelope.records)).digest("hex"));
  });

  it("canonical JSON is RFC 8785: sorted keys, no spaces, ES number form", () => {
    expect(canonicalJson({ b: 1e21, a: [1, "€", null, 0.1], é: true, c: -0 })).toBe(
      '{"a":[1,"€",null,0.1],"b":1e+21,"c":0,"é":true}',
    );
  });

  it("the sharing day is the calendar date at the given offset", async () => {
    const { envelope } = await share(adults.slice(0, 1), labour, {
      ...base,
      at: "2025-02-28T23:30:00-01:00",
    });
    expect([envelope.disclosure.sharedOn, envelope.disclosure.retainUntil]).toEqual([
      "2025-02-28",
      "2025-05-28",
    ]);
  });

  it("without `at`, the sharing day is today in the team's zone (default Asia/Jakarta), not in UTC", async () => {
    const one = adults.slice(0, 1);
    const { disclosure: jakarta } = await share(one, labour, { ...base, at: undefined });
    expect(jakarta.sharedAt.endsWith("+07:00")).toBe(true); // WIB has no daylight saving
    expect(jakarta.sharedOn).toBe(jakarta.sharedAt.slice(0, 10));
    const { disclosure: east } = await share(one, labour, {
      ...base,
      at: undefined,
      zone: "Pacific/Kiritimati",
    });
    const { disclosure: west } = await share(one, labour, {
      ...base,
      at: undefined,
      zone: "Pacific/Pago_Pago",
    });
    expect([east.sharedAt.slice(-6), west.sharedAt.slice(-6)]).toEqual(["+14:00", "-11:00"]);
    // 25 hours apart: at any instant UTC+14 is one or two calendar days ahead of UTC-11
    expect(east.sharedOn > west.sharedOn).toBe(true);
    expect(east.sharedOn).toBe(east.sharedAt.slice(0, 10));
    expect(
      await share(one, labour, { ...base, at: undefined, zone: "Mars/Olympus" }).catch((e: ExchangeError) => [
        e.code,
        e.field,
      ]),
    ).toEqual(["option.invalid", "zone"]);
  });

  it("drops keys the models do not know", async () => {
    const [first] = adults as [ShareRecord];
    const odd = {
      ...first,
      case: { ...first.case, person: { ...first.case.person, shoeSize: 44 }, extra: "x" },
    };
    const { envelope } = await share([odd as unknown as ShareRecord], labour, base);
    expect(JSON.stringify(envelope.records)).not.toMatch(/shoeSize|extra/);
  });
});

describe("share: pseudonyms", () => {
  const ids = (records: SharedRecord[]) => records.map((r) => r.case?.id);

  it("replace every record identifier, consistently inside an envelope", async () => {
    const { envelope, disclosure } = await share(adults.slice(0, 5), pseudonymous, base);
    for (const [i, sent] of envelope.records.entries()) {
      const input = (adults[i] as ShareRecord).case;
      const c = sent.case as {
        id: string;
        person: { id: string; documentIds: string[] };
        documents: { id: string }[];
      };
      expect(c.id).toBe(await pseudonymOf(input.id, { key: KEY, recipientId: "disnaker-5171" }));
      expect(c.person.id).not.toBe(input.person.id);
      expect(c.person.documentIds).toEqual(c.documents.map((d) => d.id));
      expect(c.person.documentIds.length).toBe(input.person.documentIds.length);
    }
    expect(disclosure.subjects).toEqual(
      envelope.records.map((r) => (r.case?.person as { id?: string } | undefined)?.id),
    );
  });

  it("the subjects' pseudonyms stay in the sender's disclosure record, never in the envelope sent", async () => {
    // Under a profile that is not pseudonymous the records carry real person ids in order: pseudonyms beside them
    // in the envelope would tell the recipient which pseudonym is whose.
    const shared = await share(adults.slice(0, 3), labour, base);
    const expected = await Promise.all(
      adults
        .slice(0, 3)
        .map((r) => pseudonymOf(r.case.person.id, { key: KEY, recipientId: "disnaker-5171" })),
    );
    expect(shared.disclosure.subjects).toEqual(expected);
    expect(Object.keys(shared.envelope.disclosure)).not.toContain("subjects");
    const sent = JSON.stringify(shared.envelope);
    for (const p of expected) expect(sent).not.toContain(p);
    const { subjects: _, ...withoutSubjects } = shared.disclosure;
    expect(shared.envelope.disclosure).toEqual(withoutSubjects);
    const smuggled = {
      ...shared.envelope,
      disclosure: { ...shared.envelope.disclosure, subjects: expected },
    };
    expect(EnvelopeSchema.safeParse(smuggled).success).toBe(false);
  });

  it("the same person gets the same pseudonym for one recipient across envelopes", async () => {
    const one = await share(adults.slice(0, 6), statistics, { ...base, recipient: recipients.kanim });
    const two = await share(adults.slice(3, 9), statistics, {
      ...base,
      recipient: recipients.kanim,
      at: undefined,
    });
    expect(ids(two.envelope.records).slice(0, 3)).toEqual(ids(one.envelope.records).slice(3, 6));
    expect(two.disclosure.subjects.slice(0, 3)).toEqual(one.disclosure.subjects.slice(3, 6));
  });

  it("and different ones across recipients, and under another key", async () => {
    const kanim = await share(adults.slice(0, 6), statistics, { ...base, recipient: recipients.kanim });
    const other = { id: "ditjenim", kind: "immigration-directorate-general" } as const;
    const ditjen = await share(adults.slice(0, 6), statistics, { ...base, recipient: other });
    const rekeyed = await share(adults.slice(0, 6), statistics, {
      ...base,
      recipient: recipients.kanim,
      key: OTHER_KEY,
    });
    const a = ids(kanim.envelope.records);
    for (const b of [ids(ditjen.envelope.records), ids(rekeyed.envelope.records)]) {
      expect(b.filter((id) => a.includes(id))).toEqual([]);
    }
    expect(new Set(a).size).toBe(6);
  });
});

describe("share: refusals (programmer errors)", () => {
  const codeOf = async (p: Promise<unknown>) =>
    p.then(
      () => "resolved",
      (e: ExchangeError) => [e.code, e.field],
    );

  it("an invalid profile", async () => {
    const bad = { ...labour, fields: ["case.person.religion"] };
    const error = await share(adults, bad, base).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileInvalidError);
    expect((error as ProfileInvalidError).issues.map((i) => i.code)).toEqual(["field.protected"]);
  });

  it("a recipient of a kind the profile does not send to", async () => {
    expect(await codeOf(share(adults, labour, { ...base, recipient: recipients.polres }))).toEqual([
      "recipient.not-in-profile",
      "recipient.kind",
    ]);
  });

  it("an assessment of another case: one person's level would leave with another's identity", async () => {
    const [a, b] = adults as [ShareRecord, ShareRecord];
    expect(a.case.id).not.toBe(b.case.id);
    const swapped = [a, { case: b.case, assessment: a.assessment }];
    expect(await codeOf(share(swapped, labour, base))).toEqual([
      "record.mismatch",
      "records.1.assessment.caseId",
    ]);
    expect(await codeOf(share([a, b], labour, base))).toBe("resolved");
  });

  it("a short key, a missing reason, a date without offset", async () => {
    expect(await codeOf(share(adults, labour, { ...base, key: new Uint8Array(16) }))).toEqual([
      "key.invalid",
      "key",
    ]);
    expect(await codeOf(share(adults, labour, { ...base, reason: " " }))).toEqual([
      "option.invalid",
      "reason",
    ]);
    expect(await codeOf(share(adults, labour, { ...base, at: "2025-03-01T09:00:00" }))).toEqual([
      "option.invalid",
      "at",
    ]);
  });
});

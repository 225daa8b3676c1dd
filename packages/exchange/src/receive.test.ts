// Issue 14, acceptance: receive refuses an envelope with an extra field, a changed digest or a profile mismatch,
// with coded errors that never echo the values; and one kept past its retention.
import { beforeAll, describe, expect, it } from "vitest";
import { defaultProfile } from "./default-profiles.js";
import type { Envelope } from "./disclosure.js";
import { AT, hasProtected, isChild, KEY, realisticRecords, recipients } from "./exchange-cases.fixture.js";
import type { SharingProfile } from "./profile.js";
import { receive } from "./receive.js";
import { type ShareRecord, share } from "./share.js";

const labour = defaultProfile("manpower-labour-inspection") as SharingProfile;
const statistics = defaultProfile("oversight-statistics") as SharingProfile;
const SECRET = "NAMA-RAHASIA-1984";

let envelope: Envelope;
let records: ShareRecord[];
beforeAll(async () => {
  records = (await realisticRecords(80)).filter((r) => hasProtected(r.case) && !isChild(r.case)).slice(0, 8);
  ({ envelope } = await share(records, labour, {
    recipient: recipients.disnaker,
    requestedBy: "officer-12",
    reason: "Pemeriksaan bersama",
    key: KEY,
    at: AT,
  }));
});

const copy = (): Envelope => structuredClone(envelope);
const refusal = async (e: unknown, profile = labour, on = "2025-03-02") => {
  const result = await receive(e, profile, { on });
  return result.ok ? "accepted" : result.issues.map((i) => [i.code, i.path]);
};

describe("receive", () => {
  it("accepts the envelope as it was sent, on any day up to its last day of retention", async () => {
    expect(await refusal(envelope)).toBe("accepted");
    expect(await refusal(envelope, labour, "2025-05-29")).toBe("accepted");
    const result = await receive(envelope, labour, { on: "2025-03-01" });
    expect(result.ok && result.value.records).toEqual(envelope.records);
  });

  it("refuses an extra field (religion, a passport number, an unknown key), naming its path, never its value", async () => {
    const e = copy();
    const person = e.records[2]?.case?.person as Record<string, unknown>;
    person.religion = SECRET;
    (e.records[5]?.case as Record<string, unknown>).documents = [{ number: SECRET }];
    (e.records[0]?.case as Record<string, unknown>)[SECRET] = SECRET;
    const issues = await refusal(e);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["field.not-allowed", ["records", 2, "case", "person", "religion"]],
        ["field.not-allowed", ["records", 5, "case", "documents"]],
        ["field.not-allowed", ["records", 0, "case", SECRET]],
        ["digest.mismatch", ["disclosure", "payloadSha256"]],
      ]),
    );
    const result = await receive(e, labour, { on: "2025-03-02" });
    expect(JSON.stringify(result.ok ? {} : result.issues.map((i) => i.message))).not.toContain(SECRET);
    // a long key could be a value in disguise: it is not echoed in the path either
    const long = copy();
    (long.records[0]?.case as Record<string, unknown>)[`${SECRET}-${SECRET}-${SECRET}`] = 1;
    expect(JSON.stringify(await refusal(long))).not.toContain(SECRET);
  });

  it("refuses a changed digest, or records changed on the way", async () => {
    const e = copy();
    e.disclosure.payloadSha256 = "0".repeat(64);
    expect(await refusal(e)).toEqual([["digest.mismatch", ["disclosure", "payloadSha256"]]]);
    const f = copy();
    (f.records[1]?.case?.person as Record<string, unknown>).nationality = "UTO";
    expect(await refusal(f)).toEqual([["digest.mismatch", ["disclosure", "payloadSha256"]]]);
    const g = copy();
    g.records.pop();
    expect(await refusal(g)).toEqual([
      ["count.mismatch", ["disclosure", "recordCount"]],
      ["digest.mismatch", ["disclosure", "payloadSha256"]],
    ]);
  });

  it("refuses an envelope made under another profile, or another version of it", async () => {
    const issues = await refusal(envelope, statistics);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["profile.mismatch", ["disclosure", "profile", "id"]],
        ["profile.mismatch", ["disclosure", "profile", "sha256"]],
        ["purpose.mismatch", ["disclosure", "purpose"]],
        ["recipient.mismatch", ["disclosure", "recipient", "kind"]],
      ]),
    );
    const newer = { ...labour, version: "1.1.0", retentionDays: 30 };
    expect(await refusal(envelope, newer)).toEqual([
      ["profile.mismatch", ["disclosure", "profile", "version"]],
      ["profile.mismatch", ["disclosure", "profile", "sha256"]],
      ["profile.mismatch", ["disclosure", "retentionDays"]],
      ["retention.mismatch", ["disclosure", "retainUntil"]],
    ]);
  });

  it("refuses an envelope kept past its retention period, or whose retention was stretched", async () => {
    expect(await refusal(envelope, labour, "2025-05-30")).toEqual([
      ["retention.expired", ["disclosure", "retainUntil"]],
    ]);
    const e = copy();
    e.disclosure.retainUntil = "2026-03-01";
    expect(await refusal(e, labour, "2025-06-01")).toEqual([
      ["retention.mismatch", ["disclosure", "retainUntil"]],
    ]);
  });

  it("refuses what does not fit the envelope's JSON Schema, with paths", async () => {
    const e = copy() as unknown as Record<string, unknown>;
    e.extra = SECRET;
    delete (e.disclosure as Record<string, unknown>).purpose;
    expect(await refusal(e)).toEqual([
      ["required", ["disclosure", "purpose"]],
      ["key.unknown", ["extra"]],
    ]);
    expect(await refusal("not an envelope")).toEqual([["type.invalid", []]]);
  });

  it("refuses identifiers left in the clear under a pseudonymous profile", async () => {
    const { envelope: sent } = await share(records, statistics, {
      recipient: recipients.kanim,
      requestedBy: "officer-12",
      reason: "Peta pengawasan",
      key: KEY,
      at: AT,
    });
    expect(await refusal(sent, statistics)).toBe("accepted");
    const e = structuredClone(sent);
    (e.records[3]?.case as Record<string, unknown>).id = (records[3] as ShareRecord).case.id;
    expect(await refusal(e, statistics)).toEqual([
      ["identifier.not-pseudonymised", ["records", 3, "case", "id"]],
      ["digest.mismatch", ["disclosure", "payloadSha256"]],
    ]);
  });

  it("throws for a bad day or an invalid profile (programmer errors)", async () => {
    await expect(receive(envelope, labour, { on: "2025-02-30" })).rejects.toMatchObject({
      code: "option.invalid",
    });
    await expect(
      receive(envelope, { ...labour, fields: ["case.person.ethnicity"] }, { on: "2025-03-02" }),
    ).rejects.toMatchObject({
      code: "profile.invalid",
    });
  });
});

describe("receive: the children rule and explanations, checked again on arrival", () => {
  const police = defaultProfile("police-law-enforcement") as SharingProfile;
  let sent: Envelope;
  beforeAll(async () => {
    ({ envelope: sent } = await share(records.slice(0, 3), police, {
      recipient: recipients.polres,
      requestedBy: "officer-12",
      reason: "Penyidikan",
      key: KEY,
      at: AT,
    }));
  });
  const policeRefusal = (e: unknown) => refusal(e, police);

  it("refuses a child's record under a purpose that may not carry it (under 18 on the sharing day, or minor)", async () => {
    expect(await policeRefusal(sent)).toBe("accepted");
    const e = structuredClone(sent);
    (e.records[1]?.case?.person as Record<string, unknown>).birthDate = "2010-03-02"; // 14 on 1 March 2025
    expect(await policeRefusal(e)).toEqual([
      ["record.child-not-allowed", ["records", 1]],
      ["digest.mismatch", ["disclosure", "payloadSha256"]],
    ]);
  });

  it("refuses an explanation leaf that shows religion, or restricted data the purpose may not carry", async () => {
    const e = structuredClone(sent);
    const leaf = (fact: string, path: string | undefined, actual: unknown) => ({
      kind: "fact",
      fact,
      ...(path === undefined ? {} : { path }),
      operator: "equal",
      expected: true,
      actual,
      state: "passed",
    });
    (e.records[0] as { assessment: Record<string, unknown> }).assessment.fired = [
      {
        id: "x",
        explanation: {
          kind: "all",
          state: "passed",
          children: [
            leaf("observation", "injuriesVisible", true), // health: not for law enforcement
            { ...leaf("observation", "injuriesVisible", { redacted: true }), expected: { redacted: true } }, // as share sends it
            leaf("religion", undefined, SECRET),
            leaf("enforcement", "personTip", true), // criminal records: law enforcement may carry them
          ],
        },
      },
    ];
    const issues = await policeRefusal(e);
    expect(issues).toEqual([
      ["explanation.not-redacted", ["records", 0, "assessment", "fired", 0, "explanation", "children", 0]],
      ["explanation.not-redacted", ["records", 0, "assessment", "fired", 0, "explanation", "children", 2]],
      ["digest.mismatch", ["disclosure", "payloadSha256"]],
    ]);
    expect(JSON.stringify(issues)).not.toContain(SECRET);
  });
});

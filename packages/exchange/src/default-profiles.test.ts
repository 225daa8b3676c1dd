// Issue 14, acceptance: for each default profile, realistic testkit cases (religion and ethnicity filled in) leave
// with exactly the allowed fields; the manpower office gets no passport number, religion or TPPO level; a child's
// record reaches only child-protection and TPPO-referral recipients.
import { beforeAll, describe, expect, it } from "vitest";
import { defaultProfile, defaultProfiles } from "./default-profiles.js";
import type { Recipient } from "./disclosure.js";
import {
  AT,
  at,
  dotted,
  hasProtected,
  isChild,
  KEY,
  leaves,
  realisticRecords,
  recipients,
  underAllowed,
} from "./exchange-cases.fixture.js";
import { isIdentifierPath } from "./field-classes.js";
import type { SharingProfile } from "./profile.js";
import { type ShareRecord, share } from "./share.js";

const recipientOf: Record<string, Recipient> = {
  "manpower-labour-inspection": recipients.disnaker,
  "police-tppo-referral": recipients.polres,
  "police-law-enforcement": recipients.polda,
  "social-child-protection": recipients.uptdPpa,
  "dukcapil-civil-registration-check": recipients.dukcapil,
  "oversight-statistics": recipients.kanim,
};

const options = (profile: SharingProfile) => ({
  recipient: recipientOf[profile.id] as Recipient,
  requestedBy: "officer-12",
  reason: "Tindak lanjut rapat Timpora",
  key: KEY,
  at: AT,
});

let records: ShareRecord[];
let adults: ShareRecord[];
let children: ShareRecord[];
beforeAll(async () => {
  records = await realisticRecords();
  adults = records.filter((r) => hasProtected(r.case) && !isChild(r.case));
  children = records.filter((r) => isChild(r.case));
});

describe("the default profiles on realistic cases", () => {
  it("the population has adults with religion and ethnicity filled in, and children", () => {
    expect(adults.length).toBeGreaterThan(50);
    expect(children.length).toBeGreaterThan(3);
  });

  it.each(defaultProfiles.map((p) => [p.id, p] as const))(
    "%s: the payload holds exactly the allowed fields the input has",
    async (_, profile) => {
      const { envelope } = await share(adults, profile, options(profile));
      expect(envelope.records).toHaveLength(adults.length);
      const sentPaths = new Set<string>();
      envelope.records.forEach((sent, i) => {
        const input = adults[i] as ShareRecord;
        for (const [path, value] of leaves(sent)) {
          const field = dotted(path);
          sentPaths.add(field);
          expect(underAllowed(field, profile.fields), field).toBe(true);
          if (!(profile.pseudonymous && isIdentifierPath(field)))
            expect(value, field).toEqual(at(input, path));
        }
        // every allowed leaf of the input is in the payload
        for (const [path, value] of leaves(input)) {
          const field = dotted(path);
          if (!underAllowed(field, profile.fields)) continue;
          if (profile.pseudonymous && isIdentifierPath(field)) expect(at(sent, path), field).toMatch(/^ps-/);
          else expect(at(sent, path), field).toEqual(value);
        }
      });
      expect([...sentPaths].some((p) => p.includes("religion") || p.includes("ethnicity"))).toBe(false);
    },
  );

  it("the manpower office's payload holds no passport number, religion, ethnicity or TPPO level", async () => {
    const profile = defaultProfile("manpower-labour-inspection") as SharingProfile;
    const { envelope } = await share(adults, profile, options(profile));
    const text = JSON.stringify(envelope.records);
    for (const r of adults) {
      for (const d of r.case.documents) expect(text).not.toContain(`"${d.number}"`);
    }
    const paths = new Set(envelope.records.flatMap((r) => leaves(r).map(([p]) => dotted(p))));
    expect(
      [...paths].filter((p) => /documents|religion|ethnicity|assessment\.level|fired|summary/.test(p)),
    ).toEqual([]);
    // what it does get: the worker, the permit, the employer, the working conditions, the routes
    expect(paths).toContain("case.person.names.primary");
    expect(paths).toContain("case.permits.validUntil");
    expect(paths).toContain("case.employers.sector");
    expect(envelope.disclosure.purpose).toBe("labour-inspection");
  });

  it("a child's record reaches only child-protection and TPPO-referral recipients", async () => {
    const childIds = new Set(children.map((r) => r.case.person.id));
    const reached: string[] = [];
    for (const profile of defaultProfiles) {
      const { envelope } = await share(records, profile, options(profile));
      const sentIds = envelope.records.map((r) => (r.case?.person as { id?: string } | undefined)?.id);
      const sentChildren = sentIds.filter((id) => id !== undefined && childIds.has(id));
      if (envelope.disclosure.withheldChildRecords === 0) reached.push(profile.purpose);
      if (["child-protection", "tppo-referral"].includes(profile.purpose)) {
        expect(sentChildren.length, profile.id).toBe(childIds.size);
      } else {
        expect(sentChildren, profile.id).toEqual([]);
        expect(envelope.disclosure.withheldChildRecords, profile.id).toBe(childIds.size);
        expect(envelope.disclosure.recordCount, profile.id).toBe(records.length - childIds.size);
      }
    }
    expect(reached.sort()).toEqual(["child-protection", "tppo-referral"]);
  });

  it("the oversight statistics carry pseudonyms instead of case ids", async () => {
    const profile = defaultProfile("oversight-statistics") as SharingProfile;
    const { envelope } = await share(adults.slice(0, 5), profile, options(profile));
    const ids = envelope.records.map((r) => r.case?.id);
    expect(ids.every((id) => typeof id === "string" && /^ps-[A-Za-z0-9_-]{43}$/.test(id))).toBe(true);
    expect(ids).not.toContain(adults[0]?.case.id);
  });
});

// Issue 14, acceptance: for random profiles and records, every path in the payload is allowed by the profile, and
// every value in it is the input's value at that path (or, for an identifier under a pseudonymous profile, its
// pseudonym).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  AT,
  at,
  dotted,
  isChild,
  KEY,
  leaves,
  realisticRecords,
  underAllowed,
} from "./exchange-cases.fixture.js";
import { fieldPaths } from "./field-catalogue.js";
import { isIdentifierPath } from "./field-classes.js";
import type { SharingProfile } from "./profile.js";
import { pseudonymOf } from "./pseudonym.js";
import { SharingPurposeSchema } from "./purpose.js";
import { type ShareRecord, share } from "./share.js";
import { validateProfile } from "./validate-profile.js";

let pool: ShareRecord[];
beforeAll(async () => {
  pool = await realisticRecords();
});

const base: Omit<SharingProfile, "purpose" | "fields" | "pseudonymous"> = {
  id: "random",
  version: "1.0.0",
  label: { id: "Acak", en: "Random" },
  recipientKinds: ["other"],
  legalBasis: [{ instrument: "UU 27/2022", article: "Pasal 20 ayat (2) huruf e", confidence: "medium" }],
  retentionDays: 30,
  reasoning: { id: "Uji", en: "Test" },
  proposal: true,
};

describe("share (property)", () => {
  it("every payload path is allowed, and every value is the input's or its pseudonym", async () => {
    const paths = fieldPaths();
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SharingPurposeSchema.options),
        fc.boolean(),
        fc.uniqueArray(fc.constantFrom(...paths), { minLength: 1, maxLength: 25 }),
        fc.uniqueArray(fc.nat({ max: 299 }), { minLength: 1, maxLength: 8 }),
        async (purpose, pseudonymous, wanted, picks) => {
          // keep the fields a valid profile may have for this purpose
          const fields = wanted.filter(
            (f) => validateProfile({ ...base, purpose, pseudonymous, fields: [f] }).ok,
          );
          fc.pre(fields.length > 0);
          const profile: SharingProfile = { ...base, purpose, pseudonymous, fields };
          const records = picks.map((i) => pool[i] as ShareRecord);
          const { envelope } = await share(records, profile, {
            recipient: { id: "other-1", kind: "other" },
            requestedBy: "officer-1",
            reason: "Uji",
            key: KEY,
            at: AT,
          });
          // a child's record (under 18 on the sharing day, or assessed as a minor) stays home unless the purpose
          // is child protection or a TPPO referral; the others keep their order
          const childrenGo = purpose === "child-protection" || purpose === "tppo-referral";
          const kept = records.filter(
            (r) => childrenGo || !(isChild(r.case) || r.assessment?.minor === true),
          );
          expect(envelope.records).toHaveLength(kept.length);
          for (const [i, sent] of envelope.records.entries()) {
            const input = kept[i];
            for (const [path, value] of leaves(sent)) {
              const field = dotted(path);
              expect(underAllowed(field, fields), field).toBe(true);
              const original = at(input, path);
              if (pseudonymous && isIdentifierPath(field)) {
                expect(value).toBe(
                  await pseudonymOf(original as string, { key: KEY, recipientId: "other-1" }),
                );
              } else if (field.includes(".explanation.") && value === true && path.at(-1) === "redacted") {
                // a value on religion or ethnicity inside an explanation leaves redacted (never with the default rules)
                const leaf = at(input, path.slice(0, -2)) as {
                  fact?: string;
                  expectedRef?: { fact?: string };
                };
                expect(["religion", "ethnicity"]).toContain(leaf.expectedRef?.fact ?? leaf.fact);
              } else {
                expect(value, field).toEqual(original);
              }
              checked++;
            }
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(checked).toBeGreaterThan(500);
  });
});

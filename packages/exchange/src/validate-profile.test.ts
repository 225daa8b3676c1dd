import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultProfile, defaultProfiles } from "./default-profiles.js";
import { fieldPaths } from "./field-catalogue.js";
import type { SharingProfile } from "./profile.js";
import { SharingPurposeSchema } from "./purpose.js";
import { validateProfile } from "./validate-profile.js";

const labour = defaultProfile("manpower-labour-inspection") as SharingProfile;
const codes = (input: unknown) => {
  const r = validateProfile(input);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
};

describe("validateProfile", () => {
  it.each(defaultProfiles.map((p) => [p.id, p] as const))("accepts the default profile %s", (_, profile) => {
    expect(codes(profile)).toEqual([]);
  });

  it("refuses religion and ethnicity, and any field above them, for every purpose", () => {
    for (const purpose of SharingPurposeSchema.options) {
      const fields = [
        "case.person.sex",
        "case.person.religion",
        "case.person.ethnicity",
        "case.person",
        "case",
      ];
      expect(codes({ ...labour, purpose, fields }).filter(([c]) => c === "field.protected")).toEqual([
        ["field.protected", ["fields", 1]],
        ["field.protected", ["fields", 2]],
        ["field.protected", ["fields", 3]],
        ["field.protected", ["fields", 4]],
      ]);
    }
  });

  it("refuses a field that is not in a case or an assessment, and a duplicate", () => {
    expect(
      codes({ ...labour, fields: ["case.person.sex", "case.person.shoeSize", "case.person.sex"] }),
    ).toEqual([
      ["field.unknown", ["fields", 1]],
      ["field.duplicate", ["fields", 2]],
    ]);
  });

  it("refuses specific data (UU 27/2022 Art. 4(2)) a purpose does not allow, and allows it where it does", () => {
    // criminal records: law enforcement only
    expect(codes({ ...labour, fields: ["case.enforcement.kind"] })).toEqual([
      ["field.specific-data", ["fields", 0]],
    ]);
    expect(codes({ ...labour, purpose: "law-enforcement", fields: ["case.enforcement"] })).toEqual([]);
    // biometric (a biometric match), through a field above it
    expect(codes({ ...labour, purpose: "tppo-referral", fields: ["case.identityFlags"] })).toEqual([
      ["field.specific-data", ["fields", 0]],
    ]);
    // health (visible injuries): TPPO referral and child protection only
    expect(codes({ ...labour, fields: ["case.observations.answers"] })).toEqual([
      ["field.specific-data", ["fields", 0]],
    ]);
    expect(
      codes({
        ...labour,
        purpose: "child-protection",
        fields: ["case.observations.answers.injuriesVisible"],
      }),
    ).toEqual([]);
    // the whole answers hold debts too (personal financial data), which child protection does not carry
    expect(codes({ ...labour, purpose: "child-protection", fields: ["case.observations.answers"] })).toEqual([
      ["field.specific-data", ["fields", 0]],
    ]);
  });

  it("refuses personal financial data (debts, UU 27/2022 Art. 4(2)) outside a TPPO referral or law enforcement", () => {
    const debt = [
      "case.observations.answers.debtOwed",
      "case.observations.answers.debtCreditor",
      "case.observations.answers.repaidThroughWork",
    ];
    expect(codes({ ...labour, fields: debt })).toEqual([
      ["field.specific-data", ["fields", 0]],
      ["field.specific-data", ["fields", 1]],
      ["field.specific-data", ["fields", 2]],
    ]);
    expect(codes({ ...labour, purpose: "child-protection", fields: debt })).toHaveLength(3);
    expect(codes({ ...labour, purpose: "tppo-referral", fields: debt })).toEqual([]);
    expect(codes({ ...labour, purpose: "law-enforcement", fields: debt })).toEqual([]);
    // wages and deductions are working conditions, read by the labour inspection (our reading)
    expect(codes({ ...labour, fields: ["case.observations.answers.paid"] })).toEqual([]);
  });

  it("refuses a screening explanation outside a TPPO referral or law enforcement (our restriction)", () => {
    expect(codes({ ...labour, fields: ["assessment.fired"] })).toEqual([["field.restricted", ["fields", 0]]]);
    expect(codes({ ...labour, purpose: "tppo-referral", fields: ["assessment.fired"] })).toEqual([]);
  });

  it("refuses direct identifiers in a pseudonymous profile", () => {
    const fields = [
      "case.id",
      "case.person.names.primary",
      "case.documents",
      "case.sponsors.nik",
      "case.person.sex",
    ];
    expect(codes({ ...labour, pseudonymous: true, fields })).toEqual([
      ["field.direct-identifier", ["fields", 1]],
      ["field.direct-identifier", ["fields", 2]],
      ["field.direct-identifier", ["fields", 3]],
    ]);
  });

  it("refuses birth dates in a pseudonymous profile: the person's, and a spouse's (Adminduk UU 23/2006 Art. 84)", () => {
    const fields = [
      "case.person.birthDate",
      "case.relations.otherParty.birthDate",
      "case.person.nationality",
    ];
    expect(codes({ ...labour, pseudonymous: true, fields })).toEqual([
      ["field.direct-identifier", ["fields", 0]],
      ["field.direct-identifier", ["fields", 1]],
    ]);
    expect(codes({ ...labour, pseudonymous: true, fields: ["case.relations.otherParty"] })).toEqual([
      ["field.direct-identifier", ["fields", 0]],
    ]);
  });

  it("refuses a wrong shape with coded issues and paths", () => {
    const { purpose: _, ...withoutPurpose } = labour;
    expect(codes(withoutPurpose)).toEqual([["required", ["purpose"]]]);
    expect(codes({ ...labour, extra: 1 })).toEqual([["key.unknown", ["extra"]]]);
    expect(codes({ ...labour, purpose: "marketing" })).toEqual([["value.invalid", ["purpose"]]]);
    expect(codes({ ...labour, retentionDays: "90" })).toEqual([["type.invalid", ["retentionDays"]]]);
    expect(codes({ ...labour, fields: ["$.case[0]"] })).toEqual([["value.invalid", ["fields", 0]]]);
    expect(codes({ ...labour, recipientKinds: ["uptd-ppa", "agency-x"] })).toEqual([
      ["value.invalid", ["recipientKinds", 1]],
    ]);
  });

  it("never echoes a value in its messages", () => {
    const secret = "SITI-AMINAH-1984";
    const r = validateProfile({
      ...labour,
      id: secret,
      fields: [`case.${secret}`],
      reasoning: { id: secret },
    });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(secret);
  });

  it("returns a frozen copy", () => {
    const r = validateProfile(labour);
    expect(r.ok && Object.isFrozen(r.value.fields)).toBe(true);
  });

  it("no profile can carry religion or ethnicity: any field list reaching them is refused (property)", () => {
    const paths = fieldPaths();
    const reaching = paths.filter(
      (p) => "case.person.religion".startsWith(p) || "case.person.ethnicity".startsWith(p),
    );
    expect(reaching).toEqual(["case", "case.person", "case.person.religion", "case.person.ethnicity"]);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...paths), { maxLength: 20 }),
        fc.constantFrom(...reaching),
        fc.constantFrom(...SharingPurposeSchema.options),
        fc.boolean(),
        (others, bad, purpose, pseudonymous) => {
          const fields = [...others.filter((p) => p !== bad), bad];
          const r = validateProfile({ ...labour, purpose, pseudonymous, fields });
          return (
            !r.ok && r.issues.some((i) => i.code === "field.protected" && i.path[1] === fields.length - 1)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { createEvaluator } from "../evaluator.js";
import {
  aMinor,
  arrivedWith,
  caseWith,
  FIXTURE_AS_OF,
  livesInVilla,
  observed,
  withEmployer,
  withSponsor,
  workItas,
} from "./case-fixtures.js";
import { defaultRuleSet } from "./index.js";

const evaluator = createEvaluator({ asOf: FIXTURE_AS_OF, ruleSet: defaultRuleSet });

async function strengthOf(id: string, c: ReturnType<typeof caseWith>, counts?: Record<string, number>) {
  const a = await evaluator.evaluate(c, counts === undefined ? {} : { counts });
  return a.fired.find((f) => f.id === id)?.strength;
}

describe("conditional strengths of the default rules (brief §5.3–5.4)", () => {
  it("minor-without-guardian is medium alone and strong with a purpose item (A1)", async () => {
    const alone = arrivedWith("alone");
    expect(await strengthOf("minor-without-guardian", caseWith(aMinor, alone))).toBe("medium");
    expect(await strengthOf("minor-without-guardian", caseWith(aMinor, alone, withEmployer({})))).toBe(
      "strong",
    );
  });

  const personSponsor = (s: { verificationStatus?: "fictitious" } = {}) =>
    withSponsor({ kind: "person", nib: undefined, ...s } as Parameters<typeof withSponsor>[0]);

  it("sponsor-many-foreigners is weak alone and medium with sponsor-unverifiable (A5 with A6)", async () => {
    const counts = { sponsorForeignerCount: 7 };
    expect(await strengthOf("sponsor-many-foreigners", caseWith(personSponsor()), counts)).toBe("weak");
    const fictitious = caseWith(personSponsor({ verificationStatus: "fictitious" }));
    expect(await strengthOf("sponsor-many-foreigners", fictitious, counts)).toBe("medium");
  });

  it("a corporate sponsor counts only above its own threshold and only with A6 or A8 (issue 9)", async () => {
    const many = { sponsorForeignerCount: 200 };
    expect(await strengthOf("sponsor-many-foreigners", caseWith(withSponsor({})), many)).toBeUndefined();
    const fictitious = caseWith(withSponsor({ verificationStatus: "fictitious" }));
    expect(await strengthOf("sponsor-many-foreigners", fictitious, many)).toBe("medium");
    expect(
      await strengthOf("sponsor-many-foreigners", fictitious, { sponsorForeignerCount: 9 }),
    ).toBeUndefined();
  });

  it("sponsor-many-foreigners is medium with address-cluster too (A5: 'M if A6 or A8 also hold', either one)", async () => {
    const counts = { sponsorForeignerCount: 7, addressForeignerCount: 7 };
    const clustered = caseWith(personSponsor(), livesInVilla);
    const a = await evaluator.evaluate(clustered, { counts });
    expect(a.fired.map((f) => f.id)).toContain("address-cluster");
    expect(a.fired.map((f) => f.id)).not.toContain("sponsor-unverifiable");
    expect(a.fired.find((f) => f.id === "sponsor-many-foreigners")?.strength).toBe("medium");
  });

  it("crew-no-shore-leave is strong when movement restriction is observed (A16 with B2)", async () => {
    const crew = (c: ReturnType<typeof caseWith>) => ({
      ...c,
      crew: [
        {
          schemaVersion: 1 as const,
          id: "c-1",
          vesselId: "v-1",
          vesselFlag: "IDN" as const,
          vesselRisk: "low" as const,
          onCrewListFrom: "2024-06-01",
          shoreLeave: [],
        },
      ],
    });
    expect(await strengthOf("crew-no-shore-leave", caseWith(crew))).toBe("medium");
    expect(await strengthOf("crew-no-shore-leave", caseWith(crew, observed({ lockedIn: true })))).toBe(
      "strong",
    );
  });

  it("threats and forced criminality are strong for a minor (B5, B10: child ⇒ S)", async () => {
    const answers = { threats: ["arrest" as const], forcedTasks: ["begging" as const] };
    expect(await strengthOf("threats-incl-denunciation", caseWith(workItas, observed(answers)))).toBe(
      "medium",
    );
    expect(await strengthOf("forced-criminality", caseWith(workItas, observed(answers)))).toBe("medium");
    expect(await strengthOf("threats-incl-denunciation", caseWith(aMinor, observed(answers)))).toBe("strong");
    expect(await strengthOf("forced-criminality", caseWith(aMinor, observed(answers)))).toBe("strong");
  });
});

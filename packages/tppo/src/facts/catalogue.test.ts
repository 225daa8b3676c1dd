import { DEFAULT_AS_OF, generateLabelledCases, PATTERN_IDS } from "@timpora/testkit";
import { describe, expect, it } from "vitest";
import { buildPopulationIndex } from "../population-index.js";
import { contextFor } from "./context-fixture.js";
import { defaultFacts } from "./index.js";

const asOf = DEFAULT_AS_OF;
const cases = [
  ...generateLabelledCases({
    seed: "tppo-facts",
    count: 600,
    plant: Object.fromEntries(PATTERN_IDS.map((p) => [p, 0.03])),
  }),
].map((l) => l.case);
const index = await buildPopulationIndex(cases, { asOf, facts: defaultFacts });

describe("defaultFacts", () => {
  it("has unique ids", () => {
    const ids = defaultFacts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("marks sex, nationality, religion and ethnicity protected, contact details personal, the workplace context", () => {
    const flagged = (pick: (f: (typeof defaultFacts)[number]) => boolean | undefined) =>
      defaultFacts
        .filter((f) => pick(f) === true)
        .map((f) => f.id)
        .sort();
    expect(flagged((f) => f.protected)).toEqual(["ethnicity", "nationality", "religion", "sex"]);
    expect(flagged((f) => f.personal)).toEqual(["contact"]);
    expect(flagged((f) => f.context)).toEqual(["workplace"]);
  });

  it("derives, for every generated case, a value of each fact's declared zod type (with an index and without)", () => {
    const failures: string[] = [];
    for (const c of cases)
      for (const ctx of [contextFor(c, asOf), contextFor(c, asOf, { index })])
        for (const f of defaultFacts) {
          const r = f.type.safeParse(f.derive(ctx));
          if (!r.success) failures.push(`${c.id} ${f.id}: ${r.error.issues[0]?.path.join(".")}`);
        }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it("never derives undefined for a non-cross-record fact, and only undefined for cross-record facts without index or counts", () => {
    for (const c of cases.slice(0, 100)) {
      const ctx = contextFor(c, asOf);
      for (const f of defaultFacts) {
        const v = f.derive(ctx);
        if (f.crossRecord === true) expect(v, f.id).toBeUndefined();
        else expect(v, f.id).not.toBeUndefined();
      }
    }
  });

  it("reads cross-record counts from the caller's counts first, else the index (0 when the case has no key)", () => {
    const c = cases[0]!;
    const sponsorCount = defaultFacts.find((f) => f.id === "sponsorForeignerCount")!;
    expect(sponsorCount.derive(contextFor(c, asOf, { counts: { sponsorForeignerCount: 11 } }))).toBe(11);
    const { sponsorId: _s, ...person } = c.person;
    const noSponsor = { ...c, person, permits: c.permits.map(({ sponsorId: _p, ...p }) => p) } as typeof c;
    expect(sponsorCount.derive(contextFor(noSponsor, asOf, { index }))).toBe(0);
  });
});

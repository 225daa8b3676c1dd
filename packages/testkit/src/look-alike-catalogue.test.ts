import { describe, expect, it } from "vitest";
import { LOOK_ALIKE_KINDS, LOOK_ALIKES } from "./look-alike-catalogue.js";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("look-alike catalogue", () => {
  it("names the issue's twelve kinds in kebab-case, each described under its own id", () => {
    expect(LOOK_ALIKE_KINDS).toHaveLength(12);
    for (const kind of LOOK_ALIKE_KINDS) {
      expect(kind).toMatch(KEBAB);
      expect(LOOK_ALIKES[kind].kind).toBe(kind);
      expect(LOOK_ALIKES[kind].description.length).toBeGreaterThan(40);
      expect(LOOK_ALIKES[kind].rateBasis.length).toBeGreaterThan(40);
    }
    expect(Object.keys(LOOK_ALIKES)).toEqual([...LOOK_ALIKE_KINDS]);
  });

  it("uses the group sizes the issue gives", () => {
    const sizes = Object.fromEntries(LOOK_ALIKE_KINDS.map((k) => [k, LOOK_ALIKES[k].groupSize]));
    expect(sizes).toEqual({
      "company-many-workers": [50, 300],
      "family-household": [3, 7],
      "students-shared-lodging": [5, 20],
      "family-shared-phone": [3, 6],
      "business-visitor": [1, 1],
      "minor-with-unlinked-parents": [3, 4],
      "contract-end-group-exit": [3, 6],
      "passport-in-processing": [1, 1],
      "crew-with-shore-leave": [1, 1],
      "short-overstay-tourist": [1, 1],
      "high-risk-sector-worker": [1, 1],
      "entertainment-staff": [1, 1],
    });
  });

  it("lets only the short overstay reach note, through overstay alone (a weak indicator)", () => {
    for (const kind of LOOK_ALIKE_KINDS) {
      const info = LOOK_ALIKES[kind];
      if (kind === "short-overstay-tourist") {
        expect(info.highestLevel).toBe("note");
        expect(info.mayFire).toEqual(["overstay"]);
      } else {
        expect(info.highestLevel, kind).toBe("none");
        expect(info.mayFire, kind).toEqual([]);
      }
      for (const id of info.resembles) expect(id).toMatch(KEBAB);
    }
    expect(LOOK_ALIKES["high-risk-sector-worker"].resembles).toEqual(["high-risk-sector"]);
    expect(LOOK_ALIKES["contract-end-group-exit"].resembles).toContain("exit-to-scam-hub-route");
    expect(LOOK_ALIKES["passport-in-processing"].resembles).toEqual(["passport-withheld"]);
  });

  it("makes about a third of a realistic population look-alikes (the documented mix)", () => {
    const total = LOOK_ALIKE_KINDS.reduce((sum, k) => sum + LOOK_ALIKES[k].defaultRate, 0);
    expect(total).toBeCloseTo(0.31, 10);
    for (const kind of LOOK_ALIKE_KINDS) expect(LOOK_ALIKES[kind].defaultRate).toBeGreaterThan(0);
  });
});

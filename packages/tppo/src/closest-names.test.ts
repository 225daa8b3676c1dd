import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestNames } from "./closest-names.js";

describe("closestNames: did you mean", () => {
  it("suggests names within a third of their length, closest first", () => {
    expect(closestNames("nationalty", ["nationality", "sex", "surname"])).toEqual(["nationality"]);
    expect(closestNames("screan", ["screen", "permit", "demo"])).toEqual(["screen"]);
    expect(closestNames("zzz", ["screen", "permit"])).toEqual([]);
  });

  it("ignores case, takes names that contain the given one after the near ones, and gives at most max", () => {
    expect(closestNames("SECTOR", ["sector", "sectorCode", "wage"])).toEqual(["sector", "sectorCode"]);
    expect(closestNames("wage", ["wages", "wageWithheld", "wage"], 2)).toEqual(["wage", "wages"]);
  });

  it("puts a known name first when it is given as it is", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1 }), (known) => {
        const sorted = [...known].sort((a, b) => a.localeCompare(b));
        // among names equal but for case, the first in locale order comes first
        const given = sorted[0]!;
        expect(closestNames(given, known)[0]?.toLowerCase()).toBe(given.toLowerCase());
      }),
    );
  });
});

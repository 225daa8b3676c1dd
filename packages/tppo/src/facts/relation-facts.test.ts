import type { Case } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { caseWith } from "../rules/case-fixtures.js";
import { contextFor } from "./context-fixture.js";
import { deriveMarriage } from "./relation-facts.js";

/** A marriage on `since` to an Indonesian spouse born on `birthDate` (all values synthetic). */
const marriedOn =
  (since: string, birthDate: string) =>
  (c: Case): Case => ({
    ...c,
    relations: [
      {
        schemaVersion: 1,
        id: "r-sp",
        kind: "spouse",
        otherPartyId: "p-spouse",
        otherParty: { indonesian: true, birthDate },
        since,
      },
    ],
  });

const spouseMinor = (since: string, birthDate: string, asOf = "2026-06-01") =>
  deriveMarriage(contextFor(caseWith(marriedOn(since, birthDate)), asOf)).spouseMinorAtMarriage;

describe("marriage fact: the Indonesian spouse under the minor age (default 18) on the marriage date", () => {
  it("a spouse born on 29 February 2008 is a minor on 28 February 2026 and not on 1 March 2026", () => {
    expect(spouseMinor("2026-02-28", "2008-02-29")).toBe(true);
    expect(spouseMinor("2026-03-01", "2008-02-29")).toBe(false);
  });

  it("the 18th birthday counts: born 2008-03-01, married 2026-03-01 is not a minor; a day earlier is", () => {
    expect(spouseMinor("2026-03-01", "2008-03-01")).toBe(false);
    expect(spouseMinor("2026-02-28", "2008-03-01")).toBe(true);
  });

  it("a spouse birth date after the marriage date is unknown, not a minor", () => {
    expect(spouseMinor("2026-03-01", "2026-03-02")).toBe(false);
  });
});

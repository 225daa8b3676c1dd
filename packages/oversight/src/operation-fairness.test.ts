import type { Case } from "@timpora/models";
import { entryEligibility } from "@timpora/permits";
import { NATIONALITY_TABLE, withEthnicity, withNationality, withReligion, withSex } from "@timpora/testkit";
import { describe, expect, it } from "vitest";
import { asOf, population, screen } from "./operation-population.fixture.js";
import { type OperationTarget, operationTargets } from "./operation-targets.js";

/**
 * Metamorphic fairness of the targets (issue 13, as the screening fairness test of issue 9 in
 * packages/tppo/src/rules/fairness.test.ts): nationality with every home-country reference changed to a
 * partner in the same rows of every country table (visa-exempt entry on the case's entry days and the
 * evaluation date; the scam-hub lists of A22: people of those countries are kept, others go to a non-hub), or
 * only sex, or only religion, or only ethnicity: the cases are screened again, and the targets and their
 * ranking must not change.
 */
const labelled = population("oversight-operation-fairness", 600);
const cases = labelled.map((l) => l.case);
type Code = Case["person"]["nationality"];

const candidates = [...new Set(NATIONALITY_TABLE.map((n) => n.code))].sort() as Code[];
const daysOf = (c: Case) =>
  [...new Set([...c.movements.filter((m) => m.direction === "entry").map((m) => m.date), asOf])].sort();
const rowOf = (code: string, days: readonly string[]) =>
  JSON.stringify(days.map((on) => entryEligibility(code, "visa-exempt", { on }).status));
/** The scam-hub destinations and transit of A22 (risk-tables.ts of @timpora/tppo): never swapped, so each row holds. */
const HUBS = new Set(["KHM", "MMR", "LAO", "PHL", "THA"]);

/** The first other non-hub nationality with the same visa-exempt row, or undefined (hub nationalities are kept). */
function partnerOf(c: Case): Code | undefined {
  if (HUBS.has(c.person.nationality)) return undefined;
  const days = daysOf(c);
  const own = rowOf(c.person.nationality, days);
  const start = Math.max(candidates.indexOf(c.person.nationality), 0);
  for (let step = 1; step < candidates.length; step++) {
    const next = candidates[(start + step) % candidates.length]!;
    if (next !== c.person.nationality && !HUBS.has(next) && rowOf(next, days) === own) return next;
  }
  return undefined;
}

const withPartnerNationality = (c: Case): Case => {
  const to = partnerOf(c);
  return to === undefined ? c : withNationality(c, to);
};

const shown = (targets: OperationTarget[]) => JSON.stringify(targets);
const original = operationTargets(cases, await screen(cases));
const after = async (change: (c: Case) => Case) => {
  const changed = cases.map(change);
  return { changed, targets: operationTargets(changed, await screen(changed)) };
};

describe("operationTargets: metamorphic fairness on 600 realistic generated cases", () => {
  it("nationality with every home-country reference, to a partner in the same rows, leaves targets and ranking unchanged", async () => {
    const { changed, targets } = await after(withPartnerNationality);
    const swapped = changed.filter((c, i) => c.person.nationality !== cases[i]!.person.nationality).length;
    expect(swapped).toBeGreaterThan(cases.length / 3);
    // The people at the top targets are among those changed: the test can see a ranking that reads nationality.
    const top = original.slice(0, 10).flatMap((t) => t.people.map((p) => p.index));
    expect(top.some((i) => changed[i]!.person.nationality !== cases[i]!.person.nationality)).toBe(true);
    expect(original.length).toBeGreaterThan(10);
    expect(shown(targets)).toBe(shown(original));
  });

  it("only sex, only religion, or only ethnicity leaves targets and ranking unchanged", async () => {
    for (const change of [withSex, withReligion, withEthnicity])
      expect(shown((await after(change)).targets)).toBe(shown(original));
  });
});

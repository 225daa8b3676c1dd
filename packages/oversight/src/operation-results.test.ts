import type { Observation } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { planOperation } from "./operation-plan.js";
import { asOf, population, screen } from "./operation-population.fixture.js";
import { compareScreenings, operationReport, recordResults } from "./operation-results.js";
import { operationTargets } from "./operation-targets.js";

const labelled = population("oversight-operation-results", 600);
const cases = labelled.map((l) => l.case);
const before = await screen(cases);
const targets = operationTargets(cases, before);
const plan = planOperation(targets, {
  window: { from: "2024-12-02", until: "2024-12-06" },
  agencies: [],
  capacityPerDay: 50,
});
const compound = targets.find((t) => t.kind === "address" && t.id.endsWith("-compound"))!;
const observation = (n: number, answers: Observation["answers"]): Observation => ({
  schemaVersion: 1,
  id: `o-op-${n}`,
  observedAt: `${asOf}T09:00:00+07:00`,
  agencyId: "ag-imi",
  officerId: "off-1",
  mode: "asked",
  answers,
});
// The visit to the scam compound finds passports held and refused, people guarded, and made to run scams on
// a quota with punishment (brief B1, B2, B9, B10): means and purpose observed.
const results = compound.people.map((p, n) => ({
  index: p.index,
  observation: observation(n, {
    documentHolder: "employer",
    documentHolderReason: "refused",
    canLeaveFreely: false,
    guarded: true,
    forcedTasks: ["scam"],
    quotaWithPunishment: true,
  }),
}));
const recorded = recordResults(cases, [
  ...results,
  { index: compound.people[0]!.index, observation: observation(99, { hoursPerDay: 25 }) },
]);
const after = await screen(recorded.cases);

describe("recordResults, compareScreenings and operationReport", () => {
  it("records the observations in the cases and refuses an impossible answer with its issue, the case unchanged", () => {
    expect(compound.people.length).toBeGreaterThan(2);
    expect(recorded.updated).toEqual(compound.people.map((p) => p.index));
    expect(recorded.refused).toEqual([
      {
        result: results.length,
        issues: [
          expect.objectContaining({
            code: "number.out-of-range",
            path: ["observations", expect.any(Number), "answers", "hoursPerDay"],
          }),
        ],
      },
    ]);
    const first = recorded.cases[compound.people[0]!.index]!;
    expect(first.observations.map((o) => o.id)).toContain("o-op-0");
    expect(first.observations.map((o) => o.id)).not.toContain("o-op-99");
  });

  it("re-screening shows the compound's people raised from review to refer by the observed means and purpose", () => {
    const changes = compareScreenings(before, after);
    const atCompound = changes.filter((c) => compound.people.some((p) => p.caseId === c.caseId));
    expect(atCompound).toHaveLength(compound.people.length);
    for (const c of atCompound) {
      expect(c.level).toEqual({ before: "review", after: "refer" });
      expect(c.indicators.added).toEqual(
        expect.arrayContaining(["passport-withheld", "movement-restricted"]),
      );
      expect(c.indicators.removed).toEqual([]);
    }
    expect(changes.length).toBe(atCompound.length);
  });

  it("the report counts outcomes by legal basis and level moves, with no case, person or place in it", () => {
    const report = operationReport(plan, before, after);
    expect(
      report.visits.address + report.visits.employer + report.visits.sponsor + report.visits.vessel,
    ).toBe(plan.visits.length);
    expect(report.levels.raised).toBe(compound.people.length);
    expect(report.levels.lowered).toBe(0);
    const referredBefore = operationReport(plan, before, before).outcomes["tppo.referral"];
    expect(report.outcomes["tppo.referral"]).toBe(referredBefore + compound.people.length);
    // Overstay planted and visited: counted under UU 6/2011 Art. 78.
    const overstayers = plan.visits
      .flatMap((v) => v.target.people)
      .filter((p) => labelled[p.index]!.planted.includes("overstay"));
    expect(overstayers.length).toBeGreaterThan(0);
    expect(report.outcomes["uu6-2011.art78"]).toBeGreaterThanOrEqual(overstayers.length);
    const text = JSON.stringify(report);
    for (const c of cases) {
      expect(text).not.toContain(c.id);
      expect(text).not.toContain(c.person.names.primary);
    }
    for (const v of plan.visits) expect(text).not.toContain(v.target.id);
  });
});

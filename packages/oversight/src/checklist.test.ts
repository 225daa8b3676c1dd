import type { Case } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { checklistFor } from "./checklist.js";
import { questionLabels } from "./observation-questions.js";
import { population, screen } from "./operation-population.fixture.js";
import { type OperationTarget, operationTargets } from "./operation-targets.js";

const labelled = population("oversight-operation-checklist", 1200);
const cases = labelled.map((l) => l.case);
const assessments = await screen(cases);
const targets = operationTargets(cases, assessments);
const answered = (c: Case) => new Set(c.observations.flatMap((o) => Object.keys(o.answers)));
const keysOf = (t: OperationTarget, list = cases) =>
  checklistFor(t, list, assessments).questions.map((q) => q.key);
const oneOf = (index: number): OperationTarget => ({
  rank: 1,
  kind: "address",
  id: "a-test",
  reasons: [],
  levels: { none: 1, note: 0, review: 0, refer: 0 },
  indicators: [],
  routes: {},
  people: [
    {
      index,
      caseId: cases[index]!.id,
      level: assessments[index]!.level,
      minor: assessments[index]!.minor,
      meansOrPurpose: false,
      routes: [],
    },
  ],
});

describe("checklistFor", () => {
  it("never asks a person a question already answered on any observation of their case", () => {
    let asked = 0;
    for (const t of targets)
      for (const q of checklistFor(t, cases, assessments).questions)
        for (const i of q.people) {
          asked++;
          expect(answered(cases[i]!).has(q.key)).toBe(false);
        }
    expect(asked).toBeGreaterThan(100);
  });

  it("asks an adult with no field check every part-B question (B1 to B14), and not A1's guardian question", () => {
    const i = cases.findIndex((c, k) => c.observations.length === 0 && !assessments[k]!.minor);
    const keys = keysOf(oneOf(i));
    expect(keys).toEqual(
      expect.arrayContaining([
        "documentHolder",
        "documentHolderReason",
        "canLeaveFreely",
        "guarded",
        "lockedIn",
        "alwaysEscorted",
        "debtOwed",
        "debtCreditor",
        "repaidThroughWork",
        "injuriesVisible",
        "violenceReported",
        "threats",
        "jobDiffersFromPromise",
        "paid",
        "excessiveDeductions",
        "hoursPerDay",
        "daysOffPerMonth",
        "quotaWithPunishment",
        "forcedTasks",
        "thirdPartyAnswers",
        "knowsAddress",
        "overcrowded",
        "hasOwnPhone",
        "familyContactRestricted",
      ]),
    );
    expect(keys).not.toContain("guardianPresent");
    expect(checklistFor(oneOf(i), cases, assessments).questions[0]).toMatchObject({
      key: "documentHolder",
      label: {
        id: "B1: Siapa yang memegang paspor atau identitas?",
        en: "B1: Who holds the passport or ID?",
      },
      indicators: ["passport-withheld"],
      people: [i],
    });
  });

  it("asks A1's guardian question for a minor whose guardian indicator was not evaluated, until it is answered", () => {
    const i = assessments.findIndex((a) => a.notEvaluated.some((n) => n.id === "minor-without-guardian"));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(keysOf(oneOf(i))).toContain("guardianPresent");
    const withAnswer = [...cases];
    withAnswer[i] = {
      ...cases[i]!,
      observations: [
        ...cases[i]!.observations,
        {
          schemaVersion: 1,
          id: "o-test",
          observedAt: "2024-11-30T10:00:00+07:00",
          agencyId: "ag-test",
          officerId: "off-test",
          mode: "observed",
          answers: { guardianPresent: true },
        },
      ],
    };
    expect(keysOf(oneOf(i), withAnswer)).not.toContain("guardianPresent");
  });

  it("does not ask about an indicator already fired (the forced-labour worker's passport and movement)", () => {
    const t = targets.find(
      (x) =>
        x.kind === "employer" &&
        x.people.some((p) => labelled[p.index]!.planted.includes("forced-labour-observed")),
    )!;
    const keys = keysOf(t);
    for (const k of ["documentHolder", "canLeaveFreely", "guarded", "lockedIn", "hoursPerDay"])
      expect(keys).not.toContain(k);
    expect(t.people.length).toBeGreaterThan(0);
  });

  it("has a question in Indonesian and English for every key", () => {
    for (const label of Object.values(questionLabels)) expect(label.id && label.en).toBeTruthy();
  });
});

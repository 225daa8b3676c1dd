import { describe, expect, it } from "vitest";
import { caseWith, FIXTURE_AS_OF, observed } from "../rules/case-fixtures.js";
import { contextFor } from "./context-fixture.js";
import { deriveObservation, observationSignals } from "./observation-facts.js";

const facts = (...answers: Parameters<typeof observed>[0][]) =>
  deriveObservation(contextFor(caseWith(...answers.map(observed)), FIXTURE_AS_OF));

describe("observation fact: officers' answers, absence explicit", () => {
  it("gives false for every signal, not-asked pay and null hours when there is no field check", () => {
    const f = facts();
    expect(f.observed).toBe(false);
    for (const s of observationSignals) expect(f[s], s).toBe(false);
    expect([f.paid, f.hoursPerDay, f.daysOffPerMonth]).toEqual(["not-asked", null, null]);
  });

  it("gives false for a question asked and answered reassuringly (the person holds their passport, can leave)", () => {
    const f = facts({ documentHolder: "self", canLeaveFreely: true, hasOwnPhone: true, knowsAddress: true });
    expect(f.observed).toBe(true);
    expect([f.documentHolderNotSelf, f.cannotLeaveFreely, f.noOwnPhone, f.cannotStateAddress]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("aggregates over checks: any check's finding counts, the worst pay answer wins", () => {
    const f = facts(
      { paid: "below-promised", documentHolder: "self" },
      { paid: "as-promised", documentHolder: "agent" },
    );
    expect(f.paid).toBe("below-promised");
    expect(f.documentHolderNotSelf).toBe(true);
  });

  it("needs long days and few days off in the same check (defaults 12 h and 2 days, local choices)", () => {
    expect(facts({ hoursPerDay: 12, daysOffPerMonth: 2 }).longHoursFewDaysOff).toBe(true);
    expect(facts({ hoursPerDay: 11.5, daysOffPerMonth: 0 }).longHoursFewDaysOff).toBe(false);
    expect(facts({ hoursPerDay: 14 }, { daysOffPerMonth: 0 }).longHoursFewDaysOff).toBe(false);
  });

  it("ignores checks dated after the evaluation date", () => {
    const c = caseWith(observed({ documentHolder: "employer" }));
    c.observations[0] = { ...c.observations[0]!, observedAt: "2025-03-02T09:00:00+08:00" };
    expect(deriveObservation(contextFor(c, FIXTURE_AS_OF)).observed).toBe(false);
  });
});

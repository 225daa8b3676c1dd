import { describe, expect, it } from "vitest";
import { createEvaluator } from "../evaluator.js";
import { aMinor, caseWith, FIXTURE_AS_OF, observed, withEmployer, workItas } from "./case-fixtures.js";
import { defaultRuleSet } from "./index.js";

// design.md Principle 3 and issue 4: "Wording never labels a person a trafficker or a victim". The only use
// of "victim" allowed is the protective procedure the `refer` level names: victim screening.
const LABELLING =
  /traffick(er|ers)\b|perpetrator|\bvictims?\b(?! screening)|\bkorban\b|\bpelaku\b|pedagang orang/i;

function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) if (k !== "sources") texts(v, out);
  return out;
}

describe("wording never labels a person a trafficker or a victim", () => {
  it("rule labels and descriptions (sources aside: they cite titles such as Delphi's 'violence on victims')", () => {
    const offending = defaultRuleSet.rules.flatMap((r) =>
      texts({ label: r.label, description: r.description }).filter((t) => LABELLING.test(t)),
    );
    expect(offending).toEqual([]);
  });

  it("level reasons and not-evaluated reasons of an assessment that reaches refer", async () => {
    const evaluator = createEvaluator({ asOf: FIXTURE_AS_OF });
    const a = await evaluator.evaluate(
      caseWith(
        aMinor,
        workItas,
        withEmployer({}),
        observed({
          documentHolder: "employer",
          canLeaveFreely: false,
          hoursPerDay: 14,
          daysOffPerMonth: 1,
        }),
      ),
    );
    expect(a.level).toBe("refer");
    const shown = texts({ levelReasons: a.levelReasons, notEvaluated: a.notEvaluated.map((n) => n.reason) });
    expect(shown.filter((t) => LABELLING.test(t))).toEqual([]);
    expect(LABELLING.test("May be a victim or a perpetrator.")).toBe(true);
  });
});

// Routes beside the level (issue 9): each route with a case that takes it and one that does not, the
// provisions cited from @timpora/permits' dated rows, and the rule that a route never changes the level.
import type { Case } from "@timpora/models";
import { defaultPolicyTable } from "@timpora/permits";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "./evaluator.js";
import { routesOf } from "./routes.js";
import {
  aMinor,
  arrivedWith,
  type CaseEdit,
  caseWith,
  FIXTURE_AS_OF,
  observed,
  permit,
  withEmployer,
  workItas,
} from "./rules/case-fixtures.js";

const evaluator = createEvaluator({ asOf: FIXTURE_AS_OF });
const assess = (c: Case) => evaluator.evaluate(c, { counts: {} });
const routes = async (c: Case) => (await assess(c)).routes.map((r) => r.route);
const reasonCodes = async (c: Case) => (await assess(c)).routes.flatMap((r) => r.reasons.map((x) => x.code));

const overstaying: CaseEdit = (c) => ({
  ...permit({ validFrom: "2025-01-01", validUntil: "2025-01-30" })(c),
  movements: c.movements.map((m) => (m.direction === "entry" ? { ...m, date: "2025-01-01" } : m)),
});
const flags =
  (f: Partial<NonNullable<Case["identityFlags"]>>): CaseEdit =>
  (c) => ({
    ...c,
    identityFlags: {
      biometricMatchOtherIdentity: false,
      earlierFalseStatementFinding: false,
      earlierPassportDenied: false,
      ...f,
    },
  });

describe("the immigration route, cited from UU 6/2011 rows in the policy table", () => {
  it("an overstay takes it under Pasal 78; a lawful tourist does not", async () => {
    const a = await assess(caseWith(overstaying));
    expect(a.level).toBe("note");
    expect(a.routes).toHaveLength(1);
    const [route] = a.routes;
    expect(route?.route).toBe("immigration");
    expect(route?.reasons.map((r) => r.code)).toEqual(["immigration.overstay"]);
    expect(route?.reasons[0]?.citation).toEqual({
      instrument: "UU 6/2011",
      article: "Pasal 78",
      url: "https://lexmundus.com/articles/ketentuan-bagi-warga-negara-asing-yang-overstay/",
    });
    expect(route?.reasons[0]?.message.en).toBe(
      "Overstay: a charge or deportation under the immigration law (UU 6/2011 Pasal 78)",
    );
    expect(await routes(caseWith())).toEqual([]);
  });

  it("work on a visit permit takes it under Pasal 122; the same work on a work ITAS does not", async () => {
    const visitWork = caseWith(withEmployer({}));
    expect(await reasonCodes(visitWork)).toEqual(["immigration.permit-misuse", "immigration.screen-first"]);
    const cited = (await assess(visitWork)).routes[0]?.reasons[0];
    expect([cited?.citation?.article, cited?.confidence]).toEqual(["Pasal 122", "medium"]);
    expect(await routes(caseWith(workItas))).toEqual([]);
  });

  it("an earlier false-statement finding adds Pasal 123; a biometric match alone does not", async () => {
    const a = await assess(caseWith(flags({ earlierFalseStatementFinding: true })));
    const immigration = a.routes.find((r) => r.route === "immigration");
    expect(immigration?.reasons.map((r) => [r.code, r.citation?.article])).toEqual([
      ["immigration.false-statement", "Pasal 123"],
      ["immigration.screen-first", undefined],
    ]);
    expect(await routes(caseWith(flags({ biometricMatchOtherIdentity: true })))).toEqual(["identity"]);
  });

  it("puts victim screening first when the person carries a medium or strong means or purpose indicator (UU 21/2007 Art. 18)", async () => {
    const withholding = caseWith(
      overstaying,
      observed({ documentHolder: "employer", documentHolderReason: "refused" }),
    );
    const reasons = (await assess(withholding)).routes.find((r) => r.route === "immigration")?.reasons;
    expect(reasons?.map((r) => r.code)).toEqual(["immigration.overstay", "immigration.screen-first"]);
    expect(reasons?.[1]?.indicators).toEqual(["passport-withheld"]);
    expect(await reasonCodes(caseWith(overstaying))).toEqual(["immigration.overstay"]);
  });

  it("cites nothing for a date the provision rows do not reach, and says so by leaving the citation out", () => {
    const r = routesOf({
      fired: [
        {
          id: "overstay",
          elements: ["means"],
          context: false,
          strength: "weak",
          routes: [{ basis: "immigration.overstay" }],
        },
      ],
      elements: {
        act: { positive: false, counted: [] },
        means: { positive: false, counted: ["overstay"] },
        purpose: { positive: false, counted: [] },
      },
      minor: false,
      values: new Map(),
      policy: defaultPolicyTable,
      asOf: "2010-01-01",
    });
    expect(r[0]?.reasons[0]?.citation).toBeUndefined();
    expect(r[0]?.reasons[0]?.message.en).toBe("Overstay: a charge or deportation under the immigration law");
  });
});

describe("the labour route: wages, hours or deductions while means are not positive", () => {
  it("an adult worker observed unpaid and working 14-hour days takes it; the level is unchanged by it", async () => {
    const a = await assess(
      caseWith(workItas, observed({ paid: "not-paid", hoursPerDay: 14, daysOffPerMonth: 1 })),
    );
    expect(a.routes.map((r) => r.route)).toEqual(["labour"]);
    expect(a.routes[0]?.reasons.map((r) => [r.code, r.indicators])).toEqual([
      ["labour.working-conditions", ["wages-withheld", "excessive-hours-quotas"]],
    ]);
    expect(a.level).toBe("review");
  });
  it("does not take it once means are positive (the case is a TPPO referral first)", async () => {
    const means = observed({
      paid: "not-paid",
      hoursPerDay: 14,
      daysOffPerMonth: 1,
      documentHolder: "employer",
      documentHolderReason: "refused",
      lockedIn: true,
    });
    const a = await assess(caseWith(workItas, means));
    expect(a.elements.means.positive).toBe(true);
    expect(a.level).toBe("refer");
    expect(a.routes.map((r) => r.route)).toEqual([]);
  });
});

describe("the child-protection route: any minor with a fired indicator", () => {
  it("an unaccompanied minor takes it; a minor with no indicator, and an adult with one, do not", async () => {
    const a = await assess(caseWith(aMinor, arrivedWith("alone")));
    expect(a.routes.map((r) => r.route)).toEqual(["child-protection"]);
    expect(a.routes[0]?.reasons[0]).toMatchObject({
      code: "child-protection.minor-indicator",
      indicators: ["minor-without-guardian"],
    });
    expect(await routes(caseWith(aMinor, arrivedWith("parent-or-guardian")))).toEqual([]);
    expect(await routes(caseWith(arrivedWith("alone"), overstaying))).toEqual(["immigration"]);
  });
});

describe("the identity route: a biometric or identity match", () => {
  it("takes it on a biometric match and not without one", async () => {
    const a = await assess(caseWith(flags({ biometricMatchOtherIdentity: true })));
    expect(a.routes.map((r) => [r.route, r.label.id])).toEqual([["identity", "Pemeriksaan identitas"]]);
    expect(await routes(caseWith(flags({})))).toEqual([]);
  });
});

describe("a route never changes the level", () => {
  it("gives the same level with and without the rules' route metadata", async () => {
    const bare = createEvaluator({
      asOf: FIXTURE_AS_OF,
      ruleSet: {
        ...structuredClone(evaluator.ruleSet),
        rules: evaluator.ruleSet.rules.map(({ routes: _routes, ...r }) => structuredClone(r)),
      },
    });
    const cases = [
      caseWith(overstaying),
      caseWith(withEmployer({})),
      caseWith(aMinor, arrivedWith("alone")),
      caseWith(workItas, observed({ paid: "not-paid", hoursPerDay: 14, daysOffPerMonth: 1 })),
      caseWith(flags({ earlierFalseStatementFinding: true })),
    ];
    for (const c of cases) {
      const [a, b] = [await assess(c), await bare.evaluate(c, { counts: {} })];
      expect(a.level).toBe(b.level);
      expect(a.levelReasons).toEqual(b.levelReasons);
      expect(b.routes.map((r) => r.route).filter((r) => r !== "child-protection")).toEqual([]);
    }
  });
});

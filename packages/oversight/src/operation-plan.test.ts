import { type Agency, type AgencyKind, AgencySchema } from "@timpora/models";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agencyView } from "./agency-view.js";
import { planOperation } from "./operation-plan.js";
import type { OperationTarget, TargetPerson } from "./operation-targets.js";
import { OversightError } from "./oversight-error.js";

const agency = (id: string, kind: AgencyKind): Agency =>
  AgencySchema.parse({ schemaVersion: 1, id, kind, name: `Instansi ${id}`, jurisdictionRegionCodes: [] });
const team: Agency[] = [
  agency("imi", "immigration-office"),
  agency("disnaker", "manpower-office"),
  agency("ppa", "uptd-ppa"),
  agency("ksop", "harbour-master"),
  agency("polres", "police-polres"),
];

const person = (index: number, over: Partial<TargetPerson> = {}): TargetPerson => ({
  index,
  caseId: `case-${index}`,
  level: "note",
  minor: false,
  meansOrPurpose: false,
  routes: [],
  ...over,
});
const target = (rank: number, over: Partial<OperationTarget> = {}): OperationTarget => ({
  rank,
  kind: "address",
  id: `a-${rank}`,
  regionCode: "35.78.01.1001",
  reasons: [],
  levels: { none: 0, note: 1, review: 0, refer: 0 },
  indicators: [],
  routes: {},
  people: [person(rank)],
  ...over,
});
const withoutRegion = (t: OperationTarget): OperationTarget => {
  const { regionCode: _, ...rest } = t;
  return rest;
};
const window = { from: "2024-12-02", until: "2024-12-04" };
const plan1 = (t: OperationTarget, agencies = team) =>
  planOperation([t], { window, agencies, capacityPerDay: 2 }).visits[0]!;
const needCodes = (t: OperationTarget, agencies = team) => plan1(t, agencies).needs.map((n) => n.reason.code);

describe("planOperation: required agencies", () => {
  it("a minor present: UPTD PPA or social affairs", () => {
    const v = plan1(target(1, { people: [person(1), person(2, { minor: true })] }));
    expect(v.needs).toEqual([
      expect.objectContaining({ anyOf: ["uptd-ppa", "social-affairs"], agencyIds: ["ppa"] }),
    ]);
    expect(needCodes(target(1))).toEqual([]);
  });

  it("a vessel (a crew list's vessel, or an address that is a vessel): the harbour master or the navy post", () => {
    expect(plan1(target(1, { kind: "vessel", id: "v-1" })).needs).toEqual([
      expect.objectContaining({
        anyOf: ["harbour-master", "navy-lanal", "navy-lantamal"],
        agencyIds: ["ksop"],
      }),
    ]);
    expect(needCodes(target(1, { lodgingKind: "vessel" }))).toEqual(["need.vessel"]);
    expect(needCodes(target(1, { lodgingKind: "house" }))).toEqual([]);
  });

  it("a labour route: the manpower office; an immigration route: the immigration office", () => {
    expect(plan1(target(1, { people: [person(1, { routes: ["labour"] })] })).needs).toEqual([
      expect.objectContaining({ anyOf: ["manpower-office"], agencyIds: ["disnaker"] }),
    ]);
    expect(plan1(target(1, { people: [person(1, { routes: ["immigration"] })] })).needs).toEqual([
      expect.objectContaining({ anyOf: ["immigration-office"], agencyIds: ["imi"] }),
    ]);
    expect(needCodes(target(1, { people: [person(1, { routes: ["identity"] })] }))).toEqual([]);
  });

  it("a need the team cannot answer has no agency ids (ask for one before the day)", () => {
    const v = plan1(target(1, { kind: "vessel", people: [person(1, { minor: true })] }), [team[0]!]);
    expect(v.needs.map((n) => [n.reason.code, n.agencyIds])).toEqual([
      ["need.minor", []],
      ["need.vessel", []],
    ]);
  });
});

describe("planOperation: victim screening before any immigration action (UU 21/2007 Art. 18)", () => {
  it("a person with a means or purpose indicator is screened as a possible victim first, and the plan says so", () => {
    const v = plan1(
      target(1, {
        people: [
          person(1, { meansOrPurpose: true, routes: ["immigration", "labour"] }),
          person(2, { routes: ["immigration"] }),
        ],
      }),
    );
    expect(v.victimScreeningFirst).toBe(true);
    expect(v.steps.map((s) => [s.kind, s.people])).toEqual([
      ["victim-screening", [1]],
      ["labour-inspection", [1]],
      ["immigration-examination", [1, 2]],
    ]);
  });

  it("without a means or purpose indicator there is no victim-screening step, and the plan does not claim one", () => {
    const v = plan1(target(1, { people: [person(1, { routes: ["immigration"] })] }));
    expect(v.victimScreeningFirst).toBe(false);
    expect(v.steps.map((s) => s.kind)).toEqual(["immigration-examination"]);
  });

  it("for any people, no one with a means or purpose indicator has an immigration step before victim screening", () => {
    const arb = fc.array(
      fc.record({
        minor: fc.boolean(),
        meansOrPurpose: fc.boolean(),
        routes: fc.subarray(["immigration", "labour", "child-protection", "identity"] as const),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(arb, (people) => {
        const v = plan1(
          target(1, { people: people.map((p, i) => person(i, { ...p, routes: [...p.routes] })) }),
        );
        const at = (kind: string, i: number) =>
          v.steps.findIndex((s) => s.kind === kind && s.people.includes(i));
        people.forEach((p, i) => {
          if (!p.meansOrPurpose) return;
          expect(at("victim-screening", i)).toBe(0);
          if (p.routes.includes("immigration")) expect(at("immigration-examination", i)).toBeGreaterThan(0);
        });
        expect(v.victimScreeningFirst).toBe(people.some((p) => p.meansOrPurpose));
      }),
    );
  });
});

describe("planOperation: days and areas", () => {
  it("fills each day up to the capacity, area by area in the order of their best target, and leaves the rest unassigned", () => {
    const targets = [
      target(1, { regionCode: "35.78.01.1001" }),
      target(2, { regionCode: "35.15.02.2002" }),
      target(3, { regionCode: "35.78.03.1003" }),
      target(4, { regionCode: "35.15.01.2001" }),
      withoutRegion(target(5)),
      target(6, { regionCode: "35.78.09.1009" }),
      target(7, { regionCode: "35.15.03.2003" }),
    ];
    const plan = planOperation(targets, { window, agencies: team, capacityPerDay: 2 });
    expect(plan.visits.map((v) => [v.day, v.area, v.target.rank])).toEqual([
      ["2024-12-02", "35.78", 1],
      ["2024-12-02", "35.78", 3],
      ["2024-12-03", "35.78", 6],
      ["2024-12-03", "35.15", 2],
      ["2024-12-04", "35.15", 4],
      ["2024-12-04", "35.15", 7],
    ]);
    expect(plan.unassigned.map((t) => t.rank)).toEqual([5]);
    expect(plan.agencies).toHaveLength(5);
  });

  it("throws on a window that ends before it starts, a bad capacity, or an unknown option", () => {
    const ok = { window, agencies: team, capacityPerDay: 2 };
    expect(() => planOperation([], { ...ok, window: { from: "2024-12-04", until: "2024-12-02" } })).toThrow(
      OversightError,
    );
    expect(() => planOperation([], { ...ok, window: { from: "2024-02-30", until: "2024-12-02" } })).toThrow(
      OversightError,
    );
    expect(() => planOperation([], { ...ok, capacityPerDay: 0 })).toThrow(OversightError);
    expect(() => planOperation([], { ...ok, extra: 1 } as never)).toThrow(OversightError);
  });
});

describe("agencyView", () => {
  const plan = planOperation(
    [
      target(1, { people: [person(1, { meansOrPurpose: true, routes: ["immigration", "labour"] })] }),
      target(2, { kind: "vessel", id: "v-2", people: [person(2, { minor: true })] }),
      target(3, { people: [person(3, { routes: ["immigration"] })] }),
    ],
    { window, agencies: team, capacityPerDay: 2 },
  );

  it("gives each agency only the visits that need it, and only the steps of its task", () => {
    const labour = agencyView(plan, "disnaker");
    expect(labour.visits.map((v) => [v.place.id, v.needs, v.steps.map((s) => [s.kind, s.people])])).toEqual([
      ["a-1", ["need.labour"], [["labour-inspection", [1]]]],
    ]);
    const imi = agencyView(plan, "imi");
    expect(imi.visits.map((v) => [v.place.id, v.victimScreeningFirst, v.steps.map((s) => s.kind)])).toEqual([
      ["a-1", true, ["immigration-examination"]],
      ["a-3", false, ["immigration-examination"]],
    ]);
    expect(agencyView(plan, "ppa").visits.map((v) => [v.place.id, v.steps.map((s) => s.kind)])).toEqual([
      ["v-2", ["child-protection"]],
    ]);
    expect(agencyView(plan, "ksop").visits.map((v) => [v.place.id, v.needs, v.steps])).toEqual([
      ["v-2", ["need.vessel"], []],
    ]);
    expect(agencyView(plan, "polres").visits).toEqual([]);
  });

  it("carries no indicators, levels, reasons or case ids", () => {
    const text = JSON.stringify(["imi", "disnaker", "ppa", "ksop"].map((id) => agencyView(plan, id)));
    expect(text).not.toMatch(/case-|"level"|"indicators"|"reasons"|"caseId"/);
  });

  it("throws for an agency that is not in the plan", () => {
    expect(() => agencyView(plan, "nobody")).toThrow(OversightError);
  });
});

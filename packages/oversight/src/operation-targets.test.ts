import { describe, expect, it } from "vitest";
import { population, screen } from "./operation-population.fixture.js";
import { operationTargets } from "./operation-targets.js";
import { OversightError } from "./oversight-error.js";

const labelled = population("oversight-operation-targets", 1200);
const cases = labelled.map((l) => l.case);
const assessments = await screen(cases);
const targets = operationTargets(cases, assessments);

/** Targets whose people are all from cases with nothing planted (clean or look-alike). */
const benign = (kind: string) =>
  targets.filter((t) => t.kind === kind && t.people.every((p) => labelled[p.index]!.planted.length === 0));
const plantedWith = (kind: string, pattern: string) =>
  targets.filter(
    (t) => t.kind === kind && t.people.some((p) => labelled[p.index]!.planted.includes(pattern as never)),
  );

describe("operationTargets on a realistic population", () => {
  it("ranks every planted scam-compound address above every benign address, look-alikes included", () => {
    const compounds = plantedWith("address", "scam-compound").filter((t) => t.id.endsWith("-compound"));
    const lookAlikes = benign("address").filter((t) =>
      t.people.some((p) => labelled[p.index]!.lookAlikes.length > 0),
    );
    expect(compounds.length).toBeGreaterThan(0);
    expect(lookAlikes.length).toBeGreaterThan(0);
    const worstCompound = Math.max(...compounds.map((t) => t.rank));
    const bestBenign = Math.min(...benign("address").map((t) => t.rank));
    expect(worstCompound).toBeLessThan(bestBenign);
    // The compound's people share the address: several people, strong indicators, at review (level rule of issue 9).
    const c = compounds[0]!;
    expect(c.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["target.review", "target.strong-indicator", "target.several-people"]),
    );
    expect(c.indicators.map((i) => i.id)).toEqual(expect.arrayContaining(["scam-compound-tip"]));
  });

  it("ranks every planted forced-labour workplace above every benign workplace", () => {
    const workplaces = plantedWith("employer", "forced-labour-observed");
    expect(workplaces.length).toBeGreaterThan(0);
    const worst = Math.max(...workplaces.map((t) => t.rank));
    // Every employer of the population whose people are all unplanted: not a target at all, or ranked below.
    const holders = new Map<string, boolean>();
    for (const l of labelled)
      for (const e of l.case.employers)
        holders.set(e.id, (holders.get(e.id) ?? true) && l.planted.length === 0);
    const benignIds = [...holders].filter(([, clean]) => clean).map(([id]) => id);
    expect(benignIds.length).toBeGreaterThan(50);
    const rankOf = new Map(targets.filter((t) => t.kind === "employer").map((t) => [t.id, t.rank]));
    for (const id of benignIds) expect(rankOf.get(id) ?? Number.POSITIVE_INFINITY).toBeGreaterThan(worst);
    const w = workplaces[0]!;
    expect(w.levels.refer).toBeGreaterThan(0);
    expect(w.reasons[0]?.code).toBe("target.refer");
    expect(w.people.some((p) => p.meansOrPurpose)).toBe(true);
    expect(w.indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining(["passport-withheld", "movement-restricted"]),
    );
  });

  it("lists only places where someone's screening gave something, ranked 1, 2, 3, …", () => {
    expect(targets.map((t) => t.rank)).toEqual(targets.map((_, i) => i + 1));
    for (const t of targets)
      expect(t.people.some((p) => p.level !== "none" || p.routes.length > 0 || t.indicators.length > 0)).toBe(
        true,
      );
    expect(
      operationTargets(cases, assessments, { kinds: ["vessel"], limit: 3 }).every((t) => t.kind === "vessel"),
    ).toBe(true);
  });

  it("throws on an unknown option or a bad limit", () => {
    expect(() => operationTargets(cases, assessments, { limit: 0 })).toThrow(OversightError);
    expect(() => operationTargets(cases, assessments, { nationality: "UTO" } as never)).toThrow(
      OversightError,
    );
  });
});

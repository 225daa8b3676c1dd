import type { Case } from "@timpora/models";
import { entryEligibility, stayStatus } from "@timpora/permits";
import { DEFAULT_AS_OF, generateLabelledCases, NATIONALITY_TABLE, PATTERN_IDS } from "@timpora/testkit";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment.js";
import { createEvaluator } from "../evaluator.js";
import { defaultFacts } from "../facts/index.js";
import { buildPopulationIndex } from "../population-index.js";
import type { NestedCondition } from "../rule-set.js";
import { FIXTURE_AS_OF } from "./case-fixtures.js";
import { defaultRuleSet } from "./index.js";
import { indicatorFixtures } from "./indicator-fixtures.js";

/**
 * Fairness on a generated population (every pattern planted at 2%, so indicators do fire): changing only the
 * nationality, to another with the same entry rights, never changes the fired indicators or the level;
 * changing only the sex changes nothing except through the rules that test sex next to other conditions.
 */
const N = 2000;
const asOf = DEFAULT_AS_OF;
const cases = [
  ...generateLabelledCases({
    seed: "tppo-fairness",
    count: N,
    plant: Object.fromEntries(PATTERN_IDS.map((p) => [p, 0.02])),
  }),
].map((l) => l.case);
const index = await buildPopulationIndex(cases, { asOf, facts: defaultFacts });
const evaluator = createEvaluator({ asOf, ruleSet: defaultRuleSet });

/** The case's last entry on or before the evaluation date (else the evaluation date itself). */
function entryDateOf(c: Case): string {
  const entries = c.movements.filter((m) => m.direction === "entry" && m.date <= asOf).map((m) => m.date);
  return entries.sort().at(-1) ?? asOf;
}

/**
 * Another nationality with the same entry rights under the law tables of @timpora/permits: the same
 * `entryEligibility` answer for visa-exempt entry on the case's entry date (since 7 June 2023 only the
 * listed ASEAN states are exempt). When the tables do not cover that date the answer is `unknown` and no
 * partner is chosen: the law, not the testkit's own flags, decides who shares the person's entry rights.
 */
function partnerNationality(c: Case): Case["person"]["nationality"] | undefined {
  const on = entryDateOf(c);
  const rights = (code: string) => entryEligibility(code, "visa-exempt", { on }).status;
  const own = rights(c.person.nationality);
  if (own === "unknown") return undefined;
  const codes = NATIONALITY_TABLE.map((n) => n.code);
  const start = codes.indexOf(c.person.nationality);
  for (let step = 1; step < codes.length; step++) {
    const next = codes[(Math.max(start, 0) + step) % codes.length]!;
    if (next !== c.person.nationality && rights(next) === own) return next;
  }
  return undefined;
}

const stayKey = (c: Case) => {
  const s = stayStatus(c, { on: asOf });
  return JSON.stringify([s.status, s.lawfullyPresent, s.overstayDays, s.permitInForce?.id, s.lastLawfulDay]);
};
const summary = (a: Assessment) => ({ fired: a.fired.map((f) => `${f.id}:${f.strength}`), level: a.level });

function testsFact(node: NestedCondition, fact: string): boolean {
  if ("all" in node) return node.all.some((c) => testsFact(c, fact));
  if ("any" in node) return node.any.some((c) => testsFact(c, fact));
  if ("not" in node) return testsFact(node.not, fact);
  return node.fact === fact;
}
const sexRules = defaultRuleSet.rules.filter((r) => testsFact(r.conditions, "sex")).map((r) => r.id);

const nationalityDiffs: string[] = [];
let swappedNationality = 0;
let sameRightsChecked = 0;
const sexChanged = new Map<string, number>();
const sexDiffsOutside: string[] = [];
let firingCases = 0;
for (const c of cases) {
  const original = await evaluator.evaluate(c, { index });
  if (original.fired.length > 0) firingCases++;
  const partner = partnerNationality(c);
  if (partner !== undefined) {
    const swapped: Case = { ...c, person: { ...c.person, nationality: partner } };
    if (stayKey(swapped) === stayKey(c)) {
      sameRightsChecked++;
      const after = await evaluator.evaluate(swapped, { index });
      if (JSON.stringify(summary(after)) !== JSON.stringify(summary(original)))
        nationalityDiffs.push(
          `${c.id}: ${JSON.stringify(summary(original))} -> ${JSON.stringify(summary(after))}`,
        );
    }
    swappedNationality++;
  }
  const otherSex = c.person.sex === "F" ? "M" : "F";
  const sexSwapped = await evaluator.evaluate({ ...c, person: { ...c.person, sex: otherSex } }, { index });
  const before = new Set(original.fired.map((f) => f.id));
  const after = new Set(sexSwapped.fired.map((f) => f.id));
  const changed = [...before, ...after].filter((id) => before.has(id) !== after.has(id));
  for (const id of changed) {
    if (sexRules.includes(id)) sexChanged.set(id, (sexChanged.get(id) ?? 0) + 1);
    else sexDiffsOutside.push(`${c.id}: ${id}`);
  }
  if (changed.length === 0 && original.level !== sexSwapped.level)
    sexDiffsOutside.push(`${c.id}: level only`);
}
const sexChangeText =
  sexChanged.size === 0
    ? "0 cases changed"
    : [...sexChanged].map(([id, n]) => `${id} in ${n} cases`).join(", ");

describe(`fairness on ${N} generated cases (${firingCases} with an indicator fired)`, () => {
  it(`changing only nationality (to one with the same visa-exempt entry rights by entryEligibility on the entry date, same stay status: ${sameRightsChecked} of ${swappedNationality} swaps) never changes the fired indicators or the level`, () => {
    expect(sameRightsChecked).toBeGreaterThan(N / 2);
    expect(firingCases).toBeGreaterThan(50);
    expect(nationalityDiffs).toEqual([]);
  });

  it(`changing only sex changes nothing at all (no default rule tests sex): ${sexChangeText}`, () => {
    expect(sexRules).toEqual([]);
    expect(sexDiffsOutside).toEqual([]);
    expect(sexChanged.size).toBe(0);
  });

  it("a group on visit permits at a karaoke fires group-at-adult-venue alike for women and men (A10 is sex-neutral)", async () => {
    const ev = createEvaluator({ asOf: FIXTURE_AS_OF, ruleSet: defaultRuleSet });
    const { fires } = indicatorFixtures["group-at-adult-venue"]!;
    const bySex = async (s: "F" | "M") =>
      (
        await ev.evaluate(
          { ...fires.case, person: { ...fires.case.person, sex: s } },
          { counts: fires.counts ?? {} },
        )
      ).fired.map((f) => f.id);
    expect(await bySex("F")).toContain("group-at-adult-venue");
    expect(await bySex("M")).toEqual(await bySex("F"));
  });
});

import type { Case } from "@timpora/models";
import { entryEligibility } from "@timpora/permits";
import {
  DEFAULT_AS_OF,
  generateLabelledCases,
  NATIONALITY_TABLE,
  PATTERN_IDS,
  withEthnicity,
  withNationality,
  withReligion,
  withSex,
} from "@timpora/testkit";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment.js";
import { createEvaluator } from "../evaluator.js";
import { scamHubDestinations, scamHubTransit } from "../facts/risk-tables.js";
import { buildPopulationIndex } from "../population-index.js";
import { defaultRuleSet } from "./index.js";

/**
 * Metamorphic fairness tests (issue 9) over a realistic generated population (benign look-alikes, planted
 * patterns at 1% each so that indicators fire, religion and ethnicity on a share of all cases):
 * - changing a person's nationality, together with every reference to their home country (the issuing state
 *   and MRZ of their documents, the origin of an arrival, the destination of a trip home, a seaman's book),
 *   to a partner that sits in the same row of every country table the rules and the permit law use, leaves
 *   the fired indicators, the routes and the level unchanged;
 * - changing only sex (in the person and in the MRZ alike), only religion or only ethnicity changes nothing.
 * The country tables: visa-exempt entry under @timpora/permits on each of the case's entry days and on the
 * evaluation date, and the scam-hub destination and transit lists of A22. A nationality with no partner in
 * its row is skipped and named in the test's title. Set FAIRNESS_CASES for a larger run (CI runs 10,000).
 */
const N = Number(process.env.FAIRNESS_CASES ?? 1500);
const asOf = DEFAULT_AS_OF;
const labelled = [
  ...generateLabelledCases({
    seed: "tppo-fairness",
    count: N,
    asOf,
    population: "realistic",
    plant: Object.fromEntries(PATTERN_IDS.map((p) => [p, 0.01])),
  }),
];
const cases = labelled.map((l) => l.case);
const index = await buildPopulationIndex(cases, { asOf });
const evaluator = createEvaluator({ asOf, ruleSet: defaultRuleSet });

type Code = Case["person"]["nationality"];

/** The row of every country table a nationality sits in, on the days the case needs. */
function rowOf(code: string, days: readonly string[]): string {
  const exempt = days.map((on) => entryEligibility(code, "visa-exempt", { on }).status);
  return JSON.stringify([exempt, scamHubDestinations.includes(code), scamHubTransit.includes(code)]);
}
const candidates = [
  ...new Set([...NATIONALITY_TABLE.map((n) => n.code), ...scamHubDestinations, ...scamHubTransit]),
].sort() as Code[];

function daysOf(c: Case): string[] {
  return [
    ...new Set([...c.movements.filter((m) => m.direction === "entry").map((m) => m.date), asOf]),
  ].sort();
}

/** The first other nationality (in a fixed order) in the same row of every table, or undefined. */
function partnerOf(c: Case): Code | undefined {
  const days = daysOf(c);
  const own = rowOf(c.person.nationality, days);
  const start = candidates.indexOf(c.person.nationality);
  for (let step = 1; step < candidates.length; step++) {
    const next = candidates[(Math.max(start, 0) + step) % candidates.length]!;
    if (next !== c.person.nationality && rowOf(next, days) === own) return next;
  }
  return undefined;
}

/** What the nationality swap must leave unchanged: fired indicators (with strength), routes, level. */
const outcome = (a: Assessment) =>
  JSON.stringify({
    fired: a.fired.map((f) => `${f.id}:${f.strength}`),
    routes: a.routes.map((r) => `${r.route}:${r.reasons.map((x) => x.code).join(",")}`),
    level: a.level,
    levelReasons: a.levelReasons.map((r) => r.code),
  });
/** Everything of an assessment (a protected-attribute swap must change nothing at all). */
const everything = (a: Assessment) => JSON.stringify(a);

const nationalityDiffs: string[] = [];
const sexDiffs: string[] = [];
const religionDiffs: string[] = [];
const ethnicityDiffs: string[] = [];
const noPartner = new Set<string>();
let swapped = 0;
let firing = 0;
let withReligionOnFile = 0;
for (const c of cases) {
  const original = await evaluator.evaluate(c, { index });
  if (original.fired.length > 0) firing++;
  if (c.person.religion !== undefined) withReligionOnFile++;
  const partner = partnerOf(c);
  if (partner === undefined) noPartner.add(c.person.nationality);
  else {
    swapped++;
    const after = await evaluator.evaluate(withNationality(c, partner), { index });
    if (outcome(after) !== outcome(original))
      nationalityDiffs.push(
        `${c.id} ${c.person.nationality}→${partner}: ${outcome(original)} → ${outcome(after)}`,
      );
  }
  const checks: [(x: Case) => Case, string[]][] = [
    [withSex, sexDiffs],
    [withReligion, religionDiffs],
    [withEthnicity, ethnicityDiffs],
  ];
  for (const [change, diffs] of checks) {
    const after = await evaluator.evaluate(change(c), { index });
    if (everything(after) !== everything(original))
      diffs.push(`${c.id}: ${outcome(original)} → ${outcome(after)}`);
  }
}
const skipped = [...noPartner].sort();

describe(`metamorphic fairness on ${N} realistic generated cases (${firing} with an indicator fired)`, () => {
  it(`nationality with every home-country reference, to a partner in the same rows (${swapped} swaps; no partner, skipped: ${skipped.join(", ") || "none"}), leaves fired indicators, routes and level unchanged`, () => {
    expect(firing).toBeGreaterThan(N / 20);
    expect(swapped).toBeGreaterThan(N / 2);
    expect(nationalityDiffs).toEqual([]);
  });

  it("only sex, in the person and the MRZ alike, changes nothing at all", () => {
    expect(sexDiffs).toEqual([]);
  });

  it(`only religion, or only ethnicity, changes nothing at all (${withReligionOnFile} cases had a religion on file)`, () => {
    expect(withReligionOnFile).toBeGreaterThan(N / 5);
    expect(religionDiffs).toEqual([]);
    expect(ethnicityDiffs).toEqual([]);
  });

  it("the swaps produce valid cases (the reprinted MRZ passes its check digits)", async () => {
    const c = cases.find((x) => x.documents.some((d) => d.mrz !== undefined))!;
    const partner = partnerOf(c) ?? c.person.nationality;
    await expect(evaluator.evaluate(withNationality(c, partner))).resolves.toMatchObject({ caseId: c.id });
    await expect(evaluator.evaluate(withSex(c))).resolves.toMatchObject({ caseId: c.id });
  });

  it("would notice a rule that reads nationality: a proxy rule planted in the rule set changes outcomes", async () => {
    const proxy = {
      ...structuredClone(defaultRuleSet),
      rules: [
        ...structuredClone(defaultRuleSet.rules),
        {
          ...structuredClone(defaultRuleSet.rules.find((r) => r.id === "overstay")!),
          id: "home-via-hub",
          event: { type: "indicator" as const, params: { indicator: "home-via-hub" } },
          conditions: { all: [{ fact: "travel", path: "lastExitHome", operator: "equal", value: true }] },
        },
      ],
    };
    const proxyEvaluator = createEvaluator({ asOf, ruleSet: proxy });
    const homeGoers = cases.filter((c) =>
      c.movements.some((m) => m.direction === "exit" && m.toCountry === c.person.nationality),
    );
    expect(homeGoers.length).toBeGreaterThan(0);
    const c = homeGoers[0]!;
    const partner = partnerOf(c);
    // The swap keeps "going home" true (the destination is swapped with the nationality), so even this proxy is
    // invariant; it is the reference to the home country, not the country, that the rule reads.
    if (partner !== undefined) {
      const [a, b] = [
        await proxyEvaluator.evaluate(c, { index }),
        await proxyEvaluator.evaluate(withNationality(c, partner), { index }),
      ];
      expect(outcome(a)).toBe(outcome(b));
    }
    // Changing the nationality and documents but NOT the trip home's destination does change it: the test
    // can fail.
    const other = candidates.find((x) => x !== c.person.nationality)!;
    const bare = { ...withNationality(c, other), movements: c.movements };
    const [a, b] = [
      await proxyEvaluator.evaluate(c, { index }),
      await proxyEvaluator.evaluate(bare, { index }),
    ];
    expect(a.fired.map((f) => f.id)).toContain("home-via-hub");
    expect(b.fired.map((f) => f.id)).not.toContain("home-via-hub");
  });
});

import { DEFAULT_AS_OF, generateLabelledCases, PATTERN_IDS } from "@timpora/testkit";
import { describe, expect, it } from "vitest";
import { rule, ruleSetOf } from "./engine-test-kit.fixture.js";
import { SourceFailedError, TppoError } from "./errors.js";
import { type BatchResult, createEvaluator } from "./evaluator.js";
import { hostileRecords } from "./hostile-records.fixture.js";
import { evaluateManyParallel } from "./node.js";
import * as team from "./parallel-team.fixture.js";
import { buildPopulationIndex } from "./population-index.js";

const asOf = DEFAULT_AS_OF;
const cases = [
  ...generateLabelledCases({
    seed: "tppo-parallel",
    count: 240,
    plant: Object.fromEntries(PATTERN_IDS.map((p) => [p, 0.03])),
  }),
].map((l) => l.case);
const index = await buildPopulationIndex(cases, { asOf });
const evaluator = createEvaluator({ asOf });

async function all(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

// Workers started from the TypeScript sources compile them with tsx first: slow on a busy machine, so the pools
// here are few and small, and the file has a long timeout.
describe("evaluateManyParallel: evaluateMany's results over worker threads (issue 10)", {
  timeout: 180_000,
}, () => {
  it("gives evaluateMany's results in input order: values, JSON text, hostile and bad records, a shared index", async () => {
    const hostile = hostileRecords(cases[0]);
    const records: unknown[] = [
      ...cases.slice(0, 100),
      "{ not json",
      ...hostile.map((h) => h.record),
      { id: "not a case" },
      ...cases.slice(100).map((c) => JSON.stringify(c)),
    ];
    const expected = await all(
      evaluator.evaluateMany(
        records.map((r) =>
          typeof r === "string" && r.startsWith("{ not") ? r : typeof r === "string" ? JSON.parse(r) : r,
        ),
        { index },
      ),
    );
    const parallel = await all(evaluateManyParallel(records, { asOf, index, concurrency: 2, batchSize: 17 }));
    expect(parallel.map((r) => r.recordIndex)).toEqual(records.map((_, i) => i));
    // the one difference: a string record is JSON text to the workers
    expect(parallel[100]).toMatchObject({ ok: false, issues: [{ code: "record.json-invalid" }] });
    expect(expected[100]).toMatchObject({ ok: false, issues: [{ code: "type.invalid" }] });
    const rest = (rs: BatchResult[]) => JSON.stringify(rs.filter((_, i) => i !== 100));
    expect(rest(parallel)).toBe(rest(expected));
    expect(parallel.slice(101, 101 + hostile.length).map((r) => !r.ok && r.issues[0]?.code)).toEqual(
      hostile.map((h) => h.code),
    );
    expect(parallel.filter((r) => r.ok && r.assessment.fired.length > 0).length).toBeGreaterThan(10);
  });

  it("imports the team's facts, operators and zone from module paths in every worker", async () => {
    const ruleSet = ruleSetOf([
      rule("team-two-contacts", {
        all: [
          { fact: "teamContactCount", path: "n", operator: "teamMultipleOf", value: 1 },
          { fact: "teamContactCount", path: "zone", operator: "equal", value: "Asia/Makassar" },
        ],
      }),
    ]);
    const local = createEvaluator({
      asOf,
      ruleSet,
      facts: team.facts,
      operators: team.operators,
      zoneOf: team.default,
    });
    const expected = await all(local.evaluateMany(cases.slice(0, 60)));
    const module = new URL("./parallel-team.fixture.ts", import.meta.url);
    const parallel = await all(
      evaluateManyParallel(cases.slice(0, 60), {
        asOf,
        ruleSet,
        facts: module,
        operators: module.href,
        zoneOf: module,
        concurrency: 1,
        batchSize: 8,
      }),
    );
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(expected));
    expect(parallel.filter((r) => r.ok && r.assessment.fired.length === 1).length).toBeGreaterThan(30);
  });

  it("refuses an option that is a function, or holds one, naming it (code option.function)", async () => {
    const refused = async (options: Record<string, unknown>) => {
      try {
        await all(evaluateManyParallel(cases.slice(0, 1), { asOf, ...options }));
      } catch (e) {
        return e instanceof TppoError ? [e.code, e.field] : e;
      }
      return "accepted";
    };
    expect(await refused({ facts: team.facts })).toEqual(["option.function", "facts"]);
    expect(await refused({ operators: team.operators })).toEqual(["option.function", "operators"]);
    expect(await refused({ zoneOf: team.default })).toEqual(["option.function", "zoneOf"]);
    expect(await refused({ engine: { run: async () => new Map() } })).toEqual(["option.function", "engine"]);
    expect(await refused({ thresholds: { addressCluster: () => 5 } })).toEqual([
      "option.function",
      "thresholds",
    ]);
  });

  it("ends with SourceFailedError after the results of the records read before, and stops when the caller stops", async () => {
    function* failing() {
      yield* cases.slice(0, 5);
      throw new Error("stream broke");
    }
    const seen: number[] = [];
    const failed = (async () => {
      for await (const r of evaluateManyParallel(failing, { asOf, concurrency: 1, batchSize: 2 }))
        seen.push(r.recordIndex);
    })();
    await expect(failed).rejects.toBeInstanceOf(SourceFailedError);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    let closed = false;
    function* endless() {
      try {
        for (let i = 0; ; i++) yield cases[i % cases.length];
      } finally {
        closed = true;
      }
    }
    let taken = 0;
    for await (const _ of evaluateManyParallel(endless, { asOf, concurrency: 1, batchSize: 4 })) {
      if (++taken === 10) break;
    }
    expect([taken, closed]).toEqual([10, true]);
  });
});

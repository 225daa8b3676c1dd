// pnpm bench (issue 10): every stage of bulk screening in one run, on the same testkit cases and the default rule
// set, against the built packages (run after `pnpm build`; the package's `bench` script builds first). Prints
// cases per second and the ratios; no figure is asserted anywhere. Peak RSS over 1,000,000 cases is
// scripts/bench-rss.mjs (`pnpm --filter @timpora/tppo bench:rss`).
//
//   node scripts/bench.mjs [cases=2000] [repeats=5] [times the cases over for the worker threads=100]
import { availableParallelism, cpus, loadavg } from "node:os";
import { CaseSchema, parseCase } from "@timpora/models";
import { defaultHolidayCalendar, defaultPolicyTable, stayStatus } from "@timpora/permits";
import { DEFAULT_AS_OF, generateLabelledCases, PATTERN_IDS } from "@timpora/testkit";
import {
  buildPopulationIndex,
  createEvaluator,
  defaultFacts,
  defaultRuleSet,
  defaultThresholds,
} from "@timpora/tppo";
import { compileRules, dateOperators, dottedPathResolver, ruleInForce } from "@timpora/tppo/engine";
import { createJsonRulesEngine, jsonRulesEngineOperators } from "@timpora/tppo/json-rules-engine";
import { evaluateManyParallel } from "@timpora/tppo/node";
import { Engine } from "json-rules-engine";

const N = Number(process.argv[2] ?? 2000);
const REPEATS = Number(process.argv[3] ?? 5);
const asOf = DEFAULT_AS_OF;

// the realistic population of the testkit (issue 9) where the installed testkit has it; older ones ignore it
const cases = [...generateLabelledCases({ seed: "tppo-bench", count: N, population: "realistic" })].map(
  (l) => l.case,
);
const texts = cases.map((c) => JSON.stringify(c));
const bytes = texts.reduce((s, t) => s + t.length, 0) / N;
const index = await buildPopulationIndex(cases, { asOf });
const active = defaultRuleSet.rules.filter((r) => ruleInForce(r, asOf));

/** Best of REPEATS runs (after one warm-up run) of `run`, which handles every case once: cases per second. */
async function rate(run, repeats = REPEATS) {
  await run();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await run();
    best = Math.min(best, performance.now() - t0);
  }
  return (N / best) * 1000;
}

const fmt = (n) => Math.round(n).toLocaleString("en-US").padStart(12);
const us = (perSecond) => `${(1e6 / perSecond).toFixed(1).padStart(7)} µs/case`;
const line = (label, perSecond, ratio) =>
  console.log(`  ${label.padEnd(66)}${fmt(perSecond)} cases/s${ratio === undefined ? "" : `  ${ratio}`}`);
const times = (a, b) => `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}x`;

// ---- facts derived beforehand, as every engine of the rules stage reads them -------------------------------
const parsed = cases.map((c) => parseCase(c).value);
const facts = parsed.map((c) => {
  const stay = stayStatus(c, { on: asOf });
  const ctx = {
    case: c,
    asOf,
    zone: "Asia/Jakarta",
    zoneKnown: false,
    stay,
    policy: defaultPolicyTable,
    calendar: defaultHolidayCalendar,
    thresholds: defaultThresholds,
    index,
  };
  const values = {};
  for (const f of defaultFacts) {
    const v = f.derive(ctx);
    if (v !== undefined) values[f.id] = v;
  }
  return values;
});

/** A rule's conditions with JSONPath paths, as json-rules-engine's README writes them (`path: "$.a.b"`). */
function jsonPathConditions(node) {
  if (Array.isArray(node)) return node.map(jsonPathConditions);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === "path" ? `$.${v}` : jsonPathConditions(v);
  return out;
}
function readmeEngine(rules) {
  const engine = new Engine(
    rules.map((r) => ({ name: r.id, conditions: jsonPathConditions(r.conditions), event: r.event })),
    { allowUndefinedFacts: true },
  );
  for (const op of jsonRulesEngineOperators(dateOperators, { asOf })) engine.addOperator(op);
  return engine;
}
function dottedEngine(rules) {
  const engine = new Engine(
    rules.map((r) => ({ name: r.id, conditions: structuredClone(r.conditions), event: r.event })),
    { allowUndefinedFacts: true, pathResolver: dottedPathResolver },
  );
  for (const op of jsonRulesEngineOperators(dateOperators, { asOf })) engine.addOperator(op);
  return engine;
}
const runEngine = (engine) => async () => {
  for (const f of facts) await engine.run(f);
};
function compiledStage(rules, explain) {
  const compiled = compileRules(rules, { facts: defaultFacts, operatorContext: { asOf } });
  const slots = facts.map((f) => compiled.factIds.map((id) => f[id]));
  return () => {
    for (const values of slots) {
      const run = compiled.run(values);
      if (explain) for (let i = 0; i < rules.length; i++) if (run.state(i) === "passed") run.explain(i);
    }
  };
}

// six default rules written by hand in plain JavaScript: the ceiling for those six
const SIX = [
  "minor-without-guardian",
  "sponsor-unverifiable",
  "address-cluster",
  "overstay",
  "shared-contact-details",
  "movement-restricted",
];
const six = active.filter((r) => SIX.includes(r.id));
const unaccompanied = ["unrelated-adults", "alone"];
const handWritten = [
  (f) =>
    f.person.minor === true &&
    (unaccompanied.indexOf(f.travel.lastEntryAccompaniedBy) > -1 || f.observation.guardianAbsent === true),
  (f) => f.sponsor.known === true && f.sponsor.unverifiable === true,
  (f) => f.residence.clusterEligible === true && f.addressForeignerCount >= f.thresholds.addressCluster,
  (f) => f.stay.overstaying === true,
  (f) => f.sharedContactCount >= f.thresholds.sharedContact,
  (f) =>
    f.observation.cannotLeaveFreely === true ||
    f.observation.guarded === true ||
    f.observation.lockedIn === true ||
    f.observation.alwaysEscorted === true,
];
/** The six hand-written rules agree with the compiled six on planted cases (every pattern), or the bench says so. */
function checkHandWritten() {
  const planted = [
    ...generateLabelledCases({
      seed: "tppo-bench-check",
      count: 600,
      plant: Object.fromEntries(PATTERN_IDS.map((p) => [p, 0.03])),
    }),
  ].map((l) => parseCase(l.case).value);
  const compiled = compileRules(six, { facts: defaultFacts, operatorContext: { asOf } });
  let agree = 0;
  let firings = 0;
  for (const c of planted) {
    const ctx = {
      case: c,
      asOf,
      zone: "Asia/Jakarta",
      zoneKnown: false,
      stay: stayStatus(c, { on: asOf }),
      policy: defaultPolicyTable,
      calendar: defaultHolidayCalendar,
      thresholds: defaultThresholds,
      counts: { addressForeignerCount: 6, sharedContactCount: c.person.contacts.length > 0 ? 4 : 0 },
    };
    const values = {};
    for (const f of defaultFacts) values[f.id] = f.derive(ctx);
    const run = compiled.run(compiled.factIds.map((id) => values[id]));
    const byId = new Map(six.map((r, i) => [r.id, run.state(i) === "passed"]));
    const hand = SIX.map((_, i) => handWritten[i](values));
    const ours = SIX.map((id) => byId.get(id));
    if (JSON.stringify(hand) === JSON.stringify(ours)) agree++;
    firings += hand.filter(Boolean).length;
  }
  return { agree, total: planted.length, firings };
}
let handFired = 0;
const handStage = () => {
  for (const f of facts) for (const rule of handWritten) if (rule(f)) handFired++;
};

const cpu = cpus()[0]?.model ?? "?";
console.log(
  `machine: ${cpu}, ${availableParallelism()} cores, Node ${process.version}, load ${loadavg()[0].toFixed(2)}`,
);
console.log(
  `cases: ${N} testkit cases (seed "tppo-bench"), ${Math.round(bytes)} bytes of JSON on average; default rule set, ${active.length} rules in force on ${asOf}; best of ${REPEATS} runs`,
);

console.log("\nrules stage (facts derived beforehand, population index given):");
const readme = await rate(runEngine(readmeEngine(active)), 2);
line("json-rules-engine as its README uses it (one Engine, JSONPath path)", readme, "1.0x");
const dotted = await rate(runEngine(dottedEngine(active)), 2);
line("json-rules-engine with the dotted path resolver", dotted, times(dotted, readme));
const compiledRate = await rate(compiledStage(active, false));
line("compiled (rules stage alone)", compiledRate, times(compiledRate, readme));
const explainedRate = await rate(compiledStage(active, true));
line("compiled, with the explanations of fired rules", explainedRate, times(explainedRate, readme));

console.log(`\nsix rules (${SIX.join(", ")}):`);
const readmeSix = await rate(runEngine(readmeEngine(six)), 2);
line("json-rules-engine as its README uses it", readmeSix, "1.0x");
const compiledSix = await rate(compiledStage(six, false));
line("compiled", compiledSix, times(compiledSix, readmeSix));
const handSix = await rate(handStage);
line("hand-written plain JavaScript (the ceiling)", handSix, times(handSix, readmeSix));

console.log(
  "\nend to end (cases given as objects: validation, facts, rules, explanations of fired rules, level):",
);
const reference = createEvaluator({ asOf, engine: createJsonRulesEngine({ operatorContext: { asOf } }) });
const referenceRate = await rate(async () => {
  for await (const _ of reference.evaluateMany(cases, { index })) {
    // drain
  }
}, 2);
line("reference mode (json-rules-engine + the explanation walk)", referenceRate, "1.0x");
const evaluator = createEvaluator({ asOf });
const oneThread = await rate(async () => {
  for await (const _ of evaluator.evaluateMany(cases, { index })) {
    // drain
  }
});
line("compiled, one thread (evaluateMany)", oneThread, times(oneThread, referenceRate));
const oneThreadText = await rate(async () => {
  for await (const _ of evaluator.evaluateMany(
    texts.map((t) => JSON.parse(t)),
    { index },
  )) {
    // drain
  }
});
line(
  "compiled, one thread, from JSON text (JSON.parse included)",
  oneThreadText,
  times(oneThreadText, referenceRate),
);
// worker threads: a long stream (the cases 100 times over, 200,000 records), so that starting the pool and warming
// up each worker (loading the package, compiling the rules, the JIT: over a second of CPU a worker) is paid once,
// as in a real batch; one thread measured on the same stream
const workers = availableParallelism();
const LONG = Number(process.argv[4] ?? 100);
const longTexts = Array.from({ length: LONG }, () => texts).flat();
const longRate = async (run) => {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    await run();
    best = Math.min(best, performance.now() - t0);
  }
  return ((N * LONG) / best) * 1000;
};
const oneThreadLong = await longRate(async () => {
  for await (const _ of evaluator.evaluateMany(
    longTexts.map((t) => JSON.parse(t)),
    { index },
  )) {
    // drain
  }
});
line(
  `compiled, one thread, from JSON text, ${N * LONG} records`,
  oneThreadLong,
  times(oneThreadLong, referenceRate),
);
const parallelRate = await longRate(async () => {
  for await (const _ of evaluateManyParallel(longTexts, { asOf, index, concurrency: workers })) {
    // drain
  }
});
line(
  `compiled, ${workers} worker threads, the same ${N * LONG} records (JSON text, parsed in the workers; pool start included)`,
  parallelRate,
  `${times(parallelRate, oneThreadLong)} one thread`,
);

console.log("\nparsing and the index, apart:");
const jsonRate = await rate(() => {
  for (const t of texts) JSON.parse(t);
});
const parseRate = await rate(() => {
  for (const c of cases) parseCase(c);
});
const zodRate = await rate(() => {
  for (const c of cases) CaseSchema.safeParse(c);
});
const indexRate = await rate(() => buildPopulationIndex(cases, { asOf }));
line(`JSON.parse of the case text            ${us(jsonRate)}`, jsonRate);
line(`parseCase (complete validation)        ${us(parseRate)}`, parseRate);
line(`CaseSchema.safeParse (zod alone)       ${us(zodRate)}`, zodRate);
line(
  `buildPopulationIndex (parse + keys)    ${us(indexRate)}`,
  indexRate,
  `${times(indexRate, parseRate)} parseCase`,
);
const check = checkHandWritten();
console.log(
  `\nthe six hand-written rules agree with the compiled ones on ${check.agree} of ${check.total} planted cases (${check.firings} firings); ` +
    `on the bench cases they fired ${handFired} times over all runs`,
);
console.log("peak RSS over 1,000,000 cases: pnpm --filter @timpora/tppo bench:rss");

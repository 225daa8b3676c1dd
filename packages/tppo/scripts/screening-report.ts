// The screening report (issue 9): screens a realistic synthetic population and writes, as Markdown and JSON,
// what the rules do to ordinary people and to planted true patterns.
//
//   pnpm screening-report                      # 100,000 cases into reports/screening/
//   pnpm screening-report --count 10000 --check  # CI: exits 1 if a look-alike reaches review or refer, or a
//                                              # planted pattern misses the level the catalogue expects
//
// Options: --count N, --seed S, --as-of YYYY-MM-DD, --out DIR, --check.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  DEFAULT_AS_OF,
  generateLabelledCases,
  type LabelledCase,
  LOOK_ALIKE_KINDS,
  LOOK_ALIKES,
  type LookAlikeKind,
  PATTERNS,
  type PatternId,
} from "@timpora/testkit";
import Ajv2020 from "ajv/dist/2020.js";
import {
  type Assessment,
  buildPopulationIndex,
  createEvaluator,
  defaultRuleSet,
  type Level,
} from "../src/index.js";

// Every assessment of the report is validated against the shipped JSON Schema (issue 9's acceptance).
const assessmentSchema = JSON.parse(
  readFileSync(new URL("../schemas/assessment.json", import.meta.url), "utf8"),
);
const validAssessment = new Ajv2020.default({ strict: false, validateFormats: false }).compile(
  assessmentSchema,
);

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    seed: { type: "string", default: "screening-report" },
    "as-of": { type: "string", default: DEFAULT_AS_OF },
    out: { type: "string", default: "reports/screening" },
    check: { type: "boolean", default: false },
  },
});
const count = Number(values.count);
if (!Number.isSafeInteger(count) || count <= 0) throw new Error("--count must be a positive whole number");
const asOf = values["as-of"];
const seed = values.seed;
const outDir = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);

const LEVELS: readonly Level[] = ["none", "note", "review", "refer"];
const population = () => generateLabelledCases({ seed, count, asOf, population: "realistic" });

type LevelCounts = Record<Level, number>;
const emptyLevels = (): LevelCounts => ({ none: 0, note: 0, review: 0, refer: 0 });
/** Per indicator id: how many cases of a group fired it. */
type Fires = Map<string, number>;
interface Group {
  cases: number;
  levels: LevelCounts;
  fires: Fires;
}
const emptyGroup = (): Group => ({ cases: 0, levels: emptyLevels(), fires: new Map() });
const groups = new Map<string, Group>();
const group = (key: string): Group => {
  let g = groups.get(key);
  if (g === undefined) {
    g = emptyGroup();
    groups.set(key, g);
  }
  return g;
};
const add = (key: string, a: Assessment): void => {
  const g = group(key);
  g.cases++;
  g.levels[a.level]++;
  for (const f of a.fired) g.fires.set(f.id, (g.fires.get(f.id) ?? 0) + 1);
};

const started = Date.now();
const index = await buildPopulationIndex(
  () =>
    (function* () {
      for (const l of population()) yield l.case;
    })(),
  { asOf },
);
const evaluator = createEvaluator({ asOf, ruleSet: defaultRuleSet });
const violations: string[] = [];
let screened = 0;
for (const l of population() as Iterable<LabelledCase>) {
  const a = await evaluator.evaluate(l.case, { index });
  screened++;
  if (!validAssessment(a))
    violations.push(`${l.case.id}: the assessment does not validate against schemas/assessment.json`);
  add("all", a);
  const benign = l.lookAlikes.length > 0;
  const planted = l.planted.length > 0;
  add(benign ? "benign" : planted ? "planted" : "clean", a);
  for (const kind of l.lookAlikes) {
    add(`look-alike:${kind}`, a);
    const highest = LOOK_ALIKES[kind].highestLevel;
    if (LEVELS.indexOf(a.level) > LEVELS.indexOf(highest))
      violations.push(`${l.case.id}: look-alike ${kind} reached ${a.level} (highest allowed ${highest})`);
  }
  if (benign) {
    add(`benign-nationality:${l.case.person.nationality}`, a);
    add(`benign-sex:${l.case.person.sex}`, a);
  }
  for (const p of l.planted) {
    add(`pattern:${p}`, a);
    const expected = PATTERNS[p].expectedLevel;
    if (a.level !== expected && l.planted.length === 1)
      violations.push(`${l.case.id}: planted ${p} reached ${a.level} (expected ${expected})`);
  }
  if (screened % 20_000 === 0) console.error(`screened ${screened} of ${count}`);
}
const seconds = (Date.now() - started) / 1000;

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 100_000) / 1000);
const ruleIds = defaultRuleSet.rules.map((r) => r.id);
const groupJson = (g: Group) => ({
  cases: g.cases,
  levels: g.levels,
  levelPercent: Object.fromEntries(LEVELS.map((l) => [l, pct(g.levels[l], g.cases)])),
  fireRatePercent: Object.fromEntries(
    ruleIds.filter((id) => g.fires.has(id)).map((id) => [id, pct(g.fires.get(id)!, g.cases)]),
  ),
});
const pick = (prefix: string) =>
  Object.fromEntries(
    [...groups]
      .filter(([k]) => k.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, g]) => [k.slice(prefix.length), groupJson(g)]),
  );
const report = {
  generatedBy: "packages/tppo/scripts/screening-report.ts",
  seed,
  count,
  asOf,
  ruleSet: `${defaultRuleSet.id} ${defaultRuleSet.version}`,
  seconds,
  all: groupJson(group("all")),
  benignLookAlikes: groupJson(group("benign")),
  plantedPatterns: groupJson(group("planted")),
  clean: groupJson(group("clean")),
  byLookAlikeKind: pick("look-alike:"),
  byPlantedPattern: Object.fromEntries(
    Object.entries(pick("pattern:")).map(([p, g]) => [
      p,
      { expectedLevel: PATTERNS[p as PatternId].expectedLevel, ...g },
    ]),
  ),
  benignByNationality: pick("benign-nationality:"),
  benignBySex: pick("benign-sex:"),
  violations,
};

const md: string[] = [];
const row = (cells: (string | number)[]) => md.push(`| ${cells.join(" | ")} |`);
const levelRow = (name: string, g: Group) =>
  row([name, g.cases, ...LEVELS.map((l) => `${g.levels[l]} (${pct(g.levels[l], g.cases)} %)`)]);
md.push(
  "# Screening report",
  "",
  `${count.toLocaleString("en-US")} synthetic cases of a realistic population (testkit, seed \`${seed}\`), screened on ${asOf} with \`${report.ruleSet}\` and a population index, in ${seconds.toFixed(0)} s. The population mix is a local assumption of the testkit (see its README); rates are of these synthetic cases, not of any real area.`,
  "",
  "## Level mix",
  "",
  "| cases | n | none | note | review | refer |",
  "|---|---|---|---|---|---|",
);
levelRow("all", group("all"));
levelRow("benign look-alikes", group("benign"));
levelRow("planted true patterns", group("planted"));
levelRow("clean", group("clean"));
md.push(
  "",
  "## Levels per look-alike kind",
  "",
  "| kind | highest allowed | n | none | note | review | refer |",
  "|---|---|---|---|---|---|---|",
);
for (const kind of LOOK_ALIKE_KINDS) {
  const g = group(`look-alike:${kind}`);
  row([
    `\`${kind}\``,
    LOOK_ALIKES[kind as LookAlikeKind].highestLevel,
    g.cases,
    ...LEVELS.map((l) => `${g.levels[l]} (${pct(g.levels[l], g.cases)} %)`),
  ]);
}
md.push(
  "",
  "## Levels per planted pattern",
  "",
  "| pattern | expected | n | none | note | review | refer |",
  "|---|---|---|---|---|---|---|",
);
for (const [key, g] of [...groups]
  .filter(([k]) => k.startsWith("pattern:"))
  .sort(([a], [b]) => (a < b ? -1 : 1))) {
  const p = key.slice("pattern:".length) as PatternId;
  row([
    `\`${p}\``,
    PATTERNS[p].expectedLevel,
    g.cases,
    ...LEVELS.map((l) => `${g.levels[l]} (${pct(g.levels[l], g.cases)} %)`),
  ]);
}
md.push(
  "",
  "## Each indicator's fire rate (% of cases)",
  "",
  "| indicator | benign look-alikes | planted true patterns | clean |",
  "|---|---|---|---|",
);
for (const id of ruleIds) {
  const r = (k: string) => `${pct(group(k).fires.get(id) ?? 0, group(k).cases)}`;
  row([`\`${id}\``, r("benign"), r("planted"), r("clean")]);
}
const nationalities = [...groups]
  .filter(([k, g]) => k.startsWith("benign-nationality:") && g.cases >= Math.max(50, count / 1000))
  .map(([k]) => k.slice("benign-nationality:".length))
  .sort();
md.push(
  "",
  "## Fire rate per nationality among benign look-alikes (% of that nationality's look-alike cases)",
  "",
  `Nationalities with at least ${Math.max(50, count / 1000)} look-alike cases; indicators that fired on none of them are left out. A rule that fires more on one nationality than another among ordinary people is a disparity to explain.`,
  "",
  `| indicator | ${nationalities.join(" | ")} |`,
  `|---|${nationalities.map(() => "---").join("|")}|`,
);
for (const id of ruleIds) {
  const rates = nationalities.map((n) => {
    const g = group(`benign-nationality:${n}`);
    return pct(g.fires.get(id) ?? 0, g.cases);
  });
  if (rates.some((r) => r > 0)) row([`\`${id}\``, ...rates]);
}
md.push(
  "",
  "## Fire rate per sex among benign look-alikes (%)",
  "",
  "| indicator | F | M | X |",
  "|---|---|---|---|",
);
for (const id of ruleIds) {
  const rates = (["F", "M", "X"] as const).map((s) => {
    const g = group(`benign-sex:${s}`);
    return pct(g.fires.get(id) ?? 0, g.cases);
  });
  if (rates.some((r) => r > 0)) row([`\`${id}\``, ...rates]);
}
md.push(
  "",
  "## Violations",
  "",
  violations.length === 0
    ? "None: no benign look-alike went above its highest allowed level, every planted pattern (planted alone) reached its expected level, and every assessment validated against schemas/assessment.json (ajv, draft 2020-12)."
    : violations
        .slice(0, 200)
        .map((v) => `- ${v}`)
        .join("\n"),
  "",
);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "screening-report.json"), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(outDir, "screening-report.md"), md.join("\n"));
console.log(
  `screened ${screened} cases in ${seconds.toFixed(0)} s; look-alikes: ${group("benign").cases}, note ${pct(group("benign").levels.note, group("benign").cases)} %, review ${group("benign").levels.review}, refer ${group("benign").levels.refer}; violations: ${violations.length}; wrote ${outDir}`,
);
if (values.check && violations.length > 0) {
  for (const v of violations.slice(0, 50)) console.error(v);
  process.exit(1);
}

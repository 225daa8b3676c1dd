// Runs the loop of a joint operation (issue 13) on the generated East Java population of the map example:
// targets, a three-day plan for the Banyuwangi team, checklists, simulated visit results, re-screening and the
// operation report (counts only). Writes the longest observation form of the plan as a printable page.
// Run: pnpm --filter @timpora/example-oversight-map operation [form.html]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Case } from "@timpora/models";
import { type Agency, type Observation, parseAgency, parseCase } from "@timpora/models";
import { regions } from "@timpora/models/regions";
import {
  agencyView,
  checklistFor,
  compareScreenings,
  operationReport,
  operationTargets,
  planOperation,
  type QuestionKey,
  recordResults,
  renderChecklist,
} from "@timpora/oversight";
import { generateCases } from "@timpora/testkit";
import { type Assessment, buildPopulationIndex, createEvaluator } from "@timpora/tppo";
import { moveToEastJava } from "./east-java.js";

const asOf = "2025-03-01";
const cases = [...generateCases({ seed: "banyuwangi", count: 3000, asOf, population: "realistic" })].map(
  (c) => {
    const parsed = parseCase(moveToEastJava(c), { regions });
    if (!parsed.ok) throw new Error(`a moved case did not parse: ${parsed.issues[0]?.code}`);
    return parsed.value;
  },
);
const evaluator = createEvaluator({ asOf });
async function screen(list: readonly Case[]): Promise<Assessment[]> {
  const index = await buildPopulationIndex(list, { asOf });
  const out: Assessment[] = [];
  for (const c of list) out.push(await evaluator.evaluate(c, { index }));
  return out;
}

const agency = (id: string, kind: Agency["kind"], name: string): Agency => {
  const parsed = parseAgency({ schemaVersion: 1, id, kind, name, jurisdictionRegionCodes: ["35.10"] });
  if (!parsed.ok) throw new Error("an agency record did not parse");
  return parsed.value;
};
const team = [
  agency("ag-kanim-jember", "immigration-office", "Kantor Imigrasi Kelas I TPI Jember"),
  agency("ag-polresta", "police-polres", "Polresta Banyuwangi"),
  agency("ag-disnaker", "manpower-office", "Disnaker Banyuwangi"),
  agency("ag-uptd-ppa", "uptd-ppa", "UPTD PPA Banyuwangi"),
  agency("ag-ksop", "harbour-master", "KSOP Tanjungwangi"),
];

const before = await screen(cases);
const targets = operationTargets(cases, before, { limit: 30 });
const plan = planOperation(targets, {
  window: { from: "2025-03-03", until: "2025-03-05" },
  agencies: team,
  capacityPerDay: 5,
});

// Simulated visits: every question on each form answered as nothing found, except at the first visit, where
// passports are held by the employer and refused, and people cannot leave freely (B1, B2).
const nothingFound: Partial<Record<QuestionKey, unknown>> = {
  documentHolder: "self",
  guardianPresent: true,
  canLeaveFreely: true,
  knowsAddress: true,
  knowsSponsor: true,
  canStatePurpose: true,
  hasOwnPhone: true,
  paid: "as-promised",
  hoursPerDay: 8,
  daysOffPerMonth: 4,
  threats: [],
  forcedTasks: [],
};
const results = plan.visits.flatMap((v, n) => {
  const form = checklistFor(v.target, cases, before);
  return v.target.people.map((p) => {
    const answers: Record<string, unknown> = {};
    for (const q of form.questions) {
      if (!q.people.includes(p.index)) continue;
      if (q.key === "documentHolderReason" || q.key === "debtCreditor") continue;
      answers[q.key] = q.key in nothingFound ? nothingFound[q.key] : false;
    }
    if (n === 0)
      Object.assign(answers, {
        documentHolder: "employer",
        documentHolderReason: "refused",
        canLeaveFreely: false,
      });
    const observation = {
      schemaVersion: 1,
      id: `o-op-${v.target.rank}-${p.index}`,
      observedAt: `${asOf}T10:00:00+07:00`,
      agencyId: "ag-kanim-jember",
      officerId: "off-op-1",
      mode: "asked",
      answers,
    } as Observation;
    return { index: p.index, observation };
  });
});
const recorded = recordResults(cases, results);
const after = await screen(recorded.cases);
const changes = compareScreenings(before, after);
const report = operationReport(plan, before, after);

// The form printed: the first visit with the longest form.
const forms = plan.visits.map((v) => checklistFor(v.target, cases, before).questions.length);
const first = plan.visits[forms.indexOf(Math.max(...forms))];
if (first === undefined) throw new Error("the plan has no visit");
const out = resolve(process.argv[2] ?? "reports/operation-checklist.html");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, renderChecklist(checklistFor(first.target, cases, before), { day: first.day }));

console.log(
  `targets: ${targets.length}; visits planned: ${plan.visits.length}; unassigned: ${plan.unassigned.length}`,
);
console.log(
  `printed form: ${first.day}, area ${first.area}, ${first.target.kind}; needs ${first.needs.map((x) => x.reason.code).join(", ") || "none"}; steps ${first.steps.map((s) => s.kind).join(" → ")}`,
);
console.log(`visits the manpower office sees: ${agencyView(plan, "ag-disnaker").visits.length}`);
console.log(
  `observations recorded: ${recorded.updated.length}, refused: ${recorded.refused.length}; people changed: ${changes.length}`,
);
console.log(`report: ${JSON.stringify(report)}`);
if (recorded.refused.length > 0) throw new Error("a simulated observation was refused");

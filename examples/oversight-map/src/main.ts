// Maps a generated East Java population (Banyuwangi and its neighbours, a realistic mix) on two dates, as
// the Jember immigration office might for a Timpora meeting in Banyuwangi, and writes the report.
// Run: pnpm --filter @timpora/example-oversight-map start [output.html]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseAgency, parseCase } from "@timpora/models";
import { regions } from "@timpora/models/regions";
import { mapByRegion, renderMapReport } from "@timpora/oversight";
import { generateCases } from "@timpora/testkit";
import { createEvaluator } from "@timpora/tppo";
import { moveToEastJava } from "./east-java.js";

const asOf = "2025-03-01";
const cases = [...generateCases({ seed: "banyuwangi", count: 3000, asOf, population: "realistic" })].map(
  (c) => {
    const parsed = parseCase(moveToEastJava(c), { regions });
    if (!parsed.ok) throw new Error(`a moved case did not parse: ${parsed.issues[0]?.code}`);
    return parsed.value;
  },
);

const assessments = [];
for await (const r of createEvaluator({ asOf }).evaluateMany(cases)) if (r.ok) assessments.push(r.assessment);

const dimensions = [
  "nationality",
  "permitKind",
  "purpose",
  "stay",
  "employerSector",
  "screeningLevel",
  "routes",
] as const;
const map = mapByRegion(cases, {
  on: ["2025-02-01", asOf],
  by: "district",
  within: ["35.09", "35.10", "35.11", "35.12", "35.78", "51.01", "51.03"],
  dimensions: [...dimensions],
  assessments,
  regions,
});

const jember = parseAgency({
  schemaVersion: 1,
  id: "ag-kanim-jember",
  kind: "immigration-office",
  name: "Kantor Imigrasi Kelas I TPI Jember",
  jurisdictionRegionCodes: ["35.09", "35.10", "35.11", "35.12"],
  immigrationOfficeClass: "kelas-i-tpi",
});
if (!jember.ok) throw new Error("the office record did not parse");
const byArea = mapByRegion(cases, {
  on: ["2025-02-01", asOf],
  by: "work-area",
  areas: [jember.value],
  dimensions: ["stay"],
});

const out = resolve(process.argv[2] ?? "reports/oversight-map.html");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  renderMapReport(map, {
    title: "Peta Pengawasan Orang Asing — Jawa Timur dan Bali / Foreigner-oversight map — East Java and Bali",
  }),
);

const row = (key: string) => map.regions.find((r) => r.key === key);
const area = byArea.regions.find((r) => r.key === "area:1");
const hidden = map.tables
  .flatMap((t) => t.rows.flatMap((r) => r.counts.flat()))
  .filter((c) => c === null).length;
console.log(`cases: ${cases.length}, screened: ${assessments.length}`);
console.log(`present on ${map.dates.join(" / ")}: ${row("all")?.counts.join(" / ")}`);
console.log(
  `Banyuwangi (35.10): ${row("35.10")?.counts.join(" / ")}; Jember office's work area: ${area?.counts.join(" / ")}`,
);
console.log(
  `counted apart (departed): ${map.apart.departed.counts.join(" / ")}; suppressed cells: ${hidden}`,
);
console.log(`report: ${out}`);

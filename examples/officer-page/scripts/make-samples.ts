/**
 * Writes the sample case files of the officer's page (synthetic, from @timpora/testkit with planted patterns):
 * one case (a JSON object) and a small population (a JSON array) that the screening flow opens.
 * Usage: `pnpm --filter @timpora/example-officer-page samples` (the files are committed; rerun only to change them).
 */
import { writeFileSync } from "node:fs";
import { generateCase, generateCases, generateGroup } from "@timpora/testkit";

const asOf = "2025-06-30";
const write = (name: string, value: unknown) =>
  writeFileSync(new URL(`../samples/${name}`, import.meta.url), `${JSON.stringify(value, null, 2)}\n`);

write(
  "forced-labour-observed.json",
  generateCase({ seed: "officer-page-refer", asOf, plant: ["forced-labour-observed"] }),
);
write("villa-cluster.json", [
  ...generateGroup({ seed: "officer-page-villa", asOf, pattern: "villa-cluster", size: 6 }).map(
    (l) => l.case,
  ),
  ...generateCases({ seed: "officer-page-clean", asOf, count: 2 }),
]);

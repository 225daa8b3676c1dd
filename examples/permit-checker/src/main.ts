/**
 * Checks three synthetic permits on a day and prints what a counter officer would read. The figures are the
 * permits README's worked example: a visa on arrival from 29 September 2023 (30 days, last day 28 October),
 * extended once by 30 days to 27 November; on 7 December it is 10 days over, Rp1,000,000 a day (PP 28/2019).
 * Usage: `pnpm --filter @timpora/example-permit-checker start`.
 */
import { checkPermit } from "./check-permit.js";

const voa = {
  schemaVersion: 1,
  id: "pm-voa",
  kind: "itk",
  basis: "visa-on-arrival",
  validFrom: "2023-09-29",
  validUntil: "2023-11-27",
  status: "active",
  purpose: "tourism",
  extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }],
};
const itas = {
  ...voa,
  id: "pm-itas",
  kind: "itas",
  basis: "limited-stay-visa",
  purpose: "work",
  extensions: [],
  validFrom: "2023-06-01",
  validUntil: "2024-05-31",
};
const typo = { ...voa, id: "pm-typo", validUntil: "2023-11-31" };

for (const [record, on] of [
  [voa, "2023-11-27"],
  [voa, "2023-12-07"],
  [itas, "2024-05-01"],
  [typo, "2023-12-07"],
] as const) {
  const check = checkPermit(record, on, "en");
  console.log(`${record.id} on ${on}:`);
  if (!check.ok) {
    for (const i of check.issues) console.log(`  invalid: ${i.path.join(".")} ${i.code} (${i.message.en})`);
    continue;
  }
  console.log(
    `  ${check.status}, last day ${check.lastDay}, ${check.overstayDays} days over, charge ${check.charge}, extension ${check.extension}`,
  );
  for (const line of check.lines) console.log(`    ${line}`);
}

const late = checkPermit(voa, "2023-12-07");
if (!late.ok || late.overstayDays !== 10 || late.charge !== "Rp10.000.000") process.exit(1);

/**
 * The README's first taste, runnable: a record arrives as JSON text (here a synthetic case from
 * @timpora/testkit), is parsed into a typed `Case`, asked for its stay status, and screened.
 * Usage: `pnpm --filter @timpora/example-quickstart start`.
 */
import { parseCase } from "@timpora/models";
import { stayStatus } from "@timpora/permits";
import { generateCase } from "@timpora/testkit";
import { createEvaluator } from "@timpora/tppo";

const text = JSON.stringify(generateCase({ seed: "quickstart", asOf: "2025-03-01", plant: ["overstay"] }));

const parsed = parseCase(JSON.parse(text));
if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.code} at ${i.path.join(".")}`).join("\n"));

const stay = stayStatus(parsed.value, { on: "2025-03-01" });
console.log(
  stay.status,
  stay.overstayDays,
  stay.reasons.map((r) => `${r.code}: ${r.message.en}`),
);

const evaluator = createEvaluator({ asOf: "2025-03-01" });
const assessment = await evaluator.evaluate(parsed.value, { counts: {} });
console.log(
  assessment.level,
  assessment.fired.map((f) => f.id),
);

// What a bad record gives: coded issues with paths and bilingual messages, never the values.
const bad = parseCase({ ...JSON.parse(text), person: { ...parsed.value.person, birthDate: "2023-02-29" } });
if (!bad.ok) for (const i of bad.issues) console.log(i.code, i.path.join("."), i.message.en);

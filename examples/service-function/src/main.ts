/**
 * Calls the service function as a server would, on synthetic requests from @timpora/testkit, and checks what it
 * answers. Usage: `pnpm --filter @timpora/example-service-function start`.
 */
import { generateCase } from "@timpora/testkit";
import { screenCase } from "./screen-case.js";

const asOf = "2025-06-30";
const overstay = JSON.parse(JSON.stringify(generateCase({ seed: "service", asOf, plant: ["overstay"] })));
const withheld = JSON.parse(
  JSON.stringify(generateCase({ seed: "service", asOf, plant: ["passport-withheld"] })),
);
const broken = { ...overstay, person: { ...overstay.person, birthDate: "1990-02-30" } };

const a = await screenCase(overstay, { asOf, locale: "en" });
console.log(a.status, a.status === 200 ? `${a.body.level} ${a.body.indicators.join(",")}` : "");
const b = await screenCase(withheld, { asOf, locale: "en" });
console.log(b.status, b.status === 200 ? `${b.body.level} ${b.body.indicators.join(",")}` : "");
const c = await screenCase(broken, { asOf, locale: "en" });
console.log(
  c.status,
  c.status === 400 ? c.body.issues.map((i) => `${i.code}@${i.path.join(".")}`).join(" ") : "",
);

// The levels the testkit's pattern catalogue expects: overstay alone is a note, a withheld passport a review.
if (a.status !== 200 || a.body.level !== "note" || !a.body.indicators.includes("overstay")) process.exit(1);
if (b.status !== 200 || b.body.level !== "review" || !b.body.indicators.includes("passport-withheld"))
  process.exit(1);
if (c.status !== 400 || c.body.issues[0]?.code !== "date.invalid") process.exit(1);

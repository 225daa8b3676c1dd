import { bench, describe } from "vitest";
import { generateCases, generateLabelledCases } from "./generate.js";
import { PATTERN_IDS } from "./pattern-catalogue.js";

const everyPattern = Object.fromEntries(PATTERN_IDS.map((id) => [id, 0.01]));

describe("generate 10,000 cases", () => {
  bench(
    "clean",
    () => {
      for (const _ of generateCases({ seed: "bench", count: 10_000 })) {
        // consume
      }
    },
    { iterations: 3 },
  );
  bench(
    "every pattern at 1% (labelled)",
    () => {
      for (const _ of generateLabelledCases({ seed: "bench", count: 10_000, plant: everyPattern })) {
        // consume
      }
    },
    { iterations: 3 },
  );
});

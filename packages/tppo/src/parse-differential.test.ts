// Issue 10: parsing with the compiled accept path equals zod on 10,000 testkit cases (every pattern planted, the
// realistic population where the testkit has it): the compiled path accepts each on its own (no fallback to zod),
// and parseCase gives zod's output, key order included.
import { CaseSchema, parseCase } from "@timpora/models";
import { type GenerateCasesOptions, generateLabelledCases, PATTERN_IDS } from "@timpora/testkit";
import { describe, expect, it } from "vitest";

/** The compiled parse path of @timpora/models (internal there: read from its source, for this test only). */
const internal = new URL("../../models/src/compiled-schema.ts", import.meta.url).href;
const { compiledParser, REJECTED } = (await import(/* @vite-ignore */ internal)) as {
  compiledParser: (schema: unknown) => (input: unknown) => unknown;
  REJECTED: symbol;
};

const options = {
  seed: "tppo-parse-differential",
  count: 10_000,
  plant: Object.fromEntries(PATTERN_IDS.map((p) => [p, 0.02])),
  population: "realistic",
} as GenerateCasesOptions;

describe("parseCase = CaseSchema.safeParse on 10,000 testkit cases", () => {
  it("the compiled path accepts every case alone, and parseCase returns zod's value", () => {
    const compiled = compiledParser(CaseSchema);
    let count = 0;
    const problems: string[] = [];
    for (const { case: c } of generateLabelledCases(options)) {
      count++;
      if (compiled(c) === REJECTED) problems.push(`${c.id}: fell back to zod`);
      const ours = parseCase(c);
      const zod = CaseSchema.safeParse(c);
      if (!ours.ok || !zod.success || JSON.stringify(ours.value) !== JSON.stringify(zod.data))
        problems.push(`${c.id}: differs`);
    }
    expect(count).toBe(10_000);
    expect(problems).toEqual([]);
  });
});

/**
 * Every record zod accepts, the shipped JSON Schema (draft 2020-12) must accept too: 10,000
 * generated cases are validated with ajv against `@timpora/models/schemas/case.json`.
 */
import { parseCase } from "@timpora/models";
import caseSchema from "@timpora/models/schemas/case.json" with { type: "json" };
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ONE_PERCENT_EACH } from "./case-checks.fixture.js";
import { generateCases } from "./generate.js";

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = (formatsModule as unknown as { default: typeof formatsModule.default }).default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(caseSchema);

describe("JSON Schema conformance", () => {
  it("the case schema is draft 2020-12", () => {
    expect(caseSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("10,000 generated cases that parseCase accepts validate against the shipped case.json", () => {
    let zodOk = 0;
    let schemaOk = 0;
    const errors: unknown[] = [];
    for (const c of generateCases({
      seed: "json-schema",
      count: 10_000,
      plant: ONE_PERCENT_EACH,
      familyRate: 0.1,
    })) {
      if (parseCase(c).ok) zodOk++;
      // Validate the JSON text form, as a tool in another language would see it.
      if (validate(JSON.parse(JSON.stringify(c)))) schemaOk++;
      else if (errors.length < 3) errors.push(validate.errors);
    }
    expect(errors).toEqual([]);
    expect(zodOk).toBe(10_000);
    expect(schemaOk).toBe(10_000);
  });

  it("rejects a case the schema must reject (the check can fail)", () => {
    const [c] = [...generateCases({ seed: "neg", count: 1 })];
    expect(validate({ ...c, schemaVersion: 2 })).toBe(false);
    expect(validate({ ...c, person: { ...c!.person, birthDate: "2023-02-29" } })).toBe(false);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCase, parseWith, recordJsonSchema, recordSchemas } from "./index.js";
import { recordSchemaNames } from "./json-schema.js";
import { fullCase, itasPermit, validRecords } from "./valid-records.fixture.js";

const schemasDir = join(dirname(fileURLToPath(import.meta.url)), "..", "schemas");

// ajv is CommonJS: under NodeNext its class is the `default` property of the default import.
const Ajv = Ajv2020.default;

function makeAjv(): InstanceType<typeof Ajv> {
  // zod writes a `pattern` beside each `format`, so the patterns do the checking; the formats are
  // registered only so that strict mode accepts them.
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addFormat("date", true);
  ajv.addFormat("date-time", true);
  return ajv;
}

function committedSchema(name: string): unknown {
  return JSON.parse(readFileSync(join(schemasDir, `${name}.json`), "utf8"));
}

describe("committed JSON Schemas", () => {
  it("match the schemas generated from the zod models (run `pnpm -C packages/models generate`)", () => {
    for (const name of recordSchemaNames) {
      expect(committedSchema(name), name).toEqual(JSON.parse(JSON.stringify(recordJsonSchema(name))));
    }
  });

  it("are exactly one file per top-level record", () => {
    const files = readdirSync(schemasDir).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual(recordSchemaNames.map((n) => `${n}.json`).sort());
  });

  it("are draft 2020-12 and compile in ajv strict mode", () => {
    const ajv = makeAjv();
    for (const name of recordSchemaNames) {
      const schema = committedSchema(name) as { $schema: string };
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(() => ajv.compile(schema), name).not.toThrow();
    }
  });

  it("each carry the $id of their import specifier, so one ajv instance can hold them all", () => {
    const ajv = makeAjv();
    for (const name of recordSchemaNames) {
      const schema = committedSchema(name) as { $id: string };
      expect(schema.$id).toBe(`@timpora/models/schemas/${name}.json`);
      ajv.addSchema(schema);
    }
    const validatePermit = ajv.getSchema("@timpora/models/schemas/permit.json");
    expect(validatePermit?.(itasPermit)).toBe(true);
    expect(validatePermit?.({ ...itasPermit, kind: "kitas" })).toBe(false);
  });
});

describe("valid fixtures", () => {
  const ajv = makeAjv();
  for (const name of recordSchemaNames) {
    it(`${name}: every fixture validates against schemas/${name}.json`, () => {
      const validate = ajv.compile(committedSchema(name) as object);
      const fixtures: readonly unknown[] = validRecords[name];
      expect(fixtures.length).toBeGreaterThan(0);
      for (const fixture of fixtures) {
        expect(validate(fixture), JSON.stringify(validate.errors)).toBe(true);
      }
    });
  }

  it("the full case also parses with the zod schema", () => {
    expect(parseCase(fullCase)).toMatchObject({ ok: true });
  });
});

describe("JSON Schema rejects what it can express", () => {
  const ajv = makeAjv();
  const validatePermit = ajv.compile(committedSchema("permit") as object);
  const validateCase = ajv.compile(committedSchema("case") as object);

  it("a date that does not exist (2023-02-29)", () => {
    expect(validatePermit({ ...itasPermit, validFrom: "2023-02-29" })).toBe(false);
    expect(validatePermit({ ...itasPermit, validFrom: "2024-02-29" })).toBe(true);
  });

  it("an unknown key, an unknown kind, a wrong schemaVersion", () => {
    expect(validatePermit({ ...itasPermit, validUntill: "2025-01-01" })).toBe(false);
    expect(validatePermit({ ...itasPermit, kind: "kitas" })).toBe(false);
    expect(validatePermit({ ...itasPermit, schemaVersion: 2 })).toBe(false);
  });

  it("validUntil null except on an ITAP", () => {
    expect(validatePermit({ ...itasPermit, validUntil: null })).toBe(false);
    expect(validatePermit({ ...itasPermit, kind: "itap", validUntil: null })).toBe(true);
  });

  it("a lodging check-in without an offset", () => {
    const report = { ...fullCase.lodgingReports?.[0], checkIn: "2024-03-01T14:00:00" };
    expect(validateCase({ ...fullCase, lodgingReports: [report] })).toBe(false);
  });

  it("but not the refinements it cannot express: date order is only checked by the parse functions", () => {
    const reversed = { ...itasPermit, validFrom: "2025-05-01", validUntil: "2024-05-01" };
    expect(validatePermit(reversed)).toBe(true);
  });
});

describe("JSON Schema and zod agree", () => {
  const ajv = makeAjv();
  const validators = Object.fromEntries(
    recordSchemaNames.map((name) => [name, ajv.compile(committedSchema(name) as object)]),
  );
  const leaf = fc.oneof(
    fc.constantFrom(
      "2024-02-29",
      "2023-02-29",
      "UTO",
      "XYZ",
      "51.71",
      "51.99",
      "itap",
      "",
      null,
      1,
      -1,
      true,
    ),
    fc.string({ maxLength: 20 }),
    fc.integer(),
  );

  it("whatever the zod schema accepts, the JSON Schema accepts (one field changed or removed)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...recordSchemaNames),
        fc.nat(),
        fc.nat(),
        fc.option(leaf, { nil: undefined }),
        (name, fixtureIndex, keyIndex, value) => {
          const fixtures: readonly Record<string, unknown>[] = validRecords[name];
          const fixture = fixtures[fixtureIndex % fixtures.length] ?? {};
          const keys = Object.keys(fixture);
          const key = keys[keyIndex % keys.length] ?? "id";
          const input: Record<string, unknown> = { ...fixture, [key]: value };
          if (value === undefined) delete input[key];
          if (parseWith(recordSchemas[name], input).ok) expect(validators[name]?.(input)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

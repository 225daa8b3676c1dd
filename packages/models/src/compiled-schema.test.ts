// Issue 10: the compiled accept path of the parse functions accepts and rejects exactly the records zod does,
// with the same output: on the valid fixtures, the bad-input corpus, hostile values and records mutated by
// fast-check (types, lengths around the limits in UTF-16 units and in code points, dates, NIKs, region codes,
// MRZ check digits, date order, the permit status rule, unknown and inherited keys). Each input is parsed twice,
// through the parse function (compiled path first) and through the guard and zod alone, and the two results must
// be equal, issues included; and whatever the compiled path accepts alone, zod accepts with the same value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { badInputCorpus, corpusParsers, type Parsers } from "./bad-input.fixture.js";
import { compiledParser, parseCounted, REJECTED } from "./compiled-schema.js";
import { recordSchemas } from "./json-schema.js";
import { parseThrough } from "./parse-core.js";
import type { ParseResult } from "./parse-result.js";
import { fullCase, validRecords } from "./valid-records.fixture.js";

/** How often the compiled path accepted on its own (the inputs that exercise it). */
let acceptedAlone = 0;

/** Parses an input both ways and records any difference. */
function compare(schema: z.ZodType, input: unknown, label: string, problems: string[]): ParseResult<unknown> {
  const fast = parseThrough(schema, input, {}, true);
  const zodOnly = parseThrough(schema, input, {}, false);
  if (JSON.stringify(fast) !== JSON.stringify(zodOnly)) problems.push(`${label}: results differ`);
  else if (fast.ok && zodOnly.ok) {
    try {
      expect(fast.value).toStrictEqual(zodOnly.value);
    } catch {
      problems.push(`${label}: values differ`);
    }
  }
  let alone: unknown;
  try {
    alone = parseCounted(compiledParser(schema), input).value;
  } catch {
    alone = REJECTED;
  }
  if (alone !== REJECTED) {
    acceptedAlone++;
    const byZod = schema.safeParse(input);
    if (!byZod.success) problems.push(`${label}: accepted by the compiled path alone, rejected by zod`);
    else if (JSON.stringify(byZod.data) !== JSON.stringify(alone))
      problems.push(`${label}: compiled output differs`);
  }
  return fast;
}

const schemaOf: Record<keyof Parsers, z.ZodType> = {
  parseCase: recordSchemas.case,
  parseCrewMembership: recordSchemas["crew-membership"],
  parseEnforcementRecord: recordSchemas["enforcement-record"],
  parsePerson: recordSchemas.person,
  parseRelation: recordSchemas.relation,
  parseSponsor: recordSchemas.sponsor,
  parseTravelDocument: recordSchemas["travel-document"],
};

describe("the compiled parse path equals zod (issue 10)", () => {
  it("accepts every valid fixture on its own (no fallback), with zod's output, key order included", () => {
    for (const [name, records] of Object.entries(validRecords)) {
      const schema = recordSchemas[name as keyof typeof recordSchemas];
      for (const record of records) {
        const alone = parseCounted(compiledParser(schema), record).value;
        expect(alone, name).not.toBe(REJECTED);
        expect(JSON.stringify(alone)).toBe(JSON.stringify(schema.parse(record)));
        expect(alone).not.toBe(record);
      }
    }
  });

  it("gives the bad-input corpus the same results (every issue, code and path)", () => {
    const problems: string[] = [];
    const recording = Object.fromEntries(
      (Object.keys(corpusParsers) as (keyof Parsers)[]).map((name) => [
        name,
        (input: unknown) => compare(schemaOf[name], input, name, problems),
      ]),
    ) as unknown as Parsers;
    for (const [label, run] of badInputCorpus) {
      const result = run(recording);
      expect(result.ok, label).toBe(false);
    }
    expect(problems).toEqual([]);
  });

  it("gives hostile values the same results", () => {
    const problems: string[] = [];
    const cyclic: Record<string, unknown> = { ...fullCase };
    cyclic.person = cyclic;
    const inherited = Object.create({ refugee: fullCase.refugee }) as Record<string, unknown>;
    Object.assign(inherited, fullCase);
    const hostile: unknown[] = [
      null,
      undefined,
      42,
      "case",
      [fullCase],
      new Date(0),
      cyclic,
      inherited,
      { ...fullCase, permits: new Array(3) },
      { ...fullCase, movements: new Array(150_000).fill(0) },
      Object.defineProperty({ ...fullCase }, "id", { enumerable: false, value: "case-1" }),
      { ...fullCase, [Symbol("x")]: 1 },
    ];
    hostile.forEach((input, i) => {
      compare(recordSchemas.case, input, `hostile ${i}`, problems);
    });
    expect(problems).toEqual([]);
  });

  it("gives records mutated by fast-check the same results (both ways: what zod accepts, the parse accepts)", () => {
    const surrogate = "\u{1F600}";
    const boundaryString = fc
      .oneof(
        fc.constantFrom(0, 1, 2, 63, 64, 65, 127, 128, 129, 199, 200, 201, 253, 254, 255, 512, 513),
        fc.nat(300),
      )
      .chain((n) =>
        fc.constantFrom(
          "a".repeat(n),
          surrogate.repeat(Math.ceil(n / 2)),
          `${"a".repeat(Math.max(0, n - 2))}${surrogate}`,
        ),
      );
    const value = fc.oneof(
      fc.string(),
      boundaryString,
      fc.constantFrom(
        "2024-02-29",
        "2023-02-29",
        "2024-13-01",
        "2024-05-01T23:30:00+08:00",
        "2024-05-01T23:30:00+25:00",
        "2024-05-01T23:30:00",
        "35",
        "35.10",
        "35.99",
        "35.10.01.2001",
        "3510",
        "3275086104970003",
        "3275086104970099",
        "UTO",
        "XYZ",
        "IDN",
        "active",
        "expired",
        "itas",
        "itk",
        "phone",
        "F",
      ),
      fc.integer({ min: -3, max: 1002 }),
      fc.constantFrom(0, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e300, 2 ** 53),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant([]),
      fc.constant({}),
    );
    /** Sets, deletes or adds a key somewhere in a record. */
    const mutate = (record: unknown, path: number[], v: unknown, mode: number): unknown => {
      const copy = structuredClone(record) as Record<string, unknown>;
      let node: unknown = copy;
      for (const step of path) {
        if (node === null || typeof node !== "object") break;
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[step % keys.length]!;
        const child = (node as Record<string, unknown>)[key];
        if (child === null || typeof child !== "object" || step % 3 === 0) {
          if (mode === 0) (node as Record<string, unknown>)[key] = v;
          else if (mode === 1) delete (node as Record<string, unknown>)[key];
          else (node as Record<string, unknown>)[`${key}X`] = v;
          return copy;
        }
        node = child;
      }
      return copy;
    };
    const problems: string[] = [];
    const schemas = Object.entries(validRecords);
    const acceptedBefore = acceptedAlone;
    fc.assert(
      fc.property(
        fc.nat(schemas.length - 1),
        fc.nat(10),
        fc.array(fc.nat(40), { minLength: 1, maxLength: 7 }),
        value,
        fc.nat(2),
        fc.array(fc.tuple(fc.array(fc.nat(40), { minLength: 1, maxLength: 7 }), value), { maxLength: 2 }),
        (which, pick, path, v, mode, more) => {
          const [name, records] = schemas[which]!;
          let input = mutate(records[pick % records.length], path, v, mode);
          for (const [p, w] of more) input = mutate(input, p, w, 0);
          compare(recordSchemas[name as keyof typeof recordSchemas], input, name, problems);
          return problems.length === 0;
        },
      ),
      { numRuns: 3000 },
    );
    expect(problems).toEqual([]);
    // the property is not vacuous: many mutated records stay valid and go through the compiled path alone
    expect(acceptedAlone - acceptedBefore).toBeGreaterThan(150);
  });

  it("gives every string field at and around its length limits the same results (UTF-16 units and code points)", () => {
    /** Paths of the string leaves of a record. */
    const stringPaths = (node: unknown, path: (string | number)[] = []): (string | number)[][] => {
      if (typeof node === "string") return [path];
      if (node === null || typeof node !== "object") return [];
      return Object.entries(node).flatMap(([k, v]) =>
        stringPaths(v, [...path, Array.isArray(node) ? Number(k) : k]),
      );
    };
    const set = (record: unknown, path: (string | number)[], v: unknown): unknown => {
      const copy = structuredClone(record) as Record<string | number, unknown>;
      let node = copy;
      for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
      node[path.at(-1)!] = v;
      return copy;
    };
    const problems: string[] = [];
    const before = acceptedAlone;
    const surrogate = "\u{1F600}";
    // the case holds every other record but agencies and teams
    for (const name of ["case", "agency", "timpora-team"] as const) {
      const schema = recordSchemas[name];
      for (const record of validRecords[name]) {
        for (const path of stringPaths(record)) {
          for (const n of [0, 1, 2, 32, 64, 65, 128, 129, 200, 201, 254, 255, 512, 513]) {
            for (const text of ["a".repeat(n), surrogate.repeat(n), `${surrogate.repeat(n)}a`]) {
              compare(schema, set(record, path, text), `${name} ${path.join(".")} ${n}`, problems);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(acceptedAlone - before).toBeGreaterThan(500);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { badInputCorpus, corpusParsers, planted, plantedPerson, plantedValues } from "./bad-input.fixture.js";
import {
  issueMessages,
  type ParseIssue,
  type ParseResult,
  parseAddress,
  parseAgency,
  parseCase,
  parseCrewMembership,
  parseEmployer,
  parseEnforcementRecord,
  parseLodgingReport,
  parseMovement,
  parseObservation,
  parsePermit,
  parsePerson,
  parseRelation,
  parseSponsor,
  parseTimporaTeam,
  parseTravelDocument,
  wasParsed,
} from "./index.js";
import { fullCase, person } from "./valid-records.fixture.js";

function issuesOf(result: ParseResult<unknown>): ParseIssue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

function pairs(result: ParseResult<unknown>): [string, string][] {
  return issuesOf(result).map((i) => [i.code, i.path.join(".")]);
}

function expectNoEcho(result: ParseResult<unknown>): void {
  for (const issue of issuesOf(result)) {
    expect(Object.keys(issueMessages)).toContain(issue.code);
    expect(issue.message).toEqual(issueMessages[issue.code]);
    for (const value of plantedValues) {
      expect(issue.message.id).not.toContain(value);
      expect(issue.message.en).not.toContain(value);
    }
  }
}

describe("bad input corpus: issues with codes and paths, never a throw, never an echo", () => {
  const corpus = badInputCorpus;

  it.each(corpus)("%s", (_, run, expected) => {
    let result: ParseResult<unknown> | undefined;
    expect(() => {
      result = run(corpusParsers);
    }).not.toThrow();
    if (!result) return;
    expect(pairs(result)).toEqual(expected);
    expectNoEcho(result);
  });

  it("__proto__ keys never pollute Object.prototype", () => {
    const input = JSON.parse(`{"__proto__": {"pollutedByTest": true}}`);
    parsePerson(input);
    parseCase({ ...fullCase, person: { ...person, ...input } });
    expect(({} as Record<string, unknown>).pollutedByTest).toBeUndefined();
  });

  it("a getter that throws gives input.unreadable", () => {
    const hostile = {
      ...person,
      get names(): never {
        throw new Error(planted.name);
      },
    };
    expect(pairs(parsePerson(hostile))).toEqual([["input.unreadable", ""]]);
  });

  it("a cyclic object gives input.too-deep", () => {
    const cyclic: Record<string, unknown> = { ...person };
    cyclic.names = cyclic;
    expect(pairs(parsePerson(cyclic))).toEqual([["input.too-deep", ""]]);
  });

  it("reports at most maxIssues issues, then issues.truncated", () => {
    const keys = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`junk${i}`, i]));
    const result = parsePerson({ ...person, ...keys }, { maxIssues: 10 });
    const found = issuesOf(result);
    expect(found).toHaveLength(11);
    expect(found.at(-1)?.code).toBe("issues.truncated");
  });

  it("a huge flat array is rejected before validation", () => {
    expect(pairs(parseCase({ ...fullCase, movements: new Array(600_000).fill(0) }))).toEqual([
      ["input.too-large", ""],
    ]);
  });

  it("never throws on arbitrary JSON, and every issue is coded with a fixed message", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        for (const parse of [parseCase, parsePermit, parsePerson, parseRelation, parseCrewMembership]) {
          const result = parse(value);
          if (!result.ok) expectNoEcho(result);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated valid cases", () => {
    const leaf = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.constant(planted.nik),
    );
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(fullCase)), leaf, (key, value) => {
        const result = parseCase({ ...fullCase, [key]: value });
        if (!result.ok) expectNoEcho(result);
      }),
      { numRuns: 300 },
    );
  });

  // Audit: hostile JavaScript values (not JSON) given to every parse function.
  const allParsers = {
    parsePerson,
    parseTravelDocument,
    parsePermit,
    parseSponsor,
    parseEmployer,
    parseAddress,
    parseMovement,
    parseLodgingReport,
    parseObservation,
    parseRelation,
    parseEnforcementRecord,
    parseCrewMembership,
    parseAgency,
    parseTimporaTeam,
    parseCase,
  };
  const selfReferencing = (): unknown => {
    const node: Record<string, unknown> = { ...plantedPerson };
    node.names = { primary: planted.name, again: node };
    return node;
  };
  const throwingProxy = new Proxy(
    {},
    {
      ownKeys() {
        throw new Error(planted.nik);
      },
      get() {
        throw new Error(planted.nik);
      },
    },
  );
  const hostileValues: [string, () => unknown][] = [
    ["null", () => null],
    ["undefined", () => undefined],
    ["an array", () => [plantedPerson]],
    ["a number", () => 42],
    ["a BigInt", () => 42n],
    ["a Symbol", () => Symbol(planted.name)],
    ["a function", () => () => planted.name],
    ["a Date", () => new Date(planted.birthDate)],
    ["a cyclic object", selfReferencing],
    ["a throwing proxy", () => throwingProxy],
    ["a 1 MB string", () => "A".repeat(1 << 20)],
    [
      "a Date where an ISO date belongs",
      () => ({ ...plantedPerson, birthDate: new Date(planted.birthDate) }),
    ],
    ["a BigInt where a number belongs", () => ({ ...plantedPerson, schemaVersion: 1n })],
    ["a Symbol value", () => ({ ...plantedPerson, sex: Symbol("F") })],
  ];
  for (const [parserName, parse] of Object.entries(allParsers)) {
    for (const [label, make] of hostileValues) {
      it(`${parserName} on ${label}: no throw, coded issues, nothing echoed`, () => {
        let result: ParseResult<unknown> | undefined;
        expect(() => {
          result = parse(make());
        }).not.toThrow();
        if (!result) return;
        expect(result.ok).toBe(false);
        expectNoEcho(result);
        for (const issue of issuesOf(result)) expect(Array.isArray(issue.path)).toBe(true);
      });
    }
  }

  it("Symbol keys are not data: a valid person with one still parses", () => {
    const withSymbol = { ...person, [Symbol("note")]: "x" };
    expect(parsePerson(withSymbol).ok).toBe(true);
  });

  it("a Date given for an ISO date is type.invalid at its path", () => {
    expect(pairs(parsePerson({ ...person, birthDate: new Date("1990-06-05") }))).toEqual([
      ["type.invalid", "birthDate"],
    ]);
  });

  it("options of the wrong type at run time are ignored, not thrown on", () => {
    const bad = null as unknown as Parameters<typeof parsePerson>[1];
    expect(parsePerson(person, bad).ok).toBe(true);
    expect(pairs(parsePerson(null, bad))).toEqual([["type.invalid", ""]]);
  });

  it("a case with 490,000 unknown keys stops at the first check with one input.too-wide issue", () => {
    const wide: Record<string, unknown> = { ...fullCase };
    for (let i = 0; i < 490_000; i++) wide[`extra${i}`] = i;
    expect(pairs(parseCase(wide))).toEqual([["input.too-wide", ""]]);
    const nested = {
      ...fullCase,
      person: { ...person, ...Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, 1])) },
    };
    expect(pairs(parseCase(nested))).toEqual([["input.too-wide", "person"]]);
  });

  it("reports at most 20 unknown keys of an object, then one key.unknown-many", () => {
    const extra = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`unknown${i}`, i]));
    const issues = pairs(parseCase({ ...fullCase, ...extra }));
    expect(issues.filter(([code]) => code === "key.unknown")).toHaveLength(20);
    expect(issues).toContainEqual(["key.unknown", "unknown0"]);
    expect(issues).toContainEqual(["key.unknown-many", ""]);
  });

  it("never echoes an unknown key longer than 32 characters", () => {
    const longKey = `${planted.name} ${planted.passport} ${planted.birthDate}`;
    const result = parsePerson({ ...person, [longKey]: "x", shortTypo: 1 });
    expect(pairs(result)).toEqual([
      ["key.unknown", "(long key)"],
      ["key.unknown", "shortTypo"],
    ]);
    expect(JSON.stringify(result)).not.toContain(planted.passport);
    const wideUnderLongKey = {
      ...fullCase,
      [longKey]: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, 1])),
    };
    expect(pairs(parseCase(wideUnderLongKey))).toEqual([["input.too-wide", "(long key)"]]);
  });

  it("marks the records it returns as parsed, and nothing else", () => {
    const r = parseCase(fullCase);
    expect(r.ok && wasParsed(r.value)).toBe(true);
    expect(r.ok && wasParsed({ ...r.value })).toBe(false);
    expect(wasParsed(fullCase)).toBe(false);
    expect(wasParsed(null)).toBe(false);
  });
});

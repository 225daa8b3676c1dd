import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
import {
  corporationSponsor,
  fullCase,
  itasPermit,
  person,
  personSponsor,
  travelDocument,
} from "./valid-records.fixture.js";

// Distinctive planted personal values: none may appear in any message.
const planted = {
  name: "ZYXWVUTSRQPONM QUELLMACHER",
  passport: "QX7734219",
  nik: "3275086104970003",
  phone: "+62 812 9876 5432",
  birthDate: "1997-04-21",
};
const plantedValues = Object.values(planted);

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

function nested(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

const plantedPerson = {
  ...person,
  names: { primary: planted.name },
  birthDate: planted.birthDate,
  contacts: [{ kind: "phone", value: planted.phone }],
};

describe("bad input corpus: issues with codes and paths, never a throw, never an echo", () => {
  const corpus: [string, () => ParseResult<unknown>, [string, string][]][] = [
    ["null", () => parseCase(null), [["type.invalid", ""]]],
    ["undefined", () => parseCase(undefined), [["required", ""]]],
    ["a string", () => parseCase(planted.name), [["type.invalid", ""]]],
    ["an array for an object", () => parseCase([fullCase]), [["type.invalid", ""]]],
    [
      "an array where the person belongs",
      () => parseCase({ ...fullCase, person: [plantedPerson] }),
      [["type.invalid", "person"]],
    ],
    [
      "a number as a string",
      () => parseCase({ ...fullCase, schemaVersion: "1" }),
      [["schema-version.unsupported", "schemaVersion"]],
    ],
    [
      "hours per day as a string",
      () =>
        parseCase({
          ...fullCase,
          observations: [{ ...fullCase.observations?.[0], answers: { hoursPerDay: "16" } }],
        }),
      [["type.invalid", "observations.0.answers.hoursPerDay"]],
    ],
    [
      "hours per day out of range, days off not whole",
      () =>
        parseCase({
          ...fullCase,
          observations: [
            { ...fullCase.observations?.[0], answers: { hoursPerDay: 25, daysOffPerMonth: 1.5 } },
          ],
        }),
      [
        ["number.out-of-range", "observations.0.answers.hoursPerDay"],
        ["number.invalid", "observations.0.answers.daysOffPerMonth"],
      ],
    ],
    [
      "NaN",
      () =>
        parseCase({
          ...fullCase,
          observations: [{ ...fullCase.observations?.[0], answers: { hoursPerDay: Number.NaN } }],
        }),
      [["number.invalid", "observations.0.answers.hoursPerDay"]],
    ],
    [
      "missing fields",
      () => parsePerson({ schemaVersion: 1 }),
      [
        ["required", "id"],
        ["required", "names"],
        ["required", "sex"],
        ["required", "nationality"],
      ],
    ],
    [
      "2023-02-29",
      () => parsePerson({ ...plantedPerson, birthDate: "2023-02-29" }),
      [["date.invalid", "birthDate"]],
    ],
    [
      "a date-time without offset",
      () =>
        parseCase({
          ...fullCase,
          lodgingReports: [{ ...fullCase.lodgingReports?.[0], checkIn: "2024-03-01T14:00:00" }],
        }),
      [["datetime.invalid", "lodgingReports.0.checkIn"]],
    ],
    [
      "unknown enum values",
      () =>
        parsePerson({
          ...plantedPerson,
          sex: planted.name,
          contacts: [{ kind: "fax", value: planted.phone }],
        }),
      [
        ["enum.unknown", "sex"],
        ["enum.unknown", "contacts.0.kind"],
      ],
    ],
    [
      "an unknown nationality",
      () => parsePerson({ ...plantedPerson, nationality: "XYZ" }),
      [["nationality.unknown", "nationality"]],
    ],
    [
      "a 1 MB string",
      () => parsePerson({ ...plantedPerson, names: { primary: planted.name.repeat(40_000) } }),
      [["string.too-long", "names.primary"]],
    ],
    [
      "a 1 MB string in a date",
      () => parsePerson({ ...plantedPerson, birthDate: planted.birthDate.repeat(100_000) }),
      [["date.invalid", "birthDate"]],
    ],
    [
      "too many items",
      () => parsePerson({ ...plantedPerson, languages: Array.from({ length: 1001 }, () => "en") }),
      [["array.too-long", "languages"]],
    ],
    ["deeply nested junk (depth 10,000)", () => parseCase(nested(10_000)), [["input.too-deep", ""]]],
    [
      "deep junk inside a valid case",
      () => parseCase({ ...fullCase, person: { ...plantedPerson, names: nested(10_000) } }),
      [["input.too-deep", ""]],
    ],
    [
      "__proto__ and constructor keys",
      () =>
        parsePerson({
          ...JSON.parse(
            `{"__proto__": {"polluted": "${planted.name}"}, "constructor": {"prototype": {"x": 1}}}`,
          ),
          ...plantedPerson,
        }),
      [
        ["key.unknown", "__proto__"],
        ["key.unknown", "constructor"],
      ],
    ],
    [
      "a typo in a key",
      () => parseTravelDocument({ ...travelDocument, number: planted.passport, expiresOM: "2030-01-01" }),
      [["key.unknown", "expiresOM"]],
    ],
    [
      "a NIK that is not 16 digits",
      () => parseSponsor({ ...personSponsor, nik: `${planted.nik}9` }),
      [["nik.invalid", "nik"]],
    ],
    [
      "a NIK on a corporation",
      () => parseSponsor({ ...corporationSponsor, nik: planted.nik, phone: planted.phone }),
      [["field.not-allowed", "nik"]],
    ],
    [
      "an MRZ with the wrong line lengths",
      () => parseTravelDocument({ ...travelDocument, mrz: "P<UTO\nL898902C3" }),
      [["mrz.invalid", "mrz"]],
    ],
    [
      "a malformed region code",
      () => parseCase({ ...fullCase, addresses: [{ ...fullCase.addresses?.[0], regionCode: "3510" }] }),
      [["region.unknown", "addresses.0.regionCode"]],
    ],
    [
      "a relation whose other party has an impossible birth date and unknown keys",
      () =>
        parseRelation({
          ...fullCase.relations?.[0],
          otherParty: { indonesian: "yes", birthDate: "2023-02-29", nik: planted.nik },
        }),
      [
        ["type.invalid", "otherParty.indonesian"],
        ["date.invalid", "otherParty.birthDate"],
        ["key.unknown", "otherParty.nik"],
      ],
    ],
    [
      "a relation with missing fields",
      () =>
        parseRelation({ schemaVersion: 1, otherParty: { indonesian: true, birthDate: planted.birthDate } }),
      [
        ["required", "id"],
        ["required", "kind"],
        ["required", "otherPartyId"],
      ],
    ],
    [
      "an enforcement record on a phone with an unknown kind and a 1 MB reference",
      () =>
        parseEnforcementRecord({
          ...fullCase.enforcement?.[0],
          kind: planted.name,
          subject: { type: "phone", ref: planted.phone.repeat(80_000) },
        }),
      [
        ["enum.unknown", "kind"],
        ["string.too-long", "subject.ref"],
      ],
    ],
    [
      "an enforcement record whose subject is a string",
      () => parseEnforcementRecord({ ...fullCase.enforcement?.[0], subject: planted.nik }),
      [["type.invalid", "subject"]],
    ],
    [
      "a crew membership with an unknown flag, a bad shore-leave date and a wrong risk",
      () =>
        parseCrewMembership({
          ...fullCase.crew?.[0],
          vesselFlag: "XYZ",
          vesselRisk: "extreme",
          shoreLeave: [planted.birthDate, "2023-02-29"],
        }),
      [
        ["nationality.unknown", "vesselFlag"],
        ["enum.unknown", "vesselRisk"],
        ["date.invalid", "shoreLeave.1"],
      ],
    ],
    [
      "a crew membership with shore leave as one string",
      () => parseCrewMembership({ ...fullCase.crew?.[0], shoreLeave: planted.birthDate }),
      [["type.invalid", "shoreLeave"]],
    ],
    [
      "a permit as a number inside a case",
      () => parseCase({ ...fullCase, permits: [itasPermit, 42] }),
      [["type.invalid", "permits.1"]],
    ],
  ];

  it.each(corpus)("%s", (_, run, expected) => {
    let result: ParseResult<unknown> | undefined;
    expect(() => {
      result = run();
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

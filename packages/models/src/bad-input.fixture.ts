// Test-only: the bad-input corpus (issue 3 and later), shared by bad-input.test.ts and the differential test of
// the compiled parse path (issue 10). Each entry parses through the parsers it is given.
import {
  type ParseResult,
  parseCase,
  parseCrewMembership,
  parseEnforcementRecord,
  parsePerson,
  parseRelation,
  parseSponsor,
  parseTravelDocument,
} from "./parse-result.js";
import {
  corporationSponsor,
  fullCase,
  itasPermit,
  person,
  personSponsor,
  travelDocument,
} from "./valid-records.fixture.js";

/** The parse functions a corpus entry calls. */
export const corpusParsers = {
  parseCase,
  parseCrewMembership,
  parseEnforcementRecord,
  parsePerson,
  parseRelation,
  parseSponsor,
  parseTravelDocument,
};

/** Parsers with the signatures of {@link corpusParsers}. */
export type Parsers = typeof corpusParsers;

// Distinctive planted personal values: none may appear in any message.
export const planted = {
  name: "ZYXWVUTSRQPONM QUELLMACHER",
  passport: "QX7734219",
  nik: "3275086104970003",
  phone: "+62 812 9876 5432",
  birthDate: "1997-04-21",
};
export const plantedValues = Object.values(planted);

export function nested(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

export const plantedPerson = {
  ...person,
  names: { primary: planted.name },
  birthDate: planted.birthDate,
  contacts: [{ kind: "phone", value: planted.phone }],
};

export const badInputCorpus: [string, (p: Parsers) => ParseResult<unknown>, [string, string][]][] = [
  ["null", (p) => p.parseCase(null), [["type.invalid", ""]]],
  ["undefined", (p) => p.parseCase(undefined), [["required", ""]]],
  ["a string", (p) => p.parseCase(planted.name), [["type.invalid", ""]]],
  ["an array for an object", (p) => p.parseCase([fullCase]), [["type.invalid", ""]]],
  [
    "an array where the person belongs",
    (p) => p.parseCase({ ...fullCase, person: [plantedPerson] }),
    [["type.invalid", "person"]],
  ],
  [
    "a number as a string",
    (p) => p.parseCase({ ...fullCase, schemaVersion: "1" }),
    [["schema-version.unsupported", "schemaVersion"]],
  ],
  [
    "hours per day as a string",
    (p) =>
      p.parseCase({
        ...fullCase,
        observations: [{ ...fullCase.observations?.[0], answers: { hoursPerDay: "16" } }],
      }),
    [["type.invalid", "observations.0.answers.hoursPerDay"]],
  ],
  [
    "hours per day out of range, days off not whole",
    (p) =>
      p.parseCase({
        ...fullCase,
        observations: [{ ...fullCase.observations?.[0], answers: { hoursPerDay: 25, daysOffPerMonth: 1.5 } }],
      }),
    [
      ["number.out-of-range", "observations.0.answers.hoursPerDay"],
      ["number.invalid", "observations.0.answers.daysOffPerMonth"],
    ],
  ],
  [
    "NaN",
    (p) =>
      p.parseCase({
        ...fullCase,
        observations: [{ ...fullCase.observations?.[0], answers: { hoursPerDay: Number.NaN } }],
      }),
    [["number.invalid", "observations.0.answers.hoursPerDay"]],
  ],
  [
    "missing fields",
    (p) => p.parsePerson({ schemaVersion: 1 }),
    [
      ["required", "id"],
      ["required", "names"],
      ["required", "sex"],
      ["required", "nationality"],
    ],
  ],
  [
    "2023-02-29",
    (p) => p.parsePerson({ ...plantedPerson, birthDate: "2023-02-29" }),
    [["date.invalid", "birthDate"]],
  ],
  [
    "a date-time without offset",
    (p) =>
      p.parseCase({
        ...fullCase,
        lodgingReports: [{ ...fullCase.lodgingReports?.[0], checkIn: "2024-03-01T14:00:00" }],
      }),
    [["datetime.invalid", "lodgingReports.0.checkIn"]],
  ],
  [
    "unknown enum values",
    (p) =>
      p.parsePerson({
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
    (p) => p.parsePerson({ ...plantedPerson, nationality: "XYZ" }),
    [["nationality.unknown", "nationality"]],
  ],
  [
    "a 1 MB string",
    (p) => p.parsePerson({ ...plantedPerson, names: { primary: planted.name.repeat(40_000) } }),
    [["string.too-long", "names.primary"]],
  ],
  [
    "a 1 MB string in a date",
    (p) => p.parsePerson({ ...plantedPerson, birthDate: planted.birthDate.repeat(100_000) }),
    [["date.invalid", "birthDate"]],
  ],
  [
    "too many items",
    (p) => p.parsePerson({ ...plantedPerson, languages: Array.from({ length: 1001 }, () => "en") }),
    [["array.too-long", "languages"]],
  ],
  ["deeply nested junk (depth 10,000)", (p) => p.parseCase(nested(10_000)), [["input.too-deep", ""]]],
  [
    "deep junk inside a valid case",
    (p) => p.parseCase({ ...fullCase, person: { ...plantedPerson, names: nested(10_000) } }),
    [["input.too-deep", ""]],
  ],
  [
    "__proto__ and constructor keys",
    (p) =>
      p.parsePerson({
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
    (p) => p.parseTravelDocument({ ...travelDocument, number: planted.passport, expiresOM: "2030-01-01" }),
    [["key.unknown", "expiresOM"]],
  ],
  [
    "a NIK that is not 16 digits",
    (p) => p.parseSponsor({ ...personSponsor, nik: `${planted.nik}9` }),
    [["nik.invalid", "nik"]],
  ],
  [
    "a NIK on a corporation",
    (p) => p.parseSponsor({ ...corporationSponsor, nik: planted.nik, phone: planted.phone }),
    [["field.not-allowed", "nik"]],
  ],
  [
    "an MRZ with the wrong line lengths",
    (p) => p.parseTravelDocument({ ...travelDocument, mrz: "P<UTO\nL898902C3" }),
    [["mrz.invalid", "mrz"]],
  ],
  [
    "a malformed region code",
    (p) => p.parseCase({ ...fullCase, addresses: [{ ...fullCase.addresses?.[0], regionCode: "3510" }] }),
    [["region.unknown", "addresses.0.regionCode"]],
  ],
  [
    "a relation whose other party has an impossible birth date and unknown keys",
    (p) =>
      p.parseRelation({
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
    (p) =>
      p.parseRelation({ schemaVersion: 1, otherParty: { indonesian: true, birthDate: planted.birthDate } }),
    [
      ["required", "id"],
      ["required", "kind"],
      ["required", "otherPartyId"],
    ],
  ],
  [
    "an enforcement record on a phone with an unknown kind and a 1 MB reference",
    (p) =>
      p.parseEnforcementRecord({
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
    (p) => p.parseEnforcementRecord({ ...fullCase.enforcement?.[0], subject: planted.nik }),
    [["type.invalid", "subject"]],
  ],
  [
    "a crew membership with an unknown flag, a bad shore-leave date and a wrong risk",
    (p) =>
      p.parseCrewMembership({
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
    (p) => p.parseCrewMembership({ ...fullCase.crew?.[0], shoreLeave: planted.birthDate }),
    [["type.invalid", "shoreLeave"]],
  ],
  [
    "a permit as a number inside a case",
    (p) => p.parseCase({ ...fullCase, permits: [itasPermit, 42] }),
    [["type.invalid", "permits.1"]],
  ],
];

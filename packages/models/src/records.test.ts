import { describe, expect, it } from "vitest";
import {
  compareDates,
  compareIsoDateTimes,
  isIsoDate,
  isIsoDateTime,
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
  type RecordSchemaName,
} from "./index.js";
import { recordSchemaNames } from "./json-schema.js";
import * as fx from "./valid-records.fixture.js";

function pairs(result: ParseResult<unknown>): [string, string][] {
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join(".")]);
}

describe("dates", () => {
  it("accepts real calendar dates only (leap years per the Gregorian rule)", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-04-31")).toBe(false);
    expect(isIsoDate("2024-4-1")).toBe(false);
    expect(isIsoDate(20240101)).toBe(false);
  });

  it("requires an offset on date-times", () => {
    expect(isIsoDateTime("2024-05-01T21:30:00+08:00")).toBe(true);
    expect(isIsoDateTime("2024-05-01T13:30:00Z")).toBe(true);
    expect(isIsoDateTime("2024-05-01T21:30:00")).toBe(false);
  });

  it("orders dates as calendar dates and date-times as instants", () => {
    expect(compareDates("2024-01-31", "2024-02-01")).toBe(-1);
    expect(compareDates("2024-02-01", "2024-02-01")).toBe(0);
    // 08:00 WITA (UTC+8) is 00:00Z, 07:30 WIB (UTC+7) is 00:30Z.
    expect(compareIsoDateTimes("2024-05-01T08:00:00+08:00", "2024-05-01T07:30:00+07:00")).toBe(-1);
    expect(compareIsoDateTimes("2024-05-01T09:00:00+09:00", "2024-05-01T07:00:00+07:00")).toBe(0);
    expect(compareIsoDateTimes("2024-05-01", "2024-05-01T07:00:00+07:00")).toBeUndefined();
  });
});

describe("each top-level record", () => {
  it.each([
    ["person", parsePerson, fx.person],
    ["travel document", parseTravelDocument, fx.travelDocument],
    ["sponsor (person)", parseSponsor, fx.personSponsor],
    ["sponsor (corporation)", parseSponsor, fx.corporationSponsor],
    ["employer", parseEmployer, fx.employer],
    ["address", parseAddress, fx.address],
    ["movement", parseMovement, fx.movement],
    ["lodging report", parseLodgingReport, fx.lodgingReport],
    ["observation", parseObservation, fx.observation],
    ["relation", parseRelation, fx.fullCase.relations?.[0]],
    ["enforcement record", parseEnforcementRecord, fx.fullCase.enforcement?.[0]],
    ["crew membership", parseCrewMembership, fx.fullCase.crew?.[0]],
    ["agency", parseAgency, fx.agency],
    ["timpora team", parseTimporaTeam, fx.timporaTeam],
    ["case", parseCase, fx.fullCase],
  ] as const)("%s: the valid fixture parses", (_, parse, input) => {
    expect(pairs(parse(input as never))).toEqual([]);
  });

  // One parse function per shipped JSON Schema: adding a record to recordSchemas without a parse
  // function fails to type-check here.
  const parserOf = {
    person: parsePerson,
    "travel-document": parseTravelDocument,
    permit: parsePermit,
    sponsor: parseSponsor,
    employer: parseEmployer,
    address: parseAddress,
    movement: parseMovement,
    "lodging-report": parseLodgingReport,
    observation: parseObservation,
    relation: parseRelation,
    "enforcement-record": parseEnforcementRecord,
    "crew-membership": parseCrewMembership,
    agency: parseAgency,
    "timpora-team": parseTimporaTeam,
    case: parseCase,
  } satisfies Record<RecordSchemaName, (input: unknown) => ParseResult<unknown>>;

  it("every record with a JSON Schema has a parse function that accepts its valid fixtures", () => {
    expect(Object.keys(parserOf).sort()).toEqual([...recordSchemaNames].sort());
    for (const name of recordSchemaNames) {
      const fixtures: readonly unknown[] = fx.validRecords[name];
      expect(fixtures.length, name).toBeGreaterThan(0);
      for (const input of fixtures) expect(pairs(parserOf[name](input)), name).toEqual([]);
    }
  });

  it("relation, enforcement record and crew membership keep their parsed values", () => {
    const relation = parseRelation(fx.fullCase.relations?.[0]);
    expect(relation.ok && [relation.value.kind, relation.value.since]).toEqual(["spouse", "2023-12-01"]);
    const enforcement = parseEnforcementRecord(fx.fullCase.enforcement?.[0]);
    expect(enforcement.ok && enforcement.value.subject).toEqual({ type: "address", ref: "a-1" });
    const crew = parseCrewMembership(fx.fullCase.crew?.[0]);
    expect(crew.ok && crew.value.shoreLeave).toEqual(["2023-02-01"]);
  });

  it("relation, enforcement record and crew membership reject what their records forbid", () => {
    const relation = fx.fullCase.relations?.[0];
    expect(pairs(parseRelation({ ...relation, kind: "cousin" }))).toEqual([["enum.unknown", "kind"]]);
    expect(pairs(parseRelation({ ...relation, since: "2023-02-29" }))).toEqual([["date.invalid", "since"]]);
    const enforcement = fx.fullCase.enforcement?.[0];
    expect(
      pairs(parseEnforcementRecord({ ...enforcement, subject: { type: "vehicle", ref: "a-1" } })),
    ).toEqual([["enum.unknown", "subject.type"]]);
    expect(pairs(parseEnforcementRecord({ ...enforcement, date: "2023-02-29" }))).toEqual([
      ["date.invalid", "date"],
    ]);
    const crew = fx.fullCase.crew?.[0];
    expect(pairs(parseCrewMembership({ ...crew, shoreLeave: ["2023-02-01", "2023-02-29"] }))).toEqual([
      ["date.invalid", "shoreLeave.1"],
    ]);
    expect(pairs(parseCrewMembership({ ...crew, vesselFlag: "XYZ" }))).toEqual([
      ["nationality.unknown", "vesselFlag"],
    ]);
  });

  it("every top-level record requires schemaVersion 1", () => {
    expect(pairs(parseAddress({ ...fx.address, schemaVersion: 2 }))).toEqual([
      ["schema-version.unsupported", "schemaVersion"],
    ]);
    const { schemaVersion: _, ...noVersion } = fx.employer;
    expect(pairs(parseEmployer(noVersion))).toEqual([["required", "schemaVersion"]]);
  });
});

describe("fields the screening review added", () => {
  it("a minor's entry records with whom they travelled; an unknown company is refused", () => {
    const entry = { ...fx.movement, accompaniedBy: "unrelated-adults" };
    expect(
      parseMovement(entry).ok &&
        (parseMovement(entry) as { value: { accompaniedBy?: string } }).value.accompaniedBy,
    ).toBe("unrelated-adults");
    expect(pairs(parseMovement({ ...fx.movement, accompaniedBy: "cousins" }))).toEqual([
      ["enum.unknown", "accompaniedBy"],
    ]);
  });

  it("a passport held for permit processing by the immigration office is an answer of its own", () => {
    const answers = {
      documentHolder: "immigration-office",
      documentHolderReason: "processing",
      guardianPresent: true,
    };
    expect(pairs(parseObservation({ ...fx.observation, answers }))).toEqual([]);
    expect(pairs(parseObservation({ ...fx.observation, answers: { documentHolderReason: "lost" } }))).toEqual(
      [["enum.unknown", "answers.documentHolderReason"]],
    );
  });

  it("an address may name its unit, and family relations include children and siblings", () => {
    expect(pairs(parseAddress({ ...fx.address, lodgingKind: "apartment", unitId: "T2-1507" }))).toEqual([]);
    expect(pairs(parseAddress({ ...fx.address, unitId: "" }))).toEqual([["string.too-short", "unitId"]]);
    for (const kind of ["child", "sibling"]) {
      expect(pairs(parseRelation({ schemaVersion: 1, id: "r-9", kind, otherPartyId: "p-9" }))).toEqual([]);
    }
  });
});

describe("refinements JSON Schema cannot express", () => {
  it("travel document: issued after expiry", () => {
    expect(pairs(parseTravelDocument({ ...fx.travelDocument, issuedOn: "2013-01-01" }))).toEqual([
      ["date.order", "expiresOn"],
    ]);
  });

  it("lodging report: check-out before check-in, compared as instants across offsets", () => {
    // 10:00 WITA (02:00Z) is before 09:30 WIB (02:30Z): in order, although 09:30 < 10:00 on the clock.
    expect(
      parseLodgingReport({
        ...fx.lodgingReport,
        checkIn: "2024-03-01T10:00:00+08:00",
        checkOut: "2024-03-01T09:30:00+07:00",
      }).ok,
    ).toBe(true);
    expect(
      pairs(
        parseLodgingReport({
          ...fx.lodgingReport,
          checkIn: "2024-03-01T10:00:00+08:00",
          checkOut: "2024-03-01T08:30:00+07:00",
        }),
      ),
    ).toEqual([["date.order", "checkOut"]]);
  });

  it("refugee: last seen before registration", () => {
    const refugee = { ...fx.fullCase.refugee, lastSeenOn: "2023-04-30" };
    expect(pairs(parseCase({ ...fx.fullCase, refugee }))).toEqual([["date.order", "refugee.lastSeenOn"]]);
  });

  it("travel document: MRZ check digits (ICAO 9303 specimen with one digit changed)", () => {
    const [line1, line2] = (fx.travelDocument.mrz ?? "").split("\n");
    // The document number check digit of the specimen is 6; 7 must fail.
    const broken = `${line1}\n${line2?.slice(0, 9)}7${line2?.slice(10)}`;
    expect(pairs(parseTravelDocument({ ...fx.travelDocument, mrz: broken }))).toEqual([
      ["mrz.check-digit", "mrz"],
    ]);
    const lower = `${line1}\n${line2?.toLowerCase()}`;
    expect(pairs(parseTravelDocument({ ...fx.travelDocument, mrz: lower }))).toEqual([
      ["mrz.invalid", "mrz"],
    ]);
  });

  it("sponsor: a 16-digit NIK with an impossible birth day (32) or serial 0000", () => {
    // NIK = PP KK CC DD MM YY SSSS, women add 40 to DD (the structure checkNik checks).
    expect(pairs(parseSponsor({ ...fx.personSponsor, nik: "5171013206900001" }))).toEqual([
      ["nik.invalid", "nik"],
    ]);
    expect(pairs(parseSponsor({ ...fx.personSponsor, nik: "5171014506900000" }))).toEqual([
      ["nik.invalid", "nik"],
    ]);
    expect(pairs(parseSponsor({ ...fx.personSponsor, nik: "5171010506900001" }))).toEqual([]);
  });

  it("address: a well-formed region code that does not exist", () => {
    expect(pairs(parseAddress({ ...fx.address, regionCode: "51.99" }))).toEqual([
      ["region.unknown", "regionCode"],
    ]);
  });

  it("agency: an office class only on an immigration office", () => {
    expect(pairs(parseAgency({ ...fx.agency, kind: "police-polres" }))).toEqual([
      ["field.not-allowed", "immigrationOfficeClass"],
    ]);
  });
});

describe("field forms", () => {
  it("region codes: province, regency/city, district, village", () => {
    for (const regionCode of ["51", "51.71", "51.71.01", "51.71.01.1001"]) {
      expect(parseAddress({ ...fx.address, regionCode }).ok, regionCode).toBe(true);
    }
    for (const regionCode of ["5171", "51.7", "51.71.01.101", "51-71"]) {
      expect(pairs(parseAddress({ ...fx.address, regionCode })), regionCode).toEqual([
        ["region.unknown", "regionCode"],
      ]);
    }
  });

  it("NIB is 13 digits", () => {
    expect(pairs(parseEmployer({ ...fx.employer, nib: "123456789012" }))).toEqual([
      ["string.pattern", "nib"],
    ]);
  });

  it("nationality uses the ICAO list: D (Germany) and XXA (stateless) are codes, DEU< is not", () => {
    expect(parsePerson({ ...fx.person, nationality: "D" }).ok).toBe(true);
    expect(parsePerson({ ...fx.person, nationality: "XXA" }).ok).toBe(true);
    expect(pairs(parsePerson({ ...fx.person, nationality: "DEU<" }))).toEqual([
      ["nationality.unknown", "nationality"],
    ]);
    expect(pairs(parsePerson({ ...fx.person, nationality: 360 }))).toEqual([["type.invalid", "nationality"]]);
  });

  it("observation answers are all optional, and unknown answers are typos", () => {
    expect(parseObservation({ ...fx.observation, answers: {} }).ok).toBe(true);
    expect(pairs(parseObservation({ ...fx.observation, answers: { documentHoldr: "employer" } }))).toEqual([
      ["key.unknown", "answers.documentHoldr"],
    ]);
  });

  it("movement conveyance mode is air, sea or land", () => {
    expect(pairs(parseMovement({ ...fx.movement, conveyance: { mode: "rail" } }))).toEqual([
      ["enum.unknown", "conveyance.mode"],
    ]);
  });
});

/**
 * What every case builder receives: the random stream of its unit, the evaluation date, the case id
 * and serial, and small builders for the records every case has (person, passport, address,
 * movement, lodging report). All ids are derived from the case id, so no two cases share a record
 * unless a pattern makes them share it on purpose.
 */
import {
  type Address,
  addDays,
  addYears,
  daysBetween,
  type IcaoNationality,
  type IsoDate,
  type Movement,
  type Person,
  type TravelDocument,
} from "@timpora/models";
import { isoDateTime } from "./iso-date-time.js";
import type { NationalityRow } from "./nationality-table.js";
import { NATIONALITY_TABLE } from "./nationality-table.js";
import { formatPassportMrz } from "./passport-mrz.js";
import type { Random, Weighted } from "./random.js";
import { REGION_TABLE, type RegionRow } from "./region-table.js";
import type { StayLaw, VisitBasis } from "./stay-law.js";
import { syllableName } from "./syllable-name.js";
import { syntheticEmail, syntheticPassportNumber, syntheticPhone } from "./synthetic-identifiers.js";
import { TestkitError } from "./testkit-error.js";

/** Everything a builder needs to make one case. */
export interface CaseContext {
  /** The random stream of this case. */
  readonly random: Random;
  /** Evaluation date: the generated case is as it stands on this day. */
  readonly asOf: string;
  /** Id of the case; every record id of the case starts with it. */
  readonly caseId: string;
  /** Serial of the case, unique within one seed (drives unique phones and passport numbers). */
  readonly serial: number;
  /** Seed-derived offset for the serial scrambles. */
  readonly offset: number;
  /** The stay lengths and entry rules, from the law tables of @timpora/permits. */
  readonly law: StayLaw;
}

const weightedRows = (rows: readonly NationalityRow[]): Weighted<NationalityRow>[] =>
  rows.map((row) => ({ value: row, weight: row.weight }));

const ALL_NATIONALITIES = weightedRows(NATIONALITY_TABLE);
const VOA_NATIONALITIES = weightedRows(NATIONALITY_TABLE.filter((row) => row.voa));
const REGIONS: Weighted<RegionRow>[] = REGION_TABLE.map((row) => ({ value: row, weight: row.weight }));
const PORT_REGIONS: Weighted<RegionRow>[] = REGION_TABLE.filter((r) => r.port).map((row) => ({
  value: row,
  weight: row.weight,
}));

/**
 * Which nationalities a profile may draw from: `any`; `visa-exempt` (may enter visa-exempt on the day, by
 * `entryEligibility` of @timpora/permits); `visa-required` (may not); `voa` (the generator's own unverified
 * visa-on-arrival subset, {@link NationalityRow.voa}).
 */
export type NationalityPool = "any" | "visa-exempt" | "voa" | "visa-required";

/**
 * Draws a nationality row from a pool, the visa-exempt list taken as it stood on `on`.
 *
 * @throws TestkitError `law.not-covered` when the pool depends on the visa-exempt list and the law tables
 *   do not cover `on`
 */
export function drawNationality(
  random: Random,
  pool: NationalityPool,
  law: StayLaw,
  on: IsoDate,
): NationalityRow {
  if (pool === "any") return random.weighted(ALL_NATIONALITIES);
  if (pool === "voa") return random.weighted(VOA_NATIONALITIES);
  const wanted = pool === "visa-exempt" ? "eligible" : "ineligible";
  const rows: NationalityRow[] = [];
  for (const row of NATIONALITY_TABLE) {
    const entry = law.visaExemptEntry(row.code, on);
    if (entry === "unknown") throw new TestkitError("law.not-covered", { field: "asOf" });
    if (entry === wanted) rows.push(row);
  }
  return random.weighted(weightedRows(rows));
}

/**
 * An entry day `minBack` to `maxBack` days before `asOf`, no earlier than the law tables answer for a visit
 * stay of each of `bases` (so the stay's length and, for visa-exempt entry, the nationality list are known
 * on the entry day). Where the tables reach back far enough this is one draw of `int(minBack, maxBack)`.
 *
 * @throws TestkitError `law.not-covered` when the tables do not reach back `minBack` days
 */
export function drawEntryDate(
  random: Random,
  law: StayLaw,
  asOf: IsoDate,
  bases: readonly VisitBasis[],
  minBack: number,
  maxBack: number,
): IsoDate {
  let reach = maxBack;
  for (const basis of bases) {
    const since = law.visitKnownSince(basis, asOf);
    if (since === undefined) throw new TestkitError("law.not-covered", { field: "asOf" });
    reach = Math.min(reach, daysBetween(since, asOf));
  }
  if (reach < minBack) throw new TestkitError("law.not-covered", { field: "asOf" });
  return addDays(asOf, -random.int(minBack, reach));
}

/** Draws a place of stay (weighted), optionally only among regions with a seaport. */
export function drawRegion(random: Random, portOnly = false): RegionRow {
  return random.weighted(portOnly ? PORT_REGIONS : REGIONS);
}

/** A birth date giving an age between `minAge` and `maxAge` (inclusive) on `asOf`. */
export function drawBirthDate(random: Random, asOf: string, minAge: number, maxAge: number): string {
  const age = random.int(minAge, maxAge);
  // Birthday fell 1..364 days before asOf's anniversary: the age on asOf is exactly `age`.
  return addDays(addYears(asOf, -age), -random.int(1, 364));
}

/** Options of {@link buildPerson}. */
export interface PersonOptions {
  /** ICAO nationality. */
  readonly nationality: NationalityRow;
  /** Sex; drawn when absent. */
  readonly sex?: "F" | "M";
  /** Birth date. */
  readonly birthDate: string;
  /** Give the person a phone contact (adults): the value is unique per case serial. */
  readonly phone: boolean;
}

/** Builds the person record (links to documents, permits and addresses are filled in by the caller). */
export function buildPerson(ctx: CaseContext, options: PersonOptions): Person {
  const { random } = ctx;
  const name = syllableName(random);
  const sex = options.sex ?? (random.chance(0.5) ? "F" : "M");
  const contacts: Person["contacts"] = [];
  if (options.phone) {
    contacts.push({ kind: "phone", value: syntheticPhone(ctx.serial * 2, ctx.offset) });
    if (random.chance(0.6)) {
      contacts.push({ kind: "email", value: syntheticEmail(name.secondary, name.primary, ctx.serial) });
    }
  }
  const languages = options.nationality.language === "en" ? ["en"] : [options.nationality.language, "en"];
  return {
    schemaVersion: 1,
    id: `${ctx.caseId}-p`,
    names: { primary: name.primary, secondary: name.secondary },
    sex,
    birthDate: options.birthDate,
    nationality: options.nationality.code,
    contacts,
    languages,
    documentIds: [],
    permitIds: [],
    addressIds: [],
  };
}

/** A passport issued 1–8 years before `asOf` (but not before age 0), valid 10 years, with an MRZ. */
export function buildPassport(ctx: CaseContext, person: Person): TravelDocument {
  const issuedOn = addDays(ctx.asOf, -ctx.random.int(200, 2900));
  const born = person.birthDate ?? issuedOn;
  const issued = issuedOn < born ? addDays(born, 30) : issuedOn;
  const expiresOn = addDays(addYears(issued, 10), -1);
  const number = syntheticPassportNumber(ctx.serial, ctx.offset);
  const doc: TravelDocument = {
    schemaVersion: 1,
    id: `${ctx.caseId}-doc1`,
    kind: "passport",
    number,
    issuingState: person.nationality,
    issuedOn: issued,
    expiresOn,
  };
  const mrz = formatPassportMrz(person, doc);
  return mrz === undefined ? doc : { ...doc, mrz };
}

/** Builds an address in a district of `region`. */
export function buildAddress(
  id: string,
  region: RegionRow,
  random: Random,
  lodgingKind: Address["lodgingKind"],
  use: Address["use"],
): Address {
  const district = random.pick(region.districts);
  const street = `Jalan ${syllableName(random).secondary} No. ${random.int(1, 240)}`;
  return {
    schemaVersion: 1,
    id,
    regionCode: district,
    line: `${street}, ${region.name}`,
    lodgingKind,
    use,
  };
}

const AIRLINES: readonly string[] = ["GA", "JT", "QZ", "ID", "IU", "SQ", "MH", "AK", "TR", "CX", "QF", "JQ"];

/**
 * The flight number of case `serial`: airline `serial mod 12`, number `floor(serial / 12) mod 9999 + 1`.
 * Distinct serials below 119,988 get distinct flights, so unrelated cases never arrive together by
 * chance (a chance group arrival would look like the `group-arrival-pattern` indicator).
 */
export function flightNumber(serial: number): string {
  const airline = AIRLINES[serial % AIRLINES.length] as string;
  return `${airline} ${(Math.floor(serial / AIRLINES.length) % 9999) + 1}`;
}

/** Options of {@link buildMovement}. */
export interface MovementOptions {
  /** Record id. */
  readonly id: string;
  /** Entry or exit. */
  readonly direction: Movement["direction"];
  /** Date of the crossing. */
  readonly date: string;
  /** Check point. */
  readonly tpi: string;
  /** Conveyance mode. */
  readonly mode: Movement["conveyance"]["mode"];
  /** Flight or vessel number. */
  readonly number?: string;
  /** Ticket type. */
  readonly ticket: Movement["ticket"];
  /** Country of departure (entries) or destination (exits). */
  readonly country?: IcaoNationality;
  /** Ids of the people travelling together. */
  readonly coTravellerIds?: readonly string[];
}

/** Builds one border crossing. */
export function buildMovement(options: MovementOptions): Movement {
  const movement: Movement = {
    schemaVersion: 1,
    id: options.id,
    direction: options.direction,
    date: options.date,
    tpi: options.tpi,
    conveyance:
      options.number === undefined ? { mode: options.mode } : { mode: options.mode, number: options.number },
    ticket: options.ticket,
    transitCountries: [],
    coTravellerIds: [...(options.coTravellerIds ?? [])],
  };
  if (options.country !== undefined) {
    if (options.direction === "entry") movement.fromCountry = options.country;
    else movement.toCountry = options.country;
  }
  return movement;
}

/** A lodging report (APOA): check-in in the afternoon of `date` in the zone of `region`, reported within hours. */
export function buildLodgingReport(
  id: string,
  addressId: string,
  region: RegionRow,
  date: string,
  random: Random,
  checkOutDate?: string,
): {
  schemaVersion: 1;
  id: string;
  addressId: string;
  checkIn: string;
  checkOut?: string;
  reportedAt: string;
} {
  const hour = random.int(13, 20);
  const report: {
    schemaVersion: 1;
    id: string;
    addressId: string;
    checkIn: string;
    checkOut?: string;
    reportedAt: string;
  } = {
    schemaVersion: 1,
    id,
    addressId,
    checkIn: isoDateTime(date, hour, random.int(0, 59), region.offset),
    reportedAt: isoDateTime(date, hour + random.int(1, 3), random.int(0, 59), region.offset),
  };
  if (checkOutDate !== undefined)
    report.checkOut = isoDateTime(checkOutDate, random.int(7, 11), 0, region.offset);
  return report;
}

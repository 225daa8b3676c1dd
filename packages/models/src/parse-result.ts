import type * as z from "zod";
import { type Address, AddressSchema } from "./address.js";
import { type Agency, AgencySchema } from "./agency.js";
import { type Case, CaseSchema } from "./case.js";
import { type CrewMembership, CrewMembershipSchema } from "./crew.js";
import { type Employer, EmployerSchema } from "./employer.js";
import { type EnforcementRecord, EnforcementRecordSchema } from "./enforcement.js";
import type { InputLimits } from "./input-guard.js";
import type { IssueCode } from "./issue-code.js";
import type { IssuePath } from "./issue-mapping.js";
import type { Labels } from "./labels.js";
import { type LodgingReport, LodgingReportSchema } from "./lodging-report.js";
import { type Movement, MovementSchema } from "./movement.js";
import { type Observation, ObservationSchema } from "./observation.js";
import { isMarkedParsed, parseThrough } from "./parse-core.js";
import { type Permit, PermitSchema } from "./permit.js";
import { type Person, PersonSchema } from "./person.js";
import type { RegionTable } from "./region-table.js";
import { type Relation, RelationSchema } from "./relation.js";
import { type Sponsor, SponsorSchema } from "./sponsor.js";
import { type TimporaTeam, TimporaTeamSchema } from "./timpora-team.js";
import { type TravelDocument, TravelDocumentSchema } from "./travel-document.js";

/**
 * One problem found in the input.
 *
 * @example
 * ```ts
 * const r = parseCase({ schemaVersion: 1, id: "case-1",
 *   person: { schemaVersion: 1, id: "p-1", names: { primary: "SYNTHETIC" }, sex: "F", nationality: "UTO" },
 *   permits: [{ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival", validFrom: "2024-03-01",
 *     validUntil: "2024-03-32", status: "active", purpose: "tourism" }] });
 * const issue: ParseIssue | undefined = r.ok ? undefined : r.issues[0];
 * // { code: "date.invalid", path: ["permits", 0, "validUntil"],
 * //   message: { id: "Tanggal tidak valid (format YYYY-MM-DD)", en: "Not a valid date (YYYY-MM-DD)" } }
 * ```
 */
export interface ParseIssue {
  /** Stable code, see {@link IssueCode}. */
  code: IssueCode;
  /** Where in the input: object keys and array indexes; `[]` is the input itself. */
  path: IssuePath;
  /** Fixed message in Indonesian and English; it never contains the value given. */
  message: Labels;
}

/**
 * The result of a parse function: the parsed value, or the issues found.
 *
 * @example
 * ```ts
 * const summary = <T>(r: ParseResult<T>): string =>
 *   r.ok ? "ok" : r.issues.map((i) => `${i.path.join(".")}: ${i.code}`).join(", ");
 * const address = { schemaVersion: 1, id: "a-1", regionCode: "51.03", lodgingKind: "villa", use: "lodging" };
 * summary(parseAddress(address)); // "ok"
 * summary(parseAddress({ ...address, lodgingKind: "castle", use: undefined })); // "lodgingKind: enum.unknown, use: required"
 * ```
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ParseIssue[] };

/**
 * Options of the parse functions.
 *
 * @example
 * ```ts
 * import { regions } from "@timpora/models/regions";
 * const options: ParseOptions = { maxIssues: 1, regions };
 * const r = parseAddress({ schemaVersion: 1, id: "a-1", regionCode: "35.10.01.2003", lodgingKind: "castle" }, options);
 * r.ok === false && r.issues.map((i) => i.code); // ["region.unknown", "issues.truncated"]
 * ```
 */
export interface ParseOptions {
  /** Most issues reported; further ones are summarised by one `issues.truncated` issue. Default 100. */
  maxIssues?: number;
  /**
   * Limits checked before validation, each over {@link defaultInputLimits}; a limit that is not a positive
   * whole number keeps its default.
   */
  limits?: Partial<InputLimits>;
  /**
   * The full region table, `regions` from `@timpora/models/regions`. With it, every region code in the
   * input is checked down to its district and village; without it, a region code's form, province and
   * regency are checked, and a well-formed district or village under a known regency is accepted even if
   * it does not exist.
   */
  regions?: RegionTable;
}

/**
 * True when `value` is a record returned by a parse function of @timpora/models (`parseCase`, `parsePermit`,
 * … or {@link parseWith}), so a consumer such as @timpora/permits may skip validating it again. Only the
 * top-level record is marked; a record built by hand, or a nested record taken out of a parsed one, is not.
 *
 * @example
 * ```ts
 * const r = parsePermit({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival",
 *   validFrom: "2024-03-01", validUntil: "2024-03-30", status: "active", purpose: "tourism" });
 * r.ok && wasParsed(r.value); // true
 * r.ok && wasParsed({ ...r.value }); // false: a copy is not marked
 * ```
 */
export function wasParsed(value: unknown): boolean {
  return isMarkedParsed(value);
}

/**
 * Parses input with any zod schema and returns a {@link ParseResult} with coded issues. First checks
 * depth and size ({@link defaultInputLimits}), so deeply nested or huge input gives an issue, not a throw.
 * With `options.regions` (the full table from `@timpora/models/regions`), region codes are checked down
 * to the village.
 *
 * @throws ModelsError `regions.invalid` when `options.regions` is given but is not a region table
 * @example
 * ```ts
 * const text = '{"schemaVersion":1,"id":"p-1","names":{"primary":"SYNTHETIC"},"sex":"female","nationality":"UTO"}';
 * const r = parseWith(PersonSchema, JSON.parse(text));
 * if (!r.ok) for (const i of r.issues) console.log(i.code, i.path.join("."), i.message.en);
 * // enum.unknown sex Not one of the allowed values
 * parseWith(TeamDecreeSchema, { number: "SK-001/2024", date: "2024-01-15" }).ok; // true (any schema, not only records)
 * ```
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions = {},
): ParseResult<z.output<S>> {
  return parseThrough(schema, input, options, true);
}

/**
 * Parses a {@link Person}.
 *
 * @example
 * ```ts
 * const r = parsePerson({ schemaVersion: 1, id: "p-1", names: { primary: "SYNTHETIC" }, sex: "F", nationality: "XYZ" });
 * r.ok === false && r.issues[0]?.code; // "nationality.unknown" (path ["nationality"])
 * ```
 */
export function parsePerson(input: unknown, options?: ParseOptions): ParseResult<Person> {
  return parseWith(PersonSchema, input, options);
}

/**
 * Parses a {@link TravelDocument}; the MRZ, when given, must pass every ICAO 9303 check digit.
 *
 * @example
 * ```ts
 * const r = parseTravelDocument({ schemaVersion: 1, id: "d-1", kind: "passport", number: "L898902C3",
 *   issuingState: "UTO", expiresOn: "2012-04-15",
 *   mrz: "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C37UTO7408122F1204159ZE184226B<<<<<10" });
 * r.ok === false && r.issues[0]?.code; // "mrz.check-digit" (path ["mrz"]): the specimen's digit is 6, not 7
 * ```
 */
export function parseTravelDocument(input: unknown, options?: ParseOptions): ParseResult<TravelDocument> {
  return parseWith(TravelDocumentSchema, input, options);
}

/**
 * Parses a {@link Permit}.
 *
 * @example
 * ```ts
 * const r = parsePermit({ schemaVersion: 1, id: "pm-1", kind: "itas", basis: "limited-stay-visa",
 *   validFrom: "2024-05-01", validUntil: "2024-04-01", status: "active", purpose: "work" });
 * r.ok === false && r.issues[0]?.code; // "date.order"
 * ```
 */
export function parsePermit(input: unknown, options?: ParseOptions): ParseResult<Permit> {
  return parseWith(PermitSchema, input, options);
}

/**
 * Parses a {@link Sponsor}.
 *
 * @example
 * ```ts
 * const r = parseSponsor({ schemaVersion: 1, id: "s-1", kind: "person", name: "SYNTHETIC SPONSOR",
 *   nib: "1234567890123", verificationStatus: "unverified" });
 * r.ok === false && r.issues[0]?.code; // "field.not-allowed" (path ["nib"]): a NIB belongs to a corporation
 * ```
 */
export function parseSponsor(input: unknown, options?: ParseOptions): ParseResult<Sponsor> {
  return parseWith(SponsorSchema, input, options);
}

/**
 * Parses an {@link Employer}.
 *
 * @example
 * ```ts
 * const r = parseEmployer({ schemaVersion: 1, id: "e-1", name: "PT Contoh Sintetis", nib: "12345",
 *   sector: "construction", venueType: "construction-site", indonesianEntity: true, verificationStatus: "unverified" });
 * r.ok === false && r.issues[0]?.code; // "string.pattern" (path ["nib"]: a NIB has 13 digits)
 * ```
 */
export function parseEmployer(input: unknown, options?: ParseOptions): ParseResult<Employer> {
  return parseWith(EmployerSchema, input, options);
}

/**
 * Parses an {@link Address}.
 *
 * @example
 * ```ts
 * const r = parseAddress({ schemaVersion: 1, id: "a-1", regionCode: "35.99", lodgingKind: "kos", use: "residence" });
 * r.ok === false && r.issues[0]?.code; // "region.unknown" (path ["regionCode"]: no regency 35.99)
 * ```
 */
export function parseAddress(input: unknown, options?: ParseOptions): ParseResult<Address> {
  return parseWith(AddressSchema, input, options);
}

/**
 * Parses a {@link Movement}.
 *
 * @example
 * ```ts
 * const r = parseMovement({ schemaVersion: 1, id: "m-1", direction: "exit", date: "2024-3-9", tpi: "DPS",
 *   conveyance: { mode: "air" }, ticket: "one-way" });
 * r.ok === false && r.issues[0]?.code; // "date.invalid" (path ["date"]: YYYY-MM-DD)
 * ```
 */
export function parseMovement(input: unknown, options?: ParseOptions): ParseResult<Movement> {
  return parseWith(MovementSchema, input, options);
}

/**
 * Parses a {@link LodgingReport}.
 *
 * @example
 * ```ts
 * const r = parseLodgingReport({ schemaVersion: 1, id: "l-1", addressId: "a-1",
 *   checkIn: "2024-03-04T14:00:00+08:00", checkOut: "2024-03-01T11:00:00+08:00" });
 * r.ok === false && r.issues[0]?.code; // "date.order" (path ["checkOut"])
 * ```
 */
export function parseLodgingReport(input: unknown, options?: ParseOptions): ParseResult<LodgingReport> {
  return parseWith(LodgingReportSchema, input, options);
}

/**
 * Parses an {@link Observation}.
 *
 * @example
 * ```ts
 * const r = parseObservation({ schemaVersion: 1, id: "o-1", observedAt: "2024-03-05T10:00:00", agencyId: "ag-1",
 *   officerId: "off-1", mode: "asked", answers: { canLeaveFreely: false } });
 * r.ok === false && r.issues[0]?.code; // "datetime.invalid" (path ["observedAt"]: the offset is required)
 * ```
 */
export function parseObservation(input: unknown, options?: ParseOptions): ParseResult<Observation> {
  return parseWith(ObservationSchema, input, options);
}

/**
 * Parses a {@link Relation}: the person's link to a parent, guardian, spouse, broker or agent.
 *
 * @example
 * ```ts
 * const r = parseRelation({ schemaVersion: 1, id: "r-1", kind: "cousin", otherPartyId: "x-1" });
 * r.ok === false && r.issues[0]?.code; // "enum.unknown" (path ["kind"])
 * ```
 */
export function parseRelation(input: unknown, options?: ParseOptions): ParseResult<Relation> {
  return parseWith(RelationSchema, input, options);
}

/**
 * Parses an {@link EnforcementRecord}: an earlier deportation, finding or case linked to a person,
 * sponsor, address, employer or phone.
 *
 * @example
 * ```ts
 * const r = parseEnforcementRecord({ schemaVersion: 1, id: "en-1", kind: "tip", date: "2023-02-29",
 *   subject: { type: "address", ref: "a-1" } });
 * r.ok === false && r.issues[0]?.code; // "date.invalid" (path ["date"])
 * ```
 */
export function parseEnforcementRecord(
  input: unknown,
  options?: ParseOptions,
): ParseResult<EnforcementRecord> {
  return parseWith(EnforcementRecordSchema, input, options);
}

/**
 * Parses a {@link CrewMembership}: the person on a vessel's crew list, with shore-leave dates.
 *
 * @example
 * ```ts
 * const r = parseCrewMembership({ schemaVersion: 1, id: "c-1", vesselId: "v-1", vesselFlag: "UTO",
 *   vesselRisk: "unknown", onCrewListFrom: "2024-01-10", shoreLeave: ["2024-02-01"] });
 * r.ok && r.value.shoreLeave.length; // 1
 * ```
 */
export function parseCrewMembership(input: unknown, options?: ParseOptions): ParseResult<CrewMembership> {
  return parseWith(CrewMembershipSchema, input, options);
}

/**
 * Parses an {@link Agency}.
 *
 * @example
 * ```ts
 * const r = parseAgency({ schemaVersion: 1, id: "ag-1", kind: "immigration-office", name: "Kantor Imigrasi Contoh",
 *   jurisdictionRegionCodes: ["35.10", "35.10.01"] });
 * r.ok === false && r.issues[0]?.path; // ["jurisdictionRegionCodes", 1] ("value.invalid": 35.10.01 lies in 35.10)
 * ```
 */
export function parseAgency(input: unknown, options?: ParseOptions): ParseResult<Agency> {
  return parseWith(AgencySchema, input, options);
}

/**
 * Parses a {@link TimporaTeam}.
 *
 * @example
 * ```ts
 * const r = parseTimporaTeam({ schemaVersion: 1, id: "t-1", tier: "provinsi", areaRegionCodes: ["35.10"],
 *   chairAgencyId: "ag-1", decree: { number: "SK-001/2024", date: "2024-01-15" } });
 * r.ok === false && r.issues[0]?.code; // "value.invalid" (path ["areaRegionCodes", 0]: a province team lists provinces)
 * ```
 */
export function parseTimporaTeam(input: unknown, options?: ParseOptions): ParseResult<TimporaTeam> {
  return parseWith(TimporaTeamSchema, input, options);
}

/**
 * Parses a {@link Case}: a person and all records about them. Region codes are checked down to the
 * regency; pass `{ regions }` from `@timpora/models/regions` to check districts and villages too.
 *
 * @example
 * ```ts
 * import { regions } from "@timpora/models/regions";
 * const text = JSON.stringify({ schemaVersion: 1, id: "case-1",
 *   person: { schemaVersion: 1, id: "p-1", names: { primary: "SYNTHETIC" }, sex: "F", nationality: "UTO" },
 *   addresses: [{ schemaVersion: 1, id: "a-1", regionCode: "35.10.01.2003", lodgingKind: "house",
 *     use: "residence" }] });
 * const r = parseCase(JSON.parse(text));
 * if (r.ok) console.log(r.value.permits.length); // 0
 * else console.log(r.issues.map((i) => `${i.path.join(".")}: ${i.code}`));
 * const full = parseCase(JSON.parse(text), { regions }); // no village 35.10.01.2003:
 * full.ok === false && full.issues[0]?.path; // ["addresses", 0, "regionCode"] ("region.unknown")
 * ```
 */
export function parseCase(input: unknown, options?: ParseOptions): ParseResult<Case> {
  return parseWith(CaseSchema, input, options);
}

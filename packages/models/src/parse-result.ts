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
 * { code: "date.invalid", path: ["permits", 0, "validUntil"],
 *   message: { id: "Tanggal tidak valid (format YYYY-MM-DD)", en: "Not a valid date (YYYY-MM-DD)" } }
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

/** The result of a parse function: the parsed value, or the issues found. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ParseIssue[] };

/** Options of the parse functions. */
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
 * const r = parsePermit(json);
 * r.ok && wasParsed(r.value); // true
 * wasParsed({ ...r.value }); // false
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
 * const r = parseWith(PersonSchema, JSON.parse(text));
 * if (!r.ok) for (const i of r.issues) console.log(i.code, i.path.join("."), i.message.en);
 * ```
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions = {},
): ParseResult<z.output<S>> {
  return parseThrough(schema, input, options, true);
}

/** Parses a {@link Person}. */
export function parsePerson(input: unknown, options?: ParseOptions): ParseResult<Person> {
  return parseWith(PersonSchema, input, options);
}

/** Parses a {@link TravelDocument}. */
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

/** Parses a {@link Sponsor}. */
export function parseSponsor(input: unknown, options?: ParseOptions): ParseResult<Sponsor> {
  return parseWith(SponsorSchema, input, options);
}

/** Parses an {@link Employer}. */
export function parseEmployer(input: unknown, options?: ParseOptions): ParseResult<Employer> {
  return parseWith(EmployerSchema, input, options);
}

/** Parses an {@link Address}. */
export function parseAddress(input: unknown, options?: ParseOptions): ParseResult<Address> {
  return parseWith(AddressSchema, input, options);
}

/** Parses a {@link Movement}. */
export function parseMovement(input: unknown, options?: ParseOptions): ParseResult<Movement> {
  return parseWith(MovementSchema, input, options);
}

/** Parses a {@link LodgingReport}. */
export function parseLodgingReport(input: unknown, options?: ParseOptions): ParseResult<LodgingReport> {
  return parseWith(LodgingReportSchema, input, options);
}

/** Parses an {@link Observation}. */
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

/** Parses an {@link Agency}. */
export function parseAgency(input: unknown, options?: ParseOptions): ParseResult<Agency> {
  return parseWith(AgencySchema, input, options);
}

/** Parses a {@link TimporaTeam}. */
export function parseTimporaTeam(input: unknown, options?: ParseOptions): ParseResult<TimporaTeam> {
  return parseWith(TimporaTeamSchema, input, options);
}

/**
 * Parses a {@link Case}: a person and all records about them. Region codes are checked down to the
 * regency; pass `{ regions }` from `@timpora/models/regions` to check districts and villages too.
 *
 * @example
 * ```ts
 * const r = parseCase(JSON.parse(text));
 * if (r.ok) console.log(r.value.permits.length);
 * else console.log(r.issues.map((i) => `${i.path.join(".")}: ${i.code}`));
 *
 * import { regions } from "@timpora/models/regions";
 * parseCase(JSON.parse(text), { regions }); // a village code that does not exist: region.unknown
 * ```
 */
export function parseCase(input: unknown, options?: ParseOptions): ParseResult<Case> {
  return parseWith(CaseSchema, input, options);
}

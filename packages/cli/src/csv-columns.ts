/**
 * The flat CSV columns of a case, one row per case: the person, one travel document, the current permit, one
 * address, the employer and the sponsor. A record group (a document, a permit, …) is built when any of its
 * columns has a value; its id defaults to `<case_id>-<group>`. Column names are matched without regard to case
 * and surrounding spaces.
 *
 * @example
 * ```ts
 * const column: CsvColumn = CSV_COLUMNS.find((c) => c.name === "permit_valid_until")!;
 * column.kind; // "date"
 * ```
 */
export interface CsvColumn {
  /** Column name in the header row. */
  readonly name: string;
  /** The record it belongs to. */
  readonly group: CsvGroup;
  /** Field path inside that record (`names.primary`), or inside the case for `case`. */
  readonly field: string;
  /** How the text is read: as it is, as a calendar date (`--date-format`), or as yes/no. */
  readonly kind: "text" | "date" | "boolean";
  /** The row is refused without a value here. */
  readonly required?: boolean;
  /** What the column holds (English; the README has the table). */
  readonly note: string;
}

/**
 * The records a CSV row can hold.
 *
 * @example
 * ```ts
 * const groups = new Set<CsvGroup>(CSV_COLUMNS.map((c) => c.group)); // case, person, document, permit, …
 * ```
 */
export type CsvGroup = "case" | "person" | "document" | "permit" | "address" | "employer" | "sponsor";

const col = (
  name: string,
  group: CsvGroup,
  field: string,
  note: string,
  kind: CsvColumn["kind"] = "text",
  required = false,
): CsvColumn => ({ name, group, field, kind, note, ...(required ? { required } : {}) });

/**
 * Every column a CSV file of cases may have, in the documented order (the README of @timpora/cli has the table).
 *
 * @example
 * ```ts
 * CSV_COLUMNS.filter((c) => c.required).map((c) => c.name); // ["case_id", "surname", "sex", "nationality"]
 * ```
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  col("case_id", "case", "id", "case id (unique in the file)", "text", true),
  col("person_id", "person", "id", "person id (default <case_id>-person)"),
  col("surname", "person", "names.primary", "primary name as in the travel document", "text", true),
  col("given_names", "person", "names.secondary", "secondary (given) names"),
  col("sex", "person", "sex", "F, M or X", "text", true),
  col("birth_date", "person", "birthDate", "date of birth", "date"),
  col("nationality", "person", "nationality", "ICAO code, e.g. PHL", "text", true),
  col("phone", "person", "phone", "phone number (a contact of kind phone)"),
  col("email", "person", "email", "email address (a contact of kind email)"),
  col("religion", "person", "religion", "code (protected attribute; no rule may fire on it alone)"),
  col("ethnicity", "person", "ethnicity", "code (protected attribute; no rule may fire on it alone)"),
  col("document_id", "document", "id", "document id (default <case_id>-document)"),
  col("document_kind", "document", "kind", "passport, travel-document, seaman-book or laissez-passer"),
  col("document_number", "document", "number", "document number"),
  col("document_issuing_state", "document", "issuingState", "ICAO code of the issuing state"),
  col("document_issued_on", "document", "issuedOn", "date of issue", "date"),
  col("document_expires_on", "document", "expiresOn", "date of expiry", "date"),
  col("permit_id", "permit", "id", "permit id (default <case_id>-permit)"),
  col("permit_kind", "permit", "kind", "itk, itas, itap, diplomatic or service"),
  col("permit_basis", "permit", "basis", "basis, e.g. visa-on-arrival, visa-exempt, limited-stay-visa"),
  col("permit_purpose", "permit", "purpose", "purpose, e.g. tourism, work, family"),
  col("permit_visa_index", "permit", "visaIndex", "visa index, e.g. C1, E33G"),
  col("permit_valid_from", "permit", "validFrom", "first day", "date"),
  col("permit_valid_until", "permit", "validUntil", "last day (empty for an ITAP without an end)", "date"),
  col("permit_status", "permit", "status", "active, converted, cancelled or ended"),
  col("permit_status_from", "permit", "statusFrom", "day the status took effect (not for active)", "date"),
  col("permit_region_code", "permit", "regionCode", "Kemendagri region code of the issuing office's area"),
  col("address_id", "address", "id", "address id (default <case_id>-address)"),
  col("address_region_code", "address", "regionCode", "Kemendagri region code, e.g. 51.03"),
  col("address_line", "address", "line", "street address"),
  col("address_lodging_kind", "address", "lodgingKind", "hotel, villa, apartment, house, kos, …"),
  col("address_unit", "address", "unitId", "unit, room or flat number"),
  col("address_use", "address", "use", "residence, workplace or lodging"),
  col("employer_id", "employer", "id", "employer id (default <case_id>-employer)"),
  col("employer_name", "employer", "name", "employer name"),
  col("employer_nib", "employer", "nib", "13-digit business number (NIB)"),
  col("employer_sector", "employer", "sector", "sector, e.g. fishing, hospitality, technology"),
  col("employer_venue_type", "employer", "venueType", "venue type, e.g. office, karaoke, fishing-vessel"),
  col("employer_indonesian_entity", "employer", "indonesianEntity", "yes or no", "boolean"),
  col("employer_verification", "employer", "verificationStatus", "unverified, verified, not-found, …"),
  col("sponsor_id", "sponsor", "id", "sponsor id (default <case_id>-sponsor)"),
  col("sponsor_kind", "sponsor", "kind", "person or corporation"),
  col("sponsor_name", "sponsor", "name", "sponsor name"),
  col("sponsor_nik", "sponsor", "nik", "NIK of a person sponsor"),
  col("sponsor_nib", "sponsor", "nib", "NIB of a corporation sponsor"),
  col("sponsor_phone", "sponsor", "phone", "sponsor's phone number"),
  col("sponsor_verification", "sponsor", "verificationStatus", "unverified, verified, not-found, …"),
];

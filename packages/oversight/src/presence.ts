/**
 * Presence on a date: one place per person, with the reason for the place, from the stay status (permits),
 * lodging reports and the residence address; people who departed, have not arrived or whose place is
 * unknown are counted apart, never dropped.
 */
import {
  type Case,
  compareDates,
  compareIsoDateTimes,
  type EmployerSector,
  type IndonesianIanaZone,
  type IsoDate,
  isIsoDate,
  type LodgingReport,
  type Permit,
  type PermitKind,
  type PermitPurpose,
  parseCase,
  type Reason,
  timeZoneOfRegion,
  wasParsed,
} from "@timpora/models";
import { type StayStatusValue, stayStatus, toCalendarDate } from "@timpora/permits";
import { OversightError } from "./oversight-error.js";
import { type PresenceReasonCode, presenceReasonMessages } from "./presence-messages.js";

/**
 * Where a person stands on the date: placed, or counted apart for one of three reasons.
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const cases = generateCases({ seed: 1, count: 400, population: "realistic" });
 * const statuses: PresenceStatus[] = presenceOn(cases, { on: "2025-05-01" }).entries.map((e) => e.status);
 * statuses.filter((s) => s === "not-yet-arrived").length; // 205 (counted apart, never dropped)
 * ```
 */
export type PresenceStatus = "present" | "departed" | "not-yet-arrived" | "place-unknown";

/**
 * One person on the date. The entry names the case by its position in the input (`index`), never by an id,
 * so a presence carries no identifier of its own; join it back to your records by position.
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const entry: PresenceEntry | undefined = presenceOn(generateCases({ seed: 1, count: 1 }), { on: "2025-06-30" }).entries[0];
 * [entry?.status, entry?.regionCode, entry?.zone, entry?.reason.code]; // ["present", "51.03.04", "Asia/Makassar", "place.residence"]
 * ```
 */
export interface PresenceEntry {
  /** Position of the person's (first) case in the input. */
  index: number;
  /** Placed, departed, not yet arrived, or place unknown. */
  status: PresenceStatus;
  /** The Kemendagri code of the place (present only), as precise as the record gives it. */
  regionCode?: string;
  /** The zone the place's date was read in (present only). */
  zone?: IndonesianIanaZone;
  /** Why this place, or why counted apart. */
  reason: Reason<PresenceReasonCode>;
  /** The stay status on the date (@timpora/permits' `stayStatus`). */
  stay: StayStatusValue;
  /** ICAO nationality code. */
  nationality: string;
  /** Kind of the permit in force, `"none"` without one (an overstay, an unknown status). */
  permitKind: PermitKind | "none";
  /** Purpose of the permit in force, `"none"` without one. */
  purpose: PermitPurpose | "none";
  /** Sector of the employer on the permit in force (else of the first employer), `"none"` without one. */
  employerSector: EmployerSector | "none";
}

/**
 * How many people stand where, and how many records were for a person already counted.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 * const c = generateCase({ seed: 1 });
 * const counts: PresenceCounts = presenceOn([c, c], { on: "2025-06-30" }).counts;
 * counts; // { present: 1, departed: 0, notYetArrived: 0, placeUnknown: 0, duplicateRecords: 1 }
 * ```
 */
export interface PresenceCounts {
  /** Placed in a region. */
  present: number;
  /** Departed before the date. */
  departed: number;
  /** Not yet arrived on the date. */
  notYetArrived: number;
  /** Possibly present, place unknown. */
  placeUnknown: number;
  /** Records of a person already counted (same person id), not counted again. */
  duplicateRecords: number;
}

/**
 * Who is present where on a date.
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const presence: Presence = presenceOn(generateCases({ seed: 1, count: 400, population: "realistic" }), { on: "2025-05-01" });
 * presence.entries.filter((e) => e.status === "present").length === presence.counts.present; // true
 * ```
 */
export interface Presence {
  /** The date. */
  on: IsoDate;
  /** One entry per person, in input order. */
  entries: PresenceEntry[];
  /** The counts by status. */
  counts: PresenceCounts;
}

/**
 * Options of {@link presenceOn}.
 *
 * @example
 * ```ts
 * const options: PresenceOptions = { on: "2025-06-30" };
 * presenceOn([], options).counts.present; // 0
 * ```
 */
export interface PresenceOptions {
  /** The calendar date (`YYYY-MM-DD`), read in the zone of each place. */
  on: string;
}

const reasonOf = (code: PresenceReasonCode): Reason<PresenceReasonCode> => ({
  code,
  message: presenceReasonMessages[code],
});

/** A case as a parsed record, or `case.invalid`. */
export function checkedCase(value: Case, index: number): Case {
  if (wasParsed(value)) return value;
  const parsed = parseCase(value);
  if (!parsed.ok) throw new OversightError("case.invalid", { field: `cases[${index}]` });
  return parsed.value;
}

/** The calendar date `on` as given, or `date.invalid`. */
export function dateOption(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) throw new OversightError("date.invalid", { field });
  return value;
}

interface Place {
  regionCode: string;
  zone: IndonesianIanaZone;
  reason: PresenceReasonCode;
}

/** The first and last day a lodging report covers, each read in the zone of the lodging's region. */
function coversDay(report: LodgingReport, zone: IndonesianIanaZone, on: IsoDate): boolean {
  const first = toCalendarDate(report.checkIn, zone, "checkIn");
  if (compareDates(first, on) > 0) return false;
  if (report.checkOut === undefined) return true;
  return compareDates(on, toCalendarDate(report.checkOut, zone, "checkOut")) <= 0;
}

/** The lodging report covering the day with the latest check-in (instants compared as instants). */
function lodgingPlace(c: Case, on: IsoDate): Place | undefined {
  let best: { report: LodgingReport; place: Place } | undefined;
  for (const report of c.lodgingReports) {
    const address = c.addresses.find((a) => a.id === report.addressId);
    const zone = address && timeZoneOfRegion(address.regionCode);
    if (!address || !zone || !coversDay(report, zone.iana, on)) continue;
    if (best && (compareIsoDateTimes(report.checkIn, best.report.checkIn) ?? 0) <= 0) continue;
    best = {
      report,
      place: { regionCode: address.regionCode, zone: zone.iana, reason: "place.lodging-report" },
    };
  }
  return best?.place;
}

function placeFrom(regionCode: string | undefined, reason: PresenceReasonCode): Place | undefined {
  const zone = regionCode === undefined ? undefined : timeZoneOfRegion(regionCode);
  return regionCode !== undefined && zone ? { regionCode, zone: zone.iana, reason } : undefined;
}

/** The permit in force, else the latest permit (by first day) that names a region. */
function permitRegion(c: Case, inForce: Permit | undefined): string | undefined {
  if (inForce?.regionCode !== undefined) return inForce.regionCode;
  const named = c.permits.filter((p) => p.regionCode !== undefined);
  named.sort((a, b) => compareDates(b.validFrom, a.validFrom));
  return named[0]?.regionCode;
}

/** The place on the day: a lodging report, else the residence, else the permit's region. */
function placeOf(c: Case, on: IsoDate, inForce: Permit | undefined): Place | undefined {
  return (
    lodgingPlace(c, on) ??
    placeFrom(c.addresses.find((a) => a.use === "residence")?.regionCode, "place.residence") ??
    placeFrom(permitRegion(c, inForce), "place.permit-region")
  );
}

function entryOf(c: Case, index: number, on: IsoDate): PresenceEntry {
  const stay = stayStatus(c, { on });
  const inForce = stay.permitInForce && c.permits.find((p) => p.id === stay.permitInForce?.id);
  const employerId = inForce?.employerId;
  const employer = c.employers.find((e) => e.id === employerId) ?? c.employers[0];
  const common = {
    index,
    stay: stay.status,
    nationality: c.person.nationality,
    permitKind: inForce?.kind ?? "none",
    purpose: inForce?.purpose ?? "none",
    employerSector: employer?.sector ?? "none",
  } as const;
  if (stay.status === "departed")
    return { ...common, status: "departed", reason: reasonOf("apart.departed") };
  if (stay.status === "not-yet-arrived")
    return { ...common, status: "not-yet-arrived", reason: reasonOf("apart.not-yet-arrived") };
  const place = placeOf(c, on, inForce);
  if (!place) return { ...common, status: "place-unknown", reason: reasonOf("apart.place-unknown") };
  return {
    ...common,
    status: "present",
    regionCode: place.regionCode,
    zone: place.zone,
    reason: reasonOf(place.reason),
  };
}

/**
 * Who is present where on a date (Permenimipas 2/2025 Art. 53: collecting data on foreigners tier by tier).
 * Each person (by person id) is counted once: one place per person, chosen from a lodging report covering
 * the date (the latest check-in wins; check-in and check-out are read as dates in the zone of the lodging's
 * own region, so a 23:45 WIB check-in in Bali is the next day there, WITA), else the residence address, else
 * the region of the permit in force (or of the latest permit naming one). People who departed, who have not
 * arrived (the stay status of @timpora/permits) or whose place no record gives are counted apart, never
 * dropped. Entries name cases by position, never by id.
 *
 * @param cases - the cases (records from `parseCase`, or values it accepts)
 * @param options - `on`: the date
 * @throws {@link OversightError} `date.invalid`, `option.required`, `case.invalid`
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const cases = [...generateCases({ seed: 1, count: 400, population: "realistic" })];
 * const p = presenceOn(cases, { on: "2025-05-01" });
 * p.counts; // { present: 174, departed: 21, notYetArrived: 205, placeUnknown: 0, duplicateRecords: 0 }
 * p.entries[0]?.reason.code; // "place.residence"
 * ```
 */
export function presenceOn(cases: Iterable<Case>, options: PresenceOptions): Presence {
  if (typeof options !== "object" || options === null)
    throw new OversightError("option.required", { field: "on" });
  const on = dateOption(options.on, "on");
  const entries: PresenceEntry[] = [];
  const seen = new Set<string>();
  const counts: PresenceCounts = {
    present: 0,
    departed: 0,
    notYetArrived: 0,
    placeUnknown: 0,
    duplicateRecords: 0,
  };
  let index = 0;
  for (const raw of cases) {
    const c = checkedCase(raw, index);
    if (seen.has(c.person.id)) {
      counts.duplicateRecords++;
    } else {
      seen.add(c.person.id);
      const entry = entryOf(c, index, on);
      entries.push(entry);
      if (entry.status === "present") counts.present++;
      else if (entry.status === "departed") counts.departed++;
      else if (entry.status === "not-yet-arrived") counts.notYetArrived++;
      else counts.placeUnknown++;
    }
    index++;
  }
  return { on, entries, counts };
}

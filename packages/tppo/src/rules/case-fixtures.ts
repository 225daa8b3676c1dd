import type { Case, Employer, Observation, Permit, Sponsor } from "@timpora/models";

/**
 * Hand-built synthetic cases for the rule tests: a valid base case that fires no indicator (an adult
 * tourist on a visa-on-arrival ITK, at a hotel, with a return ticket, no sponsor, employer or field check),
 * and small edits that each add one signal. All names, numbers and ids are invented.
 */

/** Evaluation date of the fixtures. */
export const FIXTURE_AS_OF = "2025-03-01";

/** A case edit: returns the edited copy. */
export type CaseEdit = (c: Case) => Case;

/** The base case: an adult (34) tourist on a 30-day visa-on-arrival ITK, lawfully present on {@link FIXTURE_AS_OF}. */
export function baseCase(): Case {
  return {
    schemaVersion: 1,
    id: "case-fixture",
    person: {
      schemaVersion: 1,
      id: "p-1",
      names: { primary: "SINTETIS", secondary: "CONTOH" },
      sex: "M",
      birthDate: "1990-06-15",
      nationality: "AUS",
      contacts: [{ kind: "phone", value: "+61 400 000 001" }],
      languages: ["en"],
      documentIds: ["d-1"],
      permitIds: ["pm-1"],
      addressIds: ["a-hotel"],
    },
    documents: [
      {
        schemaVersion: 1,
        id: "d-1",
        kind: "passport",
        number: "PA0000001",
        issuingState: "AUS",
        issuedOn: "2020-01-10",
        expiresOn: "2030-01-09",
      },
    ],
    permits: [
      {
        schemaVersion: 1,
        id: "pm-1",
        kind: "itk",
        basis: "visa-on-arrival",
        validFrom: "2025-02-20",
        validUntil: "2025-03-21",
        extensions: [],
        status: "active",
        purpose: "tourism",
        reEntryPermits: [],
      } as Permit,
    ],
    sponsors: [],
    employers: [],
    addresses: [
      { schemaVersion: 1, id: "a-hotel", regionCode: "51.03", lodgingKind: "hotel", use: "lodging" },
    ],
    movements: [
      {
        schemaVersion: 1,
        id: "m-in",
        direction: "entry",
        date: "2025-02-20",
        tpi: "DPS",
        conveyance: { mode: "air", number: "XX100" },
        ticket: "return",
        fromCountry: "AUS",
        transitCountries: [],
        coTravellerIds: [],
      },
    ],
    lodgingReports: [],
    observations: [],
    relations: [],
    enforcement: [],
    crew: [],
  };
}

/** Applies edits to a fresh base case, left to right. */
export function caseWith(...edits: CaseEdit[]): Case {
  return edits.reduce((c, edit) => edit(structuredClone(c)), baseCase());
}

/** Sets the birth date. */
export const born =
  (birthDate: string): CaseEdit =>
  (c) => ({ ...c, person: { ...c.person, birthDate } });

/** A 14-year-old on the fixture date. */
export const aMinor: CaseEdit = born("2010-05-01");

/** Replaces the permit in force. */
export const permit =
  (p: Partial<Permit>): CaseEdit =>
  (c) => ({ ...c, permits: [{ ...c.permits[0], ...p } as Permit] });

/** An ITAS for work, sponsored and employed by `e-1` (a verified Indonesian company). */
export const workItas: CaseEdit = (c) =>
  withEmployer({})(
    permit({
      kind: "itas",
      basis: "limited-stay-visa",
      validFrom: "2024-09-01",
      validUntil: "2025-08-31",
      purpose: "work",
      employerId: "e-1",
    })(c),
  );

/** Adds (or replaces) employer `e-1` linked to the person. */
export const withEmployer =
  (e: Partial<Employer>): CaseEdit =>
  (c) => ({
    ...c,
    person: { ...c.person, employerId: e.id ?? "e-1" },
    employers: [
      {
        schemaVersion: 1,
        id: "e-1",
        name: "PT CONTOH SINTETIS",
        nib: "1234567890123",
        sector: "trade",
        venueType: "office",
        addressId: "a-office",
        indonesianEntity: true,
        verificationStatus: "verified",
        ...e,
      },
      ...c.employers.filter((x) => x.id !== (e.id ?? "e-1")),
    ],
    addresses: [
      ...c.addresses,
      { schemaVersion: 1, id: "a-office", regionCode: "51.03", lodgingKind: "other", use: "workplace" },
    ],
  });

/** Adds sponsor `s-1` (on the person and the permit). */
export const withSponsor =
  (s: Partial<Sponsor>): CaseEdit =>
  (c) => ({
    ...c,
    person: { ...c.person, sponsorId: "s-1" },
    permits: c.permits.map((p) => ({ ...p, sponsorId: "s-1" })),
    sponsors: [
      {
        schemaVersion: 1,
        id: "s-1",
        kind: "corporation",
        name: "PT PENJAMIN SINTETIS",
        nib: "9876543210987",
        verificationStatus: "verified",
        ...s,
      } as Sponsor,
    ],
  });

/** Makes the residence a villa (`a-villa`) instead of the hotel. */
export const livesInVilla: CaseEdit = (c) => ({
  ...c,
  person: { ...c.person, addressIds: ["a-villa"] },
  addresses: [
    ...c.addresses.filter((a) => a.id !== "a-hotel"),
    { schemaVersion: 1, id: "a-villa", regionCode: "51.03", lodgingKind: "villa", use: "residence" },
  ],
});

/** Records with whom the person crossed on the latest entry (`accompaniedBy`). */
export const arrivedWith =
  (accompaniedBy: NonNullable<Case["movements"][number]["accompaniedBy"]>): CaseEdit =>
  (c) => ({
    ...c,
    movements: c.movements.map((m) => (m.direction === "entry" ? { ...m, accompaniedBy } : m)),
  });

/** Adds a field check with the given answers. */
export const observed =
  (answers: Observation["answers"]): CaseEdit =>
  (c) => ({
    ...c,
    observations: [
      ...c.observations,
      {
        schemaVersion: 1,
        id: `o-${c.observations.length + 1}`,
        observedAt: "2025-02-27T10:00:00+08:00",
        agencyId: "ag-1",
        officerId: "off-1",
        mode: "asked",
        answers,
      },
    ],
  });

/** Sets the sex (a protected attribute). */
export const sex =
  (value: "F" | "M" | "X"): CaseEdit =>
  (c) => ({ ...c, person: { ...c.person, sex: value } });

/** Sets the nationality (a protected attribute). */
export const nationality =
  (value: Case["person"]["nationality"]): CaseEdit =>
  (c) => ({ ...c, person: { ...c.person, nationality: value } });

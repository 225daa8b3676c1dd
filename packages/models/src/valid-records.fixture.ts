import type { AddressInput } from "./address.js";
import type { AgencyInput } from "./agency.js";
import type { CaseInput } from "./case.js";
import type { EmployerInput } from "./employer.js";
import type { LodgingReportInput } from "./lodging-report.js";
import type { MovementInput } from "./movement.js";
import type { ObservationInput } from "./observation.js";
import type { PermitInput } from "./permit.js";
import type { PersonInput } from "./person.js";
import type { SponsorInput } from "./sponsor.js";
import type { TimporaTeamInput } from "./timpora-team.js";
import type { TravelDocumentInput } from "./travel-document.js";

// Synthetic records for tests only (not shipped): no real person's data. The MRZ is the ICAO 9303
// Part 4 specimen (state "UTO"), the NIK is built from Kota Denpasar's district 51.71.01 and a
// synthetic birth date.

export const person: PersonInput = {
  schemaVersion: 1,
  id: "p-1",
  names: { primary: "SINTETIS", secondary: "CONTOH NAMA" },
  sex: "F",
  birthDate: "1990-06-05",
  nationality: "UTO",
  contacts: [{ kind: "phone", value: "+62 811 0000 0000" }],
  languages: ["en"],
  documentIds: ["d-1"],
  permitIds: ["pm-1", "pm-2"],
  sponsorId: "s-1",
  employerId: "e-1",
  addressIds: ["a-1"],
};

export const travelDocument: TravelDocumentInput = {
  schemaVersion: 1,
  id: "d-1",
  kind: "passport",
  number: "L898902C3",
  issuingState: "UTO",
  issuedOn: "2002-04-16",
  expiresOn: "2012-04-15",
  mrz: "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
};

export const itkPermit: PermitInput = {
  schemaVersion: 1,
  id: "pm-1",
  kind: "itk",
  basis: "visa-on-arrival",
  visaIndex: "B1",
  validFrom: "2024-03-01",
  validUntil: "2024-03-30",
  extensions: [{ grantedOn: "2024-03-25", lastDayBefore: "2024-03-30", lastDayAfter: "2024-04-29" }],
  status: "converted",
  statusFrom: "2024-04-10",
  purpose: "tourism",
  regionCode: "51.71",
};

export const itasPermit: PermitInput = {
  schemaVersion: 1,
  id: "pm-2",
  kind: "itas",
  basis: "conversion",
  visaIndex: "E23A",
  validFrom: "2024-04-10",
  validUntil: "2025-04-09",
  pendingApplication: { type: "extension", filedOn: "2025-03-20", paidOn: "2025-03-21" },
  status: "active",
  purpose: "work",
  sponsorId: "s-2",
  employerId: "e-1",
  regionCode: "51.71.01",
  previousPermitId: "pm-1",
  reEntryPermits: [{ id: "rp-1", kind: "multiple", validFrom: "2024-04-10", validUntil: "2025-04-09" }],
};

export const itapPermit: PermitInput = {
  schemaVersion: 1,
  id: "pm-3",
  kind: "itap",
  basis: "conversion",
  validFrom: "2020-01-15",
  validUntil: null,
  status: "active",
  purpose: "family",
  exitPermitOnly: { issuedOn: "2024-05-01", leaveBy: "2024-05-31" },
};

export const personSponsor: SponsorInput = {
  schemaVersion: 1,
  id: "s-1",
  kind: "person",
  name: "CONTOH PENJAMIN",
  nik: "5171014506900001",
  addressId: "a-1",
  phone: "+62 361 000000",
  verificationStatus: "verified",
};

export const corporationSponsor: SponsorInput = {
  schemaVersion: 1,
  id: "s-2",
  kind: "corporation",
  name: "PT Contoh Sintetis",
  nib: "1234567890123",
  verificationStatus: "unverified",
};

export const employer: EmployerInput = {
  schemaVersion: 1,
  id: "e-1",
  name: "PT Contoh Sintetis",
  nib: "1234567890123",
  sector: "hospitality",
  venueType: "villa",
  addressId: "a-2",
  indonesianEntity: true,
  verificationStatus: "verified",
};

export const address: AddressInput = {
  schemaVersion: 1,
  id: "a-1",
  regionCode: "51.71.01.1001",
  line: "Jalan Contoh No. 1",
  lodgingKind: "kos",
  use: "residence",
};

export const movement: MovementInput = {
  schemaVersion: 1,
  id: "m-1",
  direction: "entry",
  date: "2024-03-01",
  tpi: "DPS",
  conveyance: { mode: "air", number: "XX123" },
  ticket: "return",
  fromCountry: "UTO",
  transitCountries: ["SGP"],
};

export const lodgingReport: LodgingReportInput = {
  schemaVersion: 1,
  id: "l-1",
  addressId: "a-1",
  checkIn: "2024-03-01T14:00:00+08:00",
  checkOut: "2024-03-10T11:00:00+08:00",
  reportedAt: "2024-03-01T18:05:00+08:00",
};

export const observation: ObservationInput = {
  schemaVersion: 1,
  id: "o-1",
  observedAt: "2024-03-05T10:00:00+08:00",
  agencyId: "ag-1",
  officerId: "off-1",
  mode: "asked",
  answers: { documentHolder: "self", canLeaveFreely: true, hoursPerDay: 8, daysOffPerMonth: 4, threats: [] },
};

export const agency: AgencyInput = {
  schemaVersion: 1,
  id: "ag-1",
  kind: "immigration-office",
  name: "Kantor Imigrasi Contoh",
  jurisdictionRegionCodes: ["51.71", "51.03"],
  immigrationOfficeClass: "kelas-i-khusus-tpi",
};

export const timporaTeam: TimporaTeamInput = {
  schemaVersion: 1,
  id: "t-1",
  tier: "kabupaten-kota",
  areaRegionCodes: ["51.71"],
  chairAgencyId: "ag-1",
  members: [
    { agencyId: "ag-1", role: "chair" },
    { agencyId: "ag-2", role: "member" },
  ],
  decree: { number: "SK-001/2024", date: "2024-01-15", signedBy: "Kepala Kantor Contoh" },
};

export const fullCase: CaseInput = {
  schemaVersion: 1,
  id: "case-1",
  person,
  documents: [travelDocument],
  permits: [itkPermit, itasPermit],
  sponsors: [personSponsor, corporationSponsor],
  employers: [employer],
  addresses: [address],
  movements: [movement],
  lodgingReports: [lodgingReport],
  observations: [observation],
  relations: [
    {
      schemaVersion: 1,
      id: "r-1",
      kind: "spouse",
      otherPartyId: "x-1",
      otherParty: { indonesian: true, birthDate: "1988-02-29" },
      since: "2023-12-01",
    },
  ],
  enforcement: [
    {
      schemaVersion: 1,
      id: "en-1",
      kind: "tip",
      date: "2024-02-01",
      subject: { type: "address", ref: "a-1" },
    },
  ],
  crew: [
    {
      schemaVersion: 1,
      id: "c-1",
      vesselId: "v-1",
      vesselFlag: "UTO",
      vesselRisk: "unknown",
      onCrewListFrom: "2023-01-10",
      shoreLeave: ["2023-02-01"],
    },
  ],
  identityFlags: {
    biometricMatchOtherIdentity: false,
    earlierFalseStatementFinding: false,
    earlierPassportDenied: false,
  },
  refugee: {
    registeredWith: "unhcr",
    registeredOn: "2023-05-01",
    shelterRegionCode: "11.71",
    status: "in-shelter",
  },
};

/** Every top-level record fixture by its JSON Schema name. */
export const validRecords = {
  person: [person],
  "travel-document": [travelDocument],
  permit: [itkPermit, itasPermit, itapPermit],
  sponsor: [personSponsor, corporationSponsor],
  employer: [employer],
  address: [address],
  movement: [movement],
  "lodging-report": [lodgingReport],
  observation: [observation],
  relation: fullCase.relations ?? [],
  "enforcement-record": fullCase.enforcement ?? [],
  "crew-membership": fullCase.crew ?? [],
  agency: [agency],
  "timpora-team": [timporaTeam],
  case: [fullCase],
} as const;

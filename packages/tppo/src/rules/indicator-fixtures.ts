import type { Case } from "@timpora/models";
import {
  aMinor,
  arrivedWith,
  born,
  type CaseEdit,
  caseWith,
  FIXTURE_AS_OF,
  livesInVilla,
  observed,
  permit,
  withEmployer,
  withSponsor,
  workItas,
} from "./case-fixtures.js";

/** A hand-built case with the cross-record counts it is evaluated with (if any). */
export interface FixtureCase {
  /** The case. */
  case: Case;
  /** Precomputed counts (cross-record fact id to number). */
  counts?: Record<string, number>;
}

/** For one indicator: a case that fires it, and a near miss that differs in one signal and does not. */
export interface IndicatorFixture {
  /** Fires the indicator. */
  fires: FixtureCase;
  /** Does not fire it. */
  nearMiss: FixtureCase;
}

const plain = (...edits: CaseEdit[]): FixtureCase => ({ case: caseWith(...edits) });
const counted = (counts: Record<string, number>, ...edits: CaseEdit[]): FixtureCase => ({
  case: caseWith(...edits),
  counts,
});
const obsPair = (
  yes: Parameters<typeof observed>[0],
  no: Parameters<typeof observed>[0],
): IndicatorFixture => ({
  fires: plain(workItas, observed(yes)),
  nearMiss: plain(workItas, observed(no)),
});

const guardian: CaseEdit = (c) => ({
  ...c,
  relations: [
    { schemaVersion: 1, id: "r-1", kind: "parent", otherPartyId: "p-parent", atRegisteredAddress: true },
  ],
});
const karaoke = withEmployer({ sector: "entertainment", venueType: "karaoke" });
const atVillaWithEmployerThere: CaseEdit = (c) => ({
  ...c,
  employers: c.employers.map((e) => ({ ...e, addressId: "a-villa" })),
});
const crew =
  (m: Partial<Case["crew"][number]>): CaseEdit =>
  (c) => ({
    ...c,
    crew: [
      {
        schemaVersion: 1,
        id: "c-1",
        vesselId: "v-1",
        vesselFlag: "IDN",
        vesselRisk: "low",
        onCrewListFrom: "2024-07-01",
        shoreLeave: [],
        ...m,
      },
    ],
  });
const marriedIndonesian =
  (since: string, other: Partial<NonNullable<Case["relations"][number]["otherParty"]>> = {}): CaseEdit =>
  (c) => ({
    ...c,
    relations: [
      {
        schemaVersion: 1,
        id: "r-sp",
        kind: "spouse",
        otherPartyId: "p-spouse",
        otherParty: { indonesian: true, birthDate: "1995-01-01", ...other },
        since,
        viaBrokerId: "b-1",
      },
    ],
  });
const entered =
  (date: string, ticket: "one-way" | "return" = "return"): CaseEdit =>
  (c) => ({
    ...c,
    movements: c.movements.map((m) => (m.direction === "entry" ? { ...m, date, ticket } : m)),
  });
const exited =
  (to: string, ticket: "one-way" | "return", coTravellerIds: string[]): CaseEdit =>
  (c) => ({
    ...c,
    movements: [
      ...c.movements,
      {
        schemaVersion: 1,
        id: "m-out",
        direction: "exit",
        date: "2025-02-25",
        tpi: "CGK",
        conveyance: { mode: "air" },
        ticket,
        toCountry: to as Case["person"]["nationality"],
        transitCountries: [],
        coTravellerIds,
      },
    ],
  });
const enforcementOn =
  (
    type: "sponsor" | "address" | "phone" | "person",
    ref: string,
    kind: Case["enforcement"][number]["kind"],
  ): CaseEdit =>
  (c) => ({
    ...c,
    enforcement: [{ schemaVersion: 1, id: "en-1", kind, date: "2024-11-01", subject: { type, ref } }],
  });
const refugee =
  (status: NonNullable<Case["refugee"]>["status"]): CaseEdit =>
  (c) => ({
    ...c,
    refugee: { registeredWith: "unhcr", registeredOn: "2024-01-10", shelterRegionCode: "11.71", status },
  });
const identity =
  (biometricMatchOtherIdentity: boolean): CaseEdit =>
  (c) => ({
    ...c,
    identityFlags: {
      biometricMatchOtherIdentity,
      earlierFalseStatementFinding: false,
      earlierPassportDenied: false,
    },
  });
const agentRelation: CaseEdit = (c) => ({
  ...c,
  relations: [...c.relations, { schemaVersion: 1, id: "r-ag", kind: "agent", otherPartyId: "x-agent" }],
});
const themePark = withEmployer({ sector: "entertainment", venueType: "theme-park" });
const overstaying: CaseEdit = (c) =>
  permit({ validFrom: "2025-01-01", validUntil: "2025-01-30" })(entered("2025-01-01")(c));

/** One fixture pair per indicator of the default rule set (ids as in the brief's catalogue). */
export const indicatorFixtures: Record<string, IndicatorFixture> = {
  "minor-without-guardian": {
    fires: plain(aMinor, arrivedWith("unrelated-adults")),
    nearMiss: plain(aMinor, arrivedWith("parent-or-guardian")),
  },
  "minor-linked-to-work": {
    fires: plain(aMinor, guardian, withEmployer({})),
    nearMiss: plain(born("2007-03-01"), withEmployer({})),
  },
  "minor-at-adult-venue": {
    fires: plain(aMinor, guardian, karaoke),
    nearMiss: plain(aMinor, guardian, withEmployer({ sector: "hospitality", venueType: "restaurant" })),
  },
  "visit-permit-work-signal": {
    fires: plain(withEmployer({})),
    nearMiss: plain(withEmployer({ indonesianEntity: false, nib: undefined })),
  },
  "sponsor-many-foreigners": {
    fires: counted({ sponsorForeignerCount: 5 }, withSponsor({ kind: "person", nib: undefined })),
    nearMiss: counted({ sponsorForeignerCount: 200 }, withSponsor({})),
  },
  "sponsor-unverifiable": {
    fires: plain(withSponsor({ verificationStatus: "fictitious" })),
    nearMiss: plain(withSponsor({ verificationStatus: "unverified" })),
  },
  "sponsor-employer-mismatch": {
    fires: plain(workItas, observed({ seenWorkingAtEmployerId: "e-2" })),
    nearMiss: plain(workItas, observed({ seenWorkingAtEmployerId: "e-1" })),
  },
  "address-cluster": {
    fires: counted({ addressForeignerCount: 5 }, livesInVilla),
    nearMiss: counted({ addressForeignerCount: 9 }),
  },
  "lives-at-workplace": {
    fires: plain(workItas, livesInVilla, atVillaWithEmployerThere),
    nearMiss: plain(workItas, livesInVilla),
  },
  "group-at-adult-venue": {
    fires: counted({ venueGroupCount: 3 }, karaoke),
    nearMiss: counted({ venueGroupCount: 3 }, themePark),
  },
  overstay: {
    fires: plain(overstaying),
    nearMiss: plain(permit({ validFrom: "2025-01-31", validUntil: FIXTURE_AS_OF }), entered("2025-01-31")),
  },
  "shared-contact-details": {
    fires: counted({ sharedContactCount: 3 }),
    nearMiss: counted({ sharedContactCount: 2 }),
  },
  "group-arrival-pattern": {
    fires: counted({ groupArrivalCount: 5 }, entered("2025-02-20", "one-way")),
    nearMiss: counted({ groupArrivalCount: 9 }, entered("2025-02-20", "return")),
  },
  "crew-document-anomaly": {
    fires: plain(crew({ seamanBookNationality: "THA" })),
    nearMiss: plain(crew({ seamanBookNationality: "AUS" })),
  },
  "vessel-risk-profile": {
    fires: plain(crew({ vesselRisk: "high" })),
    nearMiss: plain(crew({ vesselRisk: "unknown" })),
  },
  "crew-no-shore-leave": {
    fires: plain(crew({ onCrewListFrom: "2024-07-01" })),
    nearMiss: plain(crew({ onCrewListFrom: "2024-07-01", shoreLeave: ["2025-01-15"] })),
  },
  "marriage-broker-pattern": {
    fires: counted({ brokerMarriageCount: 3 }, entered("2025-01-05"), marriedIndonesian("2025-01-20")),
    nearMiss: counted({ brokerMarriageCount: 3 }, entered("2024-06-01"), marriedIndonesian("2025-01-20")),
  },
  "bride-minor-or-id-anomaly": {
    fires: plain(marriedIndonesian("2024-12-01", { birthDate: "2008-01-01" })),
    nearMiss: plain(marriedIndonesian("2024-12-01", { birthDate: "2006-11-30" })),
  },
  "linked-to-prior-case": {
    fires: plain(withSponsor({}), enforcementOn("sponsor", "s-1", "deportation")),
    nearMiss: plain(withSponsor({}), enforcementOn("sponsor", "s-other", "deportation")),
  },
  "address-linked-to-prior-case": {
    fires: plain(livesInVilla, enforcementOn("address", "a-villa", "prostitution-raid")),
    nearMiss: plain(livesInVilla, enforcementOn("address", "a-villa", "tip")),
  },
  "contact-linked-to-prior-case": {
    fires: plain(enforcementOn("phone", "+61 400 000 001", "deportation")),
    nearMiss: plain(enforcementOn("phone", "+61 400 000 009", "deportation")),
  },
  "high-risk-sector": {
    fires: plain(withEmployer({ sector: "fishing", venueType: "fishing-vessel" })),
    nearMiss: plain(workItas, withEmployer({ sector: "fishing", venueType: "fishing-vessel" })),
  },
  "scam-compound-profile": {
    fires: counted({ addressForeignerCount: 6 }, livesInVilla),
    nearMiss: counted({ addressForeignerCount: 6 }, livesInVilla, workItas),
  },
  "scam-compound-tip": {
    fires: plain(livesInVilla, enforcementOn("address", "a-villa", "tip")),
    nearMiss: plain(livesInVilla, enforcementOn("address", "a-elsewhere", "tip")),
  },
  "exit-to-scam-hub-route": {
    fires: plain(exited("KHM", "one-way", []), agentRelation),
    nearMiss: plain(exited("KHM", "one-way", ["p-8", "p-9"])),
  },
  "investor-retiree-permit-working": {
    fires: plain(permit({ purpose: "investment" }), withSponsor({ verificationStatus: "inactive" })),
    nearMiss: plain(permit({ purpose: "investment" }), withSponsor({ verificationStatus: "verified" })),
  },
  "identity-fraud": { fires: plain(identity(true)), nearMiss: plain(identity(false)) },
  "refugee-moved-or-absconded": { fires: plain(refugee("missing")), nearMiss: plain(refugee("relocated")) },
  "passport-withheld": obsPair(
    { documentHolder: "employer", documentHolderReason: "refused" },
    { documentHolder: "employer", documentHolderReason: "processing" },
  ),
  "movement-restricted": obsPair({ canLeaveFreely: false }, { canLeaveFreely: true, guarded: false }),
  "debt-to-recruiter": obsPair(
    { debtOwed: true, debtCreditor: "recruiter" },
    { debtOwed: true, debtCreditor: "other", repaidThroughWork: false },
  ),
  "violence-signs": obsPair({ injuriesVisible: true }, { injuriesVisible: false, violenceReported: false }),
  "threats-incl-denunciation": obsPair({ threats: ["deportation"] }, { threats: [] }),
  "deceived-about-job": obsPair({ jobDiffersFromPromise: true }, { jobDiffersFromPromise: false }),
  "deceived-about-terms": obsPair({ termsDifferFromPromise: true }, { termsDifferFromPromise: false }),
  "wages-withheld": obsPair({ paid: "not-paid" }, { paid: "as-promised", excessiveDeductions: false }),
  "excessive-hours-quotas": obsPair(
    { hoursPerDay: 14, daysOffPerMonth: 1 },
    { hoursPerDay: 14, daysOffPerMonth: 4 },
  ),
  "forced-criminality": obsPair({ forcedTasks: ["scam"] }, { forcedTasks: [] }),
  "third-party-control": obsPair(
    { interpreterImposed: true },
    { interpreterImposed: false, thirdPartyAnswers: false },
  ),
  "cannot-state-basics": obsPair({ knowsAddress: false }, { knowsAddress: true, knowsSponsor: true }),
  "bad-living-conditions": obsPair({ overcrowded: true }, { overcrowded: false, noPrivateSpace: false }),
  "communication-restricted": obsPair({ hasOwnPhone: false }, { hasOwnPhone: true }),
};

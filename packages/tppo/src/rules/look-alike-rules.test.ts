// Each rule fix of the screening review (issue 9), tested with the ordinary look-alike it must leave silent
// and the true case it must still fire on; and the three child cases, end to end.
import type { Case } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../evaluator.js";
import { buildPopulationIndex } from "../population-index.js";
import {
  aMinor,
  arrivedWith,
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
import { defaultRuleSet } from "./index.js";

const evaluator = createEvaluator({ asOf: FIXTURE_AS_OF, ruleSet: defaultRuleSet });
const assess = (c: Case, counts: Record<string, number> = {}) => evaluator.evaluate(c, { counts });
const fired = async (c: Case, counts?: Record<string, number>) =>
  (await assess(c, counts)).fired.map((f) => f.id);

const addresses =
  (...list: Case["addresses"]): CaseEdit =>
  (c) => ({ ...c, person: { ...c.person, addressIds: list.map((a) => a.id) }, addresses: list });
const relatedTo =
  (kind: Case["relations"][number]["kind"], ...ids: string[]): CaseEdit =>
  (c) => ({
    ...c,
    relations: [
      ...c.relations,
      ...ids.map((otherPartyId, i) => ({
        schemaVersion: 1 as const,
        id: `r-${kind}-${i}`,
        kind,
        otherPartyId,
      })),
    ],
  });
const personId =
  (id: string): CaseEdit =>
  (c) => ({ ...c, id: `case-${id}`, person: { ...c.person, id } });
const exit =
  (toCountry: Case["person"]["nationality"], extra: Partial<Case["movements"][number]> = {}): CaseEdit =>
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
        ticket: "one-way",
        toCountry,
        transitCountries: [],
        coTravellerIds: ["p-8", "p-9"],
        ...extra,
      },
    ],
  });
const nationalOf =
  (n: Case["person"]["nationality"]): CaseEdit =>
  (c) => ({
    ...c,
    person: { ...c.person, nationality: n },
    documents: c.documents.map((d) => ({ ...d, issuingState: n })),
  });
const agent = relatedTo("agent", "x-agent");

describe("A1 minor-without-guardian rests on positive evidence only", () => {
  it("fires for a minor who entered alone or with unrelated adults, or whom an officer found without a guardian", async () => {
    expect(await fired(caseWith(aMinor, arrivedWith("alone")))).toContain("minor-without-guardian");
    expect(await fired(caseWith(aMinor, arrivedWith("unrelated-adults")))).toContain(
      "minor-without-guardian",
    );
    expect(await fired(caseWith(aMinor, observed({ guardianPresent: false })))).toContain(
      "minor-without-guardian",
    );
  });

  it("stays silent for a minor who travelled with a parent whose relation is not on record (the look-alike)", async () => {
    const c = caseWith(aMinor, arrivedWith("parent-or-guardian"));
    expect(c.relations).toEqual([]);
    expect(await fired(c)).toEqual([]);
  });

  it("is not evaluated, with a data-gap reason, when the minor's company is not recorded", async () => {
    for (const c of [caseWith(aMinor), caseWith(aMinor, arrivedWith("unknown"))]) {
      const a = await assess(c);
      expect(a.fired).toEqual([]);
      expect(a.level).toBe("none");
      const gap = a.notEvaluated.find((n) => n.id === "minor-without-guardian");
      expect(gap?.reason.code).toBe("not-evaluated.data-gap");
      expect(gap?.reason.message.en).toBe("Not on record: Travel");
    }
  });

  it("is simply failed for an adult with no company recorded (no gap shown for adults)", async () => {
    const a = await assess(caseWith());
    expect(a.notEvaluated.map((n) => n.id)).not.toContain("minor-without-guardian");
  });
});

describe("A4 visit-permit-work-signal needs an Indonesian employer entity or a work sighting", () => {
  it("stays silent for a business visitor whose home-country employer is on file", async () => {
    const visitor = caseWith(
      permit({ basis: "visit-visa-single", purpose: "business", visaIndex: "C2" }),
      withEmployer({ indonesianEntity: false, nib: undefined, sector: "manufacturing" }),
    );
    expect(await fired(visitor)).toEqual([]);
  });
  it("fires with an Indonesian employer, or when an officer saw the person working", async () => {
    expect(await fired(caseWith(withEmployer({})))).toContain("visit-permit-work-signal");
    const seen = caseWith(observed({ seenWorkingAtAddressId: "a-hotel" }));
    expect(await fired(seen)).toContain("visit-permit-work-signal");
  });
});

describe("A5 sponsor-many-foreigners by sponsor kind", () => {
  it("stays silent for a verified company sponsoring 200 workers, and fires for a person sponsoring 5", async () => {
    expect(await fired(caseWith(workItas, withSponsor({})), { sponsorForeignerCount: 200 })).toEqual([]);
    const personal = caseWith(withSponsor({ kind: "person", nib: undefined }));
    expect(await fired(personal, { sponsorForeignerCount: 5 })).toEqual(["sponsor-many-foreigners"]);
  });
});

describe("A8 address-cluster counts unrelated households, never boarding houses or a whole apartment block", async () => {
  const home = (lodgingKind: Case["addresses"][number]["lodgingKind"], unitId?: string) => ({
    schemaVersion: 1 as const,
    id: "a-shared",
    regionCode: "51.03",
    lodgingKind,
    use: "residence" as const,
    ...(unitId === undefined ? {} : { unitId }),
  });
  const family = ["p-a", "p-b", "p-c", "p-d", "p-e", "p-f"].map((id, _i, all) =>
    caseWith(personId(id), addresses(home("house")), relatedTo("sibling", ...all.filter((o) => o !== id))),
  );
  const ownPhone =
    (i: number): CaseEdit =>
    (c) => ({ ...c, person: { ...c.person, contacts: [{ kind: "phone", value: `+61 400 000 10${i}` }] } });
  const strangers = (edit: (i: number) => CaseEdit) =>
    ["p-a", "p-b", "p-c", "p-d", "p-e", "p-f"].map((id, i) => caseWith(personId(id), ownPhone(i), edit(i)));
  const countAt = async (cases: Case[]) => {
    const index = await buildPopulationIndex(cases, { asOf: FIXTURE_AS_OF });
    const a = await evaluator.evaluate(cases[0]!, { index });
    return { fired: a.fired.map((f) => f.id), map: index.maps.get("addressForeignerCount")! };
  };

  it("a family of six in one house is one household: silent", async () => {
    const { fired: ids, map } = await countAt(family);
    expect(map.get("a-shared")).toBe(1);
    expect(ids).toEqual([]);
  });
  it("six unrelated people in one house fire it", async () => {
    const { fired: ids, map } = await countAt(strangers(() => addresses(home("house"))));
    expect(map.get("a-shared")).toBe(6);
    expect(ids).toContain("address-cluster");
  });
  it("six students in one kos, or in six units of one apartment block, are silent", async () => {
    expect((await countAt(strangers(() => addresses(home("kos"))))).fired).toEqual([]);
    const units = await countAt(strangers((i) => addresses(home("apartment", `U-${i}`))));
    expect(units.fired).toEqual([]);
    expect(units.map.get("a-shared#U-0")).toBe(1);
    const noUnit = await countAt(strangers(() => addresses(home("apartment"))));
    expect({ fired: noUnit.fired, keys: noUnit.map.size }).toEqual({ fired: [], keys: 0 });
  });
  it("six unrelated people in ONE apartment unit fire it", async () => {
    expect((await countAt(strangers(() => addresses(home("apartment", "U-7"))))).fired).toContain(
      "address-cluster",
    );
  });
});

describe("A3 and A10 read adult venues by venue type, not by the entertainment sector", () => {
  const staff = (venueType: Case["employers"][number]["venueType"]) =>
    caseWith(aMinor, arrivedWith("parent-or-guardian"), withEmployer({ sector: "entertainment", venueType }));
  it("a minor at a theme park, film studio or music venue is not at an adult venue", async () => {
    for (const v of ["theme-park", "film-studio", "music-venue"] as const) {
      expect(await fired(staff(v)), v).not.toContain("minor-at-adult-venue");
    }
  });
  it("a minor linked to a karaoke, spa, massage parlour, bar or nightclub is", async () => {
    for (const v of ["karaoke", "spa", "massage", "bar", "nightclub"] as const) {
      expect(await fired(staff(v)), v).toContain("minor-at-adult-venue");
    }
  });
});

describe("A21 scam compound: the profile and a tip together reach review, counted once", () => {
  const tip: CaseEdit = (c) => ({
    ...c,
    enforcement: [
      {
        schemaVersion: 1,
        id: "en-t",
        kind: "tip",
        date: "2025-01-10",
        subject: { type: "address", ref: "a-villa" },
      },
    ],
  });
  it("the profile alone or the tip alone is a note", async () => {
    expect((await assess(caseWith(livesInVilla), { addressForeignerCount: 8 })).level).toBe("note");
    expect((await assess(caseWith(livesInVilla, tip), { addressForeignerCount: 1 })).level).toBe("note");
  });
  it("both: strong, one address-group indicator per element, review", async () => {
    const a = await assess(caseWith(livesInVilla, tip), { addressForeignerCount: 8 });
    expect(a.fired.map((f) => `${f.id}:${f.strength}`).sort()).toEqual([
      "address-cluster:medium",
      "scam-compound-profile:strong",
      "scam-compound-tip:strong",
    ]);
    expect(a.elements.act.counted).toHaveLength(1);
    expect(a.elements.purpose.counted).toHaveLength(1);
    expect(a.level).toBe("review");
    expect(a.levelReasons.map((r) => r.code)).toEqual(["review.strong-indicator"]);
  });
});

describe("A19 follows its link into the matching correlation group", () => {
  it("an address link sits with A8, so a cluster address with a prior raid counts once for act", async () => {
    const raid: CaseEdit = (c) => ({
      ...c,
      enforcement: [
        {
          schemaVersion: 1,
          id: "en-r",
          kind: "prostitution-raid",
          date: "2024-10-01",
          subject: { type: "address", ref: "a-villa" },
        },
      ],
    });
    const a = await assess(caseWith(livesInVilla, workItas, raid), { addressForeignerCount: 6 });
    expect(a.fired.map((f) => f.id).sort()).toEqual(["address-cluster", "address-linked-to-prior-case"]);
    expect(a.elements.act.counted).toHaveLength(1);
  });
});

describe("A22 exit toward a scam hub: never going home, and only with a third-party recruitment signal", () => {
  it("a Filipino or Cambodian worker going home one-way in a group, with a placement agent on file, is silent", async () => {
    for (const n of ["PHL", "KHM"] as const) {
      expect(await fired(caseWith(workItas, nationalOf(n), exit(n), agent)), n).toEqual([]);
    }
  });
  it("a group exit to Cambodia without an agent, broker or tip is silent", async () => {
    expect(await fired(caseWith(workItas, exit("KHM")))).toEqual([]);
  });
  it("an exit to Cambodia through an agent fires, whoever the person is", async () => {
    for (const n of ["AUS", "PHL", "VNM"] as const) {
      expect(await fired(caseWith(nationalOf(n), exit("KHM"), agent)), n).toContain("exit-to-scam-hub-route");
    }
  });
  it("a tip naming the person is a recruitment signal too", async () => {
    const tipOnPerson: CaseEdit = (c) => ({
      ...c,
      enforcement: [
        {
          schemaVersion: 1,
          id: "en-p",
          kind: "tip",
          date: "2025-02-01",
          subject: { type: "person", ref: "p-1" },
        },
      ],
    });
    expect(await fired(caseWith(exit("MMR"), tipOnPerson))).toContain("exit-to-scam-hub-route");
  });
});

describe("B1 passport-withheld reads why someone else holds the passport", () => {
  it("is silent while the immigration office or the sponsor's agent processes a permit, or for safekeeping", async () => {
    for (const answers of [
      { documentHolder: "immigration-office", documentHolderReason: "processing" },
      { documentHolder: "agent", documentHolderReason: "processing" },
      { documentHolder: "employer", documentHolderReason: "safekeeping" },
      { documentHolder: "other", documentHolderReason: "refused" },
    ] as const) {
      expect(await fired(caseWith(workItas, observed(answers))), JSON.stringify(answers)).toEqual([]);
    }
  });
  it("is strong when an employer, agent, sponsor or spouse refused it, or holds it for no known reason", async () => {
    for (const documentHolder of ["employer", "agent", "sponsor", "spouse"] as const) {
      for (const reason of [
        { documentHolderReason: "refused" as const },
        { documentHolderReason: "unknown" as const },
        {},
      ]) {
        const a = await assess(caseWith(workItas, observed({ documentHolder, ...reason })));
        expect(
          a.fired.map((f) => `${f.id}:${f.strength}`),
          documentHolder,
        ).toEqual(["passport-withheld:strong"]);
        expect(a.level).toBe("review");
      }
    }
  });
});

describe("the issue's three child cases reach refer, refer and review", () => {
  it("a 14-year-old with no guardian who arrived with unrelated adults and lives at a karaoke employer: refer", async () => {
    const karaokeHome: CaseEdit = (c) => ({
      ...c,
      employers: c.employers.map((e) => ({ ...e, addressId: "a-villa" })),
    });
    const c = caseWith(
      aMinor,
      arrivedWith("unrelated-adults"),
      livesInVilla,
      withEmployer({ sector: "entertainment", venueType: "karaoke" }),
      karaokeHome,
    );
    const a = await assess(c);
    expect(a.level).toBe("refer");
    expect(a.levelReasons.map((r) => r.code)).toEqual(["refer.child-purpose-act"]);
    expect(a.routes.map((r) => r.route)).toContain("child-protection");
  });
  it("a 14-year-old observed working 14 hours a day unpaid: refer", async () => {
    const c = caseWith(
      aMinor,
      arrivedWith("parent-or-guardian"),
      withEmployer({ sector: "manufacturing", venueType: "factory" }),
      observed({ hoursPerDay: 14, daysOffPerMonth: 1, paid: "not-paid", seenWorkingAtEmployerId: "e-1" }),
    );
    const a = await assess(c);
    expect(a.level).toBe("refer");
    expect(a.levelReasons.map((r) => r.code)).toContain("refer.child-purpose-observed");
  });
  it("an unaccompanied 13-year-old with nothing else recorded: review", async () => {
    const a = await assess(
      caseWith((c) => ({ ...c, person: { ...c.person, birthDate: "2011-06-01" } }), arrivedWith("alone")),
    );
    expect(a.fired.map((f) => f.id)).toEqual(["minor-without-guardian"]);
    expect(a.level).toBe("review");
    expect(a.levelReasons.map((r) => r.code)).toEqual(["review.child-act"]);
  });
});

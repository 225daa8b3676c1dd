/**
 * The `contract-end-group-exit` look-alike: 3 to 6 colleagues of one nationality (the Philippines, Cambodia,
 * Myanmar, Laos, Thailand or Viet Nam) whose work ITAS ends leave together, one-way on one flight, to their
 * own country (the state that issued their passports) within the last month. About half have the placement
 * agent that recruited them on file. They lived in the company mess; their arrivals a year earlier were spread
 * out. Nobody checked them in the field after they left, so no observation is added.
 */
import { addDays, addYears, type Employer, type IcaoNationality, type Sponsor } from "@timpora/models";
import { buildAddress, buildMovement, drawRegion, flightNumber } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";
import { SECTOR_TABLE, type SectorRow } from "./employer-sectors.js";
import type { LookAlikeBuilder } from "./look-alike-group.js";
import { NATIONALITY_TABLE, type NationalityRow } from "./nationality-table.js";
import { residentDraft } from "./resident-base.js";
import { syllableName } from "./syllable-name.js";
import { syntheticNib, syntheticPhone } from "./synthetic-identifiers.js";

/** The states of the look-alike: the Philippines, Cambodia, Myanmar, Laos, Thailand, Viet Nam. */
export const CONTRACT_END_NATIONALITIES: readonly IcaoNationality[] = [
  "PHL",
  "KHM",
  "MMR",
  "LAO",
  "THA",
  "VNM",
];

const ROWS: readonly NationalityRow[] = NATIONALITY_TABLE.filter((n) =>
  CONTRACT_END_NATIONALITIES.includes(n.code),
);

/** Sectors of the contracts that end (the workplace is never an adult venue). */
const SECTORS: readonly SectorRow[] = SECTOR_TABLE.filter((s) =>
  ["construction", "manufacturing", "plantation", "hospitality", "mining"].includes(s.sector),
);

/** Builds one group leaving together (see the file comment). */
export const contractEndExit: LookAlikeBuilder = function* (group, member, size) {
  const { random, groupId, asOf } = group;
  const first = member(0);
  const region = drawRegion(random);
  const nationality = random.pick(ROWS);
  const sector = random.pick(SECTORS);
  const exitOn = addDays(asOf, -random.int(1, 30));
  const exitFlight = flightNumber(first.serial);
  const personIds = Array.from({ length: size }, (_, i) => `${member(i).caseId}-p`);
  const workplaceId = `${groupId}-work`;
  const employer: Employer = {
    schemaVersion: 1,
    id: `${groupId}-emp`,
    name: `PT ${syllableName(random).primary} ${sector.nameWord}`,
    nib: syntheticNib(random),
    sector: sector.sector,
    venueType: random.pick(sector.venues),
    addressId: workplaceId,
    indonesianEntity: true,
    verificationStatus: "verified",
  };
  const sponsor: Sponsor = {
    schemaVersion: 1,
    id: `${groupId}-spn`,
    kind: "corporation",
    name: employer.name,
    nib: employer.nib as string,
    phone: syntheticPhone(first.serial * 2 + 1, first.offset),
    verificationStatus: "verified",
    addressId: workplaceId,
  };
  const workplace = buildAddress(workplaceId, region, random, "other", "workplace");
  const mess = buildAddress(`${groupId}-mess`, region, random, "company-mess", "residence");
  for (let i = 0; i < size; i++) {
    const ctx = member(i);
    // A one-year ITAS that ends on the day of the exit or up to about two weeks after it.
    const validFrom = addDays(addYears(exitOn, -1), 2 + 2 * i + ctx.random.int(0, 1));
    const draft: CaseDraft = residentDraft(ctx, {
      profile: "worker",
      pool: "any",
      nationality,
      region,
      ages: [22, 50],
      kind: "itas",
      basis: "limited-stay-visa",
      purpose: "work",
      validFrom,
      years: 1,
      extendable: false,
      residence: "company-mess",
      entryOnValidFrom: true,
      phone: true,
    });
    const c = draft.case;
    c.movements = c.movements.filter((m) => m.id === `${c.id}-mov1`);
    c.addresses.splice(0, c.addresses.length, { ...mess }, { ...workplace });
    (draft as { homeAddressId: string }).homeAddressId = mess.id;
    c.employers.push({ ...employer });
    c.sponsors.push({ ...sponsor });
    c.person.employerId = employer.id;
    c.person.sponsorId = sponsor.id;
    Object.assign(draft.permit, { employerId: employer.id, sponsorId: sponsor.id });
    c.movements.push(
      buildMovement({
        id: `${c.id}-mov9`,
        direction: "exit",
        date: exitOn,
        tpi: region.airport,
        mode: "air",
        number: exitFlight,
        ticket: "one-way",
        country: nationality.code,
        coTravellerIds: personIds.filter((id) => id !== c.person.id),
      }),
    );
    if (ctx.random.chance(0.5)) {
      c.relations.push({
        schemaVersion: 1,
        id: `${c.id}-rel1`,
        kind: "agent",
        otherPartyId: `${groupId}-agent`,
      });
    }
    yield draft;
  }
};

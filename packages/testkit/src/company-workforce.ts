/**
 * The `company-many-workers` look-alike: one verified Indonesian company that is the verified corporate
 * sponsor and employer of 50 to 300 foreign workers on work ITAS. Arrivals are spread out (at most 4 a week);
 * the workers live in the company mess (exempt from address clusters), in apartment units of one to three
 * blocks (each with its own `unitId`) or in houses of their own, so no address holds five households.
 */
import { type Address, addDays, type Employer, type Sponsor } from "@timpora/models";
import { buildAddress, drawNationality, drawRegion } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";
import { SECTOR_TABLE, type SectorRow } from "./employer-sectors.js";
import { type LookAlikeBuilder, spreadDaysBack } from "./look-alike-group.js";
import { residentDraft } from "./resident-base.js";
import { syllableName } from "./syllable-name.js";
import { syntheticNib, syntheticPhone } from "./synthetic-identifiers.js";
import { addCleanExtras } from "./visitor-profiles.js";

/** Sectors of companies with many foreign workers (no adult venues): factories, sites, mines, plantations, offices. */
const COMPANY_SECTORS: readonly SectorRow[] = SECTOR_TABLE.filter((s) =>
  ["manufacturing", "construction", "mining", "plantation", "technology", "trade", "hospitality"].includes(
    s.sector,
  ),
);

/** The lodging kind recorded for a workplace address. */
function workplaceLodging(venue: Employer["venueType"]): Address["lodgingKind"] {
  return venue === "hotel" ? "hotel" : venue === "fishing-vessel" ? "vessel" : "other";
}

/** Where each worker lives: the mess, an apartment unit, or a house of their own. */
type Home = "mess" | "apartment" | "house";

/** Builds the workforce of one company (see the file comment). */
export const companyWorkforce: LookAlikeBuilder = function* (group, member, size) {
  const { random, groupId } = group;
  const first = member(0);
  const region = drawRegion(random);
  const sector = random.pick(COMPANY_SECTORS);
  const main = drawNationality(random, "any", first.law, group.asOf);
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
  const workplace = buildAddress(
    workplaceId,
    region,
    random,
    workplaceLodging(employer.venueType),
    "workplace",
  );
  const mess = buildAddress(`${groupId}-mess`, region, random, "company-mess", "residence");
  const blocks = Array.from({ length: random.int(1, 3) }, (_, b) =>
    buildAddress(`${groupId}-apt${b + 1}`, region, random, "apartment", "residence"),
  );
  for (let i = 0; i < size; i++) {
    const ctx = member(i);
    const r = ctx.random;
    const draft: CaseDraft = residentDraft(ctx, {
      profile: "worker",
      pool: "any",
      ...(r.chance(0.7) ? { nationality: main } : {}),
      region,
      ages: [22, 58],
      kind: "itas",
      basis: "limited-stay-visa",
      purpose: "work",
      validFrom: addDays(ctx.asOf, -spreadDaysBack(r, 20, i)),
      years: 1,
      extendable: true,
      residence: "house",
      entryOnValidFrom: true,
      phone: true,
    });
    const c = draft.case;
    const roll = r.next();
    const home: Home = roll < 0.45 ? "mess" : roll < 0.75 ? "apartment" : "house";
    if (home !== "house") {
      const shared =
        home === "mess"
          ? { ...mess }
          : { ...r.pick(blocks), unitId: `${Math.floor(i / 8) + 2}-${String((i % 8) + 1).padStart(2, "0")}` };
      const at = c.addresses.findIndex((a) => a.id === draft.homeAddressId);
      c.addresses.splice(at, 1, shared);
      (draft as { homeAddressId: string }).homeAddressId = shared.id;
    }
    c.addresses.push({ ...workplace });
    c.employers.push({ ...employer });
    c.sponsors.push({ ...sponsor });
    c.person.employerId = employer.id;
    c.person.sponsorId = sponsor.id;
    Object.assign(draft.permit, { employerId: employer.id, sponsorId: sponsor.id });
    addCleanExtras(ctx, draft, true, false);
    yield draft;
  }
};

import { type Case, isoWeekKey } from "@timpora/models";
import * as z from "zod";
import {
  crossRecordCount,
  type FactContext,
  type FactDefinition,
  type IndexKeyContext,
} from "../fact-definition.js";
import { householdOf } from "./household.js";
import { isVisitPermit, permitInForce, sponsorIdsOf } from "./permit-facts.js";
import { normaliseContact } from "./person-facts.js";
import { clusterAddressIds, residencesOf } from "./residence-facts.js";
import { isAdultVenue } from "./sponsor-employer-facts.js";

/** Key function of a cross-record fact: the keys under which a case is counted. */
type KeyFn = (c: Case, asOf: string) => string[];

const sponsorKeys: KeyFn = (c) => sponsorIdsOf(c);

const addressKeys: KeyFn = (c, asOf) => clusterAddressIds(c, asOf);

const contactKeys: KeyFn = (c) => [
  ...new Set(c.person.contacts.map((k) => `${k.kind}:${normaliseContact(k.kind, k.value)}`)),
];

/**
 * Group-arrival keys (brief A13): the latest entry on a one-way ticket, keyed by (same flight or vessel and
 * day, or same ISO week) and (same sponsor, or same destination address). No keys without an anchor.
 */
const arrivalKeys: KeyFn = (c, asOf) => {
  const entry = c.movements
    .filter((m) => m.direction === "entry" && m.date <= asOf)
    .reduce<Case["movements"][number] | undefined>(
      (a, m) => (a === undefined || m.date >= a.date ? m : a),
      undefined,
    );
  if (entry === undefined || entry.ticket !== "one-way") return [];
  const anchors = [
    ...sponsorIdsOf(c).map((id) => `sponsor:${id}`),
    ...residencesOf(c, asOf).map((a) => `address:${a.id}`),
  ];
  const when = [`week:${isoWeekKey(entry.date)}`];
  if (entry.conveyance.number !== undefined) when.push(`trip:${entry.conveyance.number}:${entry.date}`);
  return anchors.flatMap((anchor) => when.map((w) => `${w}|${anchor}`));
};

/**
 * Venue-group keys (brief A10): for a person on a visit permit linked to an adult venue (employer on file or
 * residence at such a venue), the shared anchors: residence, sponsor, contact details and the venue itself.
 */
const venueGroupKeys: KeyFn = (c, asOf) => {
  if (!isVisitPermit(permitInForce(c, asOf))) return [];
  const venues = c.employers.filter(isAdultVenue);
  const homes = residencesOf(c, asOf).map((a) => a.id);
  const venueHomes = venues.flatMap((v) =>
    v.addressId !== undefined && homes.includes(v.addressId) ? [v.id] : [],
  );
  if (venues.length === 0 && venueHomes.length === 0) return [];
  return [
    ...venues.map((v) => `venue:${v.id}`),
    ...homes.map((id) => `address:${id}`),
    ...sponsorIdsOf(c).map((id) => `sponsor:${id}`),
    ...contactKeys(c, asOf),
  ];
};

const brokerKeys: KeyFn = (c) => [
  ...new Set(
    c.relations.flatMap((r) =>
      r.kind === "spouse" && r.otherParty?.indonesian === true && r.viaBrokerId !== undefined
        ? [r.viaBrokerId]
        : [],
    ),
  ),
];

const countType = z.number().int().min(0).optional();

/**
 * Builds a cross-record count fact: `indexKeys` says where a case is counted, `derive` reads the largest count
 * over the case's own keys, or the caller's `counts`. With `households`, the index counts distinct households
 * (see `householdOf`) per key rather than cases, so that related people count once (issue 9).
 */
function countFact(
  id: string,
  label: FactDefinition["label"],
  keys: KeyFn,
  households = false,
): FactDefinition<number | undefined> {
  const fact: FactDefinition<number | undefined> = {
    id,
    type: countType,
    label,
    personal: false,
    protected: false,
    crossRecord: true,
    indexKeys: (ctx: IndexKeyContext) => keys(ctx.case, ctx.asOf),
    derive: (ctx: FactContext) => crossRecordCount(ctx, id, keys(ctx.case, ctx.asOf)),
  };
  if (households) fact.indexMember = (ctx: IndexKeyContext) => householdOf(ctx.case);
  return fact;
}

/** `sponsorForeignerCount`: foreigners guaranteed by the person's sponsor (largest over their sponsors). */
export const sponsorForeignerCountFact = countFact(
  "sponsorForeignerCount",
  { id: "Jumlah WNA per penjamin", en: "Foreigners per sponsor" },
  sponsorKeys,
);

/**
 * `addressForeignerCount`: unrelated foreigners (distinct households) at the person's residence, where it
 * counts toward a cluster (not a hotel, kos, mess, …; an apartment per unit).
 */
export const addressForeignerCountFact = countFact(
  "addressForeignerCount",
  { id: "Jumlah rumah tangga WNA per alamat", en: "Foreign households per address" },
  addressKeys,
  true,
);

/** `sharedContactCount`: unrelated foreigners (distinct households) sharing one of the person's phones or emails. */
export const sharedContactCountFact = countFact(
  "sharedContactCount",
  { id: "Jumlah rumah tangga WNA dengan kontak sama", en: "Foreign households sharing a contact detail" },
  contactKeys,
  true,
);

/**
 * `groupArrivalCount`: unrelated one-way arrivals (distinct households) on the same trip or week with the same
 * sponsor or destination address.
 */
export const groupArrivalCountFact = countFact(
  "groupArrivalCount",
  { id: "Jumlah kedatangan berkelompok", en: "Group arrivals" },
  arrivalKeys,
  true,
);

/**
 * `venueGroupCount`: unrelated people (distinct households) on visit permits linked to the same adult venue,
 * residence, sponsor or contact. Sex-neutral (issue 9): sex stays available to disparity reports, never to a
 * rule.
 */
export const venueGroupCountFact = countFact(
  "venueGroupCount",
  {
    id: "Kelompok WNA izin kunjungan terkait tempat hiburan dewasa",
    en: "Visit-permit group linked to an adult venue",
  },
  venueGroupKeys,
  true,
);

/** `brokerMarriageCount`: marriages to Indonesian citizens through the same broker. */
export const brokerMarriageCountFact = countFact(
  "brokerMarriageCount",
  { id: "Jumlah perkawinan per perantara", en: "Marriages per broker" },
  brokerKeys,
);

/** Every cross-record fact of the default catalogue. */
export const crossRecordFacts: readonly FactDefinition<number | undefined>[] = [
  sponsorForeignerCountFact,
  addressForeignerCountFact,
  sharedContactCountFact,
  groupArrivalCountFact,
  venueGroupCountFact,
  brokerMarriageCountFact,
];

/**
 * Moves generated cases to East Java (Banyuwangi and its neighbours) and Bali across the strait: the testkit
 * spreads people over all of Indonesia, the example wants one office's meeting. Every region code of a case
 * (addresses, permits) moves to one district of a regency drawn by weight from the case's id; the lodging
 * reports keep their instants, written with the offset of the zone they were generated in, so presence has
 * to read them in the new place's zone (Banyuwangi WIB, Bali WITA).
 */
import type { Case } from "@timpora/models";

/** Regencies and real Kemendagri district codes (idn-area-data via @timpora/models/regions), with weights. */
const PLACES: readonly { districts: readonly string[]; weight: number }[] = [
  { districts: ["35.10.01", "35.10.02", "35.10.03", "35.10.04", "35.10.05", "35.10.06"], weight: 30 }, // Banyuwangi
  { districts: ["35.09.01", "35.09.02", "35.09.03", "35.09.04"], weight: 14 }, // Jember
  { districts: ["35.11.01", "35.11.02"], weight: 4 }, // Bondowoso
  { districts: ["35.12.01", "35.12.02", "35.12.03"], weight: 6 }, // Situbondo
  { districts: ["35.78.01", "35.78.02", "35.78.03", "35.78.04"], weight: 18 }, // Kota Surabaya
  { districts: ["51.01.01", "51.01.02", "51.01.03"], weight: 8 }, // Jembrana, Bali (WITA)
  { districts: ["51.03.01", "51.03.02", "51.03.03", "51.03.04"], weight: 20 }, // Badung, Bali (WITA)
];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The case moved to a district drawn from its id. */
export function moveToEastJava(c: Case): Case {
  const h = hash(c.id);
  const total = PLACES.reduce((s, p) => s + p.weight, 0);
  let pick = h % total;
  let place = PLACES[0] as (typeof PLACES)[number];
  for (const p of PLACES) {
    place = p;
    pick -= p.weight;
    if (pick < 0) break;
  }
  const district = place.districts[(h >>> 8) % place.districts.length] as string;
  const regency = district.slice(0, 5);
  return {
    ...c,
    addresses: c.addresses.map((a) => ({ ...a, regionCode: district })),
    permits: c.permits.map((p) => (p.regionCode === undefined ? p : { ...p, regionCode: regency })),
  };
}

/**
 * Synthetic identifiers: NIK, NIB, passport numbers, phone numbers, e-mail addresses and record ids.
 *
 * Numbers that must not repeat by accident (phones, passport numbers) are derived from a serial
 * through a bijection modulo 10^8 (multiply by a unit, add a seed-derived offset), so two different
 * serials under one seed never share a number: an accidental shared phone would look like the
 * `shared-contact-details` indicator. E-mail addresses use the reserved `example.org` domain
 * (RFC 2606). Phone numbers are shaped like Indonesian mobiles and are made up; any match with a
 * real subscriber is coincidental.
 */
import type { Random } from "./random.js";

const MOD = 100_000_000;
/** Odd and not a multiple of 5, hence invertible modulo 10^8. */
const MULTIPLIER = 7_919_003;

/** A bijection of [0, 10^8): distinct serials give distinct outputs. */
export function scrambleSerial(serial: number, offset: number): number {
  const s = ((serial % MOD) + MOD) % MOD;
  // Split the multiplication so it stays exact in double precision.
  const high = Math.floor(s / 10_000);
  const low = s % 10_000;
  const product = (((high * MULTIPLIER) % MOD) * 10_000 + low * MULTIPLIER) % MOD;
  return (product + (offset % MOD)) % MOD;
}

/** Two-digit string. */
function two(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A structurally valid synthetic NIK (Nomor Induk Kependudukan): the six-digit district code of
 * the place of registration, the birth date as DDMMYY with 40 added to the day for women, and a
 * four-digit serial from 0001.
 *
 * @example
 * ```ts
 * syntheticNik("51.03.01", "1985-07-09", "F", 12); // "510301490785" + "0012"
 * ```
 */
export function syntheticNik(
  districtCode: string,
  birthDate: string,
  sex: "F" | "M",
  serial: number,
): string {
  const area = districtCode.replaceAll(".", "");
  const day = Number(birthDate.slice(8, 10)) + (sex === "F" ? 40 : 0);
  const month = birthDate.slice(5, 7);
  const year = birthDate.slice(2, 4);
  const tail = String((serial % 9999) + 1).padStart(4, "0");
  return `${area}${two(day)}${month}${year}${tail}`;
}

/** A 13-digit synthetic NIB (Nomor Induk Berusaha) that does not start with 0. */
export function syntheticNib(random: Random): string {
  let out = String(random.int(1, 9));
  for (let i = 0; i < 12; i++) out += String(random.int(0, 9));
  return out;
}

/** A synthetic Indonesian mobile number in E.164 form, unique per serial under one offset. */
export function syntheticPhone(serial: number, offset: number): string {
  return `+62899${String(scrambleSerial(serial, offset)).padStart(8, "0")}`;
}

/** A passport number: two letters then seven digits, unique per serial under one offset. */
export function syntheticPassportNumber(serial: number, offset: number): string {
  const n = scrambleSerial(serial, offset);
  const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  const a = letters.charAt(Math.floor(n / 10_000_000) % letters.length);
  const b = letters.charAt(serial % letters.length);
  return `${a}${b}${String(n % 10_000_000).padStart(7, "0")}`;
}

/** An e-mail address at the reserved `example.org` domain. */
export function syntheticEmail(given: string, surname: string, serial: number): string {
  return `${given}.${surname}.${serial}@example.org`.toLowerCase();
}

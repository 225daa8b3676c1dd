import { regionCodePattern } from "./region-code.js";

/**
 * Indonesia's three zones (no daylight saving time).
 *
 * @example
 * ```ts
 * const label: ZoneLabel | undefined = timeZoneOfRegion("51.71")?.label; // "WITA" (Kota Denpasar)
 * ```
 */
export type ZoneLabel = "WIB" | "WITA" | "WIT";

/**
 * The IANA ids used for Indonesian regions.
 *
 * @example
 * ```ts
 * const zone: IndonesianIanaZone | undefined = timeZoneOfRegion("61.71")?.iana; // "Asia/Pontianak"
 * // the calendar date of an instant there: 18:00 UTC on 1 March is 2 March in Pontianak (UTC+7)
 * new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date("2024-03-01T18:00:00Z")); // "2024-03-02"
 * ```
 */
export type IndonesianIanaZone = "Asia/Jakarta" | "Asia/Pontianak" | "Asia/Makassar" | "Asia/Jayapura";

/**
 * The zone of a region.
 *
 * @example
 * ```ts
 * const zone: RegionTimeZone | undefined = timeZoneOfRegion("91.71");
 * zone; // { iana: "Asia/Jayapura", label: "WIT" } (Kota Jayapura)
 * ```
 */
export interface RegionTimeZone {
  /** IANA id, for date arithmetic in the local zone. */
  iana: IndonesianIanaZone;
  /** WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9). */
  label: ZoneLabel;
}

/**
 * UTC offsets of the zones (Keppres 41/1987; no DST).
 *
 * @example
 * ```ts
 * const label = timeZoneOfRegion("51.03")?.label ?? "WIB";
 * `2024-03-01T14:00:00${zoneOffsets[label]}`; // "2024-03-01T14:00:00+08:00" (a check-in in Badung, Bali)
 * ```
 */
export const zoneOffsets: Readonly<Record<ZoneLabel, "+07:00" | "+08:00" | "+09:00">> = {
  WIB: "+07:00",
  WITA: "+08:00",
  WIT: "+09:00",
};

/**
 * One row of {@link provinceTimeZones}: the zone of a province, as dated law.
 *
 * @example
 * ```ts
 * const banten: ProvinceTimeZoneRow | undefined = provinceTimeZones.find((r) => r.provinceCode === "36");
 * banten?.splitFrom; // "32" (from Jawa Barat, in 2000: it keeps WIB)
 * banten?.confidence; // "medium"
 * ```
 */
export interface ProvinceTimeZoneRow {
  /** 2-digit Kemendagri province code. */
  provinceCode: string;
  /** Zone label. */
  label: ZoneLabel;
  /** IANA id. */
  iana: IndonesianIanaZone;
  /** First day the row holds (inclusive): Keppres 41/1987 took effect on 1 January 1988. */
  validFrom: string;
  /** Last day the row holds (inclusive); `null` while in force. */
  validUntil: string | null;
  /** For provinces formed after 1987: the province whose territory (and zone) they were split from. */
  splitFrom?: string;
  /** Legal source. */
  citation: { instrument: string; article: string | null; url: string };
  /** How sure the row is. */
  confidence: "high" | "medium" | "low" | "unverified";
}

const keppres = {
  instrument:
    "Keputusan Presiden No. 41 Tahun 1987 tentang Pembagian Wilayah Republik Indonesia Menjadi 3 (Tiga) Wilayah Waktu",
  article: null, // the article numbers were not checked
  url: "https://www.ldiisampit.or.id/2025/12/zona-waktu-indonesia-wib-wita-wit.html",
};

const row = (provinceCode: string, label: ZoneLabel, iana: IndonesianIanaZone, splitFrom?: string) => ({
  provinceCode,
  label,
  iana,
  validFrom: "1988-01-01",
  validUntil: null,
  ...(splitFrom === undefined ? {} : { splitFrom }),
  citation: keppres,
  confidence: "medium" as const,
});

/**
 * Zone of every province per Keppres 41/1987 (set 26 November 1987, in force 1 January 1988):
 * WIB for Sumatra, Java (Banten, DKI Jakarta, DI Yogyakarta included), Kalimantan Barat and Tengah
 * (these two with the IANA zone `Asia/Pontianak`); WITA for Bali, NTB, NTT, Kalimantan Selatan,
 * Timur and Utara and all of Sulawesi; WIT for Maluku, Maluku Utara and all Papua provinces.
 * Provinces formed later keep the zone of the territory they were split from (`splitFrom`).
 * Confidence medium (domain brief §6.1: news and explainer sources, the Keppres text not read).
 *
 * @example
 * ```ts
 * const wit = provinceTimeZones.filter((r) => r.label === "WIT").map((r) => r.provinceCode);
 * wit; // ["81", "82", "91", "92", "93", "94", "95", "96"] (Maluku, Maluku Utara and the Papua provinces)
 * provinceTimeZones[0]?.citation.instrument.startsWith("Keputusan Presiden No. 41 Tahun 1987"); // true
 * ```
 */
export const provinceTimeZones: readonly ProvinceTimeZoneRow[] = [
  row("11", "WIB", "Asia/Jakarta"),
  row("12", "WIB", "Asia/Jakarta"),
  row("13", "WIB", "Asia/Jakarta"),
  row("14", "WIB", "Asia/Jakarta"),
  row("15", "WIB", "Asia/Jakarta"),
  row("16", "WIB", "Asia/Jakarta"),
  row("17", "WIB", "Asia/Jakarta"),
  row("18", "WIB", "Asia/Jakarta"),
  row("19", "WIB", "Asia/Jakarta", "16"), // Kepulauan Bangka Belitung, from Sumatera Selatan (2000)
  row("21", "WIB", "Asia/Jakarta", "14"), // Kepulauan Riau, from Riau (2002)
  row("31", "WIB", "Asia/Jakarta"),
  row("32", "WIB", "Asia/Jakarta"),
  row("33", "WIB", "Asia/Jakarta"),
  row("34", "WIB", "Asia/Jakarta"),
  row("35", "WIB", "Asia/Jakarta"),
  row("36", "WIB", "Asia/Jakarta", "32"), // Banten, from Jawa Barat (2000)
  row("51", "WITA", "Asia/Makassar"), // moved from WIB to WITA by Keppres 41/1987
  row("52", "WITA", "Asia/Makassar"),
  row("53", "WITA", "Asia/Makassar"),
  row("61", "WIB", "Asia/Pontianak"), // moved from WITA to WIB by Keppres 41/1987
  row("62", "WIB", "Asia/Pontianak"), // moved from WITA to WIB by Keppres 41/1987
  row("63", "WITA", "Asia/Makassar"),
  row("64", "WITA", "Asia/Makassar"),
  row("65", "WITA", "Asia/Makassar", "64"), // Kalimantan Utara, from Kalimantan Timur (2012)
  row("71", "WITA", "Asia/Makassar"),
  row("72", "WITA", "Asia/Makassar"),
  row("73", "WITA", "Asia/Makassar"),
  row("74", "WITA", "Asia/Makassar"),
  row("75", "WITA", "Asia/Makassar", "71"), // Gorontalo, from Sulawesi Utara (2000)
  row("76", "WITA", "Asia/Makassar", "73"), // Sulawesi Barat, from Sulawesi Selatan (2004)
  row("81", "WIT", "Asia/Jayapura"),
  row("82", "WIT", "Asia/Jayapura", "81"), // Maluku Utara, from Maluku (1999)
  row("91", "WIT", "Asia/Jayapura"),
  row("92", "WIT", "Asia/Jayapura", "91"), // Papua Barat
  row("93", "WIT", "Asia/Jayapura", "91"), // Papua Selatan (2022)
  row("94", "WIT", "Asia/Jayapura", "91"), // Papua Tengah (2022)
  row("95", "WIT", "Asia/Jayapura", "91"), // Papua Pegunungan (2022)
  row("96", "WIT", "Asia/Jayapura", "92"), // Papua Barat Daya, from Papua Barat (2022)
];

const byProvince = new Map(provinceTimeZones.map((r) => [r.provinceCode, r]));

/**
 * The zone that follows from a region's province (Keppres 41/1987). Accepts any well-formed dotted
 * Kemendagri code (`35`, `35.10`, `35.10.01`, `35.10.01.2001`) and looks only at the province
 * (`undefined` for a malformed code or an unknown province), so it needs no region table: the main
 * entry's answer is final. Use `isKnownRegionCode(code, regions)`, with `regions` from
 * `@timpora/models/regions`, to check that the full code exists.
 *
 * Note: Banyuwangi (35.10, WIB) faces Bali (51, WITA) across the strait; records from such border
 * areas can mix zones.
 *
 * @example
 * ```ts
 * timeZoneOfRegion("35.10");    // { iana: "Asia/Jakarta", label: "WIB" }   (Banyuwangi)
 * timeZoneOfRegion("61.71");    // { iana: "Asia/Pontianak", label: "WIB" } (Kota Pontianak)
 * timeZoneOfRegion("51.03");    // { iana: "Asia/Makassar", label: "WITA" } (Badung, Bali)
 * timeZoneOfRegion("91.71");    // { iana: "Asia/Jayapura", label: "WIT" }
 * ```
 */
export function timeZoneOfRegion(code: string): RegionTimeZone | undefined {
  if (typeof code !== "string" || !regionCodePattern.test(code)) return undefined;
  const found = byProvince.get(code.slice(0, 2));
  return found && { iana: found.iana, label: found.label };
}

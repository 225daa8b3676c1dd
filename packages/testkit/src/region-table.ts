/**
 * The places of stay the generator uses: real Kemendagri regency and district codes, checked
 * against `idn-area-data` 4.0.1 (`data/regencies.csv`, `data/districts.csv`), spread over all
 * three Indonesian time zones (and Kalimantan Barat's `Asia/Pontianak`, which is WIB).
 * The zone is listed here only to write lodging-report times with the right offset; the models
 * package derives the zone from the code.
 */

/**
 * One regency the generator places people in.
 *
 * @example
 * ```ts
 * const jakarta: RegionRow | undefined = REGION_TABLE.find((r) => r.regency === "31.74");
 * ```
 */
export interface RegionRow {
  /** Regency code "PP.RR". */
  readonly regency: string;
  /** Regency name as in idn-area-data (used in synthetic address lines). */
  readonly name: string;
  /** Four district codes "PP.RR.DD" in the regency. */
  readonly districts: readonly string[];
  /** IANA zone of the province. */
  readonly iana: "Asia/Jakarta" | "Asia/Pontianak" | "Asia/Makassar" | "Asia/Jayapura";
  /** WIB, WITA or WIT. */
  readonly label: "WIB" | "WITA" | "WIT";
  /** UTC offset of the zone (Indonesia has no daylight saving). */
  readonly offset: "+07:00" | "+08:00" | "+09:00";
  /** Relative weight when drawing a place of stay. */
  readonly weight: number;
  /** Has a seaport where foreign fishing or cargo crew plausibly land. */
  readonly port: boolean;
  /** The immigration check point (TPI) where air arrivals for this place are cleared. */
  readonly airport: string;
  /** The seaport TPI used for crew. */
  readonly seaport: string;
}

/**
 * The region table (data only).
 *
 * @example
 * ```ts
 * REGION_TABLE.find((r) => r.regency === "35.10")?.label; // "WIB" (Banyuwangi)
 * ```
 */
export const REGION_TABLE: readonly RegionRow[] = [
  {
    regency: "51.03",
    name: "Kabupaten Badung",
    districts: ["51.03.01", "51.03.02", "51.03.03", "51.03.04"],
    iana: "Asia/Makassar",
    label: "WITA",
    offset: "+08:00",
    weight: 16,
    port: false,
    airport: "TPI Bandara Ngurah Rai (DPS)",
    seaport: "TPI Pelabuhan Benoa",
  },
  {
    regency: "51.71",
    name: "Kota Denpasar",
    districts: ["51.71.01", "51.71.02", "51.71.03", "51.71.04"],
    iana: "Asia/Makassar",
    label: "WITA",
    offset: "+08:00",
    weight: 8,
    port: true,
    airport: "TPI Bandara Ngurah Rai (DPS)",
    seaport: "TPI Pelabuhan Benoa",
  },
  {
    regency: "52.01",
    name: "Kabupaten Lombok Barat",
    districts: ["52.01.01", "52.01.02", "52.01.03", "52.01.07"],
    iana: "Asia/Makassar",
    label: "WITA",
    offset: "+08:00",
    weight: 3,
    port: false,
    airport: "TPI Bandara Zainuddin Abdul Madjid (LOP)",
    seaport: "TPI Pelabuhan Lembar",
  },
  {
    regency: "73.71",
    name: "Kota Makassar",
    districts: ["73.71.01", "73.71.02", "73.71.03", "73.71.04"],
    iana: "Asia/Makassar",
    label: "WITA",
    offset: "+08:00",
    weight: 3,
    port: true,
    airport: "TPI Bandara Sultan Hasanuddin (UPG)",
    seaport: "TPI Pelabuhan Soekarno-Hatta Makassar",
  },
  {
    regency: "71.71",
    name: "Kota Manado",
    districts: ["71.71.01", "71.71.02", "71.71.03", "71.71.04"],
    iana: "Asia/Makassar",
    label: "WITA",
    offset: "+08:00",
    weight: 2,
    port: true,
    airport: "TPI Bandara Sam Ratulangi (MDC)",
    seaport: "TPI Pelabuhan Bitung",
  },
  {
    regency: "31.74",
    name: "Kota Administrasi Jakarta Selatan",
    districts: ["31.74.01", "31.74.02", "31.74.03", "31.74.04"],
    iana: "Asia/Jakarta",
    label: "WIB",
    offset: "+07:00",
    weight: 12,
    port: false,
    airport: "TPI Bandara Soekarno-Hatta (CGK)",
    seaport: "TPI Pelabuhan Tanjung Priok",
  },
  {
    regency: "35.78",
    name: "Kota Surabaya",
    districts: ["35.78.01", "35.78.02", "35.78.03", "35.78.04"],
    iana: "Asia/Jakarta",
    label: "WIB",
    offset: "+07:00",
    weight: 5,
    port: true,
    airport: "TPI Bandara Juanda (SUB)",
    seaport: "TPI Pelabuhan Tanjung Perak",
  },
  {
    regency: "35.10",
    name: "Kabupaten Banyuwangi",
    districts: ["35.10.01", "35.10.02", "35.10.03", "35.10.04"],
    iana: "Asia/Jakarta",
    label: "WIB",
    offset: "+07:00",
    weight: 2,
    port: true,
    airport: "TPI Bandara Juanda (SUB)",
    seaport: "TPI Pelabuhan Tanjung Wangi",
  },
  {
    regency: "21.71",
    name: "Kota Batam",
    districts: ["21.71.01", "21.71.02", "21.71.03", "21.71.04"],
    iana: "Asia/Jakarta",
    label: "WIB",
    offset: "+07:00",
    weight: 5,
    port: true,
    airport: "TPI Bandara Hang Nadim (BTH)",
    seaport: "TPI Pelabuhan Batam Centre",
  },
  {
    regency: "12.71",
    name: "Kota Medan",
    districts: ["12.71.01", "12.71.02", "12.71.03", "12.71.04"],
    iana: "Asia/Jakarta",
    label: "WIB",
    offset: "+07:00",
    weight: 3,
    port: false,
    airport: "TPI Bandara Kualanamu (KNO)",
    seaport: "TPI Pelabuhan Belawan",
  },
  {
    regency: "61.71",
    name: "Kota Pontianak",
    districts: ["61.71.01", "61.71.02", "61.71.03", "61.71.04"],
    iana: "Asia/Pontianak",
    label: "WIB",
    offset: "+07:00",
    weight: 2,
    port: true,
    airport: "TPI Bandara Supadio (PNK)",
    seaport: "TPI Pelabuhan Dwikora Pontianak",
  },
  {
    regency: "91.71",
    name: "Kota Jayapura",
    districts: ["91.71.01", "91.71.02", "91.71.03", "91.71.04"],
    iana: "Asia/Jayapura",
    label: "WIT",
    offset: "+09:00",
    weight: 2,
    port: true,
    airport: "TPI Bandara Sentani (DJJ)",
    seaport: "TPI Pelabuhan Jayapura",
  },
  {
    regency: "81.71",
    name: "Kota Ambon",
    districts: ["81.71.01", "81.71.02", "81.71.03", "81.71.04"],
    iana: "Asia/Jayapura",
    label: "WIT",
    offset: "+09:00",
    weight: 2,
    port: true,
    airport: "TPI Bandara Pattimura (AMQ)",
    seaport: "TPI Pelabuhan Yos Sudarso Ambon",
  },
];

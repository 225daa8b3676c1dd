/**
 * Nationalities the generator draws from, as ICAO 9303 codes (as printed in the MRZ, e.g. "D" for
 * Germany), with rough relative weights.
 *
 * The weights are illustrative (roughly the order of foreign arrivals to Indonesia), not statistics.
 * Who may enter visa-exempt is not in this table: the generator asks `entryEligibility` of
 * @timpora/permits on the day of entry (since 7 June 2023 the ten states of its visa-exempt list). `voa`
 * marks the nationalities that the generator lets enter on a visa on arrival; the permits tables hold no
 * VoA country list, so this is a plausible subset chosen for the synthetic data, **unverified** against
 * the official list. Others enter on a visit visa applied for in advance.
 */
import type { IcaoNationality } from "@timpora/models";

/**
 * One row of the nationality table.
 *
 * @example
 * ```ts
 * const row: NationalityRow | undefined = NATIONALITY_TABLE.find((n) => n.code === "AUS");
 * row?.voa; // true
 * ```
 */
export interface NationalityRow {
  /** ICAO 9303 nationality code (1–3 letters). */
  readonly code: IcaoNationality;
  /** Relative weight when drawing a nationality. */
  readonly weight: number;
  /** The generator lets this nationality enter on a visa on arrival (unverified subset). */
  readonly voa: boolean;
  /** A language the person is recorded as speaking (ISO 639-1). */
  readonly language: string;
}

/**
 * The nationality table (data only).
 *
 * @example
 * ```ts
 * NATIONALITY_TABLE.filter((n) => n.voa).map((n) => n.code); // ["AUS", "CHN", "IND", ...]
 * ```
 */
export const NATIONALITY_TABLE: readonly NationalityRow[] = [
  { code: "MYS", weight: 14, voa: false, language: "ms" },
  { code: "SGP", weight: 8, voa: false, language: "en" },
  { code: "PHL", weight: 4, voa: false, language: "tl" },
  { code: "VNM", weight: 4, voa: false, language: "vi" },
  { code: "THA", weight: 3, voa: false, language: "th" },
  { code: "TLS", weight: 3, voa: false, language: "pt" },
  { code: "MMR", weight: 1, voa: false, language: "my" },
  { code: "KHM", weight: 1, voa: false, language: "km" },
  { code: "LAO", weight: 1, voa: false, language: "lo" },
  { code: "BRN", weight: 1, voa: false, language: "ms" },
  { code: "AUS", weight: 14, voa: true, language: "en" },
  { code: "CHN", weight: 12, voa: true, language: "zh" },
  { code: "IND", weight: 6, voa: true, language: "hi" },
  { code: "KOR", weight: 4, voa: true, language: "ko" },
  { code: "JPN", weight: 4, voa: true, language: "ja" },
  { code: "USA", weight: 4, voa: true, language: "en" },
  { code: "GBR", weight: 4, voa: true, language: "en" },
  { code: "D", weight: 3, voa: true, language: "de" },
  { code: "FRA", weight: 3, voa: true, language: "fr" },
  { code: "NLD", weight: 2, voa: true, language: "nl" },
  { code: "RUS", weight: 3, voa: true, language: "ru" },
  { code: "ITA", weight: 1, voa: true, language: "it" },
  { code: "CAN", weight: 1, voa: true, language: "en" },
  { code: "NZL", weight: 1, voa: true, language: "en" },
  { code: "SAU", weight: 1, voa: true, language: "ar" },
  { code: "TWN", weight: 2, voa: false, language: "zh" },
  { code: "UZB", weight: 1, voa: false, language: "uz" },
  { code: "BGD", weight: 1, voa: false, language: "bn" },
  { code: "NGA", weight: 1, voa: false, language: "en" },
];

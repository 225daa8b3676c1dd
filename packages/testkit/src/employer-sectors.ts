/**
 * The employers the generator invents: sector, plausible venue types, a word for the company name,
 * and whether the TPPO brief (§5.3 A20) lists the sector as high-risk. High-risk sectors are drawn
 * for clean, lawful workers too, so that an evaluator can be tested never to escalate on sector alone.
 */
import type { Employer } from "@timpora/models";

/**
 * One row of the sector table.
 *
 * @example
 * ```ts
 * SECTOR_TABLE.filter((row: SectorRow) => row.highRisk).map((row) => row.sector); // ["fishing", ...]
 * ```
 */
export interface SectorRow {
  /** Employer sector. */
  readonly sector: Employer["sector"];
  /** Relative weight among lawful workers. */
  readonly weight: number;
  /** Venue types a workplace in this sector may have. */
  readonly venues: readonly Employer["venueType"][];
  /** Indonesian word used in a synthetic company name. */
  readonly nameWord: string;
  /** Listed as high-risk in the TPPO brief §5.3 A20 (context only, never an indicator by itself). */
  readonly highRisk: boolean;
}

/**
 * The sector table (data only).
 *
 * @example
 * ```ts
 * SECTOR_TABLE.filter((s) => s.highRisk).map((s) => s.sector); // ["fishing", "entertainment", ...]
 * ```
 */
export const SECTOR_TABLE: readonly SectorRow[] = [
  {
    sector: "fishing",
    weight: 4,
    venues: ["office", "factory"],
    nameWord: "Samudra Perikanan",
    highRisk: true,
  },
  {
    sector: "entertainment",
    weight: 4,
    venues: ["nightclub", "bar", "karaoke"],
    nameWord: "Hiburan Malam",
    highRisk: true,
  },
  { sector: "massage-spa", weight: 4, venues: ["spa"], nameWord: "Spa dan Kebugaran", highRisk: true },
  {
    sector: "construction",
    weight: 6,
    venues: ["construction-site", "office"],
    nameWord: "Konstruksi",
    highRisk: true,
  },
  { sector: "online-services", weight: 2, venues: ["office"], nameWord: "Layanan Digital", highRisk: true },
  {
    sector: "plantation",
    weight: 2,
    venues: ["plantation", "office"],
    nameWord: "Perkebunan",
    highRisk: true,
  },
  { sector: "mining", weight: 3, venues: ["mine", "office"], nameWord: "Tambang", highRisk: true },
  {
    sector: "manufacturing",
    weight: 8,
    venues: ["factory", "industrial-park"],
    nameWord: "Industri",
    highRisk: false,
  },
  {
    sector: "hospitality",
    weight: 10,
    venues: ["hotel", "restaurant"],
    nameWord: "Hotel dan Resor",
    highRisk: false,
  },
  { sector: "education", weight: 5, venues: ["school"], nameWord: "Pendidikan", highRisk: false },
  { sector: "health", weight: 2, venues: ["hospital"], nameWord: "Medika", highRisk: false },
  { sector: "trade", weight: 6, venues: ["shop", "office"], nameWord: "Perdagangan", highRisk: false },
  { sector: "finance", weight: 3, venues: ["office"], nameWord: "Keuangan", highRisk: false },
  { sector: "technology", weight: 6, venues: ["office"], nameWord: "Teknologi", highRisk: false },
  { sector: "agriculture", weight: 2, venues: ["plantation"], nameWord: "Agro", highRisk: false },
  { sector: "religious", weight: 1, venues: ["other"], nameWord: "Yayasan", highRisk: false },
  { sector: "other", weight: 2, venues: ["office"], nameWord: "Jasa", highRisk: false },
];

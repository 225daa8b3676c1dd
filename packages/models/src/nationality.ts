import * as z from "zod";
import { type IcaoCodeKind, icaoNationalityRows } from "./nationality-table.js";

/** A code of the table: its rows' first column. */
type IcaoCode = (typeof icaoNationalityRows)[number][0];

/**
 * Every ICAO 9303 nationality / issuing-state code: the 249 ISO 3166-1 alpha-3 codes plus ICAO's own
 * (`D`, `GBD`, `GBN`, `GBO`, `GBP`, `GBS`, `RKS`, `EUE`, `UNO`, `UNA`, `UNK`, `XBA`, `XIM`, `XCC`,
 * `XCE`, `XCO`, `XEC`, `XPO`, `XES`, `XMP`, `XOM`, `XDC`, `XXA`, `XXB`, `XXC`, `XXX`) and the specimen
 * state `UTO` (Doc 9303 Part 3 §5).
 */
const icaoNationalityCodes = icaoNationalityRows.map((row) => row[0]) as unknown as readonly [
  IcaoCode,
  ...IcaoCode[],
];

/**
 * One row of {@link icaoNationalityTable}.
 *
 * @example
 * ```ts
 * const row: IcaoNationalityEntry | undefined = icaoNationalityTable.find((r) => r.code === "GBD");
 * row?.kind; // "icao-british"
 * row?.translated; // false: no Indonesian name is recorded, so labels.id repeats the English name
 * ```
 */
export interface IcaoNationalityEntry {
  /** The code as printed in the MRZ without fillers. */
  readonly code: IcaoNationality;
  /** Where the code comes from (ISO 3166-1, ICAO-only state code, British class, organisation, status, specimen). */
  readonly kind: IcaoCodeKind;
  /**
   * Labels in Indonesian (`id`) and English (`en`). Indonesian names are given for ASEAN members and
   * the commonly seen states and statuses; for the others `id` repeats the English name
   * (see {@link IcaoNationalityEntry.translated}).
   */
  readonly labels: Readonly<{ id: string; en: string }>;
  /** `true` when `labels.id` is an Indonesian name, `false` when it falls back to the English name. */
  readonly translated: boolean;
}

/**
 * The ICAO nationality table with labels, in ISO order followed by ICAO's own codes.
 *
 * @example
 * ```ts
 * icaoNationalityTable.find((row) => row.code === "IDN")?.labels.en; // "Indonesia"
 * ```
 */
export const icaoNationalityTable: readonly IcaoNationalityEntry[] = icaoNationalityRows.map((row) => ({
  code: row[0],
  kind: row[1],
  labels: { id: row[3] ?? row[2], en: row[2] },
  translated: row[3] !== undefined,
}));

const byCode: ReadonlyMap<string, IcaoNationalityEntry> = new Map(
  icaoNationalityTable.map((row) => [row.code, row]),
);

/**
 * Whether `code` is an ICAO 9303 nationality / issuing-state code (exact, upper case, no fillers).
 *
 * @example
 * ```ts
 * isIcaoNationality("IDN"); // true
 * isIcaoNationality("D");   // true (Germany)
 * isIcaoNationality("D<<"); // false: strip MRZ fillers first
 * isIcaoNationality("idn"); // false
 * ```
 */
export function isIcaoNationality(code: string): code is IcaoNationality {
  return byCode.has(code);
}

/**
 * Labels (`id`, `en`) of an ICAO nationality code, or `undefined` when the code is unknown.
 * Where no Indonesian name is recorded the `id` label is the English name.
 *
 * @example
 * ```ts
 * icaoNationalityLabels("MYS"); // { id: "Malaysia", en: "Malaysia" }
 * icaoNationalityLabels("XXA"); // { id: "Orang tanpa kewarganegaraan (Konvensi 1954)", en: "Stateless person (1954 Convention)" }
 * ```
 */
export function icaoNationalityLabels(code: string): Readonly<{ id: string; en: string }> | undefined {
  return byCode.get(code)?.labels;
}

/**
 * Zod schema of an ICAO 9303 nationality or issuing-state code such as `IDN`, `D`, `GBD`, `XXA` or the
 * specimen state `UTO`; `IcaoNationalitySchema.options` lists every code (the 249 ISO 3166-1 alpha-3 codes,
 * ICAO's own codes and `UTO`, Doc 9303 Part 3 §5). In a parse function an unknown code gives the issue
 * code `nationality.unknown`.
 *
 * @example
 * ```ts
 * IcaoNationalitySchema.parse("UTO"); // "UTO"
 * IcaoNationalitySchema.safeParse("XYZ").success; // false
 * IcaoNationalitySchema.options.includes("D"); // true (Germany)
 * ```
 */
export const IcaoNationalitySchema = z
  .enum(icaoNationalityCodes, {
    error: (iss) =>
      iss.code === "invalid_value" && typeof iss.input === "string" ? "nationality.unknown" : undefined,
  })
  .describe("ICAO 9303 nationality or issuing-state code, 1–3 letters without MRZ fillers");

/**
 * An ICAO 9303 nationality or issuing-state code as printed in an MRZ, without filler characters:
 * 1 to 3 capital letters, e.g. `"IDN"`, `"D"` (Germany), `"GBD"`, `"XXA"` (stateless) or `"UTO"`
 * (ICAO's specimen state).
 *
 * @example
 * ```ts
 * const germany: IcaoNationality = "D";
 * ```
 */
export type IcaoNationality = z.infer<typeof IcaoNationalitySchema>;

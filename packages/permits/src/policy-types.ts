import type { Confidence, IsoDate, Labels } from "@timpora/models";

/**
 * Where a legal value comes from.
 *
 * @example
 * ```ts
 * const source: Citation | undefined = overstayChargeForDays(10, { on: "2023-01-10" }).citations[0];
 * [source?.instrument, source?.article]; // ["PP 28/2019", "Lampiran (biaya beban)"]
 * ```
 */
export interface Citation {
  /** The instrument, e.g. `"PP 28/2019"`. */
  instrument: string;
  /** Article, paragraph or annex line, e.g. `"Lampiran"`, `"Pasal 78 ayat (3)"`. */
  article: string;
  /** A public URL where the text or a report of it can be read. */
  url: string;
}

/**
 * One dated legal value, in the style of an OpenFisca parameter: valid from `validFrom` through
 * `validUntil` (both inclusive; `null` = still in force).
 *
 * @example
 * ```ts
 * const row: PolicyRow<number> | undefined = defaultPolicyTable.parameters.overstayChargePerDay.rows.at(-1);
 * [row?.value, row?.unit, row?.validFrom, row?.validUntil, row?.confidence];
 * // [1000000, "IDR/person/day", "2024-12-17", null, "low"] (PP 45/2024)
 * ```
 */
export interface PolicyRow<V> {
  /** The value the law gives. */
  value: V;
  /** Unit of `value`, e.g. `"IDR/day"`, `"days"`, `"ICAO codes"`. */
  unit: string;
  /** First day the value applies (inclusive). */
  validFrom: IsoDate;
  /** Last day the value applies (inclusive); `null` while in force. */
  validUntil: IsoDate | null;
  /** The citation. */
  source: Citation;
  /** Confidence taken from the domain briefs. */
  confidence: Confidence;
  /** Where sources disagree, which one the row follows and what the alternative is. */
  note?: string;
}

/**
 * A named legal parameter with its dated rows (rows must not overlap).
 *
 * @example
 * ```ts
 * const p: PolicyParameter<number> = defaultPolicyTable.parameters.overstayDeportationAfterDays;
 * [p.id, p.rows[0]?.value, p.rows[0]?.source.instrument, p.rows[0]?.source.article];
 * // ["overstay.deportationAfterDays", 60, "UU 6/2011", "Pasal 78 ayat (3)"]
 * ```
 */
export interface PolicyParameter<V> {
  /** Stable id, e.g. `"overstay.chargePerDay"`. */
  id: string;
  /** What the parameter is, in id and en. */
  label: Labels;
  /** The dated rows, oldest first. */
  rows: readonly PolicyRow<V>[];
}

/**
 * The rule for extending a visit stay permit (ITK) under one regime.
 *
 * @example
 * ```ts
 * const r = rowAsOf(defaultPolicyTable.parameters.visitVisaSingleStay, "2024-06-01");
 * const rule: VisitExtensionRule | undefined = r.status === "known" ? r.row.value : undefined;
 * rule; // { initialDays: 60, extensions: 2, daysPerExtension: 60, maxTotalDays: 180, excludedIndexes: ["C12"] }
 * r.status === "known" && r.row.source.instrument; // "Permenkumham 22/2023 + Kepmenkumham M.HH-02.GR.01.04/2023 (index C)"
 * ```
 */
export interface VisitExtensionRule {
  /** Initial stay in days from the entry stamp. */
  initialDays: number;
  /** How many extensions may be granted (0 = none). */
  extensions: number;
  /** Days granted by each extension. */
  daysPerExtension: number;
  /** Maximum total stay in days, when the law states one. */
  maxTotalDays: number | null;
  /** Visa index codes the rule does not cover (e.g. `C12`). */
  excludedIndexes: readonly string[];
}

/**
 * The window in which an ITAS or ITAP extension may be filed.
 *
 * @example
 * ```ts
 * const r = rowAsOf(defaultPolicyTable.parameters.itasExtensionWindow, "2025-01-01");
 * const rule: ExtensionWindowRule | undefined = r.status === "known" ? r.row.value : undefined;
 * rule; // { monthsBefore: 3, latest: "last-working-day-before-expiry" } (Permenkumham 22/2023, medium)
 * ```
 */
export interface ExtensionWindowRule {
  /** Earliest filing: this many calendar months before the last day. */
  monthsBefore: number;
  /** Latest filing: the last working day before the last day. */
  latest: "last-working-day-before-expiry";
}

/**
 * A provision of UU 6/2011 that a screening route cites (e.g. Pasal 122 for working on a visit permit): what
 * conduct it covers and the highest penalty it sets, where the sources give it.
 *
 * @example
 * ```ts
 * const r = rowAsOf(defaultPolicyTable.parameters.falseStatementProvision, "2025-01-01");
 * const p: LegalProvision | undefined = r.status === "known" ? r.row.value : undefined;
 * [p?.maxPrisonYears, p?.maxFineIdr]; // [5, 500000000] (UU 6/2011 Pasal 123, medium: from enforcement reports)
 * ```
 */
export interface LegalProvision {
  /** The conduct the provision covers, in id and en. */
  conduct: Labels;
  /** The longest prison term it sets, in years; `null` where it sets none or our sources do not give it. */
  maxPrisonYears: number | null;
  /** The highest fine it sets, in rupiah; `null` where it sets none or our sources do not give it. */
  maxFineIdr: number | null;
}

/**
 * Every parameter the permit helpers read. Callers may pass their own table with newer rows.
 *
 * @example
 * ```ts
 * const params: PolicyParameters = defaultPolicyTable.parameters;
 * params.itapValidityYears.rows[0]?.value; // 5 (years per grant, Permenkumham 22/2023)
 * params.lodgingReportHours.rows[0]?.value; // 24
 * ```
 */
export interface PolicyParameters {
  /** Overstay charge (biaya beban) per person per day, in rupiah. */
  overstayChargePerDay: PolicyParameter<number>;
  /** Overstays longer than this many days lead to deportation and an entry ban (UU 6/2011 Art. 78(3)). */
  overstayDeportationAfterDays: PolicyParameter<number>;
  /** Whether an overstay of exactly the threshold is still charged ("tidak lebih dari 60 hari"). */
  overstayThresholdDayCharged: PolicyParameter<boolean>;
  /** Nationalities (ICAO codes) that may enter visa-exempt (BVK). */
  visaExemptNationalities: PolicyParameter<readonly string[]>;
  /** Visa-exempt visit stay and its (absent) extensions. */
  visaExemptStay: PolicyParameter<VisitExtensionRule>;
  /** Visa on arrival stay and extension. */
  visaOnArrivalStay: PolicyParameter<VisitExtensionRule>;
  /** Single-entry visit visa stay and extensions. */
  visitVisaSingleStay: PolicyParameter<VisitExtensionRule>;
  /** Multiple-entry visit visa stay per entry and extensions. */
  visitVisaMultipleStay: PolicyParameter<VisitExtensionRule>;
  /** Whether a visa-exempt ITK may be converted to another permit (false = never). */
  visaExemptConvertible: PolicyParameter<boolean>;
  /** Whether a visa-on-arrival ITK may be converted to another permit (false = never). */
  voaConvertible: PolicyParameter<boolean>;
  /** ITAS extension window. */
  itasExtensionWindow: PolicyParameter<ExtensionWindowRule>;
  /** Whether an ITAS from a limited-stay visa on arrival (VITAS on arrival) can be extended. */
  itasFromVitasOnArrivalExtendable: PolicyParameter<boolean>;
  /** ITAP validity in years per grant. */
  itapValidityYears: PolicyParameter<number>;
  /** ITAP extension window. */
  itapExtensionWindow: PolicyParameter<ExtensionWindowRule>;
  /** Days an exit-permit-only (EPO) holder has to leave when the EPO gives no date. */
  exitPermitOnlyLeaveDays: PolicyParameter<number>;
  /** Hours a lodging has to report a foreign guest (APOA), from the start of the stay. */
  lodgingReportHours: PolicyParameter<number>;
  /** UU 6/2011 Pasal 78 (overstay), as cited by the immigration route of a screening. */
  overstayProvision: PolicyParameter<LegalProvision>;
  /** UU 6/2011 Pasal 122 (misuse of a stay permit, e.g. working on a visit permit). */
  permitMisuseProvision: PolicyParameter<LegalProvision>;
  /** UU 6/2011 Pasal 123 (false information to obtain a visa or stay permit). */
  falseStatementProvision: PolicyParameter<LegalProvision>;
}

/**
 * Names of the parameters in {@link PolicyParameters}.
 *
 * @example
 * ```ts
 * const notCovered: PolicyParameterId[] = policyAsOf("2016-01-01").notCovered;
 * notCovered.includes("visaOnArrivalStay"); // true (the VoA rows start 2022-05-12)
 * ```
 */
export type PolicyParameterId = keyof PolicyParameters;

/**
 * One entry of the dated visa index table.
 *
 * @example
 * ```ts
 * const row: VisaIndexRow | undefined = defaultPolicyTable.visaIndexes.find((r) => r.code === "C7C");
 * [row?.validFrom, row?.validUntil]; // ["2025-06-01", null]
 * ```
 */
export interface VisaIndexRow {
  /** The index code, e.g. `"C1"`, `"D1"`, `"E33G"`. */
  code: string;
  /** What it is for, in id and en. */
  label: Labels;
  /** First day of the classification that holds it (inclusive). */
  validFrom: IsoDate;
  /** Last day (inclusive); `null` while in force. */
  validUntil: IsoDate | null;
  /** The classification decree. */
  source: Citation;
  /** Confidence in this code's existence and meaning. */
  confidence: Confidence;
  /** Caveats. */
  note?: string;
}

/**
 * The dated law tables: a version string, the parameters, and the visa index codes.
 *
 * @example
 * ```ts
 * const mine: PolicyTable = { ...defaultPolicyTable, version: "2026.12.1+kanim-x" };
 * checkPolicyTable(mine); // []
 * overstayChargeForDays(3, { on: "2025-01-10", policy: mine }).policyVersion; // "2026.12.1+kanim-x"
 * ```
 */
export interface PolicyTable {
  /** Version of the table, printed in every result for audit. */
  version: string;
  /** The dated parameters. */
  parameters: PolicyParameters;
  /** The dated visa index codes. */
  visaIndexes: readonly VisaIndexRow[];
}

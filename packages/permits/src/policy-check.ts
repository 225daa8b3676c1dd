import {
  type Confidence,
  ConfidenceSchema,
  compareDates,
  type IsoDate,
  isIsoDate,
  type Labels,
} from "@timpora/models";
import type { HolidayCalendar, HolidayEntry } from "./holiday-calendar.js";
import { PermitsError } from "./permits-error.js";
import { messageOf, type PolicyTableIssueCode } from "./permits-messages.js";
import type { PolicyParameter, PolicyParameterId, PolicyTable } from "./policy-types.js";

/**
 * A problem found by {@link checkPolicyTable}.
 *
 * @example
 * ```ts
 * const mine = structuredClone(defaultPolicyTable);
 * mine.parameters.lodgingReportHours.rows[0]!.source.url = "";
 * const issues: PolicyTableIssue[] = checkPolicyTable(mine);
 * issues.map((i) => [i.code, i.path]); // [["citation.missing", ["lodgingReportHours", 0]]]
 * ```
 */
export interface PolicyTableIssue {
  /**
   * Stable code: `citation.missing`, `confidence.invalid`, `date.invalid`, `date.order`, `rows.overlap`,
   * `value.invalid` (a value that does not fit its parameter), `table.invalid` (not the expected shape) or
   * `table.unreadable` (a throwing getter or Proxy).
   */
  code: PolicyTableIssueCode;
  /** Parameter id (or `visaIndexes`) and row index; `[]` for the table itself. */
  path: (string | number)[];
  /** What is wrong, in id and en. */
  message: Labels;
}

type Path = (string | number)[];
type Bag = Record<string, unknown>;

const isObject = (v: unknown): v is Bag => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string";
const isLabels = (v: unknown): v is Labels => isObject(v) && isText(v.id) && isText(v.en);
const isConfidence = (v: unknown): v is Confidence =>
  (ConfidenceSchema.options as readonly unknown[]).includes(v);
const isCount = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isBoolean = (v: unknown) => typeof v === "boolean";
const isCodeList = (v: unknown) => Array.isArray(v) && v.every((c) => typeof c === "string");
const isVisitRule = (v: unknown) =>
  isObject(v) &&
  isCount(v.initialDays) &&
  (v.initialDays as number) > 0 &&
  isCount(v.extensions) &&
  isCount(v.daysPerExtension) &&
  (v.maxTotalDays === null || isCount(v.maxTotalDays)) &&
  isCodeList(v.excludedIndexes);
const isFineOrTerm = (v: unknown) => v === null || isCount(v);
const isProvision = (v: unknown) =>
  isObject(v) && isLabels(v.conduct) && isFineOrTerm(v.maxPrisonYears) && isFineOrTerm(v.maxFineIdr);
const isWindowRule = (v: unknown) =>
  isObject(v) && isCount(v.monthsBefore) && v.latest === "last-working-day-before-expiry";

/** What a row's value must be, per parameter (the types of {@link PolicyTable}, checked at run time). */
const valueChecks: { readonly [K in PolicyParameterId]: (value: unknown) => boolean } = {
  overstayChargePerDay: isCount,
  overstayDeportationAfterDays: isCount,
  overstayThresholdDayCharged: isBoolean,
  visaExemptNationalities: isCodeList,
  visaExemptStay: isVisitRule,
  visaOnArrivalStay: isVisitRule,
  visitVisaSingleStay: isVisitRule,
  visitVisaMultipleStay: isVisitRule,
  visaExemptConvertible: isBoolean,
  voaConvertible: isBoolean,
  itasExtensionWindow: isWindowRule,
  itasFromVitasOnArrivalExtendable: isBoolean,
  itapValidityYears: isCount,
  itapExtensionWindow: isWindowRule,
  exitPermitOnlyLeaveDays: isCount,
  lodgingReportHours: isCount,
  overstayProvision: isProvision,
  permitMisuseProvision: isProvision,
  falseStatementProvision: isProvision,
};

/** The parameters every policy table holds. */
export const policyParameterIds: readonly PolicyParameterId[] = Object.keys(
  valueChecks,
) as PolicyParameterId[];

const issue = (code: PolicyTableIssueCode, path: Path): PolicyTableIssue => ({
  code,
  path,
  message: messageOf(code, {}),
});

function citationComplete(source: unknown): boolean {
  return (
    isObject(source) &&
    [source.instrument, source.article, source.url].every((s) => isText(s) && s.trim() !== "") &&
    /^https?:\/\//.test(source.url as string)
  );
}

/** The issues of one dated row; `false` when it is not even an object with dates. */
function checkRow(row: unknown, path: Path, issues: PolicyTableIssue[]): row is Bag {
  if (!isObject(row)) {
    issues.push(issue("table.invalid", path));
    return false;
  }
  if (!citationComplete(row.source)) issues.push(issue("citation.missing", path));
  if (!isConfidence(row.confidence)) issues.push(issue("confidence.invalid", path));
  if (!isIsoDate(row.validFrom) || (row.validUntil !== null && !isIsoDate(row.validUntil))) {
    issues.push(issue("date.invalid", path));
    return false;
  }
  if (row.validUntil !== null && compareDates(row.validUntil as IsoDate, row.validFrom) < 0) {
    issues.push(issue("date.order", path));
  }
  return true;
}

function checkParameter(id: PolicyParameterId, parameter: unknown, issues: PolicyTableIssue[]): void {
  if (
    !isObject(parameter) ||
    !isText(parameter.id) ||
    !isLabels(parameter.label) ||
    !Array.isArray(parameter.rows)
  ) {
    issues.push(issue("table.invalid", [id]));
    return;
  }
  const dated: Bag[] = [];
  parameter.rows.forEach((row: unknown, i: number) => {
    if (!checkRow(row, [id, i], issues)) return;
    if (!isText(row.unit)) issues.push(issue("table.invalid", [id, i]));
    if (!valueChecks[id](row.value)) issues.push(issue("value.invalid", [id, i]));
    dated.push(row);
  });
  const from = (row: Bag) => row.validFrom as IsoDate;
  const sorted = [...dated].sort((a, b) => compareDates(from(a), from(b)));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    if (prev.validUntil === null || compareDates(prev.validUntil as IsoDate, from(sorted[i]!)) >= 0) {
      issues.push(issue("rows.overlap", [id, i]));
    }
  }
}

function tableIssues(table: unknown): PolicyTableIssue[] {
  const issues: PolicyTableIssue[] = [];
  try {
    if (
      !isObject(table) ||
      !isText(table.version) ||
      !isObject(table.parameters) ||
      !Array.isArray(table.visaIndexes)
    ) {
      return [issue("table.invalid", [])];
    }
    const parameters = table.parameters;
    for (const id of policyParameterIds) checkParameter(id, parameters[id], issues);
    table.visaIndexes.forEach((row: unknown, i: number) => {
      if (checkRow(row, ["visaIndexes", i], issues) && (!isText(row.code) || !isLabels(row.label))) {
        issues.push(issue("table.invalid", ["visaIndexes", i]));
      }
    });
  } catch {
    return [issue("table.unreadable", [])];
  }
  return issues;
}

/**
 * Checks a policy table: its shape, every row's value against its parameter, a complete citation and a
 * known confidence on every row, dates valid and in order, and rows of one parameter that do not overlap.
 * Returns the issues (empty when the table is sound); never throws, whatever it is given.
 *
 * @example
 * ```ts
 * checkPolicyTable(defaultPolicyTable); // []
 * checkPolicyTable(JSON.parse("null")).map((i) => i.code); // ["table.invalid"]
 * ```
 */
export function checkPolicyTable(table: PolicyTable): PolicyTableIssue[] {
  return tableIssues(table);
}

/** Issues that make a table unusable (a missing citation or an overlap does not). */
const BLOCKING: ReadonlySet<PolicyTableIssueCode> = new Set([
  "table.invalid",
  "table.unreadable",
  "date.invalid",
  "value.invalid",
  "confidence.invalid",
]);

/** Tables and parameters already found usable (tables are data: a table changed after use is not re-read). */
const usableTables = new WeakSet<object>();
const usableParameters = new WeakSet<object>();

/**
 * The policy table given, once its shape and values are found usable (checked once per table object).
 *
 * @throws PermitsError `policy.invalid` (run {@link checkPolicyTable} to see why)
 * @example
 * ```ts
 * usablePolicyTable(defaultPolicyTable); // defaultPolicyTable
 * ```
 */
export function usablePolicyTable(table: unknown, field = "policy"): PolicyTable {
  if (typeof table === "object" && table !== null && usableTables.has(table)) return table as PolicyTable;
  if (tableIssues(table).some((i) => BLOCKING.has(i.code)))
    throw new PermitsError("policy.invalid", { field });
  const usable = table as PolicyTable;
  usableTables.add(usable);
  for (const id of policyParameterIds) usableParameters.add(usable.parameters[id]);
  return usable;
}

/**
 * One parameter of a policy table, once its label and dated rows are found usable.
 *
 * @throws PermitsError `policy.invalid`
 * @example
 * ```ts
 * usableParameter(defaultPolicyTable.parameters.overstayChargePerDay).id; // "overstay.chargePerDay"
 * ```
 */
export function usableParameter<V>(parameter: PolicyParameter<V>, field = "parameter"): PolicyParameter<V> {
  if (typeof parameter === "object" && parameter !== null && usableParameters.has(parameter))
    return parameter;
  const issues: PolicyTableIssue[] = [];
  try {
    if (!isObject(parameter) || !isLabels(parameter.label) || !Array.isArray(parameter.rows)) {
      throw new PermitsError("policy.invalid", { field });
    }
    parameter.rows.forEach((row: unknown, i: number) => {
      checkRow(row, [i], issues);
    });
  } catch (cause) {
    throw cause instanceof PermitsError ? cause : new PermitsError("policy.invalid", { field, cause });
  }
  if (issues.some((i) => BLOCKING.has(i.code))) throw new PermitsError("policy.invalid", { field });
  usableParameters.add(parameter);
  return parameter;
}

const holidayKinds: readonly unknown[] = ["libur-nasional", "cuti-bersama"];

/**
 * True when a value is a usable holiday entry (date, kind, name, confidence, decree key).
 *
 * @example
 * ```ts
 * isHolidayEntry(defaultHolidayCalendar.entries[0]); // true
 * ```
 */
export function isHolidayEntry(entry: unknown): entry is HolidayEntry {
  return (
    isObject(entry) &&
    isIsoDate(entry.date) &&
    holidayKinds.includes(entry.kind) &&
    isLabels(entry.name) &&
    isConfidence(entry.confidence) &&
    isText(entry.decree)
  );
}

/**
 * True when a value is a usable map of holiday decrees (title, date and URL each).
 *
 * @example
 * ```ts
 * isDecreeMap(defaultHolidayCalendar.decrees); // true
 * ```
 */
export function isDecreeMap(decrees: unknown): boolean {
  return (
    isObject(decrees) &&
    Object.values(decrees).every((d) => isObject(d) && isText(d.title) && isText(d.date) && isText(d.url))
  );
}

const usableCalendars = new WeakSet<object>();

function calendarShapeOk(calendar: unknown): boolean {
  try {
    return (
      isObject(calendar) &&
      isText(calendar.version) &&
      Array.isArray(calendar.years) &&
      calendar.years.every((y) => Number.isSafeInteger(y)) &&
      Array.isArray(calendar.entries) &&
      calendar.entries.every(isHolidayEntry) &&
      isDecreeMap(calendar.decrees)
    );
  } catch {
    return false;
  }
}

/**
 * The holiday calendar given, once its shape is found usable (checked once per calendar object).
 *
 * @throws PermitsError `calendar.invalid`
 * @example
 * ```ts
 * usableCalendar(defaultHolidayCalendar).years; // [2022, 2023, 2024, 2025, 2026]
 * ```
 */
export function usableCalendar(calendar: unknown, field = "calendar"): HolidayCalendar {
  if (typeof calendar === "object" && calendar !== null && usableCalendars.has(calendar)) {
    return calendar as HolidayCalendar;
  }
  if (!calendarShapeOk(calendar)) throw new PermitsError("calendar.invalid", { field });
  usableCalendars.add(calendar as object);
  return calendar as HolidayCalendar;
}

import type { CsvColumn, CsvGroup } from "./csv-columns.js";
import type { ReadProblem } from "./record-location.js";

/** How dates are written in a CSV file: ISO `YYYY-MM-DD` (the default) or day-first `DD/MM/YYYY`. */
export type DateFormat = "YYYY-MM-DD" | "DD/MM/YYYY";

/** The date formats `--date-format` accepts. */
export const DATE_FORMATS: readonly DateFormat[] = ["YYYY-MM-DD", "DD/MM/YYYY"];

/** Where each group's record goes in the case. */
const GROUP_PATH: Record<Exclude<CsvGroup, "case">, string> = {
  person: "person",
  document: "documents.0",
  permit: "permits.0",
  address: "addresses.0",
  employer: "employers.0",
  sponsor: "sponsors.0",
};

/** A case built from a CSV row, with the column behind each field path, or the problem with a value. */
export type CsvCase =
  | { ok: true; value: Record<string, unknown>; columns: Map<string, string> }
  | { ok: false; problem: ReadProblem };

const YES = new Set(["yes", "y", "true", "1", "ya"]);
const NO = new Set(["no", "n", "false", "0", "tidak"]);

/** An ISO date from a CSV value in the given format; undefined when the value is not in that format. */
export function csvDate(value: string, format: DateFormat): string | undefined {
  if (format === "YYYY-MM-DD") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  return m === null ? undefined : `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

function setAt(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/**
 * Builds a case from one CSV row: the values of `header` columns (empty values are left out), dates read in
 * `dateFormat` and written as ISO dates, yes/no columns as booleans, each group's record with
 * `schemaVersion: 1` and its id, the permit linked to the sponsor and employer, and the person to every record.
 * The case itself is checked later by `parseCase`, whose issue paths the returned `columns` map back to columns.
 */
export function caseFromCsvRow(
  header: readonly CsvColumn[],
  values: readonly string[],
  dateFormat: DateFormat,
): CsvCase {
  const groups = new Map<CsvGroup, Record<string, unknown>>();
  const columns = new Map<string, string>();
  for (let i = 0; i < header.length; i++) {
    const column = header[i]!;
    const text = (values[i] ?? "").trim();
    if (text === "") continue;
    let value: unknown = text;
    if (column.kind === "date") {
      value = csvDate(text, dateFormat);
      if (value === undefined)
        return { ok: false, problem: { code: "csv.value", column: column.name, expected: dateFormat } };
    } else if (column.kind === "boolean") {
      const lower = text.toLowerCase();
      if (!YES.has(lower) && !NO.has(lower)) {
        return { ok: false, problem: { code: "csv.value", column: column.name, expected: "yes/no" } };
      }
      value = YES.has(lower);
    }
    const record = groups.get(column.group) ?? {};
    groups.set(column.group, record);
    setAt(record, column.field, value);
  }
  const caseId = typeof groups.get("case")?.id === "string" ? (groups.get("case")!.id as string) : "";
  const out: Record<string, unknown> = { schemaVersion: 1, id: caseId };
  const idOf = (group: Exclude<CsvGroup, "case">): string | undefined => {
    const record = groups.get(group);
    if (record === undefined) return undefined;
    record.id ??= `${caseId}-${group}`;
    return record.id as string;
  };
  const ids = {
    document: idOf("document"),
    permit: idOf("permit"),
    address: idOf("address"),
    employer: idOf("employer"),
    sponsor: idOf("sponsor"),
  };
  const person = groups.get("person") ?? {};
  person.id ??= `${caseId}-person`;
  const contacts: { kind: string; value: unknown }[] = [];
  for (const kind of ["phone", "email"] as const) {
    if (person[kind] === undefined) continue;
    columns.set(`person.contacts.${contacts.length}.value`, kind);
    columns.set(`person.contacts.${contacts.length}`, kind);
    contacts.push({ kind, value: person[kind] });
    delete person[kind];
  }
  Object.assign(person, {
    schemaVersion: 1,
    ...(contacts.length > 0 ? { contacts } : {}),
    ...(ids.document ? { documentIds: [ids.document] } : {}),
    ...(ids.permit ? { permitIds: [ids.permit] } : {}),
    ...(ids.address ? { addressIds: [ids.address] } : {}),
    ...(ids.employer ? { employerId: ids.employer } : {}),
    ...(ids.sponsor ? { sponsorId: ids.sponsor } : {}),
  });
  out.person = person;
  const permit = groups.get("permit");
  if (permit !== undefined) {
    if (ids.sponsor) permit.sponsorId = ids.sponsor;
    if (ids.employer) permit.employerId = ids.employer;
    if (permit.kind === "itap" && permit.validUntil === undefined) permit.validUntil = null;
  }
  for (const group of ["document", "permit", "address", "employer", "sponsor"] as const) {
    const record = groups.get(group);
    if (record === undefined) continue;
    const list = group === "address" ? "addresses" : `${group}s`;
    out[list] = [{ schemaVersion: 1, ...record }];
  }
  for (const column of header) {
    const base = column.group === "case" ? "" : `${GROUP_PATH[column.group]}.`;
    if (!columns.has(`${base}${column.field}`)) columns.set(`${base}${column.field}`, column.name);
  }
  return { ok: true, value: out, columns };
}

/** The column behind an issue path of a case built by {@link caseFromCsvRow}: the longest path that has one. */
export function columnOf(
  columns: ReadonlyMap<string, string>,
  path: readonly (string | number)[],
): string | undefined {
  for (let n = path.length; n > 0; n--) {
    const column = columns.get(path.slice(0, n).join("."));
    if (column !== undefined) return column;
  }
  return undefined;
}

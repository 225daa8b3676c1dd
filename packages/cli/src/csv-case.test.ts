import { parseCase } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { caseFromCsvRow, columnOf, csvDate } from "./csv-case.js";
import { CSV_COLUMNS } from "./csv-columns.js";

const columns = (names: string[]) => names.map((n) => CSV_COLUMNS.find((c) => c.name === n)!);

describe("csvDate", () => {
  it("reads ISO dates as they are and day-first dates as offices write them", () => {
    expect(csvDate("2025-03-01", "YYYY-MM-DD")).toBe("2025-03-01");
    expect(csvDate("01/03/2025", "YYYY-MM-DD")).toBeUndefined();
    expect(csvDate("01/03/2025", "DD/MM/YYYY")).toBe("2025-03-01");
    expect(csvDate("1/3/2025", "DD/MM/YYYY")).toBe("2025-03-01");
    expect(csvDate("31.12.2024", "DD/MM/YYYY")).toBe("2024-12-31");
    expect(csvDate("2025-03-01", "DD/MM/YYYY")).toBeUndefined();
  });
});

describe("caseFromCsvRow", () => {
  const header = columns([
    "case_id",
    "surname",
    "sex",
    "nationality",
    "phone",
    "permit_kind",
    "permit_basis",
    "permit_purpose",
    "permit_valid_from",
    "permit_valid_until",
    "permit_status",
    "employer_name",
    "employer_sector",
    "employer_venue_type",
    "employer_indonesian_entity",
    "employer_verification",
  ]);
  const row = [
    "c-9",
    "SINTETIS",
    "F",
    "PHL",
    "+62 812 0000 0001",
    "itas",
    "limited-stay-visa",
    "work",
    "01/01/2025",
    "31/12/2025",
    "active",
    "PT CONTOH",
    "fishing",
    "fishing-vessel",
    "ya",
    "verified",
  ];

  it("builds a valid case: ids from the case id, the permit linked to the employer, the person to both", () => {
    const built = caseFromCsvRow(header, row, "DD/MM/YYYY");
    if (!built.ok) throw new Error("expected a case");
    const parsed = parseCase(built.value);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const c = parsed.value;
    expect(c.id).toBe("c-9");
    expect(c.person.id).toBe("c-9-person");
    expect(c.person.contacts).toEqual([{ kind: "phone", value: "+62 812 0000 0001" }]);
    expect(c.permits[0]).toMatchObject({
      id: "c-9-permit",
      validFrom: "2025-01-01",
      validUntil: "2025-12-31",
      employerId: "c-9-employer",
    });
    expect(c.employers[0]).toMatchObject({ indonesianEntity: true, sector: "fishing" });
    expect(c.person.employerId).toBe("c-9-employer");
    expect(c.person.permitIds).toEqual(["c-9-permit"]);
  });

  it("maps a parse issue's path back to its column", () => {
    const built = caseFromCsvRow(header, row, "DD/MM/YYYY");
    if (!built.ok) throw new Error("expected a case");
    expect(columnOf(built.columns, ["permits", 0, "validUntil"])).toBe("permit_valid_until");
    expect(columnOf(built.columns, ["person", "contacts", 0, "value"])).toBe("phone");
    expect(columnOf(built.columns, ["employers", 0, "sector"])).toBe("employer_sector");
  });

  it("refuses a date in another format and a yes/no column that is neither", () => {
    expect(
      caseFromCsvRow(
        header,
        row.map((v) => (v === "01/01/2025" ? "2025-01-01" : v)),
        "DD/MM/YYYY",
      ),
    ).toEqual({
      ok: false,
      problem: { code: "csv.value", column: "permit_valid_from", expected: "DD/MM/YYYY" },
    });
    expect(
      caseFromCsvRow(
        header,
        row.map((v) => (v === "ya" ? "maybe" : v)),
        "DD/MM/YYYY",
      ),
    ).toEqual({
      ok: false,
      problem: { code: "csv.value", column: "employer_indonesian_entity", expected: "yes/no" },
    });
  });
});

import type { Case } from "@timpora/models";
import { generateLabelledCase } from "@timpora/testkit";

/** The evaluation date of the screening tests (the testkit's default). */
export const AS_OF = "2025-06-30";

/** Three synthetic cases: a clean one, an overstay (the `overstay` pattern: level note), and another clean one. */
export const threeCases: Case[] = [
  { ...generateLabelledCase({ seed: "cli-a", index: 0, profile: "retiree" }).case, id: "clean-a" },
  { ...generateLabelledCase({ seed: "cli-b", plant: ["overstay"] }).case, id: "overstay-b" },
  { ...generateLabelledCase({ seed: "cli-c", index: 0, profile: "retiree" }).case, id: "clean-c" },
];

/** The cases as NDJSON (one a line). */
export const ndjson = (cases: readonly unknown[], eol = "\n"): string =>
  cases.map((c) => JSON.stringify(c)).join(eol) + eol;

/** The ids of the assessments in NDJSON output. */
export const assessedIds = (stdout: string): string[] =>
  stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { caseId: string }).caseId);

/** A CSV header and rows of clean tourists (valid cases), `;`-separated, dates day-first. */
export const CSV_HEADER =
  "case_id;surname;given_names;sex;nationality;birth_date;permit_kind;permit_basis;permit_purpose;permit_valid_from;permit_valid_until;permit_status;address_region_code;address_lodging_kind;address_use";
export const csvRow = (id: string, validUntil = "30/06/2025") =>
  `${id};SINTETIS;CONTOH;M;AUS;15/06/1990;itk;visa-on-arrival;tourism;01/06/2025;${validUntil};active;51.03;hotel;residence`;

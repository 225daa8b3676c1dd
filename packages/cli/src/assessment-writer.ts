import type { Writable } from "node:stream";
import type { Locale } from "@timpora/models";
import type { Assessment, Level } from "@timpora/tppo";
import type { RecordLocation } from "./record-location.js";
import { type TableColumn, tableLine } from "./text-table.js";
import { writeText } from "./write-text.js";

/** How assessments are written: one JSON object a line, one JSON array, or a table for people. */
export type OutputFormat = "ndjson" | "json" | "table";

/** The formats `--format` accepts. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["ndjson", "json", "table"];

/** Writes assessments as they come, in bounded memory. */
export interface AssessmentWriter {
  /** Writes one assessment. */
  write(assessment: Assessment, at: RecordLocation): Promise<void>;
  /** Writes what closes the output (the `]` of a JSON array). */
  end(): Promise<void>;
}

/** Short names of the levels for the table. */
export const levelShortNames: Readonly<Record<Level, Record<Locale, string>>> = {
  none: { id: "tidak ada", en: "none" },
  note: { id: "catatan", en: "note" },
  review: { id: "tinjau", en: "review" },
  refer: { id: "rujuk", en: "refer" },
};

const headings: Record<Locale, string[]> = {
  id: ["lokasi", "kasus", "tingkat", "rute", "indikator"],
  en: ["where", "case", "level", "routes", "indicators"],
};

/** A writer of assessments in a format; `width` is the terminal's width for the table. */
export function assessmentWriter(
  format: OutputFormat,
  out: Writable,
  locale: Locale,
  width = 120,
): AssessmentWriter {
  if (format === "ndjson") {
    return { write: (a) => writeText(out, `${JSON.stringify(a)}\n`), end: async () => {} };
  }
  if (format === "json") {
    let first = true;
    return {
      async write(a) {
        await writeText(out, `${first ? "[\n" : ",\n"}${JSON.stringify(a)}`);
        first = false;
      },
      end: () => writeText(out, first ? "[]\n" : "\n]\n"),
    };
  }
  const fixed = [9, 18, 9, 24];
  const rest = Math.max(20, width - fixed.reduce((s, w) => s + w + 2, 0));
  const columns: TableColumn[] = headings[locale].map((heading, i) => ({ heading, width: fixed[i] ?? rest }));
  let started = false;
  return {
    async write(a, at) {
      if (!started) {
        started = true;
        await writeText(
          out,
          `${tableLine(
            columns,
            columns.map((c) => c.heading),
          )}\n`,
        );
      }
      const where = at.row === undefined ? `${locale === "id" ? "b" : "l"}${at.line}` : `r${at.row}`;
      const cells = [
        where,
        a.caseId,
        levelShortNames[a.level][locale],
        a.routes.map((r) => r.route).join(", ") || "—",
        a.fired.map((f) => f.label[locale]).join("; ") || "—",
      ];
      await writeText(out, `${tableLine(columns, cells)}\n`);
    },
    end: async () => {
      if (!started)
        await writeText(
          out,
          `${tableLine(
            columns,
            columns.map((c) => c.heading),
          )}\n`,
        );
    },
  };
}

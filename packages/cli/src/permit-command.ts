import { type Permit, parseCase, parsePermit } from "@timpora/models";
import { extensionOptions, overstayCharge, permitStatus } from "@timpora/permits";
import type { RecordIssue } from "@timpora/tppo";
import type { Command } from "commander";
import { openCaseInput } from "./case-input.js";
import type { CommandContext } from "./command-context.js";
import { exitCodes } from "./exit-code.js";
import { exitCodeFor } from "./exit-code-for.js";
import { whereText } from "./input-messages.js";
import { formatCount } from "./message-table.js";
import { fail } from "./messages.js";
import { choiceOf, dateOf, todayOnThisComputer } from "./option-values.js";
import type { RecordLocation } from "./record-location.js";
import { reportInvalid, reportUnreadable } from "./record-report.js";
import { caseIdOf } from "./screen-run.js";
import { columnWidths, tableLine } from "./text-table.js";

/** What `timpora permit` says about one permit on the day of the check. */
export interface PermitCheck {
  /** Where the permit's record is in the file. */
  at: RecordLocation;
  /** The case it belongs to, when the record is a case. */
  caseId?: string;
  /** Permit id and kind. */
  permit: { id: string; kind: Permit["kind"] };
  /** `permitStatus` of @timpora/permits. */
  status: ReturnType<typeof permitStatus>;
  /** `overstayCharge` of @timpora/permits. */
  charge: ReturnType<typeof overstayCharge>;
  /** `extensionOptions` of @timpora/permits. */
  extension: ReturnType<typeof extensionOptions>;
}

/** Registers `timpora permit FILE|-`. */
export function registerPermit(program: Command, ctx: CommandContext): void {
  program
    .command("permit")
    .description(ctx.help("permit"))
    .argument("<file>", ctx.help("permit.file"))
    .option("--on <date>", ctx.help("permit.on"))
    .option("--format <format>", ctx.help("permit.format"))
    .action((file: string, options: { on?: string; format?: string }) => runPermit(ctx, file, options));
}

/** The permits of a record: a case's permits, or the record itself as a permit. */
function permitsOf(
  value: unknown,
): { ok: true; permits: Permit[]; caseId?: string } | { ok: false; issues: RecordIssue[] } {
  if (value !== null && typeof value === "object" && Object.hasOwn(value, "person")) {
    const parsed = parseCase(value);
    return parsed.ok ? { ok: true, permits: parsed.value.permits, caseId: parsed.value.id } : parsed;
  }
  const parsed = parsePermit(value);
  return parsed.ok ? { ok: true, permits: [parsed.value] } : parsed;
}

async function runPermit(
  ctx: CommandContext,
  file: string,
  options: { on?: string; format?: string },
): Promise<void> {
  const on = options.on === undefined ? todayOnThisComputer() : dateOf("--on", options.on);
  const format =
    options.format === undefined ? "table" : choiceOf("--format", options.format, ["table", "json"]);
  const input = await openCaseInput(file, ctx.io, { dateFormat: "YYYY-MM-DD" });
  const checks: PermitCheck[] = [];
  let records = 0;
  let unreadable = 0;
  let invalid = 0;
  let first = true;
  try {
    for await (const record of input.records()) {
      records++;
      if (!record.ok) {
        unreadable++;
        reportUnreadable(ctx, input.name, record);
        continue;
      }
      const read = permitsOf(record.value);
      if (!read.ok) {
        invalid++;
        reportInvalid(ctx, input.name, read.issues, record.at, record.columns, caseIdOf(record.value));
        continue;
      }
      if (read.permits.length === 0)
        ctx.err(ctx.t("permit.none", { file: input.name, where: whereText(record.at, ctx.locale) }));
      for (const permit of read.permits) {
        const check: PermitCheck = {
          at: record.at,
          ...(read.caseId === undefined ? {} : { caseId: read.caseId }),
          permit: { id: permit.id, kind: permit.kind },
          status: permitStatus(permit, { on }),
          charge: overstayCharge(permit, { on }),
          extension: extensionOptions(permit, { on }),
        };
        if (format === "json") {
          await ctx.out(`${first ? "[\n" : ",\n"}${JSON.stringify(check)}`);
          first = false;
        } else checks.push(check);
      }
    }
  } finally {
    await input.close();
  }
  if (format === "json") await ctx.out(first ? "[]" : "\n]");
  else await printTable(ctx, checks);
  ctx.err(
    ctx.t("permit.summary", {
      file: input.name,
      permits: checks.length,
      records,
      invalid: unreadable + invalid,
    }),
  );
  const code = exitCodeFor({ read: records - unreadable, unreadable, failed: invalid });
  if (code === exitCodes.usage) fail(code, "input.no-records", { file: input.name, problems: unreadable });
  ctx.raise(code);
}

async function printTable(ctx: CommandContext, checks: readonly PermitCheck[]): Promise<void> {
  const l = ctx.locale;
  const field = (f: Parameters<typeof ctx.t<"check.field">>[1]["field"]) =>
    ctx.t("check.field", { field: f });
  const headings = [
    "permit",
    "kind",
    "status",
    "last-day",
    "days-remaining",
    "overstay-days",
    "charge",
    "extension",
    "conversion",
  ].map((f) => field(f as Parameters<typeof field>[0]));
  const rows = checks.map((c) => [
    c.caseId === undefined ? c.permit.id : `${c.caseId}/${c.permit.id}`,
    c.permit.kind,
    c.status.status,
    c.status.lastDay ?? "—",
    c.status.daysRemaining === null ? "—" : String(c.status.daysRemaining),
    String(c.status.overstayDays),
    ctx.t("permit.charge", {
      amount:
        c.charge.status === "charge" && c.charge.amount !== undefined
          ? `IDR ${formatCount(c.charge.amount, l)}`
          : c.charge.status,
      // "none" (no overstay) is certain; every other answer rests on law-table rows that may not be
      confidence: c.charge.status === "none" ? "high" : c.charge.confidence,
    }),
    c.extension.extension,
    c.extension.conversion,
  ]);
  const widths = columnWidths(headings, rows, 40);
  const columns = headings.map((heading, i) => ({ heading, width: widths[i]! }));
  await ctx.out(tableLine(columns, headings));
  for (const [i, row] of rows.entries()) {
    await ctx.out(tableLine(columns, row));
    const c = checks[i]!;
    await ctx.out(
      `    ${c.status.reasons[0]?.message[l] ?? ""}${c.charge.status === "none" ? "" : `; ${c.charge.reasons[0]?.message[l] ?? ""}`}`,
    );
    await ctx.out(`    ${c.extension.reason.message[l]}`);
  }
}

import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { type MrzParseResult, parseMrz } from "@timpora/models";
import type { Command } from "commander";
import type { CommandContext } from "./command-context.js";
import { exitCodes } from "./exit-code.js";
import { exitCodeFor } from "./exit-code-for.js";
import { fail } from "./messages.js";
import { choiceOf, todayOnThisComputer } from "./option-values.js";
import { keyValueLines } from "./text-table.js";

/** Registers `timpora mrz TEXT|FILE`. */
export function registerMrz(program: Command, ctx: CommandContext): void {
  program
    .command("mrz")
    .description(ctx.help("mrz"))
    .argument("<input...>", ctx.help("mrz.input"))
    .option("--format <format>", ctx.help("mrz.format"))
    .action((input: string[], options: { format?: string }) => runMrz(ctx, input, options));
}

/** The MRZ lines of the arguments: a file's lines, standard input's, or the text itself split at spaces. */
async function mrzLines(ctx: CommandContext, input: readonly string[]): Promise<string[]> {
  const first = input[0]!;
  let text = input.join("\n");
  if (input.length === 1) {
    if (first === "-") text = await readAll(ctx.io.stdin);
    else {
      const path = resolve(ctx.io.cwd, first);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile()) {
        if (info.size > 4096) fail(exitCodes.usage, "input.unreadable", { file: first });
        text = await readFile(path, "utf8");
      }
    }
  }
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/[\s|]+/)
    .filter((line) => line !== "");
  // Not one byte of an MRZ (an empty file or standard input): a usage error, as for every other command.
  if (lines.length === 0) fail(exitCodes.usage, "input.empty", { file: first });
  return lines;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    text += chunk.toString();
    if (text.length > 4096) break;
  }
  return text;
}

async function runMrz(ctx: CommandContext, input: string[], options: { format?: string }): Promise<void> {
  const format =
    options.format === undefined ? "table" : choiceOf("--format", options.format, ["table", "json"]);
  const result: MrzParseResult = parseMrz(await mrzLines(ctx, input), {
    referenceDate: todayOnThisComputer(),
  });
  ctx.raise(exitCodeFor({ read: 1, failed: result.ok ? 0 : 1 }));
  if (format === "json") {
    await ctx.out(JSON.stringify(result, null, 2));
    return;
  }
  if (!result.ok) {
    await ctx.out(ctx.t("mrz.invalid", { issues: result.issues.length }));
    for (const issue of result.issues) {
      const [, line, position] = issue.path;
      const where =
        line === undefined
          ? ""
          : ctx.locale === "id"
            ? `baris ${line}, posisi ${position}`
            : `line ${line}, position ${position}`;
      await ctx.out(ctx.t("check.issue", { code: issue.code, where, message: issue.message[ctx.locale] }));
    }
    return;
  }
  const v = result.value;
  const field = (f: Parameters<typeof ctx.t<"check.field">>[1]["field"]) =>
    ctx.t("check.field", { field: f });
  const date = (d: { raw: string; iso?: string }) => (d.iso === undefined ? d.raw : `${d.iso} (${d.raw})`);
  await ctx.out(ctx.t("mrz.valid", { format: v.format, documentCode: v.documentCode }));
  const lines = keyValueLines([
    [field("issuing-state"), v.issuingState],
    [field("names"), [v.names.primary, v.names.secondary].filter(Boolean).join(", ")],
    [field("document-number"), v.documentNumber],
    [field("nationality"), v.nationality],
    [field("birth-date"), date(v.birthDate)],
    [field("sex"), v.sex],
    [field("expiry-date"), date(v.expiryDate)],
    ...(v.optionalData === "" ? [] : [[field("optional-data"), v.optionalData] as const]),
    [field("check-digits"), v.checks.map((c) => `${c.name} ${c.valid ? "✔" : "✘"}`).join(", ")],
  ]);
  for (const line of lines) await ctx.out(line);
}

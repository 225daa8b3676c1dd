import { checkNik, lookupRegion } from "@timpora/models";
import { regions } from "@timpora/models/regions";
import type { Command } from "commander";
import type { CommandContext } from "./command-context.js";
import { exitCodeFor } from "./exit-code-for.js";
import { choiceOf } from "./option-values.js";
import { keyValueLines } from "./text-table.js";

/** Registers `timpora nik NIK`. */
export function registerNik(program: Command, ctx: CommandContext): void {
  program
    .command("nik")
    .description(ctx.help("nik"))
    .argument("<nik>", ctx.help("nik.nik"))
    .option("--format <format>", ctx.help("nik.format"))
    .action((nik: string, options: { format?: string }) => runNik(ctx, nik, options));
}

async function runNik(ctx: CommandContext, nik: string, options: { format?: string }): Promise<void> {
  const format =
    options.format === undefined ? "table" : choiceOf("--format", options.format, ["table", "json"]);
  const result = checkNik(nik.trim(), regions);
  ctx.raise(exitCodeFor({ read: 1, failed: result.ok ? 0 : 1 }));
  if (format === "json") {
    await ctx.out(JSON.stringify(result, null, 2));
    return;
  }
  if (!result.ok) {
    await ctx.out(ctx.t("nik.invalid", { issues: result.issues.length }));
    for (const issue of result.issues) {
      const where = issue.path.length > 1 ? String(issue.path[1]) : "";
      await ctx.out(ctx.t("check.issue", { code: issue.code, where, message: issue.message[ctx.locale] }));
    }
    return;
  }
  const v = result.value;
  const named = (code: string) => {
    const name = lookupRegion(code, regions)?.name;
    return name === undefined
      ? `${code} (${ctx.locale === "id" ? "tidak ada di tabel wilayah" : "not in the region table"})`
      : `${code} ${name}`;
  };
  const field = (f: Parameters<typeof ctx.t<"check.field">>[1]["field"]) =>
    ctx.t("check.field", { field: f });
  const two = (n: number) => String(n).padStart(2, "0");
  await ctx.out(ctx.t("nik.valid", {}));
  const lines = keyValueLines([
    [field("province"), named(v.provinceCode)],
    [field("regency"), named(v.regencyCode)],
    [field("district"), named(v.districtCode)],
    [field("birth-date"), `${two(v.birthDay)}-${two(v.birthMonth)}-..${two(v.birthYearTwoDigits)}`],
    [field("sex"), v.sex],
    [field("serial"), String(v.serial).padStart(4, "0")],
  ]);
  for (const line of lines) await ctx.out(line);
}

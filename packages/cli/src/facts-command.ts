import { type AnyFactDefinition, defaultFacts } from "@timpora/tppo";
import { closestNames } from "@timpora/tppo/engine";
import type { Command } from "commander";
import type { CommandContext } from "./command-context.js";
import { exitCodes } from "./exit-code.js";
import { factExamples } from "./fact-examples.js";
import { factPaths, valueAtPath } from "./fact-paths.js";
import { FACTS_DOC_AS_OF } from "./facts-doc.js";
import { fail } from "./messages.js";
import { choiceOf, dateOf } from "./option-values.js";
import { fit } from "./text-table.js";

/** Registers `timpora facts [ID]`. */
export function registerFacts(program: Command, ctx: CommandContext): void {
  program
    .command("facts")
    .description(ctx.help("facts"))
    .argument("[id]", ctx.help("facts.id"))
    .option("--format <format>", ctx.help("facts.format"))
    .option("--as-of <date>", ctx.help("facts.as-of"))
    .action((id: string | undefined, options: { format?: string; asOf?: string }) =>
      runFacts(ctx, id, options),
    );
}

function shown(value: unknown): string {
  if (value === undefined) return "—";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

async function runFacts(
  ctx: CommandContext,
  id: string | undefined,
  options: { format?: string; asOf?: string },
): Promise<void> {
  const format =
    options.format === undefined ? "table" : choiceOf("--format", options.format, ["table", "json"]);
  const asOf = options.asOf === undefined ? FACTS_DOC_AS_OF : dateOf("--as-of", options.asOf);
  let facts: readonly AnyFactDefinition[] = defaultFacts;
  if (id !== undefined) {
    const fact = defaultFacts.find((f) => f.id === id);
    if (fact === undefined) {
      fail(exitCodes.usage, "facts.unknown", {
        id,
        suggestions: closestNames(
          id,
          defaultFacts.map((f) => f.id),
        ),
      });
    }
    facts = [fact];
  }
  const examples = await factExamples(facts, asOf);
  const described = facts.map((fact) => ({
    id: fact.id,
    label: fact.label,
    ...(fact.description === undefined ? {} : { description: fact.description }),
    personal: fact.personal,
    protected: fact.protected,
    context: fact.context === true,
    crossRecord: fact.crossRecord === true,
    ...(fact.dataGaps === undefined ? {} : { dataGaps: [...fact.dataGaps] }),
    paths: factPaths(fact.type).map((p) => ({ ...p, example: valueAtPath(examples.get(fact.id), p.path) })),
  }));
  if (format === "json") {
    await ctx.out(JSON.stringify(described, null, 2));
    return;
  }
  const l = ctx.locale;
  for (const fact of described) {
    const flags = ctx.t("facts.flags", fact);
    await ctx.out(`${fact.id} — ${fact.label[l]}${flags === "" ? "" : `  [${flags}]`}`);
    if (id !== undefined && fact.description !== undefined) await ctx.out(`  ${fact.description[l]}`);
    const paths = fact.paths.filter((p) => p.path !== "" || fact.paths.length === 1);
    const nameOf = (path: string) => (path === "" ? "(value)" : path);
    const width = Math.min(34, Math.max(4, ...paths.map((p) => nameOf(p.path).length)));
    const typeWidth = Math.min(48, Math.max(4, ...paths.map((p) => p.type.length + (p.optional ? 1 : 0))));
    for (const p of paths) {
      const name = nameOf(p.path);
      const type = `${p.type}${p.optional ? "?" : ""}`;
      await ctx.out(`  ${fit(name, width)}  ${fit(type, typeWidth)}  ${shown(p.example)}`);
    }
    await ctx.out("");
  }
  await ctx.out(`${ctx.t("facts.example", {})}: ${asOf}. ${ctx.t("facts.hint", {})}`);
}

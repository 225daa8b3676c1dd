import { CommanderError } from "commander";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { CommandContext } from "./command-context.js";
import { CommandFailure } from "./command-failure.js";
import { type ExitCode, exitCodes } from "./exit-code.js";
import { chooseLocale } from "./locale.js";
import { say } from "./messages.js";
import { buildProgram } from "./program.js";

const SUBCOMMANDS = ["screen", "permit", "mrz", "nik", "facts", "rules", "demo"];

/** The quoted words of a commander error message, and its "(Did you mean …?)" names. */
function partsOf(message: string): { quoted: string[]; suggestions: string[] } {
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const mean = /\(Did you mean (?:one of )?(.+?)\?\)/.exec(message);
  return { quoted, suggestions: mean === null ? [] : mean[1]!.split(", ") };
}

function usageText(ctx: CommandContext, error: CommanderError): string {
  const { quoted, suggestions } = partsOf(error.message);
  const first = quoted[0] ?? "";
  switch (error.code) {
    case "commander.unknownOption":
      return ctx.t("usage.unknown-option", { option: first, suggestions });
    case "commander.unknownCommand":
      return ctx.t("usage.unknown-command", { command: first, suggestions });
    case "commander.missingArgument":
      return ctx.t("usage.missing-argument", { argument: first });
    case "commander.optionMissingArgument":
      return ctx.t("usage.missing-value", { option: first });
    case "commander.missingMandatoryOptionValue":
      return ctx.t("usage.missing-option", { option: first });
    case "commander.excessArguments":
      return ctx.t("usage.too-many-arguments", {});
    default:
      return ctx.t("usage.other", {});
  }
}

/**
 * Runs the `timpora` command with the arguments after the program name, on the given streams, and returns its
 * exit code (see `exitCodes`). Never throws for anything a user can type or feed it: usage errors and
 * unreadable input become messages in the run's language on standard error, without a stack trace. An error of
 * the command itself (a bug) becomes the message "internal error (CODE)" and exit code 70 (`exitCodes.internal`).
 *
 * @throws CliError `argv.invalid` or `io.invalid` when called with arguments or streams of the wrong kind
 * @example
 * ```ts
 * const code = await runCli(["screen", "cases.ndjson", "--as-of", "2025-03-01", "--out", "out.ndjson"], processIo());
 * ```
 */
export function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  return runCommand(argv, io);
}

/**
 * {@link runCli}, with a hook that is handed the run's context as soon as it exists: the binary reads from it the
 * exit code so far when its output pipe closes early.
 */
export async function runCommand(
  argv: readonly string[],
  io: CliIo,
  onContext?: (ctx: CommandContext) => void,
): Promise<ExitCode> {
  if (!Array.isArray(argv) || !argv.every((a) => typeof a === "string"))
    throw new CliError("argv.invalid", { field: "argv" });
  const streams = [io?.stdout, io?.stderr] as { write?: unknown }[];
  if (!streams.every((s) => typeof s?.write === "function"))
    throw new CliError("io.invalid", { field: "io" });
  const choice = chooseLocale(argv, io.env);
  const ctx = new CommandContext(io, choice.locale);
  onContext?.(ctx);
  const sub = choice.argv.find((a) => SUBCOMMANDS.includes(a));
  const command = sub === undefined ? "timpora" : `timpora ${sub}`;
  if (choice.invalid !== undefined) {
    ctx.err(
      `timpora: ${ctx.t(choice.invalid === "" ? "usage.missing-value" : "usage.invalid-locale", { option: "--locale", value: choice.invalid })}`,
    );
    return exitCodes.usage;
  }
  try {
    await buildProgram(ctx).parseAsync([...choice.argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version")
        return exitCodes.done;
      if (error.code !== "commander.help") ctx.err(`timpora: ${usageText(ctx, error)}`);
      ctx.err(say(ctx.locale, "usage.see-help", { command }));
      return exitCodes.usage;
    }
    if (error instanceof CommandFailure) {
      ctx.err(`timpora: ${error.labels[ctx.locale]}`);
      return error.exitCode;
    }
    const coded = (error as { code?: unknown } | null)?.code;
    const code = typeof coded === "string" ? coded : error instanceof Error ? error.name : "unknown";
    ctx.err(`timpora: ${ctx.t("internal.error", { code })}`);
    if (io.env.TIMPORA_DEBUG === "1" && error instanceof Error) ctx.err(error.stack ?? String(error));
    return exitCodes.internal;
  }
}

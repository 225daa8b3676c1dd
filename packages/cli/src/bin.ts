#!/usr/bin/env node
import { processIo } from "./cli-io.js";
import type { CommandContext } from "./command-context.js";
import { exitCodes } from "./exit-code.js";
import { chooseLocale } from "./locale.js";
import { say } from "./messages.js";
import { runCommand } from "./run-cli.js";

const argv = process.argv.slice(2);
let context: CommandContext | undefined;

/** An error of the command itself: one line (the stack with TIMPORA_DEBUG=1), exit 70, never a usage error. */
function internalError(error: unknown): never {
  const coded = (error as { code?: unknown } | null)?.code;
  const code = typeof coded === "string" ? coded : error instanceof Error ? error.name : "unknown";
  const locale = context?.locale ?? chooseLocale(argv, process.env).locale;
  process.stderr.write(`timpora: ${say(locale, "internal.error", { code })}\n`);
  if (process.env.TIMPORA_DEBUG === "1" && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(exitCodes.internal);
}

// A reader that stops early (`timpora screen big.ndjson | head`) closes the pipe: end quietly, as Unix tools do,
// but with the failures found so far (invalid records already reported exit 1, not 0).
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") internalError(error);
  const soFar = context?.exitCodeSoFar() ?? exitCodes.done;
  process.exit(Math.max(soFar, Number(process.exitCode ?? 0)));
});

// Ctrl-C, a `kill` or a closed terminal: exit (128 + the signal's number, as shells report it), so that the exit
// handlers run and the temporary copy of standard input, personal data, is removed.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const) {
  process.on(signal, () => process.exit(code));
}

process.on("uncaughtException", internalError);
process.on("unhandledRejection", internalError);

runCommand(argv, processIo(), (ctx) => {
  context = ctx;
}).then((code) => {
  process.exitCode = code;
}, internalError);

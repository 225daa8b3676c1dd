import type { Locale } from "@timpora/models";
import type { CliIo } from "./cli-io.js";
import { type ExitCode, exitCodes } from "./exit-code.js";
import { exitCodeFor } from "./exit-code-for.js";
import { type HelpCode, helpTexts } from "./help-texts.js";
import { type CliMessageCode, type CliMessageParams, say } from "./messages.js";
import { writeText } from "./write-text.js";

/** What every subcommand gets: the streams, the language, and the exit code it sets. */
export class CommandContext {
  /** The streams and environment. */
  readonly io: CliIo;
  /** The language of messages and help. */
  readonly locale: Locale;
  /** The exit code so far (a command raises it, never lowers it). */
  exitCode: ExitCode = exitCodes.done;
  /** Records reported so far as unreadable or invalid (a command decides its exit code from them at its end). */
  recordProblems = 0;

  constructor(io: CliIo, locale: Locale) {
    this.io = io;
    this.locale = locale;
  }

  /** A message in the run's language. */
  t<C extends CliMessageCode>(code: C, params: CliMessageParams[C]): string {
    return say(this.locale, code, params);
  }

  /** A help text in the run's language. */
  help(code: HelpCode): string {
    return helpTexts[code][this.locale];
  }

  /** Raises the exit code to at least `code`. */
  raise(code: ExitCode): void {
    if (code > this.exitCode) this.exitCode = code;
  }

  /**
   * The exit code if the run ended now, before its end (its output pipe closed): the code raised so far, and 1
   * for the records already reported as unreadable or invalid. Something was read by then, since something was
   * written, so a closed pipe never turns an earlier failure into 0.
   */
  exitCodeSoFar(): ExitCode {
    const found = exitCodeFor({ read: 1, failed: this.recordProblems });
    if (found > this.exitCode) return found;
    return this.exitCode;
  }

  /** Writes a line to standard output (waiting when its buffer is full). */
  out(line: string): Promise<void> {
    return writeText(this.io.stdout, `${line}\n`);
  }

  /** Writes a line to standard error. */
  err(line: string): void {
    this.io.stderr.write(`${line}\n`);
  }
}

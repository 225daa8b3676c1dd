import type { Labels } from "@timpora/models";
import type { ExitCode } from "./exit-code.js";

/**
 * Ends a command early with an exit code and a message in both languages (a usage error, an input that cannot
 * be read at all). Caught by the command runner, which prints the message in the run's language, never a stack.
 */
export class CommandFailure extends Error {
  /** The exit code the run ends with. */
  readonly exitCode: ExitCode;
  /** The message in Indonesian and English. */
  readonly labels: Labels;

  constructor(exitCode: ExitCode, labels: Labels) {
    super(labels.en);
    this.name = "CommandFailure";
    this.exitCode = exitCode;
    this.labels = labels;
  }
}

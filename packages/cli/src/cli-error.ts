import { type LabelTable, TimporaError, type TimporaErrorOptions } from "@timpora/models";

/**
 * Codes of {@link CliError}, thrown only for programmer errors of the programmatic API (a user's command line
 * or files never throw: they end with a message and an exit code):
 * - `argv.invalid`: `runCli` was given arguments that are not an array of strings;
 * - `io.invalid`: `runCli` was given streams that are not readable and writable streams.
 *
 * @example
 * ```ts
 * const code: CliErrorCode = "io.invalid";
 * cliErrorMessages[code].id; // "stdin, stdout dan stderr harus berupa stream yang dapat dibaca dan ditulis"
 * ```
 */
export type CliErrorCode = "argv.invalid" | "io.invalid";

/**
 * The message of each {@link CliErrorCode} in Indonesian and English.
 *
 * @example
 * ```ts
 * cliErrorMessages["argv.invalid"].en; // "The arguments must be an array of strings"
 * ```
 */
export const cliErrorMessages: LabelTable<CliErrorCode> = {
  "argv.invalid": {
    id: "Argumen harus berupa larik string",
    en: "The arguments must be an array of strings",
  },
  "io.invalid": {
    id: "stdin, stdout dan stderr harus berupa stream yang dapat dibaca dan ditulis",
    en: "stdin, stdout and stderr must be readable and writable streams",
  },
};

/**
 * The error @timpora/cli throws for programmer errors of its programmatic API, with a code from
 * {@link CliErrorCode} and its message from {@link cliErrorMessages}. Extends `TimporaError` of @timpora/models.
 *
 * @example
 * ```ts
 * try {
 *   await runCli("screen cases.ndjson" as never, processIo());
 * } catch (e) {
 *   if (e instanceof CliError) console.log(e.code); // "argv.invalid"
 * }
 * ```
 */
export class CliError extends TimporaError<CliErrorCode> {
  /**
   * @param code - stable code
   * @param options - the offending field and the cause
   */
  constructor(code: CliErrorCode, options: TimporaErrorOptions = {}) {
    super(code, cliErrorMessages[code], options);
    this.name = "CliError";
  }
}

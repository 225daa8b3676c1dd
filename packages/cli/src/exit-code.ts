/**
 * The exit codes of every subcommand:
 * - `0` (`done`): everything was read and done;
 * - `1` (`invalid`): done, but some input was invalid or a check failed (invalid records, rule-set validation
 *   errors, an invalid rule-test file, failing rule tests, coverage below `--min-coverage`, an invalid permit,
 *   MRZ or NIK);
 * - `2` (`usage`): a usage error (an unknown option, a missing argument, a file that does not exist), or no
 *   input could be read at all (an empty file, binary junk, JSON cut off before its first record, a rule file
 *   that is not JSON or YAML);
 * - `70` (`internal`, EX_SOFTWARE of BSD's sysexits): an internal error of the command itself, a bug to report.
 *
 * @example
 * ```ts
 * exitCodes.invalid; // 1
 * ```
 */
export const exitCodes = { done: 0, invalid: 1, usage: 2, internal: 70 } as const;

/**
 * One of {@link exitCodes}.
 *
 * @example
 * ```ts
 * const code: ExitCode = await runCli(["rules", "validate", "team.yaml"], processIo());
 * if (code === exitCodes.invalid) console.log("the rule set has errors");
 * ```
 */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

import { type ExitCode, exitCodes } from "./exit-code.js";

/**
 * What a run read and found, counted: everything {@link exitCodeFor} decides on. Each count defaults to 0.
 */
export interface RunFindings {
  /** Things read (records, rule sets, test files, an MRZ, a NIK), valid or not. */
  read?: number;
  /** Records that could not be read at all: not JSON, cut off, too large, not UTF-8, a bad CSV row. */
  unreadable?: number;
  /**
   * Things read that are invalid, and checks that failed: invalid records, rule-set validation errors, an invalid
   * rule-test file, failing rule tests, coverage below `--min-coverage`, an invalid permit, MRZ or NIK.
   */
  failed?: number;
}

/**
 * The exit code of a run from what it read and found, the one decision every subcommand makes at its end:
 * `2` (usage) when nothing at all could be read and something could not; `1` (invalid) when something could not
 * be read or was read and found invalid, or a check failed; `0` otherwise. Records that were read but are not
 * valid are never "nothing could be read": they exit 1 with their messages.
 *
 * Usage errors (a bad option, a missing file) and inputs of which not one byte makes sense (an empty file, binary
 * junk, a rule file that is not JSON or YAML) end the command before anything is counted, with `exitCodes.usage`.
 */
export function exitCodeFor(findings: RunFindings): ExitCode {
  const read = findings.read ?? 0;
  const unreadable = findings.unreadable ?? 0;
  const failed = findings.failed ?? 0;
  if (read === 0 && unreadable > 0) return exitCodes.usage;
  if (unreadable > 0 || failed > 0) return exitCodes.invalid;
  return exitCodes.done;
}

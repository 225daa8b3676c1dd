/**
 * @timpora/cli: the `timpora` command. Screen files of cases (JSON, NDJSON, CSV) for TPPO indicators, check
 * permits, MRZs and NIKs, browse the fact catalogue, validate, test and compare rule sets, and run a demo on
 * synthetic data. The binary is the main use; this entry lets a program run the same command on its own streams
 * and gives the formats the command reads (the CSV columns, the rule-test files) as data and schemas.
 *
 * @packageDocumentation
 */

/** The parameters of the messages, by area. */
export type { CheckField, CheckMessageParams } from "./check-messages.js";
/** The error thrown for programmer errors of this API. */
export { CliError, type CliErrorCode, cliErrorMessages } from "./cli-error.js";
/** The streams and environment of a run. */
export { type CliIo, processIo } from "./cli-io.js";
/** The flat CSV columns of a case. */
export { CSV_COLUMNS, type CsvColumn, type CsvGroup } from "./csv-columns.js";
export type { DemoMessageParams } from "./demo-messages.js";
/** Exit codes. */
export { type ExitCode, exitCodes } from "./exit-code.js";
export type { InputMessageParams } from "./input-messages.js";
/** Message tables. */
export type { MessageTable, MessageText } from "./message-table.js";
/** Every message of the command. */
export { type CliMessageCode, type CliMessageParams, cliMessages } from "./messages.js";
/** The version of the command. */
export { cliVersion } from "./program.js";
/** The format of rule-set test files. */
export {
  type RuleTest,
  RuleTestExpectationSchema,
  type RuleTestFile,
  RuleTestFileSchema,
  RuleTestSchema,
} from "./rule-test-file.js";
export type { RuleTestMessageParams } from "./rule-test-messages.js";
export type { RulesMessageParams } from "./rules-messages.js";
/** Running the command. */
export { runCli } from "./run-cli.js";
export type { ScreenMessageParams } from "./screen-messages.js";
export type { UsageMessageParams } from "./usage-messages.js";

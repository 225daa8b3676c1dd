import type { Labels, Locale } from "@timpora/models";
import { type CheckMessageParams, checkMessages } from "./check-messages.js";
import { CommandFailure } from "./command-failure.js";
import { type DemoMessageParams, demoMessages } from "./demo-messages.js";
import type { ExitCode } from "./exit-code.js";
import { type InputMessageParams, inputMessages } from "./input-messages.js";
import { labelsOf, type MessageTable } from "./message-table.js";
import { type RuleTestMessageParams, ruleTestMessages } from "./rule-test-messages.js";
import { type RulesMessageParams, rulesMessages } from "./rules-messages.js";
import { type ScreenMessageParams, screenMessages } from "./screen-messages.js";
import { type UsageMessageParams, usageMessages } from "./usage-messages.js";

/**
 * Parameters of every message of the command, by code.
 *
 * @example
 * ```ts
 * const params: CliMessageParams["input.binary"] = { file: "cases.csv", byte: 0 };
 * ```
 */
export type CliMessageParams = InputMessageParams &
  UsageMessageParams &
  ScreenMessageParams &
  RulesMessageParams &
  CheckMessageParams &
  RuleTestMessageParams &
  DemoMessageParams;

/**
 * A stable code of a message of the command (`input.empty`, `screen.summary`, …).
 *
 * @example
 * ```ts
 * const code: CliMessageCode = "record.too-large";
 * ```
 */
export type CliMessageCode = keyof CliMessageParams;

/**
 * Every message of the command, keyed by code, in Indonesian and English.
 *
 * @example
 * ```ts
 * cliMessages["input.empty"].id({ file: "kasus.csv" }); // "kasus.csv: berkas kosong, tidak ada rekaman untuk dibaca"
 * ```
 */
export const cliMessages: MessageTable<CliMessageParams> = {
  ...inputMessages,
  ...usageMessages,
  ...screenMessages,
  ...rulesMessages,
  ...checkMessages,
  ...ruleTestMessages,
  ...demoMessages,
};

/** The labels of one message, its parameters filled in. */
export function message<C extends CliMessageCode>(code: C, params: CliMessageParams[C]): Labels {
  return labelsOf(cliMessages, code, params);
}

/** The text of one message in one language. */
export function say<C extends CliMessageCode>(locale: Locale, code: C, params: CliMessageParams[C]): string {
  return cliMessages[code][locale](params);
}

/** Ends the command with an exit code and a message. */
export function fail<C extends CliMessageCode>(
  exitCode: ExitCode,
  code: C,
  params: CliMessageParams[C],
): never {
  throw new CommandFailure(exitCode, message(code, params));
}

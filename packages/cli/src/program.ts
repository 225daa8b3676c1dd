import { Command, type Help, type Option } from "commander";
import type { CommandContext } from "./command-context.js";
import { registerDemo } from "./demo-command.js";
import { registerFacts } from "./facts-command.js";
import { helpTitles } from "./help-texts.js";
import { registerMrz } from "./mrz-command.js";
import { registerNik } from "./nik-command.js";
import { registerPermit } from "./permit-command.js";
import { registerRules } from "./rules-command.js";
import { registerScreen } from "./screen-command.js";

declare const __TIMPORA_CLI_VERSION__: string | undefined;
/**
 * The version of the command, set when it is built (`0.0.0-dev` when run from the sources).
 *
 * @example
 * ```ts
 * console.log(`timpora ${cliVersion}`);
 * ```
 */
export const cliVersion: string =
  typeof __TIMPORA_CLI_VERSION__ === "string" ? __TIMPORA_CLI_VERSION__ : "0.0.0-dev";

/**
 * The `timpora` program on commander, its help in the run's language (section titles, every description), its
 * errors thrown rather than printed (the runner prints them from the message table) and its output on the
 * run's streams.
 */
export function buildProgram(ctx: CommandContext): Command {
  const program = new Command("timpora");
  program
    .description(ctx.help("program"))
    .version(cliVersion, "-V, --version", ctx.help("version"))
    .helpOption("-h, --help", ctx.help("help"))
    .helpCommand("help [command]", ctx.help("help.command"))
    .option("--locale <locale>", ctx.help("locale"))
    .addHelpText("after", `\n${ctx.help("program.after")}`)
    .configureHelp({
      styleTitle: (title: string) => helpTitles[title]?.[ctx.locale] ?? title,
      optionDescription: (option: Option) => option.description,
      showGlobalOptions: true,
      helpWidth: Math.max(60, Math.min(ctx.io.columns ?? 100, 120)),
    } as Partial<Help>)
    .configureOutput({
      writeOut: (text) => ctx.io.stdout.write(text),
      writeErr: (text) => ctx.io.stderr.write(text),
      outputError: () => {},
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
  registerScreen(program, ctx);
  registerPermit(program, ctx);
  registerMrz(program, ctx);
  registerNik(program, ctx);
  registerFacts(program, ctx);
  registerRules(program, ctx);
  registerDemo(program, ctx);
  return program;
}

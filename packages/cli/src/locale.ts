import { type Locale, LocaleSchema } from "@timpora/models";

/** Where the language of a run came from, and the arguments left once `--locale` is taken out. */
export interface LocaleChoice {
  /** The language of messages and help. */
  locale: Locale;
  /** The arguments without `--locale X` / `--locale=X`. */
  argv: string[];
  /** A `--locale` value that is neither `id` nor `en` (a usage error), or `--locale` without a value. */
  invalid?: string;
}

/**
 * The language of a run: `--locale id|en` anywhere on the command line wins; otherwise the first of
 * `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (the POSIX order) decides: `id` when it names Indonesian
 * (`id`, `id_ID.UTF-8`), else `en`.
 */
export function chooseLocale(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): LocaleChoice {
  const rest: string[] = [];
  let given: string | undefined;
  let missing = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === "--locale") {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("-")) missing = true;
      else {
        given = next;
        i++;
      }
    } else if (arg.startsWith("--locale=")) given = arg.slice("--locale=".length);
    else rest.push(arg);
  }
  const fromEnv = localeOfEnv(env);
  if (missing) return { locale: fromEnv, argv: rest, invalid: "" };
  if (given === undefined) return { locale: fromEnv, argv: rest };
  const parsed = LocaleSchema.safeParse(given.toLowerCase());
  return parsed.success
    ? { locale: parsed.data, argv: rest }
    : { locale: fromEnv, argv: rest, invalid: given };
}

/** `id` when the environment's language (LC_ALL, then LC_MESSAGES, then LANG) is Indonesian, else `en`. */
export function localeOfEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return value !== undefined && /^id([_.@-]|$)/i.test(value) ? "id" : "en";
}

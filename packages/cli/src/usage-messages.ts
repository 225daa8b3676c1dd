import type { MessageTable } from "./message-table.js";

/**
 * Parameters of the messages about the command line itself, by code.
 *
 * @example
 * ```ts
 * const p: UsageMessageParams["usage.unknown-option"] = { option: "--formt", suggestions: ["--format"] };
 * ```
 */
export interface UsageMessageParams {
  /** An option the command does not have. */
  "usage.unknown-option": { option: string; suggestions: string[] };
  /** A subcommand that does not exist. */
  "usage.unknown-command": { command: string; suggestions: string[] };
  /** A required argument is missing. */
  "usage.missing-argument": { argument: string };
  /** An option was given without its value. */
  "usage.missing-value": { option: string };
  /** A required option is missing. */
  "usage.missing-option": { option: string };
  /** More arguments than the command takes. */
  "usage.too-many-arguments": Record<string, never>;
  /** A value that is not one of the allowed ones. */
  "usage.invalid-choice": { option: string; value: string; choices: readonly string[] };
  /** A value that is not a calendar date. */
  "usage.invalid-date": { option: string; value: string };
  /** A value that is not a whole number in range. */
  "usage.invalid-number": { option: string; value: string; min: number; max: number };
  /** `--locale` with a value other than id or en. */
  "usage.invalid-locale": { value: string };
  /** Two options that cannot go together. */
  "usage.conflict": { option: string; other: string };
  /** Any other command-line error. */
  "usage.other": Record<string, never>;
  /** Where to read more. */
  "usage.see-help": { command: string };
  /** A defect: something went wrong inside the command. */
  "internal.error": { code: string };
}

const list = (names: readonly string[]) => names.join(", ");

/** Messages about the command line, in Indonesian and English. */
export const usageMessages: MessageTable<UsageMessageParams> = {
  "usage.unknown-option": {
    id: (p) =>
      `opsi tidak dikenal ${p.option}${p.suggestions.length ? `; maksud Anda ${list(p.suggestions)}?` : ""}`,
    en: (p) =>
      `unknown option ${p.option}${p.suggestions.length ? `; did you mean ${list(p.suggestions)}?` : ""}`,
  },
  "usage.unknown-command": {
    id: (p) =>
      `perintah tidak dikenal ${p.command}${p.suggestions.length ? `; maksud Anda ${list(p.suggestions)}?` : ""}`,
    en: (p) =>
      `unknown command ${p.command}${p.suggestions.length ? `; did you mean ${list(p.suggestions)}?` : ""}`,
  },
  "usage.missing-argument": {
    id: (p) => `argumen ${p.argument} wajib diisi`,
    en: (p) => `missing argument ${p.argument}`,
  },
  "usage.missing-value": {
    id: (p) => `opsi ${p.option} memerlukan nilai`,
    en: (p) => `option ${p.option} needs a value`,
  },
  "usage.missing-option": {
    id: (p) => `opsi ${p.option} wajib diberikan`,
    en: (p) => `option ${p.option} is required`,
  },
  "usage.too-many-arguments": {
    id: () => "terlalu banyak argumen",
    en: () => "too many arguments",
  },
  "usage.invalid-choice": {
    id: (p) => `${p.option}: "${p.value}" tidak diizinkan; pilih ${list(p.choices)}`,
    en: (p) => `${p.option}: "${p.value}" is not allowed; choose ${list(p.choices)}`,
  },
  "usage.invalid-date": {
    id: (p) => `${p.option}: "${p.value}" bukan tanggal kalender YYYY-MM-DD`,
    en: (p) => `${p.option}: "${p.value}" is not a calendar date YYYY-MM-DD`,
  },
  "usage.invalid-number": {
    id: (p) => `${p.option}: "${p.value}" bukan bilangan bulat dari ${p.min} sampai ${p.max}`,
    en: (p) => `${p.option}: "${p.value}" is not a whole number from ${p.min} to ${p.max}`,
  },
  "usage.invalid-locale": {
    id: (p) => `--locale: "${p.value}" tidak dikenal; pilih id atau en`,
    en: (p) => `--locale: "${p.value}" is not known; choose id or en`,
  },
  "usage.conflict": {
    id: (p) => `opsi ${p.option} tidak dapat dipakai bersama ${p.other}`,
    en: (p) => `option ${p.option} cannot be used with ${p.other}`,
  },
  "usage.other": {
    id: () => "baris perintah tidak valid",
    en: () => "invalid command line",
  },
  "usage.see-help": {
    id: (p) => `lihat: ${p.command} --help`,
    en: (p) => `see: ${p.command} --help`,
  },
  "internal.error": {
    id: (p) =>
      `kesalahan internal (${p.code}); mohon laporkan dengan perintah yang dijalankan, tanpa data pribadi (TIMPORA_DEBUG=1 menampilkan rinciannya)`,
    en: (p) =>
      `internal error (${p.code}); please report it with the command you ran, without personal data (TIMPORA_DEBUG=1 shows the details)`,
  },
};

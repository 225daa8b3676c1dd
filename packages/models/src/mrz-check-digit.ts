import { ModelsError } from "./models-error.js";
/**
 * The value of one MRZ character in the check-digit computation (ICAO Doc 9303 Part 3 §4.9):
 * `0`–`9` keep their value, `A`–`Z` are 10–35, the filler `<` is 0. Returns `undefined` for any other
 * character.
 *
 * @example
 * ```ts
 * mrzCharValue("7"); // 7
 * mrzCharValue("A"); // 10
 * mrzCharValue("<"); // 0
 * ```
 */
export function mrzCharValue(char: string): number | undefined {
  if (char.length !== 1) return undefined;
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 65 && code <= 90) return code - 55; // A-Z -> 10..35
  if (code === 60) return 0; // <
  return undefined;
}

const weights = [7, 3, 1] as const;

/**
 * Error thrown by {@link mrzCheckDigit} when given a character outside the MRZ alphabet `A–Z0–9<`.
 * A programmer error: validate the text (e.g. with `parseMrz`) first.
 *
 * @example
 * ```ts
 * try {
 *   mrzCheckDigit("L898 902C3");
 * } catch (e) {
 *   if (e instanceof MrzCharsetError) e.index; // 4 (e.code: "mrz.charset")
 * }
 * ```
 */
export class MrzCharsetError extends ModelsError {
  /** Position (0-based) of the first character outside the MRZ alphabet. */
  readonly index: number;
  /** @param index - position (0-based) of the first character outside the alphabet */
  constructor(index: number) {
    super("mrz.charset", { field: `text[${index}]` });
    this.name = "MrzCharsetError";
    this.index = index;
  }
}

/**
 * ICAO 9303 check digit of an MRZ text: the character values weighted 7, 3, 1, 7, 3, 1, …, summed,
 * modulo 10 (Doc 9303 Part 3 §4.9).
 *
 * @throws {@link MrzCharsetError} when the text holds a character outside `A–Z0–9<`.
 * @example
 * ```ts
 * mrzCheckDigit("L898902C3"); // 6  (ICAO specimen passport number)
 * mrzCheckDigit("740812");    // 2
 * ```
 */
export function mrzCheckDigit(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const value = mrzCharValue(text.charAt(i));
    if (value === undefined) throw new MrzCharsetError(i);
    sum += value * (weights[i % 3] ?? 1);
  }
  return sum % 10;
}

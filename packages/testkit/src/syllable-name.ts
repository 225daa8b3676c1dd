/**
 * Names built from syllables, so that no generated name is a real person's.
 *
 * Construction: a surname is three syllables, a given name two, each syllable an onset from
 * {@link NAME_ONSETS}, a vowel from {@link NAME_VOWELS} and, in the last syllable only, an optional
 * coda from {@link NAME_CODAS}. With 17 onsets, 5 vowels and 7 codas the table spans about 4.3 million
 * surnames and 50,000 given names, and the three-syllable surname (with a coda most of the time) is
 * what keeps a full name away from real ones: common real surnames are mostly one or two syllables in
 * Latin script. Letters are A–Z only, so every name fits an ICAO 9303 MRZ without transliteration.
 * Any resemblance to a real person's name is coincidental.
 */
import type { Random } from "./random.js";

/** Syllable onsets (consonants), chosen so names read easily in Indonesian and in English. */
export const NAME_ONSETS: readonly string[] = [
  "b",
  "d",
  "f",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "w",
  "z",
  "dr",
];

/** Syllable vowels. */
export const NAME_VOWELS: readonly string[] = ["a", "e", "i", "o", "u"];

/** Codas used at the end of a name (the empty string means an open syllable). */
export const NAME_CODAS: readonly string[] = ["", "n", "r", "k", "s", "th", "v"];

/** A synthetic name as written in a travel document: surname and given names. */
export interface SyllableName {
  /** Surname (primary identifier), capitalised, e.g. "Tovadrek". */
  readonly primary: string;
  /** Given name (secondary identifier), capitalised. */
  readonly secondary: string;
}

function syllable(random: Random, last: boolean): string {
  const core = random.pick(NAME_ONSETS) + random.pick(NAME_VOWELS);
  return last ? core + random.pick(NAME_CODAS) : core;
}

function word(random: Random, syllables: number): string {
  let out = "";
  for (let i = 0; i < syllables; i++) out += syllable(random, i === syllables - 1);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * Builds one synthetic name: a three-syllable surname and a two-syllable given name.
 *
 * @example
 * ```ts
 * syllableName(createRandom(7)); // e.g. { primary: "Kavelun", secondary: "Dremo" }
 * ```
 */
export function syllableName(random: Random): SyllableName {
  return { primary: word(random, 3), secondary: word(random, 2) };
}

/** A single-word synthetic name (e.g. for an Indonesian individual sponsor, who often has one name): four syllables. */
export function syllableMononym(random: Random): string {
  return word(random, 4);
}

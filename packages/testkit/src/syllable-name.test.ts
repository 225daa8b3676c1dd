import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom } from "./random.js";
import { NAME_CODAS, NAME_ONSETS, NAME_VOWELS, syllableMononym, syllableName } from "./syllable-name.js";

const onset = `(?:${[...NAME_ONSETS].sort((a, b) => b.length - a.length).join("|")})`;
const vowel = `[${NAME_VOWELS.join("")}]`;
const coda = `(?:${NAME_CODAS.filter(Boolean).join("|")})?`;
const word = (n: number) => new RegExp(`^${`${onset}${vowel}`.repeat(n)}${coda}$`, "i");

describe("syllableName", () => {
  it("builds a three-syllable surname and a two-syllable given name from the tables, A–Z only", () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const name = syllableName(createRandom(seed));
        return (
          word(3).test(name.primary) &&
          word(2).test(name.secondary) &&
          /^[A-Z][a-z]+$/.test(name.primary) &&
          /^[A-Z][a-z]+$/.test(name.secondary)
        );
      }),
    );
  });

  it("builds four-syllable mononyms", () => {
    expect(syllableMononym(createRandom(5))).toMatch(word(4));
  });

  it("varies: 1,000 draws give more than 990 distinct surnames", () => {
    const r = createRandom("variety");
    const names = new Set(Array.from({ length: 1000 }, () => syllableName(r).primary));
    expect(names.size).toBeGreaterThan(990);
  });
});

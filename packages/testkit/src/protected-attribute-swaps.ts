/**
 * The changes of a metamorphic fairness test: a case with one protected attribute changed and everything that
 * must change with it, so that a screening, ranking or plan that does not read the attribute gives the same
 * answer. Nationality moves every reference to the home country (issuing state and MRZ of the person's
 * documents, origin of an arrival, destination of a trip home, transit, a seaman's book); sex is reprinted in
 * the passport's MRZ as well. Choosing a partner nationality that sits in the same rows of every country table
 * a rule set uses is the test's business: it depends on the rules.
 */
import type { Case } from "@timpora/models";
import { formatPassportMrz } from "./passport-mrz.js";

type Code = Case["person"]["nationality"];

/** The documents with issuing state (from → to) and the passport MRZ reprinted for `person`. */
function documentsOf(c: Case, person: Case["person"], from?: Code, to?: Code): Case["documents"] {
  return c.documents.map((d) => {
    const issuingState =
      from !== undefined && to !== undefined && d.issuingState === from ? to : d.issuingState;
    const doc = { ...d, issuingState };
    if (d.mrz === undefined || d.kind !== "passport") return doc;
    const mrz = formatPassportMrz(person, doc);
    return mrz === undefined ? doc : { ...doc, mrz };
  });
}

/**
 * The case with the person's nationality changed to `to`, and every reference to the old home country with it
 * (issuing state and MRZ of the documents, the countries of movements, a seaman's book's nationality).
 *
 * @example
 * ```ts
 * const c = generateCase({ seed: "swap", asOf: DEFAULT_AS_OF });
 * const swapped = withNationality(c, "NLD");
 * swapped.person.nationality; // "NLD"
 * swapped.documents.every((d) => d.issuingState !== c.person.nationality || c.person.nationality === "NLD"); // true
 * ```
 */
export function withNationality(c: Case, to: Code): Case {
  const from = c.person.nationality;
  const swap = (x: Code): Code => (x === from ? to : x);
  const person = { ...c.person, nationality: to };
  return {
    ...c,
    person,
    documents: documentsOf(c, person, from, to),
    movements: c.movements.map((m) => {
      const out = { ...m, transitCountries: m.transitCountries.map(swap) };
      if (m.fromCountry !== undefined) out.fromCountry = swap(m.fromCountry);
      if (m.toCountry !== undefined) out.toCountry = swap(m.toCountry);
      return out;
    }),
    crew: c.crew.map((k) =>
      k.seamanBookNationality === undefined
        ? k
        : { ...k, seamanBookNationality: swap(k.seamanBookNationality) },
    ),
  };
}

/**
 * The case with the person's sex changed (F ↔ M; X becomes F), the passport MRZ reprinted to match.
 *
 * @example
 * ```ts
 * const c = generateCase({ seed: "swap", asOf: DEFAULT_AS_OF });
 * withSex(c).person.sex !== c.person.sex; // true
 * ```
 */
export function withSex(c: Case): Case {
  const person = { ...c.person, sex: c.person.sex === "F" ? ("M" as const) : ("F" as const) };
  return { ...c, person, documents: documentsOf(c, person) };
}

const otherCode = (code: string | undefined, prefix: string) =>
  code === `${prefix}-fairness-a` ? `${prefix}-fairness-b` : `${prefix}-fairness-a`;

/**
 * The case with the person's religion set to a made-up code (`r-fairness-a`, or `r-fairness-b` when it was
 * already that): a rule that reads religion would see it change.
 *
 * @example
 * ```ts
 * withReligion(generateCase({ seed: "swap", asOf: DEFAULT_AS_OF })).person.religion; // "r-fairness-a"
 * ```
 */
export function withReligion(c: Case): Case {
  return { ...c, person: { ...c.person, religion: otherCode(c.person.religion, "r") } };
}

/**
 * The case with the person's ethnicity set to a made-up code (`e-fairness-a`, or `e-fairness-b` when it was
 * already that).
 *
 * @example
 * ```ts
 * withEthnicity(generateCase({ seed: "swap", asOf: DEFAULT_AS_OF })).person.ethnicity; // "e-fairness-a"
 * ```
 */
export function withEthnicity(c: Case): Case {
  return { ...c, person: { ...c.person, ethnicity: otherCode(c.person.ethnicity, "e") } };
}

// Realistic synthetic records for the tests: a testkit population (benign look-alikes, planted patterns, religion
// and ethnicity on a share of everyone), each with its assessment under the default rules. No real person.
import type { Case } from "@timpora/models";
import { ageOn } from "@timpora/models";
import { generateCases } from "@timpora/testkit";
import { createEvaluator } from "@timpora/tppo";
import type { Recipient } from "./disclosure.js";
import type { ShareRecord } from "./share.js";

export const AS_OF = "2025-03-01";
export const AT = "2025-03-01T09:00:00+08:00";

/** A fixed 32-byte test key (never a real key). */
export const KEY = new Uint8Array(Array.from({ length: 32 }, (_, i) => (i * 7 + 3) % 256));
/** Another key. */
export const OTHER_KEY = new Uint8Array(Array.from({ length: 32 }, (_, i) => (i * 11 + 5) % 256));

export const recipients = {
  disnaker: { id: "disnaker-5171", kind: "manpower-office", name: "Disnaker Kota Contoh" },
  polres: { id: "polres-5171", kind: "police-polres" },
  polda: { id: "polda-51", kind: "police-polda" },
  dinsos: { id: "dinsos-5171", kind: "social-affairs" },
  uptdPpa: { id: "uptd-ppa-51", kind: "uptd-ppa" },
  dukcapil: { id: "dukcapil-5171", kind: "dukcapil" },
  kanim: { id: "kanim-denpasar", kind: "immigration-office" },
} as const satisfies Record<string, Recipient>;

const pools = new Map<number, Promise<ShareRecord[]>>();

/** `count` realistic cases (default 300) with their assessments, built once per test file and count. */
export function realisticRecords(count = 300): Promise<ShareRecord[]> {
  let pool = pools.get(count);
  if (pool === undefined) {
    pool = (async () => {
      const cases = [...generateCases({ seed: "exchange", count, asOf: AS_OF, population: "realistic" })];
      const evaluator = createEvaluator({ asOf: AS_OF });
      const out: ShareRecord[] = [];
      for (const c of cases) out.push({ case: c, assessment: await evaluator.evaluate(c) });
      return out;
    })();
    pools.set(count, pool);
  }
  return pool;
}

/** Whether religion and ethnicity are both filled in. */
export const hasProtected = (c: Case): boolean =>
  c.person.religion !== undefined && c.person.ethnicity !== undefined;

/** Whether the person is under 18 on the day. */
export const isChild = (c: Case, on = AS_OF): boolean =>
  c.person.birthDate !== undefined && c.person.birthDate <= on && ageOn(c.person.birthDate, on) < 18;

/** Every leaf of a JSON value with its path (keys and indexes): `[["case", "person", "sex"], "F"]`. */
export function leaves(value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return [];
    return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [[path, value]];
}

/** A leaf path without its indexes, dotted: `case.documents.number`. */
export const dotted = (path: readonly (string | number)[]): string =>
  path.filter((p) => typeof p === "string").join(".");

/** Whether `path` lies at or under one of the allowed fields. */
export const underAllowed = (path: string, fields: readonly string[]): boolean =>
  fields.some((f) => path === f || path.startsWith(`${f}.`));

/** The value at an indexed path. */
export function at(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const seg of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[seg];
  }
  return current;
}

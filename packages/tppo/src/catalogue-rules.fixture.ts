// Test-only: fast-check arbitraries of rules over the fact catalogue (every fact and path of the default
// catalogue, with a date fact added so the date operators have something to read), every operator that fits a
// path's type, constant values from the type and fact references, nested all/any/not with priorities; and the
// catalogue's values for a testkit case.
import fc from "fast-check";
import * as z from "zod";
import type { AnyFactDefinition } from "./fact-definition.js";
import { typeAtPath } from "./fact-type.js";
import { defaultFacts } from "./facts/index.js";
import type { ValueKind } from "./operators.js";
import type { IndicatorRule, LeafCondition, NestedCondition, TopLevelCondition } from "./rule-set.js";

/** A date fact for the date operators: the latest entry's date and the first permit's last day (either may be absent). */
export const datesFact: AnyFactDefinition = {
  id: "testDates",
  type: z.strictObject({ lastEntry: z.iso.date().optional(), permitUntil: z.iso.date().nullable() }),
  label: { id: "Tanggal (uji)", en: "Dates (test)" },
  personal: false,
  protected: false,
  derive: (ctx) => {
    const entries = ctx.case.movements.filter((m) => m.direction === "entry").map((m) => m.date);
    const out: { lastEntry?: string; permitUntil: string | null } = {
      permitUntil: ctx.case.permits[0]?.validUntil ?? null,
    };
    const last = entries.sort().at(-1);
    if (last !== undefined) out.lastEntry = last;
    return out;
  },
};

/** The catalogue the generated rules read: the default facts and the date fact. */
export const catalogue: readonly AnyFactDefinition[] = [...defaultFacts, datesFact];

/** A readable place in the catalogue: a fact, a path into it (none for a whole value) and what it holds. */
interface Place {
  fact: string;
  path?: string;
  kind: "boolean" | "number" | "string" | "date" | "array";
  /** Values of that kind to compare with (enum options, a few numbers, dates, elements). */
  values: readonly unknown[];
}

const numbers = [-1, 0, 1, 2, 3, 5, 10, 18, 90];
const dates = ["2020-01-01", "2024-02-29", "2025-03-01", "2025-06-30", "2026-01-01"];

function optionsOf(schemas: readonly z.ZodType[]): unknown[] {
  const out: unknown[] = [];
  for (const s of schemas) {
    const def = (s as unknown as { _zod: { def: { type: string; entries?: object; element?: z.ZodType } } })
      ._zod.def;
    if (def.type === "enum" && def.entries !== undefined) out.push(...Object.values(def.entries));
    if (def.type === "array" && def.element !== undefined) out.push(...optionsOf([def.element]));
  }
  return out;
}

function placeKind(kinds: ReadonlySet<ValueKind>): Place["kind"] | undefined {
  for (const k of ["date", "array", "boolean", "number", "string"] as const) if (kinds.has(k)) return k;
  return undefined;
}

/** Every fact and first-level path of the catalogue with its kind and values to compare with. */
export function placesOf(facts: readonly AnyFactDefinition[]): Place[] {
  const places: Place[] = [];
  for (const fact of facts) {
    const root = typeAtPath(fact.type, undefined);
    const shape = (fact.type as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def
      .shape;
    const paths: (string | undefined)[] = shape === undefined ? [undefined] : Object.keys(shape);
    for (const path of paths) {
      const at = path === undefined ? root : typeAtPath(fact.type, path);
      if (at === undefined) continue;
      const kind = placeKind(at.kinds);
      if (kind === undefined) continue;
      const options = optionsOf(at.schemas);
      const values =
        kind === "boolean"
          ? [true, false]
          : kind === "number"
            ? numbers
            : kind === "date"
              ? dates
              : options.length > 0
                ? options
                : ["x", "UTO", "phone:1"];
      places.push(
        path === undefined ? { fact: fact.id, kind, values } : { fact: fact.id, path, kind, values },
      );
    }
  }
  return places;
}

const OPERATORS: Record<Place["kind"], readonly string[]> = {
  boolean: ["equal", "notEqual", "in", "notIn"],
  number: [
    "equal",
    "notEqual",
    "in",
    "notIn",
    "lessThan",
    "lessThanInclusive",
    "greaterThan",
    "greaterThanInclusive",
  ],
  string: ["equal", "notEqual", "in", "notIn"],
  date: ["dateBefore", "dateAfter", "dateWithinDaysOf", "equal", "notEqual"],
  array: ["contains", "doesNotContain"],
};

function leafArbitrary(places: readonly Place[]): fc.Arbitrary<LeafCondition> {
  const numberPlaces = places.filter((p) => p.kind === "number");
  const datePlaces = places.filter((p) => p.kind === "date");
  return fc
    .tuple(fc.constantFrom(...places), fc.nat(1000), fc.nat(1000), fc.nat(10))
    .map(([place, a, b, refDraw]) => {
      const operators = OPERATORS[place.kind];
      const operator = operators[a % operators.length]!;
      const pick = (i: number) => place.values[i % place.values.length];
      let value: unknown;
      if (operator === "in" || operator === "notIn") value = [pick(b), pick(b + 1)];
      else if (operator === "dateWithinDaysOf") value = [0, 1, 30, 365, 4000][b % 5];
      else value = pick(b);
      // a fact reference now and then: a threshold or a number of another fact; a date of the date fact
      if (refDraw === 0 && place.kind === "number" && !["in", "notIn"].includes(operator)) {
        const other = numberPlaces[b % numberPlaces.length]!;
        value = other.path === undefined ? { fact: other.fact } : { fact: other.fact, path: other.path };
      }
      if (refDraw === 1 && place.kind === "date" && (operator === "dateBefore" || operator === "dateAfter")) {
        const other = datePlaces[b % datePlaces.length]!;
        value = { fact: other.fact, path: other.path };
      }
      const leaf: LeafCondition = { fact: place.fact, operator, value };
      if (place.path !== undefined) leaf.path = place.path;
      return leaf;
    });
}

const priority = fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 2 });
const withPriority = <T extends NestedCondition>(node: T, p: number | undefined): T =>
  p === undefined ? node : { ...node, priority: p };

/** Top-level conditions over the catalogue: nested all/any/not (depth ≤ 4), priorities on any node. */
export function conditionArbitrary(facts: readonly AnyFactDefinition[]): fc.Arbitrary<TopLevelCondition> {
  const leaf = leafArbitrary(placesOf(facts));
  const { tree } = fc.letrec<{ tree: NestedCondition; group: NestedCondition }>((tie) => ({
    tree: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.tuple(leaf, priority).map(([l, p]) => withPriority(l, p)),
      tie("group"),
    ),
    group: fc.oneof(
      fc
        .tuple(fc.array(tie("tree"), { minLength: 1, maxLength: 3 }), priority)
        .map(([c, p]) => withPriority({ all: c }, p)),
      fc
        .tuple(fc.array(tie("tree"), { minLength: 1, maxLength: 3 }), priority)
        .map(([c, p]) => withPriority({ any: c }, p)),
      fc.tuple(tie("tree"), priority).map(([c, p]) => withPriority({ not: c }, p)),
    ),
  }));
  return fc.oneof(
    fc.record({ all: fc.array(tree, { minLength: 1, maxLength: 4 }) }),
    fc.record({ any: fc.array(tree, { minLength: 1, maxLength: 4 }) }),
    fc.record({ not: tree }),
  ) as fc.Arbitrary<TopLevelCondition>;
}

/** A rule with minimal metadata around conditions. */
export function generatedRule(id: string, conditions: TopLevelCondition): IndicatorRule {
  return {
    id,
    version: "1.0.0",
    label: { id, en: id },
    strength: "medium",
    elements: ["means"],
    needsObservation: false,
    sources: [{ ref: "generated", confidence: "low" }],
    validFrom: "2000-01-01",
    conditions,
    event: { type: "indicator", params: { indicator: id } },
  };
}

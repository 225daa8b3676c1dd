/**
 * Minimisation: what is left of one record under a profile's fields. Only paths of the catalogue are read, so an
 * unknown key in the input never leaves; a value is copied as it is, or, for a record identifier in a pseudonymous
 * exchange, replaced by its pseudonym.
 */
import { ageOn, isIsoDate } from "@timpora/models";
import { explanationLeafCategories } from "./explanation-categories.js";
import { fieldCatalogue } from "./field-catalogue.js";
import { isIdentifierPath, restrictionRules } from "./field-classes.js";
import type { SharingPurpose } from "./purpose.js";

/** A path tree of the allowed fields. */
export interface FieldTree {
  /** Everything below this node is allowed. */
  allowed: boolean;
  /** Allowed paths below, by key. */
  children: Map<string, FieldTree>;
}

/** Builds the path tree of a list of allowed paths. */
export function fieldTree(fields: readonly string[]): FieldTree {
  const root: FieldTree = { allowed: false, children: new Map() };
  for (const field of fields) {
    let node = root;
    for (const key of field.split(".")) {
      let next = node.children.get(key);
      if (next === undefined) {
        next = { allowed: false, children: new Map() };
        node.children.set(key, next);
      }
      node = next;
    }
    node.allowed = true;
  }
  return root;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

const isScalar = (v: unknown): v is string | number | boolean | null =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/**
 * The facts of @timpora/tppo's default catalogue that read religion and ethnicity. An explanation tree is shared
 * whole, but a leaf on one of these facts (possible in a team's own rule, beside other conditions) has its
 * values replaced by `{ redacted: true }`, the explanations' own mark for a hidden value: religion and ethnicity
 * never leave. A team's own fact that reads them under another id is not recognised.
 */
export const PROTECTED_FACT_IDS: readonly string[] = Object.freeze(["religion", "ethnicity"]);

const REDACTED = Object.freeze({ redacted: true });

/** Whether a leaf on `fact` at `path` may not be shown: religion or ethnicity, or a category `purpose` may not carry. */
type Hidden = (fact: unknown, path: unknown) => boolean;

function redact(node: unknown, hidden: Hidden): void {
  if (Array.isArray(node)) {
    for (const item of node) redact(item, hidden);
  } else if (isPlainObject(node)) {
    if (node.kind === "fact" && hidden(node.fact, node.path)) {
      if (Object.hasOwn(node, "actual")) node.actual = { ...REDACTED };
      if (Object.hasOwn(node, "expected")) node.expected = { ...REDACTED };
    }
    const ref = node.expectedRef;
    if (isPlainObject(ref) && hidden(ref.fact, ref.path)) node.expected = { ...REDACTED };
    for (const value of Object.values(node)) redact(value, hidden);
  }
}

const isProtectedFact = (fact: unknown): boolean => PROTECTED_FACT_IDS.includes(fact as string);

/** Replaces, in place, the values of explanation leaves on religion or ethnicity; returns the tree. */
export function redactProtectedFacts<T>(tree: T): T {
  redact(tree, isProtectedFact);
  return tree;
}

/**
 * Whether an explanation leaf on `fact` at `path` may not be shown under `purpose` (undefined: no purpose, every
 * restricted category hidden): religion and ethnicity never, a restricted category only for the purposes of its
 * row in the restriction table.
 */
export function isHiddenLeaf(fact: unknown, path: unknown, purpose: SharingPurpose | undefined): boolean {
  if (typeof fact !== "string") return false;
  if (isProtectedFact(fact)) return true;
  const categories = explanationLeafCategories(fact, typeof path === "string" ? path : undefined);
  return categories.some(
    (c) =>
      purpose === undefined ||
      !restrictionRules.some((r) => r.category === c && r.purposes.includes(purpose)),
  );
}

/**
 * Replaces, in place, the values of explanation leaves that may not leave under `purpose` (religion, ethnicity,
 * and restricted data the purpose may not carry) with `{ redacted: true }`; returns the tree.
 */
export function redactExplanation<T>(tree: T, purpose: SharingPurpose | undefined): T {
  redact(tree, (fact, path) => isHiddenLeaf(fact, path, purpose));
  return tree;
}

/** What a record identifier becomes (itself, or its pseudonym). */
export type IdentifierMap = (value: string) => string;

/** How a record is projected: identifiers mapped, and the purpose that decides what explanations show. */
export interface Projection {
  /** What a record identifier becomes (none: itself). */
  mapId?: IdentifierMap | undefined;
  /** The purpose of the exchange (none: every restricted category is redacted in explanations). */
  purpose?: SharingPurpose | undefined;
}

/** Copies the catalogue's fields of `value` at `path`: an allowed subtree. */
function copyKnown(value: unknown, path: string, how: Projection): unknown {
  const mapId = how.mapId;
  const node = fieldCatalogue().get(path);
  if (node === undefined) return undefined;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const copied = copyKnown(item, path, how);
      if (copied !== undefined) out.push(copied);
    }
    return out;
  }
  if (node.opaque)
    return isPlainObject(value) ? redactExplanation(structuredClone(value), how.purpose) : undefined;
  if (node.keys.length > 0) {
    if (!isPlainObject(value)) return undefined;
    const out: Record<string, unknown> = {};
    for (const key of node.keys) {
      if (!Object.hasOwn(value, key)) continue;
      const copied = copyKnown(value[key], `${path}.${key}`, how);
      if (copied !== undefined) out[key] = copied;
    }
    return out;
  }
  if (!isScalar(value)) return undefined;
  return mapId !== undefined && typeof value === "string" && isIdentifierPath(path) ? mapId(value) : value;
}

/** The allowed part of `value` at `path` under the tree node; `undefined` when nothing allowed is there. */
export function project(value: unknown, tree: FieldTree, path: string, how: Projection = {}): unknown {
  if (value === undefined) return undefined;
  if (tree.allowed) return copyKnown(value, path, how);
  if (Array.isArray(value)) {
    // Items keep their places (an item with nothing allowed becomes {}), so a path with indexes means the same in
    // the payload and in the input; a list with nothing allowed in any item is left out.
    const out = value.map((item) => project(item, tree, path, how) ?? {});
    return out.some((item) => Object.keys(item as object).length > 0) ? out : undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, child] of tree.children) {
    if (!Object.hasOwn(value, key)) continue;
    const projected = project(value[key], child, `${path}.${key}`, how);
    if (projected !== undefined) out[key] = projected;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The age below which a person is a child: 18, the project's issue-7 decision. UU 21/2007 Art. 1(5) and
 * UU 35/2014 Art. 1(1) are commonly cited as defining a child as a person not yet 18, but the text was not
 * retrieved verbatim (medium confidence; see the project's TPPO brief and docs/decisions.md).
 */
export const CHILD_AGE = 18;

/**
 * True when the record is a child's: the person is under 18 on the sharing day (by `ageOn`, the SDK's one age
 * rule), or the assessment says `minor`. An unknown or malformed birth date, without an assessment saying minor,
 * does not count as a child (as in the screening).
 */
export function isChildRecord(record: { case?: unknown; assessment?: unknown }, on: string): boolean {
  const assessment = record.assessment;
  if (isPlainObject(assessment) && assessment.minor === true) return true;
  const c = record.case;
  const person = isPlainObject(c) ? c.person : undefined;
  const birth = isPlainObject(person) ? person.birthDate : undefined;
  return isIsoDate(birth) && birth <= on && ageOn(birth, on) < CHILD_AGE;
}

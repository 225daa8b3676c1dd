/**
 * A zod schema compiled once into closures that ACCEPT ONLY what zod accepts, building the same output, so that
 * valid records (nearly all of a batch) skip zod's general machinery: the parse functions try it first and fall
 * back to zod's `safeParse` (which then finds and explains the issues) whenever it does not accept. Nothing is
 * generated from text: the closures are built from the schema's own definitions, and every check (lengths,
 * patterns, formats, refinements such as date order, NIK structure, region membership and MRZ check digits) is
 * zod's own check object, called as zod calls it. A part of a schema it does not model is handed to zod's own
 * parser for that part. So it cannot accept what zod rejects; at worst it rejects, and zod decides.
 */
import type * as z from "zod";
import { type Check, type Predicate, predicateOf } from "./compiled-checks.js";

/** What a compiled node returns when it does not accept its input. */
export const REJECTED: unique symbol = Symbol("rejected");

/** A compiled node: the parsed value (zod's output), or {@link REJECTED}. */
export type CompiledParse = (input: unknown) => unknown;

interface Internals {
  def: Record<string, unknown> & { type: string; checks?: readonly Check[] };
  traits: Set<string>;
  optin?: "optional" | "defaulted" | undefined;
  optout?: "optional" | undefined;
  values?: Set<unknown>;
  propValues?: Record<string, Set<unknown>>;
  innerType?: Schema;
  run(payload: Payload, ctx: { async: false }): Payload | Promise<Payload>;
  check?: (payload: Payload) => unknown;
}

interface Schema {
  _zod: Internals;
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

const SYNC: { async: false } = { async: false };

function internals(schema: unknown): Internals {
  return (schema as Schema)._zod;
}

/** zod's own parser for a part this module does not model: accepted when zod finds no issue. */
/**
 * What the last compiled parse saw of its input: the values it holds (as the input guard counts them: every
 * object, array and scalar), the deepest object or array (the root is 0), the most keys of one object, and
 * whether it saw all of it (false when an unknown key was stripped or a part was left to zod), so the parse
 * functions need not walk an accepted input again to check the limits.
 */
export interface InputShape {
  /** Values counted. */
  values: number;
  /** Depth of the deepest object or array (-1 when there is none). */
  deepest: number;
  /** Most keys in one object. */
  widest: number;
  /** Every value was counted. */
  complete: boolean;
}

const seen: InputShape & { depth: number } = { values: 1, deepest: -1, widest: 0, complete: true, depth: 0 };

/** Runs a compiled parser on an input, and says what it saw of it. */
export function parseCounted(parse: CompiledParse, input: unknown): { value: unknown; shape: InputShape } {
  // a refinement that parses again (re-entrant) must not disturb the count of the parse around it
  const outer = { ...seen };
  seen.values = 1;
  seen.deepest = -1;
  seen.widest = 0;
  seen.complete = true;
  seen.depth = 0;
  try {
    const value = parse(input);
    const { values, deepest, widest, complete } = seen;
    return { value, shape: { values, deepest, widest, complete } };
  } finally {
    Object.assign(seen, outer);
  }
}

/** Arrays longer than this are left to zod (the guard refuses them long before, with the default limits). */
const LONGEST_ARRAY = 100_000;

function byZod(zod: Internals): CompiledParse {
  return (input) => {
    seen.complete = false;
    const result = zod.run({ value: input, issues: [] }, SYNC);
    if (result instanceof Promise) {
      result.catch(() => undefined);
      return REJECTED;
    }
    return result.issues.length === 0 ? result.value : REJECTED;
  };
}

/** The checks zod runs after a node's own parse: the node itself when it is a check (string formats), then `checks`. */
function checksOf(zod: Internals): readonly Check[] {
  const own = zod.def.checks ?? [];
  return zod.traits.has("$ZodCheck") ? [{ _zod: zod } as unknown as Check, ...own] : own;
}

/**
 * Runs the checks on a parsed value the way zod's `runChecks` does on a payload without issues. The payload is
 * reused from one value to the next (no allocation per value); a check that parses with the same node again
 * (a re-entrant call) gets a payload of its own.
 */
function withChecks(parse: CompiledParse, checks: readonly Check[]): CompiledParse {
  if (checks.length === 0) return parse;
  const predicates = checks.map(predicateOf);
  if (predicates.every((p) => p !== undefined)) {
    const all = predicates as Predicate[];
    return (input) => {
      const value = parse(input);
      if (value === REJECTED) return REJECTED;
      for (let i = 0; i < all.length; i++) if (!all[i]!(value)) return REJECTED;
      return value;
    };
  }
  const shared: Payload = { value: undefined, issues: [] };
  let busy = false;
  return (input) => {
    const value = parse(input);
    if (value === REJECTED) return REJECTED;
    const reentrant = busy;
    const payload: Payload = reentrant ? { value, issues: [] } : shared;
    payload.value = value;
    busy = true;
    try {
      for (const check of checks) {
        const when = check._zod.def.when;
        if (when !== undefined && !when(payload)) continue;
        const result = check._zod.check(payload);
        if (result instanceof Promise) {
          result.catch(() => undefined);
          return REJECTED;
        }
        if (payload.issues.length > 0) return REJECTED;
      }
      return payload.value;
    } finally {
      busy = reentrant;
      if (payload.issues.length > 0) payload.issues = [];
      payload.value = undefined;
    }
  };
}

/** Compiled nodes by schema, so shared and recursive schemas compile once. */
const compiledNodes = new WeakMap<object, CompiledParse>();

/**
 * The compiled parser of a schema: its parsed value, or {@link REJECTED} when it does not accept (zod must then
 * decide). Compiled on first use and kept.
 */
export function compiledParser(schema: z.ZodType): CompiledParse {
  return nodeOf(schema);
}

function nodeOf(schema: unknown): CompiledParse {
  const known = compiledNodes.get(schema as object);
  if (known !== undefined) return known;
  // a placeholder first, so a recursive schema refers to its node before it is complete
  let compiled: CompiledParse | undefined;
  const late: CompiledParse = (input) => compiled!(input);
  compiledNodes.set(schema as object, late);
  compiled = compileNode(internals(schema));
  compiledNodes.set(schema as object, compiled);
  return compiled;
}

function compileNode(zod: Internals): CompiledParse {
  const def = zod.def;
  if (def.coerce === true) return byZod(zod);
  const checks = checksOf(zod);
  switch (def.type) {
    case "string":
      return withChecks((v) => (typeof v === "string" ? v : REJECTED), checks);
    case "number":
      return withChecks(
        (v) => (typeof v === "number" && !Number.isNaN(v) && Number.isFinite(v) ? v : REJECTED),
        checks,
      );
    case "boolean":
      return withChecks((v) => (typeof v === "boolean" ? v : REJECTED), checks);
    case "null":
      return withChecks((v) => (v === null ? v : REJECTED), checks);
    case "enum":
    case "literal": {
      const values = zod.values;
      if (values === undefined) return byZod(zod);
      return withChecks((v) => (values.has(v) ? v : REJECTED), checks);
    }
    case "object":
      return withChecks(objectNode(zod), checks);
    case "array":
      return withChecks(arrayNode(zod), checks);
    case "optional":
      return withChecks(optionalNode(zod), checks);
    case "nullable": {
      const inner = nodeOf(def.innerType);
      return withChecks((v) => (v === null ? null : inner(v)), checks);
    }
    case "default":
      return withChecks(defaultNode(zod), checks);
    case "union":
      return withChecks(unionNode(zod), checks);
    case "lazy": {
      let inner: CompiledParse | undefined;
      return withChecks((v) => {
        inner ??= nodeOf(zod.innerType);
        return inner(v);
      }, checks);
    }
    default:
      // pipes, transforms, records, tuples, intersections, catch, readonly, …: zod's own parser, checks included
      return byZod(zod);
  }
}

/** The property step of zod's object parse (`handlePropertyResult`) for one key that was accepted. */
function objectNode(zod: Internals): CompiledParse {
  const def = zod.def as Internals["def"] & { shape: Record<string, unknown>; catchall?: unknown };
  const shape = def.shape;
  if (Object.getOwnPropertySymbols(shape).length > 0) return byZod(zod);
  const keys = Object.keys(shape).filter((k) => k !== "__proto__");
  const keySet = new Set(Object.keys(shape));
  const fields = keys.map((key) => {
    const field = internals(shape[key]);
    return { key, parse: nodeOf(shape[key]), optin: field.optin, optout: field.optout };
  });
  const catchall = def.catchall === undefined ? undefined : internals(def.catchall);
  const strict = catchall?.def.type === "never";
  if (catchall !== undefined && !strict) return byZod(zod);
  return (input) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return REJECTED;
    const record = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const depth = seen.depth;
    if (depth > seen.deepest) seen.deepest = depth;
    seen.depth = depth + 1;
    let present = 0;
    for (const { key, parse, optin, optout } of fields) {
      const own = Object.hasOwn(record, key);
      // an inherited property: zod's `key in input` and `input[key]` see it; leave such input to zod
      if (!own && key in record) return REJECTED;
      if (!own && optout === "optional" && optin === "optional") continue;
      if (!own && optin === undefined) return REJECTED;
      if (own) present++;
      const value = parse(own ? record[key] : undefined);
      if (value === REJECTED) return REJECTED;
      if (value === undefined) {
        if (own || (optin === "defaulted" && optout !== "optional")) out[key] = undefined;
      } else {
        out[key] = value;
      }
    }
    for (const key in record) {
      if (keySet.has(key)) continue;
      if (strict) return REJECTED;
      // a key zod strips: its value is not counted here
      seen.complete = false;
      break;
    }
    seen.values += present;
    if (present > seen.widest) seen.widest = present;
    seen.depth = depth;
    return out;
  };
}

function arrayNode(zod: Internals): CompiledParse {
  const element = nodeOf(zod.def.element);
  return (input) => {
    if (!Array.isArray(input)) return REJECTED;
    const length = input.length;
    if (length > LONGEST_ARRAY) return REJECTED;
    const depth = seen.depth;
    if (depth > seen.deepest) seen.deepest = depth;
    seen.depth = depth + 1;
    const out = new Array<unknown>(length);
    for (let i = 0; i < length; i++) {
      const value = element(input[i]);
      if (value === REJECTED) return REJECTED;
      out[i] = value;
    }
    seen.values += length;
    seen.depth = depth;
    return out;
  };
}

function optionalNode(zod: Internals): CompiledParse {
  const innerSchema = zod.def.innerType;
  const inner = nodeOf(innerSchema);
  if (internals(innerSchema).optin === "defaulted") return byZod(zod);
  return (v) => (v === undefined ? undefined : inner(v));
}

function defaultNode(zod: Internals): CompiledParse {
  const def = zod.def as Internals["def"] & { defaultValue: unknown };
  const inner = nodeOf(def.innerType);
  return (v) => {
    // `defaultValue` is a getter: a fresh copy of the default each time, as zod gives it
    if (v === undefined) return def.defaultValue;
    const value = inner(v);
    return value === undefined ? def.defaultValue : value;
  };
}

function unionNode(zod: Internals): CompiledParse {
  const def = zod.def as Internals["def"] & {
    options: readonly unknown[];
    discriminator?: string;
    inclusive?: boolean;
    unionFallback?: boolean;
  };
  const options = def.options.map((o) => nodeOf(o));
  if (def.discriminator === undefined) {
    if (def.inclusive === false) return byZod(zod);
    // zod takes the first option that accepts; when the first does not accept here, it may still accept in zod,
    // so zod decides the whole union (never a later option that zod would not have reached)
    const first = options[0];
    const whole = byZod(zod);
    if (first === undefined) return whole;
    return (v) => {
      const value = first(v);
      return value === REJECTED ? whole(v) : value;
    };
  }
  if (def.unionFallback === true) return byZod(zod);
  const discriminator = def.discriminator;
  const byValue = new Map<unknown, CompiledParse>();
  for (let i = 0; i < def.options.length; i++) {
    const values = internals(def.options[i]).propValues?.[discriminator];
    if (values === undefined) return byZod(zod);
    for (const value of values) {
      // two options claiming one value, or an omittable tag: zod's own lookup decides
      if (byValue.has(value) || value === undefined) return byZod(zod);
      byValue.set(value, options[i]!);
    }
  }
  return (input) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return REJECTED;
    const option = byValue.get((input as Record<string, unknown>)[discriminator]);
    return option === undefined ? REJECTED : option(input);
  };
}

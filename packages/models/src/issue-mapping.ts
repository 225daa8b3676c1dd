import type * as z from "zod";
import { type IssueCode, isIssueCode } from "./issue-code.js";

/**
 * A path into the input: object keys and array indexes.
 *
 * @example
 * ```ts
 * const r = parsePermit({ schemaVersion: 1, id: "pm-1", kind: "itas", basis: "limited-stay-visa",
 *   validFrom: "2024-05-01", validUntil: "2025-04-30", status: "active", purpose: "work",
 *   reEntryPermits: [{ id: "re-1", kind: "multiple", validFrom: "2024-05-01", validUntil: "2024-04-30" }] });
 * const path: IssuePath = r.ok ? [] : (r.issues[0]?.path ?? []);
 * path.join("."); // "reEntryPermits.0.validUntil"
 * ```
 */
export type IssuePath = (string | number)[];

/** A zod issue reduced to its stable code and path (no message, no input value). */
export interface CodedIssue {
  /** The stable issue code. */
  code: IssueCode;
  /** Where in the input the issue is. */
  path: IssuePath;
}

type ZodIssue = z.core.$ZodIssue;

/**
 * Longest key name an issue path may echo; a longer one (perhaps personal data pasted as a key) is replaced by
 * {@link LONG_KEY_PLACEHOLDER}.
 *
 * @example
 * ```ts
 * MAX_ECHOED_KEY_LENGTH; // 32
 * const r = parseSponsor({ schemaVersion: 1, id: "s-1", kind: "person", name: "SYNTHETIC",
 *   verificationStatus: "unverified", nickname: "x" });
 * r.ok === false && r.issues[0]?.path; // ["nickname"] (8 characters: shown as given)
 * ```
 */
export const MAX_ECHOED_KEY_LENGTH = 32;

/**
 * What an issue path shows instead of a key name longer than {@link MAX_ECHOED_KEY_LENGTH}.
 *
 * @example
 * ```ts
 * const pasted = "SYNTHETIC PERSON born 1990-08-10 in nowhere";
 * const r = parsePerson({ schemaVersion: 1, id: "p-1", names: { primary: "SYNTHETIC" }, sex: "F",
 *   nationality: "UTO", [pasted]: true });
 * r.ok === false && r.issues[0]?.path; // ["(long key)"]: the key itself is never echoed
 * r.ok === false && r.issues[0]?.path[0] === LONG_KEY_PLACEHOLDER; // true
 * ```
 */
export const LONG_KEY_PLACEHOLDER = "(long key)";

/** Most `key.unknown` issues reported for one object; further unknown keys give one `key.unknown-many`. */
export const MAX_UNKNOWN_KEYS_REPORTED = 20;

/** A path segment safe to report: numbers as they are, keys no longer than {@link MAX_ECHOED_KEY_LENGTH}. */
export function safePathSegment(key: PropertyKey): string | number {
  if (typeof key === "number") return key;
  const text = String(key);
  return text.length > MAX_ECHOED_KEY_LENGTH ? LONG_KEY_PLACEHOLDER : text;
}

function pathOf(path: readonly PropertyKey[]): IssuePath {
  return path.map(safePathSegment);
}

function sizeCode(origin: string, tooBig: boolean): IssueCode {
  if (origin === "string") return tooBig ? "string.too-long" : "string.too-short";
  if (origin === "array" || origin === "set") return tooBig ? "array.too-long" : "value.invalid";
  if (origin === "number" || origin === "int" || origin === "bigint") return "number.out-of-range";
  return "value.invalid";
}

function typeCode(issue: Extract<ZodIssue, { code: "invalid_type" }>): IssueCode {
  if (issue.input === undefined) return "required";
  const numeric = issue.expected === "number" || issue.expected === "int";
  if (numeric && typeof issue.input === "number") return "number.invalid";
  return "type.invalid";
}

function unionCode(issue: Extract<ZodIssue, { code: "invalid_union" }>): IssueCode {
  if (issue.discriminator === undefined) return "value.invalid";
  const input: unknown = issue.input;
  if (input === null || typeof input !== "object") return "type.invalid";
  const value = Object.hasOwn(input, issue.discriminator)
    ? (input as Record<string, unknown>)[issue.discriminator]
    : undefined;
  return value === undefined ? "required" : "enum.unknown";
}

function valueCode(issue: Extract<ZodIssue, { code: "invalid_value" }>): IssueCode {
  if (issue.input === undefined) return "required";
  if (issue.path.at(-1) === "schemaVersion") return "schema-version.unsupported";
  const sameType = issue.values.some((allowed) => typeof allowed === typeof issue.input);
  return sameType ? "enum.unknown" : "type.invalid";
}

function codeOf(issue: ZodIssue): IssueCode {
  // Schema-level errors in this package are given as issue codes (see `issue()` in fields.ts).
  if (isIssueCode(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return typeCode(issue);
    case "too_big":
      return sizeCode(issue.origin, true);
    case "too_small":
      return sizeCode(issue.origin, false);
    case "invalid_format":
      if (issue.format === "date") return "date.invalid";
      if (issue.format === "datetime") return "datetime.invalid";
      return "string.pattern";
    case "not_multiple_of":
      return "number.invalid";
    case "invalid_value":
      return valueCode(issue);
    case "invalid_union":
      return unionCode(issue);
    default:
      return "value.invalid";
  }
}

/**
 * Maps one zod issue to coded issues. An unknown-keys issue becomes one `key.unknown` issue per key, with the
 * key at the end of its path (a long key replaced by {@link LONG_KEY_PLACEHOLDER}), for at most
 * {@link MAX_UNKNOWN_KEYS_REPORTED} keys, then one `key.unknown-many` at the object. Nothing of zod's message
 * or of the input's values is kept.
 */
export function codedIssuesOf(issue: ZodIssue): CodedIssue[] {
  const path = pathOf(issue.path);
  if (issue.code === "unrecognized_keys") {
    const shown: CodedIssue[] = issue.keys
      .slice(0, MAX_UNKNOWN_KEYS_REPORTED)
      .map((key) => ({ code: "key.unknown", path: [...path, safePathSegment(key)] }));
    if (issue.keys.length > MAX_UNKNOWN_KEYS_REPORTED) shown.push({ code: "key.unknown-many", path });
    return shown;
  }
  return [{ code: codeOf(issue), path }];
}

import * as z from "zod";
import type { IssueCode } from "./issue-code.js";
import { checkNik } from "./nik.js";

/**
 * The size limits every record schema applies, so oversized input fails fast with a clear code.
 *
 * @example
 * ```ts
 * fieldLimits.name; // 200
 * const r = parsePerson({ schemaVersion: 1, id: "p-1", names: { primary: "X".repeat(fieldLimits.name + 1) },
 *   sex: "F", nationality: "UTO" });
 * r.ok === false && r.issues[0]?.code; // "string.too-long" (path ["names", "primary"])
 * ```
 */
export const fieldLimits = {
  /** Longest id (characters). */
  id: 128,
  /** Longest personal or organisation name (characters). */
  name: 200,
  /** Longest free text (characters). */
  text: 512,
  /** Longest short code such as a language tag (characters). */
  code: 64,
  /** Most items in any list. */
  items: 1000,
} as const;

/** Error option that makes a failing check report the given {@link IssueCode}. */
export function issue(code: IssueCode): { error: IssueCode } {
  return { error: code };
}

/** A record id: non-empty, at most 128 characters. */
export const IdSchema = z.string().min(1).max(fieldLimits.id);

/** A personal or organisation name: non-empty, at most 200 characters. */
export const NameSchema = z.string().min(1).max(fieldLimits.name);

/** A free text: at most 512 characters. */
export const TextSchema = z.string().max(fieldLimits.text);

/** A short code (a language tag, a free-text classification): non-empty, at most 64 characters. */
export const CodeSchema = z.string().min(1).max(fieldLimits.code);

/** A list of at most 1000 items that defaults to `[]` when absent. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item).max(fieldLimits.items).default([]);
}

/** The `schemaVersion` every top-level record carries: the literal 1. */
export const SchemaVersionSchema = z.literal(1);

/**
 * A NIK (Nomor Induk Kependudukan): 16 digits (also in JSON Schema), structurally checked by
 * {@link checkNik} (province, birth day and month, serial; only in code); fails with `nik.invalid`.
 *
 * @example
 * ```ts
 * NikSchema.safeParse("3510015008900001").success; // true (a made-up NIK of a woman born on 10 August)
 * NikSchema.safeParse("3510013208900001").success; // false: no 32nd day
 * ```
 */
export const NikSchema = z
  .string()
  .max(16, issue("nik.invalid"))
  .regex(/^\d{16}$/, issue("nik.invalid"))
  .refine((nik) => checkNik(nik).ok, issue("nik.invalid"));

/**
 * A NIB (Nomor Induk Berusaha, the OSS business number): 13 digits.
 *
 * @example
 * ```ts
 * NibSchema.safeParse("1234567890123").success; // true
 * NibSchema.safeParse("12345").success; // false (a parse function reports "string.pattern")
 * ```
 */
export const NibSchema = z
  .string()
  .max(13)
  .regex(/^\d{13}$/);

/**
 * A phone number in free form (digits, spaces, `+`, `-`, parentheses), at most 32 characters.
 *
 * @example
 * ```ts
 * PhoneSchema.safeParse("+62 812-0000-0000").success; // true
 * PhoneSchema.safeParse("ext. 12").success; // false
 * ```
 */
export const PhoneSchema = z
  .string()
  .max(32)
  .regex(/^[+0-9][0-9 ()-]{2,31}$/);

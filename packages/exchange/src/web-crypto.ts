/**
 * Hashing and HMAC through WebCrypto (`globalThis.crypto.subtle`), which Node 20 and browsers both provide: no
 * Node built-in in the main entry, and no home-made cryptography. Canonical JSON is RFC 8785 (JCS), through
 * json-canonicalize.
 */
import type { webcrypto } from "node:crypto";
import { canonicalize } from "json-canonicalize";
import { ExchangeError } from "./exchange-error.js";

// Types only (erased): WebCrypto's types as @types/node declares them, since the base config has no DOM lib.
type SubtleCrypto = webcrypto.SubtleCrypto;
type CryptoKey = webcrypto.CryptoKey;

const encoder = new TextEncoder();

/** The platform's SubtleCrypto, or `crypto.unavailable`. */
export function subtle(): SubtleCrypto {
  const s = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (s === undefined) throw new ExchangeError("crypto.unavailable");
  return s;
}

/**
 * RFC 8785 canonical JSON of a JSON value. json-canonicalize takes an object met again at a path that starts with
 * an earlier one's (`$.a` and `$.ab`, `$[1]` and `$[10]`) for a cycle; such a value is canonicalised again from a
 * plain JSON copy, which has no shared objects (a real cycle still throws).
 */
export function canonicalJson(value: unknown): string {
  try {
    return canonicalize(value, false);
  } catch (error) {
    if (!(error instanceof Error && error.message.startsWith("Circular"))) throw error;
    return canonicalize(JSON.parse(JSON.stringify(value)), false);
  }
}

function hex(buffer: ArrayBuffer): string {
  let out = "";
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, "0");
  return out;
}

/** SHA-256 of the UTF-8 text, as 64 lowercase hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await subtle().digest("SHA-256", encoder.encode(text)));
}

/** SHA-256 of the RFC 8785 canonical JSON of a value, as 64 lowercase hex digits. */
export function canonicalSha256(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}

/** Imports raw key bytes (at least 32) as an HMAC-SHA-256 signing key. */
export async function hmacKey(key: unknown): Promise<CryptoKey> {
  if (!(key instanceof Uint8Array) || key.byteLength < 32)
    throw new ExchangeError("key.invalid", { field: "key" });
  return subtle().importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/** HMAC-SHA-256 of the UTF-8 text, as base64url without padding. */
export async function hmacBase64Url(key: CryptoKey, text: string): Promise<string> {
  const bytes = new Uint8Array(await subtle().sign("HMAC", key, encoder.encode(text)));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, canonicalSha256, hmacBase64Url, hmacKey, sha256Hex } from "./web-crypto.js";

describe("WebCrypto and RFC 8785", () => {
  it("SHA-256 as node:crypto computes it (the FIPS 180-2 'abc' vector)", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await canonicalSha256({ b: 2, a: 1 })).toBe(
      createHash("sha256").update('{"a":1,"b":2}').digest("hex"),
    );
  });

  it("HMAC-SHA-256 as node:crypto computes it, in base64url", async () => {
    const key = new Uint8Array(32).fill(7);
    const expected = createHmac("sha256", key).update("person-1").digest("base64url");
    expect(await hmacBase64Url(await hmacKey(key), "person-1")).toBe(expected);
  });

  it("canonical JSON: an object met twice at paths that look nested is not taken for a cycle", () => {
    const shared = { z: 1, a: [true] };
    const list = Array.from({ length: 11 }, () => shared);
    expect(canonicalJson({ a: shared, ab: shared })).toBe('{"a":{"a":[true],"z":1},"ab":{"a":[true],"z":1}}');
    expect(canonicalJson(list)).toBe(`[${Array(11).fill('{"a":[true],"z":1}').join(",")}]`);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow();
  });
});

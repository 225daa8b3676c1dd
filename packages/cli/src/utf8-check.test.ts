import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, firstNonTextByte } from "./utf8-check.js";

describe("firstNonTextByte", () => {
  it("is -1 for any text without NUL, and decodeText gives it back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const text = s.replaceAll("\u0000", "");
        const bytes = Buffer.from(text, "utf8");
        expect(firstNonTextByte(bytes)).toBe(-1);
        expect(decodeText(bytes)).toBe(text);
      }),
    );
  });

  it("finds the first byte that is not UTF-8 (RFC 3629), or a NUL", () => {
    expect(firstNonTextByte(Buffer.from([0x61, 0x80]))).toBe(1); // a lone continuation byte
    expect(firstNonTextByte(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // an overlong "/"
    expect(firstNonTextByte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate, U+D800
    expect(firstNonTextByte(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstNonTextByte(Buffer.from([0x61, 0x00]))).toBe(1);
    expect(firstNonTextByte(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1); // cut off at the end
    expect(firstNonTextByte(Buffer.from([0x61, 0xe2, 0x82]), true)).toBe(-1); // …unless more may follow
    expect(decodeText(Buffer.from([0x61, 0x80]))).toBeUndefined();
  });

  it("agrees with the WHATWG decoder on which byte strings are UTF-8", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let valid = true;
        try {
          valid = !strict.decode(bytes).includes("\u0000");
        } catch {
          valid = false;
        }
        expect(firstNonTextByte(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

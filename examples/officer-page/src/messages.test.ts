import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type MessageCode, pageMessages, text } from "./messages.js";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the page's message table", () => {
  it("has every text in Indonesian and English with the same placeholders", () => {
    for (const [code, labels] of Object.entries(pageMessages)) {
      expect(labels.id.trim(), code).not.toBe("");
      expect(labels.en.trim(), code).not.toBe("");
      expect(placeholders(labels.id), code).toEqual(placeholders(labels.en));
    }
  });

  it("fills placeholders and leaves unknown ones as they are", () => {
    expect(text("permit.days", "id", { n: 10 })).toBe("10 hari");
    expect(text("permit.days", "en", { n: 1 })).toBe("1 day(s)");
    expect(text("permit.days", "en")).toBe("{n} day(s)");
  });

  it("is what index.html shows before the script runs (Indonesian)", () => {
    const html = readFileSync(new URL("../index.html", import.meta.url), "utf8");
    const found = [...html.matchAll(/<(\w+)[^>]*\bdata-msg="([^"]+)"[^>]*>([^<]*)<\/\1>/g)];
    expect(found.length).toBeGreaterThan(20);
    for (const [, , code, shown] of found) {
      expect(Object.hasOwn(pageMessages, code!), code).toBe(true);
      expect(shown, code).toBe(pageMessages[code as MessageCode].id);
    }
  });
});

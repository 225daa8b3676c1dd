import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCase } from "./index.js";
import { regions } from "./regions.js";
import { address, fullCase } from "./valid-records.fixture.js";

// Codes from src/generated/region-full.ts (idn-area-data 4.0.1 villages.csv): 35.10.01 Pesanggaran has
// villages 2001 (Sarongan), 2002 and 2004 onwards, but no 2003; 51.71.01.1001 is in Kota Denpasar.
const withVillage = (regionCode: string) => ({ ...fullCase, addresses: [{ ...address, regionCode }] });
const regionIssues = (r: ReturnType<typeof parseCase>) =>
  r.ok ? [] : r.issues.filter((i) => i.code === "region.unknown").map((i) => i.path.join("."));

describe("parseCase and the region table split", () => {
  it("parses a case from the main entry without the full table", () => {
    const r = parseCase(withVillage("51.71.01.1001"));
    expect(r.ok).toBe(true);
  });

  it("with { regions }: accepts a village that exists and rejects one that does not", () => {
    expect(parseCase(withVillage("35.10.01.2001"), { regions }).ok).toBe(true);
    expect(parseCase(withVillage("51.71.01.1001"), { regions }).ok).toBe(true);
    expect(regionIssues(parseCase(withVillage("35.10.01.2003"), { regions }))).toEqual([
      "addresses.0.regionCode",
    ]);
    expect(regionIssues(parseCase(withVillage("35.10.99"), { regions }))).toEqual(["addresses.0.regionCode"]);
  });

  it("without the table: a well-formed but non-existent village under a real regency passes (documented)", () => {
    expect(parseCase(withVillage("35.10.01.2003")).ok).toBe(true);
  });

  it("without the table: a regency that does not exist is still region.unknown", () => {
    expect(regionIssues(parseCase(withVillage("35.99.01.2001")))).toEqual(["addresses.0.regionCode"]);
    expect(regionIssues(parseCase(withVillage("99")))).toEqual(["addresses.0.regionCode"]);
  });
});

describe("the main entry does not load the district and village table", () => {
  const src = dirname(fileURLToPath(import.meta.url));
  /** Relative modules reachable from `entry` by static or dynamic import. */
  function reachable(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(src, file), "utf8");
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.\/[^"]+)\.js"/g)) {
        visit(join(dirname(file), `${m[1]}.ts`));
      }
    };
    visit(entry);
    return seen;
  }

  it("index.ts reaches region-core.ts but not region-full.ts", () => {
    const fromIndex = reachable("index.ts");
    expect(fromIndex.has("generated/region-core.ts")).toBe(true);
    expect(fromIndex.has("generated/region-full.ts")).toBe(false);
    expect(reachable("regions.ts").has("generated/region-full.ts")).toBe(true);
  });
});

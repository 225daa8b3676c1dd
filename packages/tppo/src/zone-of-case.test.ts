import { describe, expect, it } from "vitest";
import * as z from "zod";
import { rule, ruleSetOf } from "./engine-test-kit.fixture.js";
import { createEvaluator } from "./evaluator.js";
import type { AnyFactDefinition } from "./fact-definition.js";
import { defaultFacts } from "./facts/index.js";
import { baseCase, FIXTURE_AS_OF } from "./rules/case-fixtures.js";
import { defaultZoneOf, FALLBACK_ZONE } from "./zone-of-case.js";

// Region codes are Kemendagri codes: 51 is Bali (WITA, Asia/Makassar); 91 is Papua (WIT, Asia/Jayapura).
describe("defaultZoneOf", () => {
  it("takes the zone of the region where the person stays (a hotel in Badung, Bali: Asia/Makassar, WITA)", () => {
    expect(defaultZoneOf(baseCase())).toEqual({ zone: "Asia/Makassar", known: true });
  });

  it("falls back to Asia/Jakarta marked unknown when the case names no region", () => {
    const c = baseCase();
    const out = defaultZoneOf({ ...c, addresses: [] });
    expect(out).toEqual({ zone: FALLBACK_ZONE, known: false });
    expect(FALLBACK_ZONE).toBe("Asia/Jakarta");
  });
});

describe("zone in the fact context", () => {
  it("no default fact reads the zone, so the fallback cannot change a default fact (source check)", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const dir = new URL("./facts/", import.meta.url);
    const readers = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.includes(".test.") && !f.includes("fixture"))
      .filter((f) => /\bctx\.zone\b|\bzone\s*[,}]/.test(readFileSync(new URL(f, dir), "utf8")));
    expect(readers).toEqual([]);
  });

  it("tells a team fact whether the zone is known, and a caller's zoneOf counts as known", async () => {
    const seen: { zone: string; known: boolean }[] = [];
    const probe: AnyFactDefinition = {
      id: "teamZoneProbe",
      type: z.number(),
      label: { id: "Uji zona", en: "Zone probe" },
      personal: false,
      protected: false,
      derive: (ctx) => {
        seen.push({ zone: ctx.zone, known: ctx.zoneKnown });
        return 1;
      },
    };
    const facts = [...defaultFacts, probe];
    const rules = ruleSetOf([
      rule("probe", { all: [{ fact: "teamZoneProbe", operator: "equal", value: 1 }] }),
    ]);
    const c = baseCase();
    const noRegion = { ...c, addresses: [] };
    await createEvaluator({ asOf: FIXTURE_AS_OF, ruleSet: rules, facts }).evaluate(c);
    await createEvaluator({ asOf: FIXTURE_AS_OF, ruleSet: rules, facts }).evaluate(noRegion);
    await createEvaluator({
      asOf: FIXTURE_AS_OF,
      ruleSet: rules,
      facts,
      zoneOf: () => "Asia/Jayapura",
    }).evaluate(noRegion);
    expect(seen).toEqual([
      { zone: "Asia/Makassar", known: true },
      { zone: "Asia/Jakarta", known: false },
      { zone: "Asia/Jayapura", known: true },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { EvaluatorOptionError } from "./errors.js";
import { createEvaluator } from "./evaluator.js";
import { baseCase, FIXTURE_AS_OF } from "./rules/case-fixtures.js";
import { indicatorFixtures } from "./rules/indicator-fixtures.js";
import { levelLabels, summaryLine } from "./summary.js";

// Issue 4: `createEvaluator({ locale })`; assessments always carry both `id` and `en`. Level names follow the
// issue's wording: review is a field check, refer is "refer for victim screening, a protective procedure".
const passportHeld = indicatorFixtures["passport-withheld"]!.fires;

describe("createEvaluator({ locale })", () => {
  it('defaults to Indonesian ("id", as the option documents)', async () => {
    const a = await createEvaluator({ asOf: FIXTURE_AS_OF }).evaluate(baseCase());
    expect(a.level).toBe("none");
    expect(a.locale).toBe("id");
    expect(a.summary.startsWith("Tidak ada")).toBe(true);
    expect(a.levelLabel).toEqual({ id: "Tidak ada", en: "None" });
  });

  it("writes the summary in English with the level name and every fired indicator's English label", async () => {
    const a = await createEvaluator({ asOf: FIXTURE_AS_OF, locale: "en" }).evaluate(passportHeld.case);
    // B1 passport withheld is a strong indicator: a strong indicator alone means review (field check).
    expect(a.level).toBe("review");
    expect(a.summary.startsWith("Review (field check)")).toBe(true);
    expect(a.fired.length).toBeGreaterThan(0);
    for (const f of a.fired) {
      expect(a.summary).toContain(f.label.en);
      expect(f.label.id.length).toBeGreaterThan(0);
    }
    expect(a.summary).not.toContain("\n");
  });

  it("writes the same assessment in Indonesian when asked, labels still in both languages", async () => {
    const id = await createEvaluator({ asOf: FIXTURE_AS_OF, locale: "id" }).evaluate(passportHeld.case);
    const en = await createEvaluator({ asOf: FIXTURE_AS_OF, locale: "en" }).evaluate(passportHeld.case);
    expect(id.summary.startsWith("Tinjau (pemeriksaan lapangan)")).toBe(true);
    for (const f of id.fired) expect(id.summary).toContain(f.label.id);
    const { summary: _s, locale: _l, ...restId } = id;
    const { summary: _t, locale: _m, ...restEn } = en;
    expect(restId).toEqual(restEn);
  });

  it("never shows personal values in the summary (names, phone)", async () => {
    const a = await createEvaluator({ asOf: FIXTURE_AS_OF, locale: "en" }).evaluate(passportHeld.case);
    expect(a.summary).not.toMatch(/SINTETIS|CONTOH|\+61/);
  });

  it("rejects a locale other than id or en with EvaluatorOptionError", () => {
    expect(() => createEvaluator({ asOf: FIXTURE_AS_OF, locale: "fr" as never })).toThrow(
      EvaluatorOptionError,
    );
  });

  it("counts not-evaluated indicators when cross-record data is missing", async () => {
    const a = await createEvaluator({ asOf: FIXTURE_AS_OF, locale: "en" }).evaluate(baseCase());
    expect(a.notEvaluated.length).toBeGreaterThan(0);
    expect(a.summary).toContain(`${a.notEvaluated.length} not evaluated`);
  });
});

describe("levelLabels and summaryLine", () => {
  it("name refer as a protective screening procedure, never labelling a person", () => {
    expect(levelLabels.refer.en).toBe("Refer for victim screening (a protective procedure)");
    for (const l of Object.values(levelLabels))
      for (const text of [l.id, l.en])
        expect(text).not.toMatch(/traffick|perpetrator|\bkorban\b|\bpelaku\b/i);
  });

  it("lists fired labels in order, separated by semicolons", () => {
    const fired = [{ label: { id: "Satu", en: "One" } }, { label: { id: "Dua", en: "Two" } }];
    expect(summaryLine({ level: "note", fired, notEvaluated: 0 }, "en")).toBe(
      "Note — 2 indicators: One; Two",
    );
    expect(summaryLine({ level: "note", fired, notEvaluated: 1 }, "id")).toBe(
      "Catatan — 2 indikator: Satu; Dua; 1 tidak dievaluasi (data tidak diberikan atau tidak tercatat)",
    );
  });
});

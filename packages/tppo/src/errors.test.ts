import { TimporaError } from "@timpora/models";
import { describe, expect, it } from "vitest";
import {
  CaseInvalidError,
  EngineDisagreementError,
  EvaluatorOptionError,
  RuleSetInvalidError,
  SourceFailedError,
  TppoError,
  type TppoErrorCode,
  tppoErrorMessages,
} from "./errors.js";
import { createEvaluator } from "./evaluator.js";

describe("TppoError: one base on TimporaError, a code union and a message table", () => {
  it("every code has a message in Indonesian and in English", () => {
    for (const [code, labels] of Object.entries(tppoErrorMessages)) {
      expect(labels.id.length, code).toBeGreaterThan(10);
      expect(labels.en.length, code).toBeGreaterThan(10);
      expect(labels.id, code).not.toBe(labels.en);
    }
  });

  it("each subclass is a TppoError and a TimporaError with its code", () => {
    const errors: [TppoError, TppoErrorCode][] = [
      [new RuleSetInvalidError([]), "rule-set.invalid"],
      [new CaseInvalidError([]), "case.invalid"],
      [new EvaluatorOptionError("asOf"), "option.invalid"],
      [new SourceFailedError(4), "source.failed"],
      [new EngineDisagreementError("passport-withheld"), "engine.disagreement"],
      [new TppoError("limits.invalid", { field: "limits.maxDepth" }), "limits.invalid"],
    ];
    for (const [error, code] of errors) {
      expect(error).toBeInstanceOf(TppoError);
      expect(error).toBeInstanceOf(TimporaError);
      expect(error.code).toBe(code);
      expect(error.labels.en.startsWith(tppoErrorMessages[code].en)).toBe(true);
    }
  });

  it("an evaluator option error names the option, never its value", () => {
    try {
      createEvaluator({ asOf: "1990-13-45" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EvaluatorOptionError);
      expect([(e as EvaluatorOptionError).code, (e as EvaluatorOptionError).field]).toEqual([
        "option.invalid",
        "asOf",
      ]);
      expect((e as Error).message).toBe("Invalid evaluator option (asOf)");
    }
  });

  it("a source failure says how many records were done, in both languages", () => {
    const e = new SourceFailedError(12, new Error("x"));
    expect(e.labels.en).toBe("The record source failed; the batch stopped (records done: 12)");
    expect(e.labels.id).toBe("Sumber rekaman gagal dibaca; batch dihentikan (rekaman selesai: 12)");
    expect((e.cause as Error).message).toBe("x");
  });
});

import { TimporaError } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { generateCase, generateGroup } from "./generate.js";
import { TestkitError, testkitErrorMessages } from "./testkit-error.js";

describe("TestkitError", () => {
  it("extends the SDK's TimporaError with its code, the offending option and a message in id and en", () => {
    const e = new TestkitError("pattern.unknown", { field: "plant" });
    expect(e).toBeInstanceOf(TimporaError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("TestkitError");
    expect(e.code).toBe("pattern.unknown");
    expect(e.field).toBe("plant");
    expect(e.labels).toEqual({ id: "Id pola tidak dikenal", en: "Unknown pattern id" });
    expect(e.message).toBe("Unknown pattern id (plant)");
  });

  it("has a non-empty Indonesian and English message for every code", () => {
    for (const [code, labels] of Object.entries(testkitErrorMessages)) {
      expect(labels.id.length, code).toBeGreaterThan(0);
      expect(labels.en.length, code).toBeGreaterThan(0);
      expect(labels.id).not.toBe(labels.en);
    }
  });

  it("names the option at fault and never echoes the value given", () => {
    const thrown = (f: () => unknown): TestkitError => {
      try {
        f();
      } catch (e) {
        if (e instanceof TestkitError) return e;
      }
      throw new Error("expected a TestkitError");
    };
    const date = thrown(() => generateCase({ seed: 1, asOf: "2025-02-30" }));
    expect([date.code, date.field]).toEqual(["date.invalid", "asOf"]);
    expect(date.message).not.toContain("2025-02-30");
    const early = thrown(() => generateCase({ seed: 1, asOf: "2023-12-31" }));
    expect([early.code, early.field]).toEqual(["options.invalid", "asOf"]);
    const size = thrown(() => generateGroup({ seed: 1, pattern: "villa-cluster", size: 21 }));
    expect([size.code, size.field]).toEqual(["options.invalid", "size"]);
    const mixed = thrown(() =>
      generateCase({ seed: 1, plant: ["passport-withheld", "crew-no-shore-leave"] }),
    );
    expect([mixed.code, mixed.field]).toEqual(["pattern.incompatible", "plant"]);
  });
});

import { describe, expect, it } from "vitest";
import type { CommandFailure } from "./command-failure.js";
import { chooseLocale } from "./locale.js";
import { jsonDocument, yamlDocument } from "./source-document.js";

describe("source documents: where a path is", () => {
  const json = '{\n  "rules": [\n    { "id": "a", "x": 1 }\n  ]\n}';
  const yaml = "rules:\n  - id: a\n    x: 1\n";

  it("JSON and YAML: a value, a key, and a missing key (its parent)", () => {
    const j = jsonDocument("r.json", json);
    expect(j.locate(["rules", 0, "x"])).toEqual({ line: 3, column: 23 });
    expect(j.locate(["rules", 0, "x"], true)).toEqual({ line: 3, column: 18 });
    expect(j.locate(["rules", 0, "missing"])).toEqual({ line: 3, column: 5 });
    const y = yamlDocument("r.yaml", yaml);
    expect(y.locate(["rules", 0, "x"])).toEqual({ line: 3, column: 8 });
    expect(y.locate(["rules", 0, "x"], true)).toEqual({ line: 3, column: 5 });
    expect(y.value).toEqual({ rules: [{ id: "a", x: 1 }] });
  });

  it("a syntax error ends the command (exit 2) with its line and column", () => {
    const failure = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as CommandFailure;
      }
      throw new Error("expected a failure");
    };
    const j = failure(() => jsonDocument("r.json", '{\n  "a": 1,\n}'));
    expect(j.exitCode).toBe(2);
    expect(j.labels.en).toBe("r.json:3:1: not valid JSON: property name expected");
    const y = failure(() => yamlDocument("r.yaml", "a: 1\na: 2\n"));
    expect(y.labels.en).toBe("r.yaml:2:1: not valid YAML (duplicate-key)");
  });
});

describe("chooseLocale", () => {
  it("--locale wins, then LC_ALL, LC_MESSAGES, LANG (id when Indonesian, else en)", () => {
    expect(chooseLocale(["a", "--locale", "id", "b"], {})).toEqual({ locale: "id", argv: ["a", "b"] });
    expect(chooseLocale(["--locale=en"], { LANG: "id_ID.UTF-8" }).locale).toBe("en");
    expect(chooseLocale([], { LANG: "id_ID.UTF-8" }).locale).toBe("id");
    expect(chooseLocale([], { LANG: "id" }).locale).toBe("id");
    expect(chooseLocale([], { LANG: "en_US.UTF-8", LC_MESSAGES: "id_ID" }).locale).toBe("id");
    expect(chooseLocale([], { LANG: "id_ID.UTF-8", LC_ALL: "C" }).locale).toBe("en");
    expect(chooseLocale([], { LANG: "ida_XX" }).locale).toBe("en");
    expect(chooseLocale(["--locale", "fr"], {}).invalid).toBe("fr");
    expect(chooseLocale(["x", "--", "--locale", "id"], {})).toEqual({
      locale: "en",
      argv: ["x", "--", "--locale", "id"],
    });
  });
});

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultFacts } from "@timpora/tppo";
import { beforeAll, describe, expect, it } from "vitest";
import { factExamples } from "./fact-examples.js";
import { FACTS_DOC_AS_OF, FACTS_DOC_COMMAND, renderFactsDoc } from "./facts-doc.js";

const docPath = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "facts.md");

describe("docs/facts.md, the fact catalogue page", () => {
  let rendered = "";
  beforeAll(async () => {
    rendered = renderFactsDoc(
      defaultFacts,
      await factExamples(defaultFacts, FACTS_DOC_AS_OF),
      FACTS_DOC_AS_OF,
    );
  }, 60_000);

  it(`is up to date with defaultFacts (regenerate with \`${FACTS_DOC_COMMAND}\`)`, () => {
    expect(readFileSync(docPath, "utf8")).toBe(rendered);
  });

  it("has a section for every fact of the catalogue, and no other", () => {
    const sections = [...rendered.matchAll(/^## (\S+)$/gm)].map((m) => m[1]).filter((s) => s !== "Summary");
    expect(sections).toEqual(defaultFacts.map((f) => f.id));
  });

  it("flags exactly the four protected attributes as protected", () => {
    const protectedFacts = [
      ...rendered.matchAll(/^\| \[`(\w+)`\][^\n]*\| [^|\n]*protected[^|\n]* \| \d+ \|$/gm),
    ].map((m) => m[1]);
    expect(protectedFacts.sort()).toEqual(["ethnicity", "nationality", "religion", "sex"]);
  });

  it("shows the paths rules test, with their types: the person's age and whether a minor", () => {
    const person = rendered.slice(rendered.indexOf("## person"), rendered.indexOf("## sex"));
    expect(person).toContain("| `age` | `integer?` |");
    expect(person).toContain("| `minor` | `boolean` |");
  });

  it("escapes pipes inside table cells (enum types list their values with |)", () => {
    for (const line of rendered.split("\n").filter((l) => l.startsWith("| `"))) {
      const cells = line.replace(/\\\|/g, "").split("|");
      expect(cells.length, line).toBe(5);
    }
  });
});

/**
 * The testkit's own import graph: no module imports itself through others (a cycle makes load order matter
 * and hides which file owns what), and the only workspace packages it imports are the ones the design allows
 * (`testkit` imports models and permits).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dir = dirname(fileURLToPath(import.meta.url));
const sources = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => [f, readFileSync(`${dir}/${f}`, "utf8")] as const),
);
/** Every `import … from` / `export … from` specifier of a source, type-only imports included. */
const specifiers = (text: string): string[] =>
  [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms)].map((m) => m[1]!);
const graph = new Map(
  [...sources].map(([file, text]) => [
    file,
    specifiers(text)
      .filter((s) => s.startsWith("./"))
      .map((s) => s.slice(2).replace(/\.js$/, ".ts")),
  ]),
);

/** Each cycle found by a depth-first walk, as the list of files around it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe("the testkit's import graph", () => {
  it(`has no cycle among its ${sources.size} source files (type-only imports included)`, () => {
    expect(sources.size).toBeGreaterThan(30);
    expect(cycles()).toEqual([]);
  });

  it("finds a cycle when there is one (the check itself can fail)", () => {
    graph.set("a.ts", ["b.ts"]);
    graph.set("b.ts", ["a.ts"]);
    try {
      expect(cycles()).toEqual([["a.ts", "b.ts", "a.ts"]]);
    } finally {
      graph.delete("a.ts");
      graph.delete("b.ts");
    }
  });

  it("imports no workspace package but @timpora/models and @timpora/permits outside its tests", () => {
    const used = new Set<string>();
    for (const [file, text] of sources) {
      if (/\.(test|fixture|bench)\.ts$/.test(file)) continue;
      for (const s of specifiers(text)) if (s.startsWith("@timpora/")) used.add(s);
    }
    expect([...used].sort()).toEqual(["@timpora/models", "@timpora/permits"]);
  });
});

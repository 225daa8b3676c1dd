// Issue 10: nothing on the main entry imports json-rules-engine (nor, through it, jsonpath-plus), tinypool or a
// Node built-in: a bundle that does not choose the reference engine or worker threads carries none of them. Each
// entry is bundled from the sources with esbuild and its metafile read.
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

async function bundled(
  entry: string,
  platform: "browser" | "node",
): Promise<{ packages: string[]; builtins: string[] }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform,
    conditions: ["@timpora/source"],
    // a browser bundle fails on a Node built-in; a Node bundle lists the built-ins it imports
    ...(platform === "node" ? { external: ["node:*"] } : {}),
    logLevel: "silent",
  });
  const meta: Metafile = result.metafile;
  const packages = new Set<string>();
  for (const input of Object.keys(meta.inputs)) {
    const at = input.lastIndexOf("node_modules/");
    if (at === -1) continue;
    const parts = input.slice(at + "node_modules/".length).split("/");
    packages.add(parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!);
  }
  const builtins = new Set<string>();
  for (const output of Object.values(meta.outputs))
    for (const imported of output.imports) if (imported.external) builtins.add(imported.path);
  return { packages: [...packages].sort(), builtins: [...builtins].sort() };
}

describe("what each entry of @timpora/tppo carries", () => {
  it("the main entry: zod, luxon (permits) and the workspace packages; no json-rules-engine, jsonpath-plus, tinypool or Node built-in", async () => {
    const main = await bundled("./index.ts", "browser");
    expect(main.packages).not.toContain("json-rules-engine");
    expect(main.packages).not.toContain("jsonpath-plus");
    expect(main.packages).not.toContain("tinypool");
    expect(main.packages).toEqual(expect.arrayContaining(["zod", "luxon"]));
    expect(main.builtins).toEqual([]);
  });

  it("@timpora/tppo/json-rules-engine carries json-rules-engine and jsonpath-plus (the check can fail)", async () => {
    const reference = await bundled("./json-rules-engine.ts", "node");
    expect(reference.packages).toEqual(expect.arrayContaining(["json-rules-engine", "jsonpath-plus"]));
  });

  it("@timpora/tppo/node carries tinypool and Node built-ins, and the worker the same", async () => {
    const node = await bundled("./node.ts", "node");
    expect(node.packages).toContain("tinypool");
    expect(node.builtins).toEqual(expect.arrayContaining(["node:os"]));
    const worker = await bundled("./batch-worker.ts", "node");
    expect(worker.packages).not.toContain("json-rules-engine");
  });
});

// The main entry runs in a browser: bundled for the browser from the sources, it imports no Node built-in (hashing
// and HMAC go through WebCrypto), and it carries json-canonicalize for RFC 8785.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("what the main entry of @timpora/exchange carries", () => {
  it("no Node built-in; json-canonicalize and zod", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("./index.ts", import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "browser",
      conditions: ["@timpora/source"],
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports.filter((p) => p.startsWith("node:"))).toEqual([]);
    expect(inputs.some((i) => i.includes("node_modules/json-canonicalize/"))).toBe(true);
    expect(inputs.some((i) => i.includes("node_modules/zod/"))).toBe(true);
    expect(inputs.some((i) => i.includes("json-rules-engine"))).toBe(false);
  });
});

import { defineConfig } from "tsup";

export default defineConfig({
  // The main entry carries neither json-rules-engine nor a Node built-in: the reference engine and the
  // worker-thread batches are their own entries (@timpora/tppo/json-rules-engine, @timpora/tppo/node), and the
  // worker the pool starts is an entry of its own too.
  entry: {
    index: "src/index.ts",
    engine: "src/engine.ts",
    "json-rules-engine": "src/json-rules-engine.ts",
    node: "src/node.ts",
    "batch-worker": "src/batch-worker.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  // Maps point at the shipped src/ files instead of embedding them (the source ships once).
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  clean: true,
  target: "node20",
  treeshake: true,
});

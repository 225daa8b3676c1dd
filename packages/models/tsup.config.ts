import { defineConfig } from "tsup";

export default defineConfig({
  // The full region table (districts, villages) is its own entry, @timpora/models/regions, so that the
  // main entry does not carry it.
  entry: { index: "src/index.ts", regions: "src/regions.ts" },
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

import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

// The workspace binary, `.tmp/bin/timpora.js`: one self-contained file built from the sources of every
// @timpora package (the `@timpora/source` condition) with all dependencies bundled, so that `pnpm demo` and the
// CLI tests run a built binary on a fresh clone without building the other packages first. The published
// binary (tsup.config.ts) is the same code with its dependencies left external.
export default defineConfig({
  entry: { timpora: "src/bin.ts" },
  outDir: ".tmp/bin",
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: false,
  sourcemap: false,
  clean: true,
  noExternal: [/.*/],
  define: { __TIMPORA_CLI_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS dependencies (commander, cli-progress) call require() for Node built-ins.
  banner: {
    js: 'import { createRequire as __timporaRequire } from "node:module"; const require = __timporaRequire(import.meta.url);',
  },
  esbuildOptions(options) {
    options.conditions = ["@timpora/source"];
  },
});

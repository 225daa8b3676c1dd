import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

// The workspace binary, `.tmp/bin/timpora.js`: built from the sources of every @timpora package (the
// `@timpora/source` condition) with the dependencies bundled, so that `pnpm demo` and the CLI tests run a built
// binary on a fresh clone without building the other packages first. The published binary (tsup.config.ts) is the
// same code with its dependencies left external.
//
// `timpora screen --concurrency N` runs @timpora/tppo/node's worker threads. Its pool starts the worker module
// found beside the code that calls it (`batch-worker.js`, as in tppo's own dist), so the worker is bundled as a
// second entry into the same folder. tinypool stays external (a devDependency here): it starts its own thread
// entry from a path relative to its own files.
const tppoWorker = fileURLToPath(new URL("../tppo/src/batch-worker.ts", import.meta.url));

export default defineConfig({
  entry: { timpora: "src/bin.ts", "batch-worker": tppoWorker },
  outDir: ".tmp/bin",
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: false,
  sourcemap: false,
  clean: true,
  noExternal: [/^(?!tinypool$)/],
  external: ["tinypool"],
  define: { __TIMPORA_CLI_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS dependencies (commander, cli-progress) call require() for Node built-ins.
  banner: {
    js: 'import { createRequire as __timporaRequire } from "node:module"; const require = __timporaRequire(import.meta.url);',
  },
  esbuildOptions(options) {
    options.conditions = ["@timpora/source"];
  },
});

import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};
const define = { __TIMPORA_CLI_VERSION__: JSON.stringify(version) };

// The published build: the library face (ESM + CJS + types) and the `timpora` binary (ESM). The @timpora
// packages and the CLI libraries stay external: they are this package's dependencies.
export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    // Maps point at the shipped src/ files instead of embedding them (the source ships once).
    sourcemap: true,
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    clean: false,
    target: "node20",
    treeshake: true,
    define,
  },
  {
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    clean: false,
    target: "node20",
    define,
  },
]);

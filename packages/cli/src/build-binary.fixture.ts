import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Vitest global setup of the cli project: builds the binary the CLI tests spawn, `.tmp/bin/timpora.js`, from the
 * sources (tsup.bin.config.ts; about a second), so that `pnpm test` works on a fresh clone without a build
 * step. With `TIMPORA_CLI_BIN` set (e.g. to the published build, `dist/bin.js`), that binary is tested instead.
 */
export default function buildBinary(): void {
  if (process.env.TIMPORA_CLI_BIN !== undefined) return;
  const root = fileURLToPath(new URL("..", import.meta.url));
  const tsup = join(
    dirname(createRequire(import.meta.url).resolve("tsup/package.json")),
    "dist",
    "cli-default.js",
  );
  execFileSync(process.execPath, [tsup, "--config", "tsup.bin.config.ts", "--silent"], {
    cwd: root,
    stdio: "inherit",
  });
}

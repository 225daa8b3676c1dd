import { defineConfig } from "vitest/config";

// Used when vitest runs from this package directory (e.g. `pnpm bench`); the root config runs the tests.
export default defineConfig({
  resolve: { conditions: ["@timpora/source"] },
  ssr: { resolve: { conditions: ["@timpora/source"] } },
  test: { include: ["src/**/*.test.ts"], benchmark: { include: ["src/**/*.bench.ts"] } },
});

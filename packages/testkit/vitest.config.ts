import { defineConfig } from "vitest/config";

// Used when vitest runs inside this package (`pnpm bench`); the root config covers `pnpm test`.
export default defineConfig({
  resolve: { conditions: ["@timpora/source"] },
  ssr: { resolve: { conditions: ["@timpora/source"] } },
  test: { include: ["src/**/*.test.ts"], benchmark: { include: ["src/**/*.bench.ts"] } },
});

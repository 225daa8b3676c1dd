import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@timpora/source"] },
  ssr: { resolve: { conditions: ["@timpora/source"] } },
  test: { include: ["src/**/*.test.ts"], benchmark: { include: ["src/**/*.bench.ts"] } },
});

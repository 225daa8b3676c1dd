import { defineConfig } from "vitest/config";

const project = (name: string, root: string) => ({
  extends: true as const,
  test: { name, root },
});

export default defineConfig({
  resolve: { conditions: ["@timpora/source"] },
  ssr: { resolve: { conditions: ["@timpora/source"] } },
  test: {
    include: ["src/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
    testTimeout: 60_000,
    // In CI a JSON report is written too, so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".tmp/vitest.json" }]] : ["default"],
    projects: [
      project("models", "packages/models"),
      project("permits", "packages/permits"),
      project("tppo", "packages/tppo"),
      project("testkit", "packages/testkit"),
      project("oversight", "packages/oversight"),
      project("exchange", "packages/exchange"),
      project("officer-page", "examples/officer-page"),
      // the CLI tests spawn the built binary: the global setup builds it from the sources first
      {
        extends: true,
        test: { name: "cli", root: "packages/cli", globalSetup: ["./src/build-binary.fixture.ts"] },
      },
    ],
  },
});

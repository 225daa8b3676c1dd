import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkPublicNames, regenerateCommand } from "../../../scripts/public-names.mjs";

// The package's public names (every entry point of its "exports" map, read with the TypeScript compiler
// API) must be those listed in public-names.txt, so that adding or dropping one is a reviewed change.
const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("public names", () => {
  it("are the names listed in public-names.txt", () => {
    const { added, dropped } = checkPublicNames(packageDir);
    expect(
      { added, dropped },
      `The public names differ from public-names.txt. If the change is deliberate, run \`${regenerateCommand}\` and list the added or dropped names in a changeset`,
    ).toEqual({ added: [], dropped: [] });
  });
});

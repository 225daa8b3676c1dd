import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkPublicNames, listPublicNames, regenerateCommand } from "../../../scripts/public-names.mjs";

// The package's public names (every entry point of its "exports" map, read with the TypeScript compiler
// API) must be those listed in public-names.txt, so that adding or dropping one is a reviewed change.
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const list = listPublicNames(packageDir);

describe("public names", () => {
  it("are the names listed in public-names.txt", () => {
    const { added, dropped } = checkPublicNames(packageDir, list);
    expect(
      { added, dropped },
      `The public names differ from public-names.txt. If the change is deliberate, run \`${regenerateCommand}\` and list the added or dropped names in a changeset`,
    ).toEqual({ added: [], dropped: [] });
  });

  it("are read from every entry point, each with its kind", () => {
    expect(list.entries.map((e) => [e.subpath, e.data])).toEqual([
      [".", false],
      ["./regions", false],
      ["./schemas/*.json", true],
      ["./package.json", true],
    ]);
    const root = list.entries[0]?.names ?? [];
    for (const name of [
      { kind: "function", name: "parseCase" },
      { kind: "const", name: "CaseSchema" },
      { kind: "type", name: "Case" },
      { kind: "class", name: "ModelsError" },
      { kind: "interface", name: "ParseIssue" },
    ]) {
      expect(root).toContainEqual(name);
    }
    expect(root.filter((n) => n.name === "sexes")).toEqual([]); // `SexSchema.options` is the list
    expect(list.entries[1]?.names).toEqual([
      { kind: "const", name: "regions" },
      { kind: "interface", name: "RegionRow" },
      { kind: "interface", name: "RegionTable" },
    ]);
  });
});

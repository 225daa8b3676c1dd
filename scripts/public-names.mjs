#!/usr/bin/env node
// The public names of each package, read with the TypeScript compiler API from every entry point of its
// package.json "exports" (the `@timpora/source` condition), and checked against the committed list
// packages/<name>/public-names.txt, so that adding or dropping a public name is a visible, reviewed change.
// Each package's src/public-names.test.ts runs the check.
//
//   node scripts/public-names.mjs            print every package's list and say which differ from the file
//   node scripts/public-names.mjs --write    rewrite packages/<name>/public-names.txt (all, or those named)
//   node scripts/public-names.mjs --write models permits
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** The command that rewrites the committed lists; failure messages name it. */
export const regenerateCommand = "node scripts/public-names.mjs --write";

/** Kinds that are values at run time; `interface` and `type` are types only. */
const valueKinds = new Set(["class", "const", "enum", "function", "namespace"]);

/** The kinds a symbol's declarations give it (a const and a type of one name give both). */
function kindsOf(symbol, typeOnly) {
  const flags = symbol.flags;
  const kinds = [];
  if (!typeOnly) {
    if (flags & ts.SymbolFlags.Class) kinds.push("class");
    if (flags & ts.SymbolFlags.Function) kinds.push("function");
    if (flags & ts.SymbolFlags.Variable) kinds.push("const");
    if (flags & ts.SymbolFlags.Enum) kinds.push("enum");
    if (flags & ts.SymbolFlags.ValueModule) kinds.push("namespace");
  }
  if (flags & ts.SymbolFlags.Interface && !(flags & ts.SymbolFlags.Class)) kinds.push("interface");
  if (flags & ts.SymbolFlags.TypeAlias) kinds.push("type");
  // `export type { SomeClass }`: only its type meaning is exported.
  if (typeOnly && flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum)) kinds.push("type");
  return kinds;
}

/** Whether an export symbol was exported with `export type` (or `export { type X }`). */
function isTypeOnlyExport(symbol) {
  return (symbol.declarations ?? []).some(
    (d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly),
  );
}

/**
 * The entry points of a package: every "exports" key whose `@timpora/source` condition names a TypeScript
 * file (its names are listed), and every other key (data such as JSON files, listed without names).
 */
function entryPoints(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const entries = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const source = typeof target === "object" && target !== null ? target["@timpora/source"] : undefined;
    entries.push({ subpath, source: typeof source === "string" ? join(packageDir, source) : undefined });
  }
  return { name: manifest.name, entries };
}

/**
 * Lists the public names of the package in `packageDir`: one TypeScript program over all its entry files
 * (with the package's tsconfig options), and for each entry the names its module exports, with their kinds.
 */
export function listPublicNames(packageDir) {
  const { name, entries } = entryPoints(packageDir);
  const configPath = join(packageDir, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const sources = entries.flatMap((e) => (e.source ? [e.source] : []));
  const program = ts.createProgram({
    rootNames: sources,
    options: { ...parsed.options, noEmit: true, declaration: false, declarationMap: false, sourceMap: false },
  });
  const checker = program.getTypeChecker();
  return {
    name,
    entries: entries.map(({ subpath, source }) => {
      if (!source) return { subpath, data: true, names: [] };
      const file = program.getSourceFile(source);
      const moduleSymbol = file && checker.getSymbolAtLocation(file);
      if (!moduleSymbol) throw new Error(`${name}: ${source} is not a module`);
      const names = [];
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        for (const kind of kindsOf(target, isTypeOnlyExport(exported)))
          names.push({ kind, name: exported.name });
      }
      names.sort((a, b) => (a.kind === b.kind ? cmp(a.name, b.name) : cmp(a.kind, b.kind)));
      return { subpath, data: false, names };
    }),
  };
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts of the listed names (all entries): values (classes, consts, enums, functions) and types. */
export function countPublicNames(list) {
  let values = 0;
  let types = 0;
  for (const entry of list.entries)
    for (const n of entry.names) {
      if (valueKinds.has(n.kind)) values++;
      else types++;
    }
  return { values, types };
}

/** The text of packages/<name>/public-names.txt. */
export function formatPublicNames(list) {
  const { values, types } = countPublicNames(list);
  const lines = [
    `# The public names of ${list.name}: one \`kind name\` per line, per entry point of package.json "exports".`,
    `# ${values} values and ${types} types. A test holds the package to this list; after a deliberate`,
    `# change of the public face, regenerate it with \`${regenerateCommand}\` and say so in a changeset.`,
  ];
  for (const entry of list.entries) {
    lines.push("", entry.data ? `[${entry.subpath}] data` : `[${entry.subpath}]`);
    for (const n of entry.names) lines.push(`${n.kind} ${n.name}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The committed list of the package in `packageDir` ("" when there is none yet). */
export function readPublicNames(packageDir) {
  try {
    return readFileSync(join(packageDir, "public-names.txt"), "utf8");
  } catch {
    return "";
  }
}

/**
 * Compares the package's exports (`list`, read when not given) with its committed list: the lines (`[entry] kind name`) that the code has
 * and the list lacks (`added`), and those the list has and the code lacks (`dropped`).
 */
export function checkPublicNames(packageDir, list = listPublicNames(packageDir)) {
  const actual = formatPublicNames(list);
  const committed = readPublicNames(packageDir);
  const keyed = (text) => {
    const keys = [];
    let entry = "";
    for (const line of text.split("\n")) {
      if (line.startsWith("#") || line.trim() === "") continue;
      if (line.startsWith("[")) {
        entry = line;
        keys.push(line);
      } else keys.push(`${entry} ${line}`);
    }
    return keys;
  };
  const have = new Set(keyed(actual));
  const listed = new Set(keyed(committed));
  return {
    actual,
    committed,
    added: [...have].filter((k) => !listed.has(k)),
    dropped: [...listed].filter((k) => !have.has(k)),
  };
}

/** The package directories of the workspace. */
export function packageDirs() {
  return readdirSync(join(root, "packages")).map((p) => join(root, "packages", p));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const write = args.includes("--write");
  const only = args.filter((a) => !a.startsWith("--"));
  for (const dir of packageDirs()) {
    const short = dir.split(/[\\/]/).pop();
    if (only.length > 0 && !only.includes(short)) continue;
    const started = performance.now();
    const list = listPublicNames(dir);
    const text = formatPublicNames(list);
    const { values, types } = countPublicNames(list);
    const ms = Math.round(performance.now() - started);
    const same = text === readPublicNames(dir);
    if (write && !same) writeFileSync(join(dir, "public-names.txt"), text);
    const state = same ? "unchanged" : write ? "written" : "differs from public-names.txt";
    console.log(`${list.name}: ${values} values, ${types} types (${ms} ms), ${state}`);
  }
}

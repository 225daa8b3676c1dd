#!/usr/bin/env node
// Every example a reader sees is compiled: the `@example` of every export of every public entry point
// (package.json "exports" of packages/*), and every ```ts block of the site's pages (docs/**/*.md).
// An export without an `@example` fails the check as well, so the reference cannot lose one unnoticed.
//
// Run: node scripts/doc-examples.mjs [--missing] [--keep]
//   --missing  list the exports without an example (package, entry, name, file:line) and exit 0
//   --keep     keep the extracted files (.tmp/doc-examples, packages/*/.tmp/doc-examples) for inspection
//
// An example in a TSDoc comment may import what it uses; names of its own entry point (and of the
// package's main entry) that it uses without importing are imported for it, the way a reader would
// import them. A ```ts block of a page must be a complete module: it imports what it uses.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const outDir = join(root, ".tmp", "doc-examples");

/** The public entry points: `{ specifier, file, pkg }` from each package's "exports" (source condition). */
function entryPoints() {
  const entries = [];
  for (const dir of readdirSync(join(root, "packages")).sort()) {
    const manifestPath = join(root, "packages", dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const source = typeof target === "object" ? target["@timpora/source"] : undefined;
      if (typeof source !== "string" || !source.endsWith(".ts")) continue;
      const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      entries.push({
        specifier,
        pkg: manifest.name,
        dir: join(root, "packages", dir),
        file: join(root, "packages", dir, source),
      });
    }
  }
  return entries;
}

const base = ts.getParsedCommandLineOfConfigFile(
  join(root, "tsconfig.base.json"),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  },
);
const entries = entryPoints();

// Pass 1: the exports of every entry point and their examples.
const program = ts.createProgram(
  entries.map((e) => e.file),
  { ...base.options, noEmit: true },
);
const checker = program.getTypeChecker();

/** The fenced code of an `@example` tag (or the whole text when it has no fence). */
function examplesOf(symbol) {
  const blocks = [];
  for (const tag of symbol.getJsDocTags(checker)) {
    if (tag.name !== "example") continue;
    const text = ts.displayPartsToString(tag.text);
    const fences = [...text.matchAll(/```(\w*)[^\n]*\n([\s\S]*?)```/g)];
    if (fences.length === 0) blocks.push(text);
    for (const [, lang, code] of fences)
      if (lang === "" || lang === "ts" || lang === "typescript") blocks.push(code);
  }
  return blocks;
}

const exportsByEntry = new Map(); // specifier -> [{ name, typeOnly }]
const tsdocExamples = []; // { entry, name, code }
const missing = [];
for (const entry of entries) {
  const source = program.getSourceFile(entry.file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read the entry point ${entry.file}`);
  const names = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const typeOnly = (target.flags & ts.SymbolFlags.Value) === 0;
    names.push({ name: exported.name, typeOnly });
    const blocks = examplesOf(target).concat(target === exported ? [] : examplesOf(exported));
    const unique = [...new Set(blocks)];
    if (unique.length === 0) {
      const decl = target.declarations?.[0];
      const file = decl?.getSourceFile();
      const line = file ? file.getLineAndCharacterOfPosition(decl.getStart()).line + 1 : 0;
      missing.push(
        `${entry.specifier}\t${exported.name}\t${file ? relative(root, file.fileName) : "?"}:${line}`,
      );
    }
    unique.forEach((code, i) => {
      tsdocExamples.push({ entry, name: exported.name, index: i, code });
    });
  }
  exportsByEntry.set(entry.specifier, names);
}

if (args.has("--missing")) {
  console.log(missing.join("\n"));
  console.log(`${missing.length} exports without an @example`);
  process.exit(0);
}

// Pass 2: the ```ts blocks of the site's pages.
function markdownFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === "api" || name === "node_modules") continue;
    if (statSync(path).isDirectory()) files.push(...markdownFiles(path));
    else if (name.endsWith(".md")) files.push(path);
  }
  return files;
}
const pageExamples = [];
for (const file of markdownFiles(join(root, "docs"))) {
  const text = readFileSync(file, "utf8");
  for (const match of text.matchAll(/^```(ts|typescript)[^\n]*\n([\s\S]*?)^```/gm)) {
    const line = text.slice(0, match.index).split("\n").length;
    pageExamples.push({ file: relative(root, file), line, code: match[2] });
  }
}

/** Names used in `code` and not declared or imported by it. */
function freeNames(code) {
  const sf = ts.createSourceFile("x.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const used = new Set();
  const declared = new Set();
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node);
      if (!isPropertyName) used.add(node.text);
    }
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isNamespaceImport(node) ||
        ts.isImportClause(node) ||
        ts.isBindingElement(node) ||
        ts.isParameter(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    )
      declared.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...used].filter((n) => !declared.has(n));
}

/** The import lines an example needs for the names of `specifiers` it uses without importing. */
function autoImports(code, specifiers) {
  const free = new Set(freeNames(code));
  const lines = [];
  for (const specifier of specifiers) {
    const names = (exportsByEntry.get(specifier) ?? []).filter((n) => free.has(n.name));
    for (const n of names) free.delete(n.name);
    if (names.length > 0)
      lines.push(
        `import { ${names.map((n) => (n.typeOnly ? `type ${n.name}` : n.name)).join(", ")} } from "${specifier}";`,
      );
  }
  return lines.join("\n");
}

// A TSDoc example is written inside its package (packages/x/.tmp/doc-examples), so that what the package
// depends on (zod, json-rules-engine) resolves for it as for the package; a page's example at the root.
const tsdocDir = (entry) => join(entry.dir, ".tmp", "doc-examples");
const clean = () => {
  rmSync(outDir, { recursive: true, force: true });
  for (const entry of entries) rmSync(tsdocDir(entry), { recursive: true, force: true });
};
clean();
const files = new Map(); // path -> where the example came from
const write = (path, text, origin) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  files.set(path, origin);
};
for (const ex of tsdocExamples) {
  const scope =
    ex.entry.specifier === ex.entry.pkg ? [ex.entry.specifier] : [ex.entry.specifier, ex.entry.pkg];
  const imports = autoImports(ex.code, scope);
  const safe = `${tsdocExamples.indexOf(ex)}-${ex.entry.specifier.replace(/[@/]/g, "_")}__${ex.name}__${ex.index}.ts`;
  write(
    join(tsdocDir(ex.entry), safe),
    `${imports}\n${ex.code}\nexport {};\n`,
    `@example of ${ex.name} in ${ex.entry.specifier}${ex.index > 0 ? ` (#${ex.index + 1})` : ""}`,
  );
}
pageExamples.forEach((ex, i) => {
  write(
    join(outDir, "pages", `${ex.file.replace(/[/.]/g, "_")}__${ex.line}__${i}.ts`),
    `${ex.code}\nexport {};\n`,
    `${ex.file}:${ex.line}`,
  );
});

// Pass 3: compile them all against the packages' sources, as a reader's project would see them.
const paths = {};
for (const e of entries) paths[e.specifier] = [relative(root, e.file)];
const exampleProgram = ts.createProgram([...files.keys()], {
  ...base.options,
  noEmit: true,
  declaration: false,
  declarationMap: false,
  sourceMap: false,
  baseUrl: root,
  paths,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
});
const diagnostics = ts
  .getPreEmitDiagnostics(exampleProgram)
  .filter((d) => !d.file || files.has(resolve(d.file.fileName)));
const problems = diagnostics.map((d) => {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  if (!d.file) return message;
  const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
  return `${files.get(resolve(d.file.fileName))}: line ${line + 1} of ${relative(root, d.file.fileName)}: ${message}`;
});
if (!args.has("--keep") && problems.length === 0) clean();

const exportCount = [...exportsByEntry.values()].reduce((n, names) => n + names.length, 0);
console.log(
  `doc examples: ${tsdocExamples.length} examples of ${exportCount} exports (${entries.length} entry points) and ${pageExamples.length} page examples compiled; ${problems.length} errors; ${missing.length} exports without an example`,
);
if (problems.length > 0) console.error(problems.join("\n"));
if (missing.length > 0)
  console.error(`exports without an @example (list them with --missing):\n${missing.join("\n")}`);
if (problems.length > 0 || missing.length > 0) process.exit(1);

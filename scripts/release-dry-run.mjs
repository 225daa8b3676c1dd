#!/usr/bin/env node
// The release step without the release (run after `pnpm build`): checks the pending changesets
// (`changeset status`), then in a throwaway copy of the working tree runs `changeset version` and checks
// that every package with a changeset got its new version and a CHANGELOG entry, and runs
// `pnpm publish --dry-run` for every package (which packs it with `workspace:^` turned into ranges).
// Nothing is committed, tagged or published. The real release is in CONTRIBUTING.md ("Releasing").
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const changeset = join(root, "node_modules", "@changesets", "cli", "bin.js");
const pnpm = ["--yes", "pnpm@10.34.9"];
const sh = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const packageDirs = readdirSync(join(root, "packages")).map((name) => join("packages", name));
const manifest = (dir, base) => JSON.parse(readFileSync(join(base, dir, "package.json"), "utf8"));

// 1. changeset status: a package changed since the base branch without a changeset fails here.
const base = ["main", "origin/main"].find((ref) => {
  try {
    sh("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], root);
    return true;
  } catch {
    return false;
  }
});
if (base) {
  console.log(`changeset status --since=${base}`);
  process.stdout.write(sh("node", [changeset, "status", `--since=${base}`], root));
} else {
  console.log("changeset status: skipped, no main or origin/main branch in this clone");
}

// 2. a throwaway copy of the working tree (tracked and new files, plus the built dist/ folders).
const copy = mkdtempSync(join(tmpdir(), "timpora-release-"));
try {
  const files = sh("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root)
    .split("\0")
    .filter((f) => f !== "" && existsSync(join(root, f)));
  for (const file of files) cpSync(join(root, file), join(copy, file), { recursive: true });
  for (const dir of packageDirs) {
    if (!existsSync(join(root, dir, "dist"))) throw new Error(`${dir}/dist is missing: run the build first`);
    cpSync(join(root, dir, "dist"), join(copy, dir, "dist"), { recursive: true });
  }
  // pnpm publish resolves `workspace:^` from the installed workspace, so the copy gets its own install
  // (from the store the workspace install filled; no lifecycle scripts).
  execFileSync("npx", [...pnpm, "install", "--frozen-lockfile", "--prefer-offline", "--ignore-scripts"], {
    cwd: copy,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const git = ["-c", "user.name=release-dry-run", "-c", "user.email=release-dry-run@example.invalid"];
  sh("git", ["init", "-q"], copy);
  sh("git", ["add", "-A"], copy);
  sh("git", [...git, "commit", "-q", "-m", "snapshot for the release dry run"], copy);

  // 3. changeset version in the copy.
  const pending = readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
  const bumped = new Set();
  for (const file of pending) {
    const front = readFileSync(join(copy, ".changeset", file), "utf8").split("---")[1] ?? "";
    for (const m of front.matchAll(/"(@timpora\/[^"]+)":\s*(patch|minor|major)/g)) bumped.add(m[1]);
  }
  const before = Object.fromEntries(
    packageDirs.map((d) => [manifest(d, copy).name, manifest(d, copy).version]),
  );
  process.stdout.write(
    sh("node", [join(copy, "node_modules", "@changesets", "cli", "bin.js"), "version"], copy),
  );
  for (const dir of packageDirs) {
    const { name, version, private: isPrivate } = manifest(dir, copy);
    if (isPrivate) continue;
    const changelog = join(copy, dir, "CHANGELOG.md");
    const logged = existsSync(changelog) && readFileSync(changelog, "utf8").includes(`## ${version}`);
    console.log(`${name}: ${before[name]} -> ${version}${logged ? ", CHANGELOG.md written" : ""}`);
    if (bumped.has(name) && (version === before[name] || !logged)) {
      throw new Error(`${name} has a changeset but changeset version did not bump it and log it`);
    }
  }
  const left = readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
  if (left.length > 0) throw new Error(`changeset version left ${left.join(", ")}`);

  // 4. pnpm publish --dry-run for every public package of the versioned copy.
  for (const dir of packageDirs) {
    const { name, private: isPrivate } = manifest(dir, copy);
    if (isPrivate) continue;
    const out = spawnSync("npx", [...pnpm, "publish", "--dry-run", "--no-git-checks"], {
      cwd: join(copy, dir),
      encoding: "utf8",
    });
    if (out.status !== 0)
      throw new Error(`pnpm publish --dry-run ${name} failed:\n${out.stdout}${out.stderr}`);
    const files = /total files:\s*(\d+)/i.exec(out.stderr)?.[1];
    console.log(`pnpm publish --dry-run ${name}: ok${files ? `, ${files} files` : ""}`);
  }
  console.log(`release dry run passed (${dirname(copy)} copy removed)`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}

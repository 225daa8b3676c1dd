import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The binary under test: the one `build-binary.fixture.ts` built, or `TIMPORA_CLI_BIN`. */
export const BIN =
  process.env.TIMPORA_CLI_BIN ?? fileURLToPath(new URL("../.tmp/bin/timpora.js", import.meta.url));

/** What a run of the binary gave. */
export interface Run {
  /** Exit code. */
  code: number;
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
}

/** Options of a run. */
export interface RunOptions {
  /** Standard input. */
  input?: string | Buffer;
  /** Working directory. */
  cwd?: string;
  /** Environment variables over a clean English one (`LANG=C.UTF-8`). */
  env?: Record<string, string>;
}

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    LANG: "C.UTF-8",
  };
  return { ...env, ...extra };
}

/** Runs the built binary with pipes for its standard streams (not a terminal). */
export function timpora(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? tmpdir(),
      env: cleanEnv(options.env),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin.on("error", () => {}); // the command may finish before reading all of it
    child.stdin.end(options.input ?? "");
  });
}

const shellQuote = (arg: string) => `'${arg.replaceAll("'", `'"'"'`)}'`;

/**
 * Runs the built binary under a pseudo-terminal (util-linux `script`), as a person at a terminal runs it: standard
 * output and standard error are both the terminal, so their text arrives mixed in `output`.
 */
export function timporaOnTerminal(
  args: readonly string[],
  options: RunOptions = {},
): Promise<{ code: number; output: string }> {
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", `stty cols 120 2>/dev/null; ${command}`, "/dev/null"], {
      cwd: options.cwd ?? tmpdir(),
      env: cleanEnv(options.env),
    });
    const out: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, output: Buffer.concat(out).toString("utf8") }));
    child.stdin.end();
  });
}

/** A new temporary folder with the given files in it. */
export function folderWith(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "timpora-cli-test-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** True when a text shows a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+:\d+:\d+\)?/.test(text) || /\b(TypeError|ReferenceError|SyntaxError): /.test(text);
}

import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "./cli-run.fixture.js";
import { AS_OF, ndjson, threeCases } from "./screen-cases.fixture.js";

// `timpora screen -` copies standard input (personal data) to a temporary folder `timpora-stdin-*` so that it can
// read it twice. However the run ends, the copy must not stay on disk.

/** `timpora screen -` with its own TMPDIR, so that its spool folder is the only one there. */
function screenStdin(tmp: string, extra: readonly string[] = []): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [BIN, "screen", "-", "--as-of", AS_OF, ...extra], {
    cwd: tmp,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: tmp, LANG: "C.UTF-8" },
  });
}

const spoolFolders = (tmp: string) => readdirSync(tmp).filter((n) => n.startsWith("timpora-stdin-"));

function exited(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("timpora screen -: the temporary copy of standard input never stays on disk", () => {
  it("killed by SIGTERM while it copies standard input: exit 143 and the spool folder is gone", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "timpora-spool-test-"));
    const child = screenStdin(tmp);
    const done = exited(child);
    child.stdin.write(ndjson(threeCases)); // standard input stays open: the command is still copying it
    await until(() => spoolFolders(tmp).length === 1, "the spool folder");
    child.kill("SIGTERM");
    expect(await done).toEqual({ code: 143, signal: null });
    expect(spoolFolders(tmp)).toEqual([]);
  });

  it("interrupted (SIGINT, Ctrl-C): exit 130 and the spool folder is gone", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "timpora-spool-test-"));
    const child = screenStdin(tmp);
    const done = exited(child);
    child.stdin.write(ndjson(threeCases));
    await until(() => spoolFolders(tmp).length === 1, "the spool folder");
    child.kill("SIGINT");
    expect(await done).toEqual({ code: 130, signal: null });
    expect(spoolFolders(tmp)).toEqual([]);
  });

  it("its reader stops early (`| head`): the folder is gone, and an invalid record reported before keeps exit 1", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "timpora-spool-test-"));
    const child = screenStdin(tmp);
    const done = exited(child);
    child.stderr.resume();
    // an invalid record first (reported before any assessment is written), then far more assessments than a
    // pipe's buffer holds, so that the command is still writing when its reader goes away
    const many = Array.from({ length: 1500 }, (_, i) => ({ ...threeCases[i % 3]!, id: `c-${i}` }));
    child.stdin.on("error", () => {});
    child.stdin.end(`{"id":"bad","schemaVersion":1}\n${ndjson(many)}`);
    child.stdout.once("data", () => child.stdout.destroy());
    const { code } = await done;
    expect(code).toBe(1);
    expect(spoolFolders(tmp)).toEqual([]);
  });
});

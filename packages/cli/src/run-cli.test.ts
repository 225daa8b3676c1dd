import { tmpdir } from "node:os";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { hasStackTrace, timpora } from "./cli-run.fixture.js";
import { exitCodes } from "./exit-code.js";
import { runCli } from "./run-cli.js";

describe("timpora: help, languages and usage errors (the built binary)", () => {
  it("--help in English lists every subcommand and the exit codes, on standard output, exit 0", async () => {
    const r = await timpora(["--help"]);
    expect(r.code).toBe(0);
    for (const command of ["screen", "permit", "mrz", "nik", "facts", "rules", "demo"]) {
      expect(r.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    }
    expect(r.stdout).toContain("Usage: timpora");
    expect(r.stdout).toContain(
      "Exit codes: 0 done; 1 done, but some input was invalid or a check failed; 2 a usage error",
    );
  });

  it("--help in Indonesian with --locale id, and by LANG=id_ID.UTF-8", async () => {
    for (const run of [
      timpora(["--help", "--locale", "id"]),
      timpora(["--help"], { env: { LANG: "id_ID.UTF-8" } }),
    ]) {
      const r = await run;
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Pemakaian: timpora");
      expect(r.stdout).toContain("Perintah:");
      expect(r.stdout).toContain("Kode keluar: 0 selesai;");
    }
  });

  it("--locale en wins over an Indonesian LANG; LC_ALL wins over LANG", async () => {
    expect((await timpora(["--help", "--locale=en"], { env: { LANG: "id_ID.UTF-8" } })).stdout).toContain(
      "Usage:",
    );
    expect(
      (await timpora(["--help"], { env: { LANG: "en_US.UTF-8", LC_ALL: "id_ID.UTF-8" } })).stdout,
    ).toContain("Pemakaian:");
  });

  it("a subcommand's help in both languages", async () => {
    const en = await timpora(["screen", "--help"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("--date-format <format>");
    expect(en.stdout).toContain("CSV date format: YYYY-MM-DD (default) or DD/MM/YYYY");
    const id = await timpora(["rules", "test", "--help", "--locale", "id"]);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain("gagal bila cakupan aturan di bawah persen ini (0-100)");
  });

  it("usage errors exit 2 with the message in the run's language and a pointer to --help, no stack", async () => {
    const cases: [string[], string][] = [
      [["screan", "x"], "timpora: unknown command screan; did you mean screen?"],
      [["screen"], "timpora: missing argument file"],
      [["screen", "x.ndjson", "--formt", "json"], "timpora: unknown option --formt; did you mean --format?"],
      [["screen", "x.ndjson", "--rules"], "timpora: option --rules <file> needs a value"],
      [["nik", "1", "2"], "timpora: too many arguments"],
      [["--locale", "fr", "--help"], 'timpora: --locale: "fr" is not known; choose id or en'],
      [["screen", "missing.ndjson"], "timpora: missing.ndjson: no such file"],
    ];
    for (const [args, message] of cases) {
      const r = await timpora(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    expect((await timpora(["screan", "x", "--locale", "id"])).stderr).toContain(
      "timpora: perintah tidak dikenal screan; maksud Anda screen?",
    );
  });

  it("no subcommand: the help on standard error, exit 2; --version: exit 0", async () => {
    const r = await timpora([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: timpora");
    const v = await timpora(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("runCli: an error of the command itself", () => {
  it("exits 70 (EX_SOFTWARE), not 2, with one line that says it is an internal error, no stack", async () => {
    let stderr = "";
    const io = {
      stdin: Readable.from([]),
      // an output stream that breaks in a way no user input can cause
      stdout: new Writable({
        write() {
          throw new TypeError("broken stream");
        },
      }),
      stderr: new Writable({
        write(chunk, _encoding, done) {
          stderr += String(chunk);
          done();
        },
      }),
      stdoutIsTty: false,
      stderrIsTty: false,
      env: { LANG: "C.UTF-8" },
      cwd: tmpdir(),
    };
    const code = await runCli(["nik", "3510015008900001"], io);
    expect(code).toBe(70);
    expect(code).toBe(exitCodes.internal);
    expect(stderr).toContain("timpora: internal error (TypeError); please report it");
    expect(hasStackTrace(stderr)).toBe(false);
  });
});

import type { Readable, Writable } from "node:stream";

/**
 * What a run of the command reads and writes: the three standard streams, whether each output is a terminal
 * (and how wide), the environment and the working directory. The binary passes the process's own; tests and
 * embedding programs pass their own streams.
 *
 * @example
 * ```ts
 * const io: CliIo = { ...processIo(), stdoutIsTty: false, env: { LANG: "id_ID.UTF-8" } };
 * ```
 */
export interface CliIo {
  /** Standard input (`-` as a file name reads it). */
  stdin: Readable;
  /** Standard output: results (assessments, tables, summaries). */
  stdout: Writable;
  /** Standard error: messages, invalid records, progress. */
  stderr: Writable;
  /** True when standard output is a terminal (then `screen` writes a table by default). */
  stdoutIsTty: boolean;
  /** True when standard error is a terminal (then progress is a bar). */
  stderrIsTty: boolean;
  /** Width of the terminal in characters, when known. */
  columns?: number | undefined;
  /** Environment variables (`LANG`, `LC_ALL`, `LC_MESSAGES` choose the language). */
  env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative paths are read from. */
  cwd: string;
}

/**
 * The {@link CliIo} of the running process.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(["nik", "3510015008900001"], processIo());
 * ```
 */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    columns: process.stdout.columns ?? process.stderr.columns,
    env: process.env,
    cwd: process.cwd(),
  };
}

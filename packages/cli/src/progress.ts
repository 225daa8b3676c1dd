import type { Locale } from "@timpora/models";
import { SingleBar } from "cli-progress";
import type { CliIo } from "./cli-io.js";
import { formatCount, formatPercent } from "./message-table.js";

/** Progress of a long step, on standard error. */
export interface Progress {
  /** Starts a step (`label`) of `total` items; with `counts: false` only the percentage is shown. */
  start(label: string, total: number, counts?: boolean): void;
  /** Items done so far in the current step. */
  update(done: number): void;
  /** Ends the current step. */
  stop(): void;
}

/** Seconds between two plain progress lines when standard error is not a terminal (env `TIMPORA_PROGRESS_SECONDS`). */
export function progressSeconds(env: CliIo["env"]): number {
  const given = Number(env.TIMPORA_PROGRESS_SECONDS);
  return Number.isFinite(given) && given >= 0 ? given : 5;
}

/**
 * A bar (cli-progress) when standard error is a terminal; otherwise a plain line such as
 * `screening: 12,000 / 100,000 (12.0%)` every few seconds (5 by default), so that logs of long runs show that
 * the run is alive without filling up.
 */
export function createProgress(io: CliIo, locale: Locale): Progress {
  return io.stderrIsTty ? barProgress(io) : lineProgress(io, locale, progressSeconds(io.env) * 1000);
}

/** No progress at all (while the output itself, rows on the terminal, shows it). */
export const noProgress: Progress = { start() {}, update() {}, stop() {} };

function barProgress(io: CliIo): Progress {
  let bar: SingleBar | undefined;
  return {
    start(label, total, counts = true) {
      bar?.stop();
      bar = new SingleBar({
        stream: io.stderr as NodeJS.WritableStream,
        format: `${label.padEnd(12)} {bar} {percentage}%${counts ? " | {value}/{total}" : ""}`,
        barCompleteChar: "█",
        barIncompleteChar: "░",
        hideCursor: false, // an interrupted run must not leave the terminal without its cursor
        noTTYOutput: true,
        clearOnComplete: true,
        fps: 8,
      });
      bar.start(Math.max(total, 1), 0);
    },
    update(done) {
      bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

function lineProgress(io: CliIo, locale: Locale, everyMs: number): Progress {
  let label = "";
  let total = 0;
  let showCounts = true;
  let last = 0;
  let done = 0;
  const line = () => {
    const percent = formatPercent(done, total, locale);
    const text = showCounts
      ? `${formatCount(done, locale)} / ${formatCount(total, locale)} (${percent})`
      : percent;
    io.stderr.write(`${label}: ${text}\n`);
  };
  return {
    start(newLabel, newTotal, counts = true) {
      label = newLabel;
      total = newTotal;
      showCounts = counts;
      done = 0;
      last = Date.now();
    },
    update(count) {
      done = count;
      const now = Date.now();
      if (now - last >= everyMs) {
        last = now;
        line();
      }
    },
    stop() {},
  };
}

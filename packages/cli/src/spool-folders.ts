import { rmSync } from "node:fs";

/** Temporary folders holding a copy of standard input (personal data) that are not yet removed. */
const pending = new Set<string>();
let listening = false;

function removeAll(): void {
  for (const folder of pending) rmSync(folder, { recursive: true, force: true });
  pending.clear();
}

/**
 * Makes sure a temporary folder holding a copy of standard input is removed however the process ends: when the
 * run closes its input, or else when the process exits (`process.exit` on a closed pipe, a signal that the
 * binary turns into an exit, the end of the event loop). One `exit` listener serves every folder, so a program
 * that runs the command many times does not collect listeners. A process killed by SIGKILL cannot clean up.
 */
export function removeAtExit(folder: string): void {
  pending.add(folder);
  if (listening) return;
  listening = true;
  process.on("exit", removeAll);
}

/** Forgets a folder that the run has removed itself. */
export function removedAlready(folder: string): void {
  pending.delete(folder);
}

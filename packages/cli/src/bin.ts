#!/usr/bin/env node
import { processIo } from "./cli-io.js";
import { runCli } from "./run-cli.js";

// A reader that stops early (`timpora screen big.ndjson | head`) closes the pipe: end quietly, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});

// Preloaded by bench-rss.ts (node --import): prints the process's peak resident set size when it exits.
process.on("exit", () => {
  process.stderr.write(`timpora-bench max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});

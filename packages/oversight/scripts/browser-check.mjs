#!/usr/bin/env node
// Opens an oversight report in headless Chromium (Debian's `chromium`, driven by playwright-core) and fails
// on any console error, page error or network request other than the page itself; saves a screenshot.
// Run: node scripts/browser-check.mjs <report.html> [screenshot.png] [--min-tables N] [--min-charts N]
// (CHROMIUM=/path overrides the binary; the map report needs 2 tables and 2 charts, the default; a checklist
// page is checked with --min-tables 1 --min-charts 0)
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number`);
  args.splice(at, 2);
  return value;
};
const minTables = option("--min-tables", 2);
const minCharts = option("--min-charts", 2);
const [reportArg, shotArg] = args;
if (!reportArg) throw new Error("usage: browser-check.mjs <report.html> [screenshot.png]");
const report = resolve(reportArg);
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(executablePath))
  throw new Error(`no Chromium at ${executablePath} (apt-get install -y chromium)`);

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const url = pathToFileURL(report).href;
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    if (r.url() !== url) problems.push(`request: ${r.url()}`);
  });
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response?.ok()) problems.push(`the page did not load (${response?.status()})`);
  const tables = await page.locator("table").count();
  const charts = await page.locator("svg").count();
  if (tables < minTables || charts < minCharts)
    problems.push(`expected tables and charts, found ${tables} tables and ${charts} charts`);
  if (shotArg) await page.screenshot({ path: resolve(shotArg), fullPage: false });
  console.log(`browser check: ${tables} tables, ${charts} charts, ${problems.length} problems`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

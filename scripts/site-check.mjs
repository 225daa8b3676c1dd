#!/usr/bin/env node
// Checks the built documentation site (docs/api): every internal link and anchor resolves to a page of the
// site (a link to a raw Markdown file is broken: it would open the file, not a page), then every page is
// opened in headless Chromium (Debian's `chromium`, driven by playwright-core) over a local HTTP server and
// must load with no console error, page error or failed request; the search box must find a guide.
// Run: node scripts/site-check.mjs [site-dir] [--links-only] [--screenshots DIR]
// (CHROMIUM=/path overrides the browser binary)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, relative, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return false;
  args.splice(at, 1);
  return true;
};
const option = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const linksOnly = flag("--links-only");
const screenshots = option("--screenshots");
const site = resolve(args[0] ?? "docs/api");
if (!existsSync(join(site, "index.html"))) throw new Error(`no built site at ${site} (run pnpm docs:build)`);

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith(".html")) out.push(path);
  }
  return out;
}

const decode = (s) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

// 1. Links.
const pages = htmlFiles(site);
const idsCache = new Map();
const idsOf = (file) => {
  let ids = idsCache.get(file);
  if (ids === undefined) {
    const html = readFileSync(file, "utf8");
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1])));
    idsCache.set(file, ids);
  }
  return ids;
};
const broken = [];
let linkCount = 0;
for (const page of pages) {
  const html = readFileSync(page, "utf8");
  for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const raw = decode(m[2]);
    // A file name in running text (`tppo.md`) that Markdown made into a web address is a broken link too.
    if (/^https?:\/\/[^/]+\.md\/?$/i.test(raw)) {
      broken.push(`${relative(site, page)} → ${raw} (a file name made into a web address)`);
      continue;
    }
    if (raw === "" || /^(https?:|mailto:|data:|javascript:)/i.test(raw)) continue;
    linkCount++;
    const [pathPart, fragment] = raw.split("#", 2);
    const target = pathPart === "" ? page : normalize(join(dirname(page), decodeURIComponent(pathPart)));
    const where = `${relative(site, page)} → ${raw}`;
    if (!(target + sep).startsWith(site + sep) && target !== site) broken.push(`${where} (outside the site)`);
    else if (!existsSync(target) || statSync(target).isDirectory()) broken.push(`${where} (no such file)`);
    else if (extname(target) === ".md") broken.push(`${where} (a raw Markdown file, not a page)`);
    else if (
      fragment !== undefined &&
      fragment !== "" &&
      extname(target) === ".html" &&
      !idsOf(target).has(fragment)
    )
      broken.push(`${where} (no anchor #${fragment})`);
  }
}
console.log(
  `site links: ${pages.length} pages, ${linkCount} internal links and sources, ${broken.length} broken`,
);
if (broken.length > 0) {
  console.error(broken.slice(0, 200).join("\n"));
  process.exit(1);
}
if (linksOnly) process.exit(0);

// 2. Every page in headless Chromium over HTTP.
const { chromium } = await import("playwright-core");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(executablePath))
  throw new Error(`no Chromium at ${executablePath} (apt-get install -y chromium)`);
const types = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};
const server = createServer((req, res) => {
  const path = normalize(join(site, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
  const file = path.endsWith(sep) ? join(path, "index.html") : path;
  if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let current = "";
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning")
      problems.push(`${current}: console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`${current}: page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    // The favicon still loading when the next page is opened is aborted by that navigation, not missing.
    if (r.failure()?.errorText === "net::ERR_ABORTED" && r.url().endsWith("/assets/favicon.svg")) return;
    problems.push(`${current}: request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${current}: HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:"))
      problems.push(`${current}: request outside the site: ${r.url()}`);
  });
  for (const file of pages) {
    current = relative(site, file).split(sep).join("/");
    const response = await page.goto(`${origin}/${current}`, { waitUntil: "load" });
    if (!response?.ok()) problems.push(`${current}: did not load (${response?.status()})`);
  }
  // The search finds a guide by a word of its title.
  current = "index.html (search)";
  await page.goto(`${origin}/index.html`, { waitUntil: "load" });
  await page.keyboard.press("/");
  await page.locator("#tsd-search-input").fill("getting started");
  const result = page.locator("#tsd-search-results li a").first();
  await result
    .waitFor({ timeout: 10_000 })
    .catch(() => problems.push("search: no result for 'getting started'"));
  const searchHit = (await result.count()) > 0 ? ((await result.textContent()) ?? "").trim() : "";
  if (screenshots !== undefined) {
    await page.keyboard.press("Escape");
    await page.goto(`${origin}/index.html`, { waitUntil: "load" });
    await page.screenshot({ path: join(resolve(screenshots), "site-landing.png") });
    const guide = pages.map((p) => relative(site, p)).find((p) => /Write_and_test_a_team/.test(p));
    if (guide !== undefined) {
      await page.goto(`${origin}/${guide.split(sep).join("/")}`, { waitUntil: "load" });
      await page.screenshot({ path: join(resolve(screenshots), "site-guide.png") });
    }
  }
  console.log(
    `site in Chromium: ${pages.length} pages opened, search for "getting started" found "${searchHit}", ${problems.length} problems`,
  );
} finally {
  await browser.close();
  server.close();
}
if (problems.length > 0) {
  console.error(problems.slice(0, 100).join("\n"));
  process.exit(1);
}

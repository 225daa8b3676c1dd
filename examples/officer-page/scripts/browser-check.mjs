#!/usr/bin/env node
// Opens the built officer's page (dist/, served by a tiny static server on 127.0.0.1) in headless Chromium
// (Debian's `chromium`, driven by playwright-core) and checks, online and then offline after a reload:
// - it is Indonesian by default (even in an English browser) and switches to English;
// - the permit flow: the ICAO 9303 specimen MRZ is read (and a wrong check digit is reported), and permits are
//   checked with the values the law gives (docs/permits-rules.md): a visa on arrival entered on 29 Sep 2023 ends
//   on 28 Oct 2023 (30 days, entry day = day 1) and is 10 days over on 7 Nov 2023, Rp1,000,000 a day (PP
//   28/2019) = Rp10.000.000; a visa exemption entered on 10 Jan 2024 is still valid on 8 Feb 2024, its 30th day;
// - the screening flow: the committed sample case (a testkit case with the forced-labour pattern planted) is
//   referred for victim screening, with the withheld passport and its explanation among the evidence;
// - the service worker controls the page; with the network cut, a reload still loads it and both flows work;
// - every request went to the page's own origin; nothing is left in localStorage, sessionStorage, IndexedDB or
//   cookies; the Cache Storage holds only the page's own files.
// Fails on any console error or warning or page error. Saves Indonesian screenshots.
// Run: node scripts/browser-check.mjs [screenshot-prefix] (default ../../reports/officer-page; writes
// <prefix>-permit.png, <prefix>-screening.png and <prefix>-offline.png). CHROMIUM=/path overrides the binary.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, "../dist");
const sample = resolve(here, "../samples/forced-labour-observed.json");
const prefix = resolve(process.argv[2] ?? resolve(here, "../../../reports/officer-page"));
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(executablePath))
  throw new Error(`no Chromium at ${executablePath} (apt-get install -y chromium)`);
if (!existsSync(join(dist, "index.html"))) throw new Error(`no build in ${dist} (pnpm build first)`);

// The ICAO Doc 9303 Part 4 specimen passport (a synthetic person of the specimen state Utopia).
const SPECIMEN = [
  "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
  "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
];
// The ICAO Doc 9303 Part 5 specimen identity card (TD1, three lines of 30).
const SPECIMEN_TD1 = [
  "I<UTOD231458907<<<<<<<<<<<<<<<",
  "7408122F1204159UTO<<<<<<<<<<<6",
  "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
];
// The TD3 specimen with the document number's check digit (line 2, position 10) changed from 6 to 5.
const WRONG_DIGIT = [SPECIMEN[0], `${SPECIMEN[1].slice(0, 9)}5${SPECIMEN[1].slice(10)}`];

const problems = [];
const check = (ok, what) => {
  if (!ok) problems.push(what);
};

// --- A static server for dist/ (GET only, nothing outside dist). ---
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};
let served = 0;
const server = createServer(async (request, response) => {
  served++;
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
  const file = resolve(dist, `.${path.endsWith("/") ? `${path}index.html` : path}`);
  if (request.method !== "GET" || !(file === dist || file.startsWith(dist + sep)) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  const body = await readFile(file);
  response
    .writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    })
    .end(body);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

async function builtFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await builtFiles(full)));
    else out.push(relative(dist, full).split(sep).join("/"));
  }
  return out;
}

// --- The flows, as an officer runs them. ---
async function readMrz(page, lines) {
  await page.fill("#mrz", lines.join("\n"));
  await page.click("#mrz-form button[type=submit]");
  const result = page.locator("#mrz-result [data-mrz]");
  await result.waitFor({ state: "visible" });
  return result;
}

async function checkPermit(page, { kind, basis, entry, on }) {
  await page.selectOption("#permit-kind", kind);
  await page.selectOption("#permit-basis", basis);
  await page.fill("#permit-entry", entry);
  await page.fill("#permit-last-day", "");
  await page.fill("#permit-on", on);
  await page.click("#permit-form button[type=submit]");
  const result = page.locator(`#permit-result [data-status]`);
  await result.waitFor({ state: "visible" });
  return result;
}

async function permitFlow(page, when) {
  const card = await readMrz(page, SPECIMEN_TD1);
  const cardText = await card.textContent();
  check((await card.getAttribute("data-mrz")) === "valid", `${when}: the TD1 specimen was not read as valid`);
  check(cardText.includes("TD1") && cardText.includes("D23145890"), `${when}: the TD1 fields are not shown`);
  check(
    (await card.locator('[data-check][data-valid="true"]').count()) === 4,
    `${when}: not all 4 TD1 check digits match`,
  );

  const wrong = await readMrz(page, WRONG_DIGIT);
  check(
    (await wrong.getAttribute("data-mrz")) === "invalid",
    `${when}: a wrong check digit was not reported`,
  );
  const digitIssue = wrong.locator('li[data-code="mrz.check-digit"]').first();
  check(
    (await digitIssue.count()) === 1 &&
      (await digitIssue.textContent()).includes("Digit pemeriksa MRZ tidak cocok (baris 2, posisi 10)"),
    `${when}: the check-digit issue is not shown in Indonesian at line 2, position 10`,
  );

  const valid = await readMrz(page, SPECIMEN);
  const mrzText = await valid.textContent();
  check(
    (await valid.getAttribute("data-mrz")) === "valid",
    `${when}: the specimen MRZ was not read as valid`,
  );
  for (const part of [
    "TD3",
    "L898902C3",
    "ERIKSSON",
    "ANNA MARIA",
    "UTO — Utopia (negara contoh ICAO)",
    "1974-08-12",
    "Perempuan",
  ])
    check(mrzText.includes(part), `${when}: the MRZ fields lack ${part}`);
  check(
    (await valid.locator('[data-check][data-valid="true"]').count()) === 5,
    `${when}: not all 5 TD3 check digits match`,
  );

  // Visa on arrival: 30 days from 29 Sep 2023 (day 1) → last day 28 Oct; on 7 Nov, 10 days over, Rp1,000,000 a day.
  const voa = await checkPermit(page, {
    kind: "itk",
    basis: "visa-on-arrival",
    entry: "2023-09-29",
    on: "2023-11-07",
  });
  const voaText = await voa.textContent();
  check((await voa.getAttribute("data-status")) === "expired", `${when}: VoA status is not expired`);
  check(
    (await voa.getAttribute("data-last-day")) === "2023-10-28",
    `${when}: VoA last day is not 2023-10-28`,
  );
  check((await voa.getAttribute("data-overstay-days")) === "10", `${when}: VoA overstay is not 10 days`);
  for (const part of [
    "Berakhir — melebihi izin tinggal",
    "2023-10-28 (menurut aturan saat masuk: 30 hari, hari masuk = hari ke-1)",
    "Rp10.000.000 (10 hari × Rp1.000.000 per hari)",
    "PP 28/2019",
    "Permenkumham 29/2021",
  ])
    check(voaText.includes(part), `${when}: the VoA answer lacks "${part}"`);

  // Visa exemption: 30 days from 10 Jan 2024 → valid on 8 Feb 2024, its last day; UTO is not on the list.
  const exempt = await checkPermit(page, {
    kind: "itk",
    basis: "visa-exempt",
    entry: "2024-01-10",
    on: "2024-02-08",
  });
  const exemptText = await exempt.textContent();
  check((await exempt.getAttribute("data-status")) === "valid", `${when}: visa-exempt status is not valid`);
  check(
    (await exempt.getAttribute("data-last-day")) === "2024-02-08",
    `${when}: visa-exempt last day is not 2024-02-08`,
  );
  check((await exempt.getAttribute("data-overstay-days")) === "0", `${when}: visa-exempt overstay is not 0`);
  for (const part of ["Berlaku", "Perpres 21/2016", "tidak memenuhi syarat"])
    check(exemptText.includes(part), `${when}: the visa-exempt answer lacks "${part}"`);
}

async function screeningFlow(page, when) {
  await page.fill("#screening-on", "2025-06-30");
  await page.setInputFiles("#case-file", sample);
  const assessment = page.locator("#screening-result [data-level]");
  await assessment.waitFor({ state: "visible" });
  check(
    (await assessment.getAttribute("data-level")) === "refer",
    `${when}: the sample case is not referred`,
  );
  const level = await assessment.locator(".level").textContent();
  check(
    level === "Rujuk untuk skrining perlindungan (prosedur perlindungan)",
    `${when}: the level is shown as "${level}"`,
  );
  const evidence = await page.locator("#screening .evidence").textContent();
  check(
    evidence.startsWith("Indikator adalah bukti, bukan putusan"),
    `${when}: the sentence that indicators are evidence, not verdicts, is missing`,
  );
  const passport = assessment.locator('li[data-indicator="passport-withheld"]');
  check((await passport.count()) === 1, `${when}: passport-withheld did not fire`);
  const facts = passport.locator('.explanation li[data-node="fact"]');
  const factCount = await facts.count();
  check(factCount > 0, `${when}: passport-withheld has no fact in its explanation`);
  const explained = factCount > 0 ? await facts.first().textContent() : "";
  check(
    /diharapkan: .+; nilai: .+ — (terpenuhi|tidak terpenuhi|tidak dinilai)/.test(explained),
    `${when}: the explanation does not show the expected value, the value and the outcome ("${explained}")`,
  );
  const gap = assessment.locator('.gaps li[data-code="not-evaluated.cross-record-missing"]');
  check((await gap.count()) > 0, `${when}: the cross-record data gap of a single case is not shown`);
  return { fired: await assessment.locator("li.indicator").count(), explained };
}

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
let summary = "";
try {
  // In an English browser the page still opens in Indonesian.
  const english = await browser.newPage({ locale: "en-US" });
  await english.goto(`${origin}/`, { waitUntil: "load" });
  check(
    (await english.getAttribute("html", "lang")) === "id",
    "in an English browser the page is not Indonesian",
  );
  check(
    (await english.textContent("h1")) === "Timpora — Halaman Petugas",
    "in an English browser the title is not Indonesian",
  );
  await english.context().close();

  // An officer's browser (Indonesian), from the first visit on.
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "id-ID" });
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));

  const first = await page.goto(`${origin}/`, { waitUntil: "load" });
  check(first?.ok() === true, `the page did not load (${first?.status()})`);
  const lang = () => page.getAttribute("html", "lang");
  check((await lang()) === "id", `<html lang> is ${await lang()}, not id`);
  check((await page.textContent("h1")) === "Timpora — Halaman Petugas", "the title is not Indonesian");
  check(
    (await page.textContent("#privacy")).startsWith(
      "Halaman ini tidak menyimpan dan tidak mengirim apa pun.",
    ),
    "the page does not say in Indonesian that it stores and sends nothing",
  );
  const fields = await page.$$eval("input, textarea, select", (all) =>
    all.map((e) => e.getAttribute("autocomplete")),
  );
  check(
    fields.length >= 7 && fields.every((a) => a === "off"),
    `not every field has autocomplete="off" (${fields})`,
  );

  await permitFlow(page, "online");

  // The switch: English, the answer shown again in English; then back to Indonesian.
  await page.click("#language-switch");
  check((await lang()) === "en", "the switch did not turn the page English");
  check((await page.textContent("h1")) === "Timpora — Officer's page", "the English title is missing");
  check(
    (await page.textContent("#privacy")).startsWith("This page stores nothing and sends nothing."),
    "the page does not say in English that it stores and sends nothing",
  );
  check(
    (await page.textContent("#permit-result .headline")) === "Status on 2024-02-08: Valid",
    "the permit answer was not shown again in English",
  );
  check(
    (await page.locator('#permit-kind option[value="itk"]').textContent()) === "Visit stay permit (ITK)",
    "the permit kinds are not in English",
  );
  await page.click("#language-switch");
  check((await lang()) === "id", "the switch did not turn the page back to Indonesian");

  const screened = await screeningFlow(page, "online");
  await mkdir(dirname(prefix), { recursive: true });
  await page.locator("#permit").screenshot({ path: `${prefix}-permit.png` });
  await page.locator("#screening").screenshot({ path: `${prefix}-screening.png` });

  // Offline: once the service worker controls the page, cut the network and reload.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  await page.locator('#offline-state[data-state="ready"]').waitFor({ timeout: 15_000 });
  const servedOnline = served;
  await context.setOffline(true);
  const again = await page.reload({ waitUntil: "load" });
  check(again?.fromServiceWorker() === true, "the reload offline was not answered by the service worker");
  check((await lang()) === "id", "after the offline reload the page is not Indonesian");
  await permitFlow(page, "offline");
  await screeningFlow(page, "offline");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${prefix}-offline.png`, fullPage: false });
  check(served === servedOnline, `the server was reached while offline (${served - servedOnline} requests)`);

  // Sent nothing: every request went to the page's own origin.
  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`));
  check(foreign.length === 0, `requests to other origins: ${foreign.join(", ")}`);

  // Stored nothing: no web storage, no IndexedDB, no cookies; the Cache Storage holds the page's own files only.
  const stored = await page.evaluate(async () => {
    const caches_ = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      caches_.push({ name, urls: (await cache.keys()).map((r) => r.url) });
    }
    return {
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: caches_,
    };
  });
  const cookies = await context.cookies();
  check(stored.local === 0 && stored.session === 0, "something was left in localStorage or sessionStorage");
  check(stored.databases === 0, "an IndexedDB database exists");
  check(cookies.length === 0, "a cookie was set");
  const shell = [
    `${origin}/`,
    ...(await builtFiles(dist)).filter((f) => f !== "sw.js").map((f) => `${origin}/${f}`),
  ];
  const [only] = stored.caches;
  check(
    stored.caches.length === 1 && only.name.startsWith("timpora-officer-page-"),
    `the Cache Storage is not the page's one cache: ${stored.caches.map((c) => c.name)}`,
  );
  const cached = [...(only?.urls ?? [])].sort();
  check(
    JSON.stringify(cached) === JSON.stringify([...shell].sort()),
    `the cache holds ${cached.join(", ")}, not the page's files ${shell.join(", ")}`,
  );

  summary =
    `officer page browser check: Indonesian by default, English on the switch; permit flow (TD1 and TD3 specimen MRZs, ` +
    `VoA 10 days over Rp10.000.000, visa exemption on its last day) and screening flow (refer, ${screened.fired} ` +
    `indicators explained) online and offline after a reload; ${requests.length} requests, all to the page's ` +
    `origin; storage empty; cache of ${cached.length} own files; ${problems.length} problems`;
} finally {
  await browser.close();
  server.close();
}
console.log(summary);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

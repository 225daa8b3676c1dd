/**
 * The oversight map as one self-contained HTML page for a meeting: tables and SVG bar charts drawn in the
 * page, inline styles only, no script, no font, image or other request (a Content-Security-Policy of
 * `default-src 'none'` makes sure of it), labels in Indonesian and English, and print styles.
 */
import type { Labels } from "@timpora/models";
import { escapeHtml } from "./html-text.js";
import type { DimensionTable, MapRow, OversightMap } from "./oversight-map.js";

/**
 * Options of {@link renderMapReport}.
 *
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * const map = mapByRegion(generateCases({ seed: 1, count: 400, population: "realistic" }), { on: "2025-06-30", by: "province" });
 * const options: ReportOptions = { title: "Rapat Timpora Provinsi", locale: "id" };
 * const html = renderMapReport(map, options);
 * [html.includes("Dihitung terpisah"), html.includes("Counted apart")]; // [true, false]
 * ```
 */
export interface ReportOptions {
  /** The report's title (default: "Peta Pengawasan Orang Asing / Foreigner-oversight map"). */
  title?: string;
  /** `"id"`, `"en"`, or `"both"` (default): labels in one language or both. */
  locale?: "id" | "en" | "both";
}

const texts = {
  title: { id: "Peta Pengawasan Orang Asing", en: "Foreigner-oversight map" },
  basis: {
    id: "Dasar: Permenimipas 2/2025 Pasal 53 — pendataan orang asing secara berjenjang dari desa/kelurahan sampai provinsi dan penyusunan peta pengawasan orang asing.",
    en: "Basis: Permenimipas 2/2025 Art. 53 — collecting data on foreigners tier by tier from village to province and producing a foreigner-oversight map.",
  },
  dates: { id: "Tanggal", en: "Dates" },
  change: { id: "Perubahan", en: "Change" },
  region: { id: "Wilayah", en: "Region" },
  regions: { id: "Orang asing yang berada di wilayah", en: "Foreigners present, by region" },
  apart: { id: "Dihitung terpisah", en: "Counted apart" },
  departed: { id: "Sudah keluar", en: "Departed" },
  notYetArrived: { id: "Belum tiba", en: "Not yet arrived" },
  placeUnknown: { id: "Tempat tidak diketahui", en: "Place unknown" },
  outside: { id: "Di luar wilayah peta", en: "Outside the map's areas" },
  suppressed: {
    id: "— disembunyikan: angka 1 sampai {t} dan angka pelengkap yang dapat membukanya (perlindungan sel kecil)",
    en: "— suppressed: counts from 1 to {t} and the complements that could reveal them (small-cell protection)",
  },
  total: { id: "Jumlah", en: "Total" },
  privacy: {
    id: "Hanya jumlah: tidak memuat nama, nomor dokumen, tanggal lahir, alamat, kontak atau pengenal lain.",
    en: "Counts only: no names, document numbers, birth dates, addresses, contacts or other identifiers.",
  },
} satisfies Record<string, Labels>;

/** Renders a label in the chosen language(s). */
function say(label: Labels, locale: ReportOptions["locale"]): string {
  if (locale === "id") return escapeHtml(label.id);
  if (locale === "en") return escapeHtml(label.en);
  return label.id === label.en
    ? escapeHtml(label.id)
    : `${escapeHtml(label.id)} <span class="en">/ ${escapeHtml(label.en)}</span>`;
}

const count = (v: number | null | undefined): string => (v === null || v === undefined ? "—" : String(v));
const signed = (v: number | null | undefined): string =>
  v === null || v === undefined ? "—" : v > 0 ? `+${v}` : String(v);

/** A horizontal SVG bar chart: one bar per label and date; suppressed values drawn as hatched stubs. */
function barChart(
  items: readonly { label: string; values: readonly (number | null)[] }[],
  dates: number,
): string {
  const max = Math.max(1, ...items.flatMap((i) => i.values.map((v) => v ?? 0)));
  const barH = 10;
  const rowH = dates * barH + 8;
  const width = 640;
  const labelW = 220;
  const scale = (width - labelW - 50) / max;
  const parts = items.map((item, i) => {
    const y = i * rowH + 4;
    const bars = item.values.map((v, d) => {
      const by = y + d * barH;
      if (v === null)
        return `<rect x="${labelW}" y="${by}" width="6" height="${barH - 2}" class="hidden-bar"/><text x="${labelW + 10}" y="${by + 8}" class="num">—</text>`;
      return `<rect x="${labelW}" y="${by}" width="${(v * scale).toFixed(1)}" height="${barH - 2}" class="bar d${d}"/><text x="${(labelW + v * scale + 4).toFixed(1)}" y="${by + 8}" class="num">${v}</text>`;
    });
    return `<text x="${labelW - 6}" y="${y + rowH / 2}" class="lbl" text-anchor="end">${item.label}</text>${bars.join("")}`;
  });
  const height = items.length * rowH + 8;
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">${parts.join("")}</svg>`;
}

function shortLabel(label: Labels, locale: ReportOptions["locale"]): string {
  return escapeHtml(locale === "en" ? label.en : label.id);
}

function regionSection(map: OversightMap, locale: ReportOptions["locale"]): string {
  const two = map.dates.length === 2;
  const depth = new Map<string, number>();
  const rows = map.regions.map((r: MapRow) => {
    const d = r.parent === null ? 0 : (depth.get(r.parent) ?? 0) + 1;
    depth.set(r.key, d);
    const cells = r.counts.map((c) => `<td class="n">${count(c)}</td>`).join("");
    const delta = two ? `<td class="n">${signed(r.change)}</td>` : "";
    const cls = r.kind === "suppressed-group" ? ' class="group"' : "";
    return `<tr${cls}><td style="padding-left:${0.3 + d * 1.1}em">${say(r.label, locale)}</td>${cells}${delta}</tr>`;
  });
  const head = `<tr><th>${say(texts.region, locale)}</th>${map.dates.map((d) => `<th class="n">${d}</th>`).join("")}${two ? `<th class="n">${say(texts.change, locale)}</th>` : ""}</tr>`;
  const finest = map.regions.filter((r) => !map.regions.some((c) => c.parent === r.key) && r.kind !== "all");
  const chart = barChart(
    finest.map((r) => ({ label: shortLabel(r.label, locale), values: r.counts })),
    map.dates.length,
  );
  const key = map.dates.map((d, i) => `<span class="key d${i}"></span> ${escapeHtml(d)}`).join(" &nbsp; ");
  return `<section><h2>${say(texts.regions, locale)}</h2><p class="meta">${key}</p>${chart}<table>${head}${rows.join("")}</table></section>`;
}

function dimensionSection(map: OversightMap, table: DimensionTable, locale: ReportOptions["locale"]): string {
  const two = map.dates.length === 2;
  const rowLabel = new Map(map.regions.map((r) => [r.key, r.label]));
  const total = table.rows[0];
  const chart = total
    ? barChart(
        table.values.map((v, i) => ({
          label: shortLabel(v.label, locale),
          values: total.counts.map((byDate) => byDate[i] ?? null),
        })),
        map.dates.length,
      )
    : "";
  const head = `<tr><th>${say(texts.region, locale)}</th>${table.values
    .map((v) => `<th class="n" colspan="${map.dates.length + (two ? 1 : 0)}">${say(v.label, locale)}</th>`)
    .join("")}</tr>`;
  const rows = table.rows.map((row) => {
    const label = rowLabel.get(row.key) ?? { id: row.key, en: row.key };
    const cells = table.values
      .map((_, v) => {
        const byDate = row.counts.map((c) => `<td class="n">${count(c[v])}</td>`).join("");
        return byDate + (two ? `<td class="n delta">${signed(row.change?.[v])}</td>` : "");
      })
      .join("");
    return `<tr${row.key === "all" ? ' class="total"' : ""}><td>${say(label, locale)}</td>${cells}</tr>`;
  });
  return `<section><h2>${say(table.label, locale)}</h2>${chart}<div class="wide"><table>${head}${rows.join("")}</table></div></section>`;
}

function apartSection(map: OversightMap, locale: ReportOptions["locale"]): string {
  const two = map.dates.length === 2;
  const items = (["departed", "notYetArrived", "placeUnknown", "outside"] as const).map((k) => {
    const a = map.apart[k];
    return `<tr><td>${say(texts[k], locale)}</td>${a.counts.map((c) => `<td class="n">${count(c)}</td>`).join("")}${two ? `<td class="n">${signed(a.change)}</td>` : ""}</tr>`;
  });
  return `<section><h2>${say(texts.apart, locale)}</h2><table>${items.join("")}</table></section>`;
}

const style = `
body{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#111;margin:24px;max-width:1100px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;margin:22px 0 6px;border-bottom:1px solid #999}
.en{color:#555}.meta{color:#333;margin:2px 0}
table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #bbb;padding:2px 6px;vertical-align:top}
th{background:#eee;font-weight:600}.n{text-align:right;font-variant-numeric:tabular-nums}
tr.group td{font-style:italic;background:#f6f6f6}tr.total td{font-weight:600;background:#f3f3f3}.delta{color:#444}
.wide{overflow-x:auto}svg{display:block;margin:6px 0}.bar.d0{fill:#7a9cc6}.bar.d1{fill:#244a7a}
.hidden-bar{fill:#bbb}.key{display:inline-block;width:10px;height:10px}.key.d0{background:#7a9cc6}.key.d1{background:#244a7a}.lbl,.num{font-size:10px;fill:#222}
.legend{font-size:12px;color:#333;border:1px solid #ccc;padding:6px;margin-top:8px}
@media print{body{margin:10mm;max-width:none}.key,.bar{print-color-adjust:exact;-webkit-print-color-adjust:exact}section{break-inside:avoid}.wide{overflow:visible}h2{break-after:avoid}}
`;

/**
 * Renders an oversight map as one self-contained HTML page for a Timpora meeting: the region table with
 * each date and the change, a bar chart per table, one table per dimension, the people counted apart, the
 * legal basis (Permenimipas 2/2025 Art. 53) and a legend of the suppression. The page makes no request (no
 * script, font or image; a Content-Security-Policy of `default-src 'none'`), prints cleanly, and holds only
 * what the map holds: counts. Bars and tables are drawn by the page itself (SVG), without a chart library.
 *
 * @param map - from {@link mapByRegion}
 * @param options - title and language (`"both"` by default)
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { generateCases } from "@timpora/testkit";
 * const map = mapByRegion(generateCases({ seed: 1, count: 400, population: "realistic" }), { on: "2025-06-30", by: "province" });
 * writeFileSync("peta.html", renderMapReport(map, { title: "Rapat Timpora Provinsi Bali" }));
 * ```
 */
export function renderMapReport(map: OversightMap, options: ReportOptions = {}): string {
  const locale = options.locale ?? "both";
  const title = options.title === undefined ? say(texts.title, locale) : escapeHtml(options.title);
  const legend = say(
    {
      id: texts.suppressed.id.replace("{t}", String(map.threshold - 1)),
      en: texts.suppressed.en.replace("{t}", String(map.threshold - 1)),
    },
    locale,
  );
  const body = [
    `<h1>${title}</h1>`,
    `<p class="meta">${say(texts.dates, locale)}: ${map.dates.map(escapeHtml).join(" → ")}</p>`,
    `<p class="meta">${say(texts.basis, locale)}</p>`,
    regionSection(map, locale),
    ...map.tables.map((t) => dimensionSection(map, t, locale)),
    apartSection(map, locale),
    `<p class="legend">${legend}<br>${say(texts.privacy, locale)}</p>`,
  ].join("\n");
  return `<!doctype html>
<html lang="${locale === "en" ? "en" : "id"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? `${texts.title.id} / ${texts.title.en}`)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

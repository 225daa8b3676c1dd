import { describe, expect, it } from "vitest";
import { checkMapOptions, mapFromPresence } from "./map-by-region.js";
import type { Presence } from "./presence.js";
import { renderMapReport } from "./render-report.js";

const presence = (codes: readonly string[]): Presence => ({
  on: "2024-12-01",
  entries: codes.map((regionCode, index) => ({
    index,
    status: "present",
    regionCode,
    zone: "Asia/Jakarta",
    reason: { code: "place.residence", message: { id: "", en: "" } },
    stay: index % 4 === 0 ? "overstay" : "lawful",
    nationality: index % 3 === 0 ? "MYS" : "AUS",
    permitKind: "itk",
    purpose: "tourism",
    employerSector: "none",
  })),
  counts: { present: codes.length, departed: 2, notYetArrived: 0, placeUnknown: 0, duplicateRecords: 0 },
});

const map = mapFromPresence(
  [presence([...Array(12).fill("35.10.01"), ...Array(9).fill("35.10.02"), ...Array(2).fill("35.10.03")])],
  checkMapOptions({ on: "2024-12-01", by: "district", dimensions: ["nationality", "stay"] }),
);

describe("renderMapReport", () => {
  const html = renderMapReport(map);

  it("is one self-contained page: no script, no external resource, a policy that forbids requests", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|https?:\/\//i);
  });

  it("labels in Indonesian and English, the legal basis, and suppressed counts as a dash", () => {
    expect(html).toContain('Kewarganegaraan <span class="en">/ Nationality</span>');
    expect(html).toContain("Permenimipas 2/2025 Pasal 53");
    expect(html).toContain("Kabupaten Banyuwangi (35.10)");
    // Pesanggaran (35.10.03) has 2 people: suppressed, shown as a dash, never as 2.
    expect(html).toMatch(/35\.10\.03<\/td><td class="n">—<\/td>/);
    expect(html).toContain("counts from 1 to 4");
    expect(renderMapReport(map, { locale: "en" })).not.toContain("Kewarganegaraan");
  });

  it("escapes text it is given", () => {
    expect(renderMapReport(map, { title: "<b>Rapat</b>" })).toContain("<h1>&lt;b&gt;Rapat&lt;/b&gt;</h1>");
  });
});

import { describe, expect, it } from "vitest";
import { sketchCase } from "./cases.fixture.js";
import { OversightError } from "./oversight-error.js";
import { presenceOn } from "./presence.js";

// Banyuwangi (35.10, East Java) keeps WIB (UTC+7); Bali (51) across the strait keeps WITA (UTC+8)
// (Keppres 41/1987, models' provinceTimeZones). A traveller leaves a Banyuwangi hotel late on 1 December
// and checks in at a Jembrana (51.01) hotel at 23:45 WIB, which is 00:45 on 2 December in Bali.
const crossing = sketchCase({
  n: 1,
  lodging: [
    ["35.10.01", "2024-11-28T14:00:00+07:00", "2024-12-01T22:30:00+07:00"],
    ["51.01.01", "2024-12-01T23:45:00+07:00", "2024-12-05T10:00:00+08:00"],
  ],
});

describe("presenceOn", () => {
  it("places a person by the date in the lodging's own zone (Banyuwangi WIB, Bali WITA)", () => {
    const dec1 = presenceOn([crossing], { on: "2024-12-01" }).entries[0];
    expect([dec1?.regionCode, dec1?.zone, dec1?.reason.code]).toEqual([
      "35.10.01",
      "Asia/Jakarta",
      "place.lodging-report",
    ]);
    const dec2 = presenceOn([crossing], { on: "2024-12-02" }).entries[0];
    expect([dec2?.regionCode, dec2?.zone]).toEqual(["51.01.01", "Asia/Makassar"]);
  });

  it("a check-in written with another zone's offset still counts by the place's date", () => {
    // 2024-12-02T00:30:00+08:00 is 23:30 on 1 December in WIB: in Banyuwangi that is still 1 December.
    const late = sketchCase({
      n: 2,
      lodging: [["35.10.02", "2024-12-02T00:30:00+08:00", "2024-12-03T08:00:00+07:00"]],
      residence: "35.78.01",
    });
    expect(presenceOn([late], { on: "2024-12-01" }).entries[0]?.regionCode).toBe("35.10.02");
    // The same instant in Bali is 2 December: on 1 December the residence (Surabaya) is the place.
    const bali = sketchCase({
      n: 3,
      lodging: [["51.01.01", "2024-12-02T00:30:00+08:00"]],
      residence: "35.78.01",
    });
    const e = presenceOn([bali], { on: "2024-12-01" }).entries[0];
    expect([e?.regionCode, e?.reason.code]).toEqual(["35.78.01", "place.residence"]);
  });

  it("falls back from lodging to residence to the permit's region, and counts an unknown place apart", () => {
    const cases = [
      sketchCase({ n: 4, residence: "35.09.01", permitRegion: "35.10" }),
      sketchCase({ n: 5, permitRegion: "35.10" }),
      sketchCase({ n: 6 }),
    ];
    const p = presenceOn(cases, { on: "2024-12-01" });
    expect(p.entries.map((e) => [e.status, e.regionCode, e.reason.code])).toEqual([
      ["present", "35.09.01", "place.residence"],
      ["present", "35.10", "place.permit-region"],
      ["place-unknown", undefined, "apart.place-unknown"],
    ]);
  });

  it("counts departures and arrivals yet to come apart, never drops them, and each person once", () => {
    const cases = [
      sketchCase({ n: 7, residence: "35.10.01", exit: "2024-11-20" }),
      sketchCase({ n: 8, residence: "35.10.01", permit: ["2024-12-10", "2025-01-08"] }),
      sketchCase({ n: 9, residence: "35.10.01" }),
      sketchCase({ n: 10, residence: "35.10.02", samePersonAs: 9 }),
    ];
    const p = presenceOn(cases, { on: "2024-12-01" });
    expect(p.counts).toEqual({
      present: 1,
      departed: 1,
      notYetArrived: 1,
      placeUnknown: 0,
      duplicateRecords: 1,
    });
    expect(p.entries.map((e) => [e.index, e.status])).toEqual([
      [0, "departed"],
      [1, "not-yet-arrived"],
      [2, "present"],
    ]);
  });

  it("an overstay is present with stay status overstay and no permit in force", () => {
    const c = sketchCase({ n: 11, residence: "35.10.03", permit: ["2024-10-01", "2024-10-30"] });
    const e = presenceOn([c], { on: "2024-12-01" }).entries[0];
    expect([e?.status, e?.stay, e?.permitKind, e?.purpose]).toEqual(["present", "overstay", "none", "none"]);
  });

  it("refuses an impossible date and a case that is not a record", () => {
    expect(() => presenceOn([], { on: "2024-02-30" })).toThrowError(OversightError);
    expect(() => presenceOn([{ id: "x" } as never], { on: "2024-02-01" })).toThrowError(/not a valid record/);
  });
});

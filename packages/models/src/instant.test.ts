import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isIsoDateTime } from "./dates.js";
import { dateInZone, isTimeZone, offsetInZone, readInstant, writeInstant } from "./instant.js";

describe("readInstant: ISO 8601 date-times with an offset (RFC 3339)", () => {
  it("reads the epoch and the offset", () => {
    // 2024-01-01T00:00:00Z is 1,704,067,200 s after the epoch
    expect(readInstant("2024-01-01T08:00:00+08:00")).toEqual({
      epochMs: 1_704_067_200_000,
      offsetMinutes: 480,
    });
    expect(readInstant("2024-01-01T00:00:00Z")).toEqual({ epochMs: 1_704_067_200_000, offsetMinutes: 0 });
    expect(readInstant("2023-12-31T20:30:00-03:30")).toEqual({
      epochMs: 1_704_067_200_000,
      offsetMinutes: -210,
    });
    expect(readInstant("1970-01-01T00:00:00.250Z")).toEqual({ epochMs: 250, offsetMinutes: 0 });
  });
  it("reads years before 100 as they are (not as 19xx)", () => {
    // 0050-01-01 to 1970-01-01: 1,920 years with 465 leap days (480 by 4, less 19 centuries, plus 4 by 400)
    // = 701,265 days of 86,400,000 ms
    expect(readInstant("0050-01-01T00:00:00Z")?.epochMs).toBe(-60_589_296_000_000);
  });
  it("refuses what isIsoDateTime refuses", () => {
    for (const s of [
      "2024-01-01T08:00:00",
      "2024-01-01T08:00:00+25:00",
      "2024-02-30T08:00:00Z",
      "",
      42,
      null,
    ]) {
      expect(readInstant(s)).toBeUndefined();
    }
  });
});

describe("writeInstant", () => {
  it("writes in the instant's own offset, milliseconds only when not zero, Z for UTC", () => {
    expect(writeInstant({ epochMs: 1_704_067_200_000, offsetMinutes: 480 })).toBe(
      "2024-01-01T08:00:00+08:00",
    );
    expect(writeInstant({ epochMs: 1_704_067_200_000, offsetMinutes: 0 })).toBe("2024-01-01T00:00:00Z");
    expect(writeInstant({ epochMs: 1_704_067_200_500, offsetMinutes: -210 })).toBe(
      "2023-12-31T20:30:00.500-03:30",
    );
  });
  it("gives undefined after 9999-12-31 in its offset", () => {
    expect(
      writeInstant({ epochMs: readInstant("9999-12-31T23:00:00Z")!.epochMs, offsetMinutes: 120 }),
    ).toBeUndefined();
  });
  it("round-trips every instant written with seconds in whole milliseconds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62_000_000_000_000, max: 253_000_000_000_000 }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (epochMs, offsetMinutes) => {
          const text = writeInstant({ epochMs, offsetMinutes });
          fc.pre(text !== undefined);
          expect(isIsoDateTime(text)).toBe(true);
          expect(readInstant(text)).toEqual({ epochMs, offsetMinutes });
        },
      ),
    );
  });
});

describe("dateInZone and isTimeZone: the calendar date of the place of stay", () => {
  it("WIB, WITA and WIT are UTC+7, +8 and +9 (no daylight saving)", () => {
    const i = readInstant("2024-03-01T16:30:00Z")!;
    expect(dateInZone(i, "Asia/Jakarta")).toBe("2024-03-01"); // 23:30 WIB
    expect(dateInZone(i, "Asia/Makassar")).toBe("2024-03-02"); // 00:30 WITA
    expect(dateInZone(i, "Asia/Jayapura")).toBe("2024-03-02"); // 01:30 WIT
  });
  it("knows IANA names and refuses others", () => {
    expect(isTimeZone("Asia/Pontianak")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Asia/Bandung")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(7)).toBe(false);
  });
  it("gives undefined for an unknown zone or a date after 9999-12-31", () => {
    expect(dateInZone(readInstant("2024-03-01T16:30:00Z")!, "Asia/Bandung")).toBeUndefined();
    expect(dateInZone(readInstant("9999-12-31T20:00:00Z")!, "Asia/Jayapura")).toBeUndefined();
  });
});

describe("held against luxon (the date library this module replaced) on random instants", () => {
  const zones = [
    "Asia/Jakarta",
    "Asia/Pontianak",
    "Asia/Makassar",
    "Asia/Jayapura",
    "Australia/Sydney",
    "America/New_York",
    "UTC",
  ];
  it("gives the calendar date of the zone luxon gives, and the same instant 24 hours on", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.constantFrom(...zones),
        (epochMs, offsetMinutes, zone) => {
          const text = writeInstant({ epochMs, offsetMinutes })!;
          const instant = readInstant(text)!;
          const luxonInstant = DateTime.fromISO(text, { setZone: true });
          expect(dateInZone(instant, zone)).toBe(luxonInstant.setZone(zone).toISODate());
          expect(writeInstant({ epochMs: instant.epochMs + 24 * 3_600_000, offsetMinutes })).toBe(
            luxonInstant.plus({ hours: 24 }).toISO({ suppressMilliseconds: true }),
          );
        },
      ),
    );
  });
});

describe("offsetInZone", () => {
  it("gives the zone's offset at the instant: WIB, WITA, WIT, a half-hour zone, daylight saving", () => {
    const at = Date.UTC(2025, 2, 1, 17, 30, 15, 999); // 2025-03-01T17:30:15.999Z
    expect(offsetInZone(at, "Asia/Jakarta")).toBe(7 * 60);
    expect(offsetInZone(at, "Asia/Makassar")).toBe(8 * 60);
    expect(offsetInZone(at, "Asia/Jayapura")).toBe(9 * 60);
    expect(offsetInZone(at, "Asia/Kolkata")).toBe(5 * 60 + 30);
    // New York: EST (UTC-5) on 1 March, EDT (UTC-4) from 9 March 2025
    expect(offsetInZone(at, "America/New_York")).toBe(-5 * 60);
    expect(offsetInZone(Date.UTC(2025, 6, 1, 12), "America/New_York")).toBe(-4 * 60);
    expect(offsetInZone(at, "Mars/Olympus")).toBeUndefined();
    expect(offsetInZone(Number.NaN, "Asia/Jakarta")).toBeUndefined();
  });

  // From 1970 on: before their zones were set, places kept local mean time with offsets in seconds (Jayapura
  // +09:22:48 until 1932), which luxon gives as a fraction of a minute and this rounds to whole minutes.
  it("agrees with luxon's zone offset at every instant of the years 1970–2100", () => {
    const zones = [
      "Asia/Jakarta",
      "Asia/Makassar",
      "Asia/Jayapura",
      "Asia/Pontianak",
      "Europe/London",
      "America/New_York",
      "Australia/Adelaide",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...zones),
        (epochMs, zone) => {
          expect(offsetInZone(epochMs, zone)).toBe(DateTime.fromMillis(epochMs, { zone }).offset);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { dateTimeInZone } from "./sharing-day.js";

describe("dateTimeInZone", () => {
  it("writes an instant with the zone's offset at that instant (IANA data, daylight saving included)", () => {
    const instant = Date.UTC(2025, 2, 1, 17, 30, 15, 999); // 2025-03-01T17:30:15.999Z
    expect(dateTimeInZone(instant, "Asia/Jakarta")).toBe("2025-03-02T00:30:15+07:00"); // WIB, UTC+7
    expect(dateTimeInZone(instant, "Asia/Makassar")).toBe("2025-03-02T01:30:15+08:00"); // WITA
    expect(dateTimeInZone(instant, "Asia/Jayapura")).toBe("2025-03-02T02:30:15+09:00"); // WIT
    expect(dateTimeInZone(instant, "Asia/Kolkata")).toBe("2025-03-01T23:00:15+05:30");
    // New York: EST (UTC-5) on 1 March, EDT (UTC-4) from 9 March 2025
    expect(dateTimeInZone(instant, "America/New_York")).toBe("2025-03-01T12:30:15-05:00");
    expect(dateTimeInZone(Date.UTC(2025, 6, 1, 12), "America/New_York")).toBe("2025-07-01T08:00:00-04:00");
  });

  it("refuses a name that is not an IANA zone", () => {
    expect(() => dateTimeInZone(0, "Mars/Olympus")).toThrow(
      expect.objectContaining({ code: "option.invalid" }),
    );
  });
});

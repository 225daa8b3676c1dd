import { isIsoDateTime } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { isoDateTime } from "./iso-date-time.js";

describe("isoDateTime", () => {
  it("writes a date-time with the offset of the zone, which models accepts", () => {
    expect(isoDateTime("2025-03-01", 14, 5, "+08:00")).toBe("2025-03-01T14:05:00+08:00");
    expect(isoDateTime("2024-02-29", 9, 0, "+07:00")).toBe("2024-02-29T09:00:00+07:00");
    expect(isIsoDateTime(isoDateTime("2025-12-31", 23, 59, "+09:00"))).toBe(true);
  });
});

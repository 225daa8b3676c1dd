import { describe, expect, it } from "vitest";
import { todayInJakarta } from "./today.js";

describe("todayInJakarta", () => {
  it("turns the date at midnight WIB (UTC+7), whatever the machine's zone", () => {
    expect(todayInJakarta(new Date("2024-03-01T16:59:59Z"))).toBe("2024-03-01");
    expect(todayInJakarta(new Date("2024-03-01T17:00:00Z"))).toBe("2024-03-02");
  });
});

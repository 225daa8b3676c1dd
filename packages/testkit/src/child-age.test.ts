import { describe, expect, it } from "vitest";
import { CHILD_AGE_LIMIT, isChildOn } from "./child-age.js";

describe("isChildOn", () => {
  it("is under 18, the birthday itself counting (UU 35/2014 Pasal 1 angka 1)", () => {
    expect(CHILD_AGE_LIMIT).toBe(18);
    expect(isChildOn("2007-06-30", "2025-06-29")).toBe(true);
    expect(isChildOn("2007-06-30", "2025-06-30")).toBe(false);
  });

  it("keeps a person born on 29 February a child until 1 March in a common year (the SDK's documented reading)", () => {
    expect(isChildOn("2008-02-29", "2026-02-28")).toBe(true); // 17
    expect(isChildOn("2008-02-29", "2026-03-01")).toBe(false); // 18
    expect(isChildOn("2008-02-29", "2028-02-28")).toBe(false); // 19 in a leap year, before the day itself
  });
});

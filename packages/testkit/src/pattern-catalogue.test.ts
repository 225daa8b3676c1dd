import { describe, expect, it } from "vitest";
import { COMBINED_PATTERN_IDS, PATTERN_IDS, PATTERNS } from "./pattern-catalogue.js";
import { PROFILE_IDS } from "./profile-id.js";

/** The indicators' id style: lower-case words joined by hyphens. */
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("pattern catalogue", () => {
  it("names patterns and profiles in the indicators' kebab-case style", () => {
    for (const id of [...PATTERN_IDS, ...PROFILE_IDS]) expect(id, id).toMatch(KEBAB);
    expect(PATTERN_IDS).toContain("working-on-visit-permit");
    expect(COMBINED_PATTERN_IDS).toEqual([
      "forced-labour-observed",
      "sexual-exploitation-observed",
      "child-labour-administrative",
      "admin-only-means-purpose",
    ]);
  });

  it("describes every pattern under its own id, and only those", () => {
    expect(Object.keys(PATTERNS)).toEqual([...PATTERN_IDS]);
    for (const id of PATTERN_IDS) expect(PATTERNS[id].id).toBe(id);
    for (const id of COMBINED_PATTERN_IDS) expect(PATTERN_IDS).toContain(id);
  });
});

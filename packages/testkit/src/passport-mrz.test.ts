import { parseMrz } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { generateCase } from "./generate.js";
import { PROFILE_IDS } from "./profile-id.js";

describe("passport MRZ", () => {
  it("is a TD3 (2 × 44) whose check digits all pass and whose fields match the document", () => {
    const family = new Set(["family-principal", "family-spouse", "family-child", "tourist-family"]);
    for (const profile of PROFILE_IDS.filter((p) => !family.has(p))) {
      const c = generateCase({ seed: "mrz", profile });
      const passport = c.documents.find((d) => d.kind === "passport")!;
      const lines = passport.mrz!.split("\n");
      expect(lines.map((l) => l.length)).toEqual([44, 44]);
      expect(lines[0]!.startsWith(`P<${passport.issuingState}`)).toBe(true);
      expect(lines[0]).toContain(
        `${c.person.names.primary.toUpperCase()}<<${c.person.names.secondary!.toUpperCase()}`,
      );
      // Line 2: number (1–9), check, nationality (11–13), birth YYMMDD (14–19), check, sex (21), expiry (22–27).
      expect(lines[1]!.slice(0, 9)).toBe(passport.number);
      expect(lines[1]!.slice(13, 19)).toBe(c.person.birthDate!.slice(2).replaceAll("-", ""));
      expect(lines[1]!.charAt(20)).toBe(c.person.sex);
      expect(lines[1]!.slice(21, 27)).toBe(passport.expiresOn.slice(2).replaceAll("-", ""));
      expect(parseMrz(passport.mrz!).ok).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { exchangeErrorMessages } from "./exchange-error.js";
import { logIssueMessages } from "./log-issue.js";
import { profileIssueMessages } from "./profile-issue.js";
import { receiveIssueMessages } from "./receive-issue.js";

describe("message tables", () => {
  const tables = { exchangeErrorMessages, logIssueMessages, profileIssueMessages, receiveIssueMessages };
  it.each(Object.entries(tables))("%s: every code has distinct Indonesian and English texts", (_, table) => {
    for (const [code, { id, en }] of Object.entries(table)) {
      expect(id.length, code).toBeGreaterThan(5);
      expect(en.length, code).toBeGreaterThan(5);
      expect(id, code).not.toBe(en);
    }
  });

  it("codes are dotted or single words, as in the other packages", () => {
    for (const table of Object.values(tables)) {
      for (const code of Object.keys(table)) expect(code).toMatch(/^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)*$/);
    }
  });
});

import { describe, expect, it } from "vitest";
import { exitCodeFor } from "./exit-code-for.js";

// Issue 11: "0 done; 1 done with invalid input or failures found (invalid records, rule-test failures, validation
// errors); 2 a usage error or no input could be read".
describe("exitCodeFor: the one exit-code decision of every subcommand", () => {
  it("everything read and valid: 0; nothing in the input at all (an empty JSON array): 0", () => {
    expect(exitCodeFor({ read: 3 })).toBe(0);
    expect(exitCodeFor({})).toBe(0);
  });

  it("records read but every one invalid: 1, not 2 (they were read)", () => {
    expect(exitCodeFor({ read: 2, failed: 2 })).toBe(1);
  });

  it("some records unreadable, others read: 1", () => {
    expect(exitCodeFor({ read: 1, unreadable: 1 })).toBe(1);
    expect(exitCodeFor({ read: 1, unreadable: 1, failed: 1 })).toBe(1);
  });

  it("not one record could be read: 2", () => {
    expect(exitCodeFor({ unreadable: 2 })).toBe(2);
    expect(exitCodeFor({ read: 0, unreadable: 1, failed: 0 })).toBe(2);
  });

  it("a rule set with validation errors, failing tests, an invalid MRZ: 1", () => {
    expect(exitCodeFor({ read: 1, failed: 4 })).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { readRecord } from "./batch-record.js";
import { caseInput } from "./engine-test-kit.fixture.js";
import { hostileRecords } from "./hostile-records.fixture.js";

describe("readRecord: every record becomes a case or coded issues, never a throw, never awaited", () => {
  it.each(hostileRecords(caseInput("hostile-valid")))(
    "$name gives $code at the record",
    ({ record, code }) => {
      const read = readRecord(record);
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.issues.map((i) => [i.code, i.path])).toEqual([[code, []]]);
        expect(read.issues[0]!.message.id.length).toBeGreaterThan(10);
        expect(read.issues[0]!.message.en.length).toBeGreaterThan(10);
      }
    },
  );

  it("a plain valid case parses; data that is not a case gives its parse codes", () => {
    const good = readRecord(caseInput("plain"));
    expect(good.ok && good.value.id).toBe("plain");
    const bad = readRecord({ not: "a case" });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toContain("key.unknown");
  });

  it("a rejected promise created without a handler is marked handled (its result is the report)", async () => {
    const read = readRecord(Promise.reject(new Error("unhandled")));
    expect(read.ok ? "" : read.issues[0]!.code).toBe("record.thenable");
    // let the rejection settle: an unhandled one would fail this test run
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});

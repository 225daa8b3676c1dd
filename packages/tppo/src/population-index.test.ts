import { describe, expect, it } from "vitest";
import { caseInput, testFacts } from "./engine-test-kit.fixture.js";
import { SourceFailedError } from "./errors.js";
import { hostileRecords } from "./hostile-records.fixture.js";
import { buildPopulationIndex } from "./population-index.js";

const asOf = "2025-03-01";

describe("buildPopulationIndex: bad records are skipped and counted, whatever they are (issue 7)", () => {
  it("counts every hostile record in skipped, does not hang, and counts the good ones", async () => {
    const hostile = hostileRecords(caseInput("hostile-valid", { sponsorId: "s-9" }));
    const good = ["g1", "g2", "g3"].map((id) => caseInput(id, { sponsorId: "s-1" }));
    const records = [good[0], ...hostile.map((h) => h.record), good[1], good[2]];
    const index = await buildPopulationIndex(records, { asOf, facts: testFacts });
    expect([index.size, index.skipped]).toEqual([3, hostile.length]);
    expect(index.maps.get("sponsorCrowd")?.get("s-1")).toBe(3);
    // the case a thenable would have called back with was never read
    expect(index.maps.get("sponsorCrowd")?.get("s-9")).toBeUndefined();
  });

  it("reads a rereadable generator source and skips lazily rejected promises", async () => {
    function* source() {
      yield caseInput("a", { sponsorId: "s-2" });
      yield Promise.reject(new Error("rejected"));
      yield caseInput("b", { sponsorId: "s-2" });
    }
    const index = await buildPopulationIndex(source, { asOf, facts: testFacts });
    expect([index.size, index.skipped, index.maps.get("sponsorCrowd")?.get("s-2")]).toEqual([2, 1, 2]);
  });

  it("rejects with SourceFailedError when the source's iterator throws", async () => {
    function* source() {
      yield caseInput("a", { sponsorId: "s-3" });
      throw new Error("stream broke");
    }
    const failed = buildPopulationIndex(source, { asOf, facts: testFacts });
    await expect(failed).rejects.toBeInstanceOf(SourceFailedError);
    await expect(failed).rejects.toMatchObject({ code: "source.failed", recordsDone: 1 });
  });
});

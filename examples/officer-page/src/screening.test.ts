import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { screenCaseFile } from "./screening.js";

// The samples are testkit cases with planted patterns; the levels are the testkit's stated expectations for them
// under the default rules (packages/testkit/README.md): forced-labour-observed → refer, villa-cluster → note.
const sample = (name: string) => readFileSync(new URL(`../samples/${name}`, import.meta.url), "utf8");

describe("screenCaseFile", () => {
  it("refers the forced-labour case for victim screening, with the withheld passport among the evidence", async () => {
    const answer = await screenCaseFile(sample("forced-labour-observed.json"), "2025-06-30");
    if (!answer.ok) throw new Error(answer.problem);
    expect(answer.list).toBe(false);
    const [record] = answer.records;
    if (!record?.ok) throw new Error("not screened");
    expect(record.assessment.level).toBe("refer");
    expect(record.assessment.fired.map((f) => f.id)).toContain("passport-withheld");
    expect(record.assessment.notEvaluated.map((n) => n.reason.code)).toContain(
      "not-evaluated.cross-record-missing",
    );
  });

  it("counts cross-record indicators among a list's own cases: the villa cluster is noted", async () => {
    const answer = await screenCaseFile(sample("villa-cluster.json"), "2025-06-30");
    if (!answer.ok) throw new Error(answer.problem);
    expect(answer.list).toBe(true);
    const levels = answer.records.map((r) => (r.ok ? r.assessment.level : "invalid"));
    expect(levels).toEqual(["note", "note", "note", "note", "note", "note", "none", "none"]);
    const first = answer.records[0];
    expect(first?.ok && first.assessment.fired.map((f) => f.id)).toEqual(["address-cluster"]);
  });

  it("reports what is not a case file", async () => {
    expect(await screenCaseFile("  ", "2025-06-30")).toEqual({ ok: false, problem: "empty" });
    expect(await screenCaseFile("[]", "2025-06-30")).toEqual({ ok: false, problem: "empty" });
    expect(await screenCaseFile("{ not json", "2025-06-30")).toEqual({ ok: false, problem: "json" });
    const answer = await screenCaseFile('[{"schemaVersion": 1}]', "2025-06-30");
    expect(answer.ok && answer.records[0]).toMatchObject({ ok: false, recordIndex: 0 });
    const record = answer.ok ? answer.records[0] : undefined;
    expect(record && !record.ok && record.issues.map((i) => [i.code, i.path.join(".")])).toContainEqual([
      "required",
      "id",
    ]);
  });
});

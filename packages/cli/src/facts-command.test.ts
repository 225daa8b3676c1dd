import { defaultFacts } from "@timpora/tppo";
import { describe, expect, it } from "vitest";
import { timpora } from "./cli-run.fixture.js";

describe("timpora facts", () => {
  it("lists every fact of the catalogue with its label and flags", async () => {
    const r = await timpora(["facts"]);
    expect(r.code).toBe(0);
    for (const fact of defaultFacts) expect(r.stdout).toContain(`${fact.id} — ${fact.label.en}`);
    expect(r.stdout).toContain("workplace — Workplace (sector, venue type)  [context]");
    expect(r.stdout).toMatch(/^sex — Sex {2}\[protected\]$/m);
    expect(r.stdout).toMatch(/^sponsorForeignerCount — .+\[cross-record \(needs the population index\)\]$/m);
  });

  it("one fact: its paths with their types (an employer's sector is workplace.sector)", async () => {
    const r = await timpora(["facts", "workplace"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}sector\s+enum\(fishing \| entertainment/m);
    expect(r.stdout).toMatch(/^ {2}highRiskSector\s+boolean\s/m);
    expect(r.stdout).not.toContain("stay —");
  });

  it("a fact whose value is not an object shows its one path as (value), in full", async () => {
    const r = await timpora(["facts", "sponsorForeignerCount"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}\(value\) {2}\S/m);
    expect(r.stdout).not.toContain("(va…");
  });

  it("--format json: ids, flags, paths, types and an example value from a synthetic case", async () => {
    const r = await timpora(["facts", "stay", "--format", "json"]);
    const [stay] = JSON.parse(r.stdout) as {
      id: string;
      personal: boolean;
      protected: boolean;
      paths: { path: string; type: string; example: unknown }[];
    }[];
    expect(stay!.id).toBe("stay");
    expect(stay!.personal).toBe(false);
    expect(stay!.protected).toBe(false);
    const overstaying = stay!.paths.find((p) => p.path === "overstaying")!;
    expect(overstaying.type).toBe("boolean");
    expect(typeof overstaying.example).toBe("boolean");
    expect(stay!.paths.find((p) => p.path === "overstayDays")!.type).toMatch(/^(number|integer)$/);
  });

  it("an unknown fact: the closest ids, exit 2", async () => {
    const r = await timpora(["facts", "workplce"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("timpora: unknown fact: workplce; did you mean workplace?");
  });
});

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultPolicyTable } from "./policy-table.js";
import { renderRulesDoc } from "./rules-doc.js";

const here = dirname(fileURLToPath(import.meta.url));

describe("docs/permits-rules.md", () => {
  it("is the same as a fresh generation from the tables (run `pnpm --filter @timpora/permits gen:docs`)", () => {
    const committed = readFileSync(resolve(here, "../../../docs/permits-rules.md"), "utf8");
    expect(committed).toBe(renderRulesDoc());
  });
  it("lists every parameter id", () => {
    const doc = renderRulesDoc();
    for (const p of Object.values(defaultPolicyTable.parameters)) expect(doc).toContain(`\`${p.id}\``);
  });
});

describe("results do not depend on the machine's time zone", () => {
  it("a child process under TZ=Pacific/Kiritimati and TZ=America/Adak computes the same answers", () => {
    const script = `
      import { permitStatus, computeLastDay, lastWorkingDayBefore, toCalendarDate } from "./src/index.ts";
      const p = { schemaVersion: 1, id: "x", kind: "itk", basis: "visa-exempt", validFrom: "2024-02-01", validUntil: "2024-03-01",
        extensions: [], status: "active", purpose: "tourism", reEntryPermits: [] };
      console.log(JSON.stringify([
        computeLastDay("2019-04-01", 30),
        toCalendarDate("2024-03-01T22:30:00+07:00", "Asia/Jayapura"),
        permitStatus(p, { on: "2024-03-01T23:30:00+09:00", zone: "Asia/Jayapura" }).status,
        lastWorkingDayBefore("2024-04-16"),
      ]));`;
    const run = (tz: string) =>
      execFileSync(
        "pnpm",
        ["exec", "tsx", "--conditions=@timpora/source", "--input-type=module", "-e", script],
        {
          cwd: resolve(here, ".."),
          env: { ...process.env, TZ: tz },
          encoding: "utf8",
        },
      ).trim();
    const a = run("Pacific/Kiritimati");
    expect(a).toBe(run("America/Adak"));
    expect(JSON.parse(a).slice(0, 3)).toEqual(["2019-04-30", "2024-03-02", "valid"]);
  });
});

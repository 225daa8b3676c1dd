import { describe, expect, it } from "vitest";
import { folderWith, hasStackTrace, timpora } from "./cli-run.fixture.js";

// ICAO Doc 9303 Part 4 specimen (TD3 passport of the fictional state Utopia).
const TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];

describe("timpora mrz", () => {
  it("reads the ICAO TD3 specimen: fields, dates and every check digit, exit 0", async () => {
    const r = await timpora(["mrz", ...TD3]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("MRZ TD3 (document code P): valid");
    expect(r.stdout).toMatch(/names\s+ERIKSSON, ANNA MARIA/);
    expect(r.stdout).toMatch(/birth date\s+1974-08-12 \(740812\)/);
    expect(r.stdout).toMatch(
      /check digits\s+documentNumber ✔, birthDate ✔, expiryDate ✔, optionalData ✔, composite ✔/,
    );
  });

  it("a wrong composite check digit (line 2, position 44): the reason, exit 1, in both languages", async () => {
    const bad = [TD3[0]!, `${TD3[1]!.slice(0, 43)}9`];
    const en = await timpora(["mrz", ...bad]);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain("MRZ invalid: 1 issue");
    expect(en.stdout).toContain("mrz.check-digit (line 2, position 44): MRZ check digit does not match");
    const id = await timpora(["mrz", ...bad, "--locale", "id"]);
    expect(id.stdout).toContain("mrz.check-digit (baris 2, posisi 44): Digit pemeriksa MRZ tidak cocok");
  });

  it("reads the MRZ from a file or standard input; --format json gives the parse result", async () => {
    const dir = folderWith({ "mrz.txt": `${TD3.join("\r\n")}\r\n` });
    expect((await timpora(["mrz", "mrz.txt"], { cwd: dir })).stdout).toContain("valid");
    const json = await timpora(["mrz", "-", "--format", "json"], { input: TD3.join("\n") });
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { ok: boolean; value: { documentNumber: string } };
    expect(parsed.ok).toBe(true);
    expect(parsed.value.documentNumber).toBe("L898902C3");
  });

  it("an empty file or empty standard input is a usage error (exit 2), as for every other command", async () => {
    const dir = folderWith({ "empty.txt": "" });
    const file = await timpora(["mrz", "empty.txt"], { cwd: dir });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain("empty.txt");
    const stdin = await timpora(["mrz", "-"], { input: "" });
    expect(stdin.code).toBe(2);
    expect((await timpora(["mrz", "-"], { input: "  \n\n" })).code).toBe(2);
  });
});

describe("timpora nik", () => {
  it("a structurally valid NIK: its region (Kemendagri), birth day and month, sex, exit 0", async () => {
    const r = await timpora(["nik", "3510015008900001"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/province\s+35 Jawa Timur/);
    expect(r.stdout).toMatch(/regency\/city\s+35\.10 Kabupaten Banyuwangi/);
    expect(r.stdout).toMatch(/district\s+35\.10\.01 Pesanggaran/);
    // DD = 50: a woman born on the 10th (day + 40)
    expect(r.stdout).toMatch(/birth date\s+10-08-\.\.90/);
    expect(r.stdout).toMatch(/sex\s+F/);
  });

  it("a NIK with day 32: nik.day, exit 1; in Indonesian too", async () => {
    const r = await timpora(["nik", "3510013208900001", "--locale", "id"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("NIK tidak valid: 1 masalah");
    expect(r.stdout).toContain("nik.day (day): Tanggal lahir NIK tidak valid (01–31, perempuan +40)");
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe("timpora permit", () => {
  // The permits README's example: a visa-on-arrival ITK from 29 Sep 2023 for 30 days (last day 28 Oct), extended
  // once by 30 days to 27 Nov 2023.
  const voa = {
    schemaVersion: 1,
    id: "p1",
    kind: "itk",
    basis: "visa-on-arrival",
    validFrom: "2023-09-29",
    validUntil: "2023-11-27",
    status: "active",
    purpose: "tourism",
    extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }],
  };

  it("10 days after the last day: expired, 10 overstay days, IDR 10,000,000 (Rp1,000,000 a day, PP 28/2019)", async () => {
    const dir = folderWith({ "permit.json": JSON.stringify(voa) });
    const r = await timpora(["permit", "permit.json", "--on", "2023-12-07", "--format", "json"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const [check] = JSON.parse(r.stdout) as {
      status: { status: string; lastDay: string; overstayDays: number };
      charge: { status: string; amount: number };
      extension: { extension: string };
    }[];
    expect(check!.status.status).toBe("expired");
    expect(check!.status.lastDay).toBe("2023-11-27");
    expect(check!.status.overstayDays).toBe(10);
    expect(check!.charge.status).toBe("charge");
    expect(check!.charge.amount).toBe(10_000_000);
    expect(check!.extension.extension).toBe("not-possible");
    const table = await timpora(["permit", "permit.json", "--on", "2023-12-07"], { cwd: dir });
    expect(table.stdout).toMatch(/p1\s+itk\s+expired\s+2023-11-27\s+—\s+10\s+IDR 10,000,000/);
  });

  it("an overstay charge whose rate is not confirmed shows its confidence: PP 45/2024, Rp1,000,000 a day, low", async () => {
    // A 30-day visa-on-arrival ITK ending 24 Feb 2025, checked on 1 Mar 2025: 5 overstay days under PP 45/2024
    // (from 17 Dec 2024), whose rate the permits policy table holds with confidence "low".
    const late = { ...voa, id: "p3", validFrom: "2025-01-26", validUntil: "2025-02-24", extensions: [] };
    const dir = folderWith({ "late.json": JSON.stringify(late) });
    const en = await timpora(["permit", "late.json", "--on", "2025-03-01"], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/p3\s+itk\s+expired\s+2025-02-24\s+—\s+5\s+IDR 5,000,000 \(low confidence\)\s/);
    const id = await timpora(["permit", "late.json", "--on", "2025-03-01", "--locale", "id"], { cwd: dir });
    expect(id.stdout).toContain("IDR 5.000.000 (keyakinan rendah)");
    const json = await timpora(["permit", "late.json", "--on", "2025-03-01", "--format", "json"], {
      cwd: dir,
    });
    const [check] = JSON.parse(json.stdout) as { charge: { amount: number; confidence: string } }[];
    expect(check!.charge).toMatchObject({ amount: 5_000_000, confidence: "low" });
  });

  it("on its last day the permit is valid with 0 days left; cases give their permits; bad records exit 1", async () => {
    const aCase = {
      schemaVersion: 1,
      id: "case-1",
      person: { schemaVersion: 1, id: "p-1", names: { primary: "SINTETIS" }, sex: "F", nationality: "AUS" },
      permits: [voa],
    };
    const bad = { ...voa, id: "p2", validFrom: "2023-02-30" };
    const dir = folderWith({ "mixed.ndjson": [aCase, bad].map((x) => JSON.stringify(x)).join("\n") });
    const r = await timpora(["permit", "mixed.ndjson", "--on", "2023-11-27"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/case-1\/p1\s+itk\s+valid\s+2023-11-27\s+0\s+0\s+none/);
    expect(r.stderr).toContain("validFrom: date.invalid");
    expect(r.stderr).toContain("mixed.ndjson: 1 permit from 2 records; 1 invalid");
  });
});

import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderWith, hasStackTrace, type Run, timpora } from "./cli-run.fixture.js";
import { AS_OF, assessedIds, CSV_HEADER, csvRow, ndjson, threeCases } from "./screen-cases.fixture.js";

const [a, b, c] = threeCases.map((x) => JSON.stringify(x)) as [string, string, string];

async function screen(files: Record<string, string | Buffer>, file: string, ...args: string[]): Promise<Run> {
  const r = await timpora(["screen", file, "--as-of", AS_OF, ...args], { cwd: folderWith(files) });
  expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
  return r;
}

describe("timpora screen: bad files get a message with the place, the right exit code, and the rest screened", () => {
  it("NDJSON with one bad line in the middle: that line reported (line, column, byte), the others screened, exit 1", async () => {
    const broken = '{"schemaVersion": 1, "id": "broken",, }';
    const r = await screen({ "cases.ndjson": `${a}\n${broken}\n${c}\n` }, "cases.ndjson");
    expect(r.code).toBe(1);
    expect(assessedIds(r.stdout)).toEqual(["clean-a", "clean-c"]);
    const byte = Buffer.byteLength(`${a}\n`) + broken.indexOf(",,") + 1;
    expect(r.stderr).toContain(
      `cases.ndjson: line 2, column ${broken.indexOf(",,") + 2} (byte ${byte}): not valid JSON`,
    );
    expect(r.stderr).toContain("3 records: 2 screened, 0 not valid cases, 1 unreadable");
  });

  it("a JSON array cut off after two records: both screened, the cut reported with its line, exit 1", async () => {
    const text = `[\n${a},\n${b},\n${c.slice(0, 40)}`;
    const r = await screen({ "cases.json": text }, "cases.json");
    expect(r.code).toBe(1);
    expect(assessedIds(r.stdout)).toEqual(["clean-a", "overstay-b"]);
    const byte = Buffer.byteLength(`[\n${a},\n${b},\n`);
    expect(r.stderr).toContain(
      `cases.json: line 4 (byte ${byte}): the file ends inside this record (JSON cut off)`,
    );
  });

  it("a JSON array cut off before its first record: nothing could be read, exit 2 with the byte", async () => {
    for (const text of [`[${a.slice(0, 30)}`, "[\n  "]) {
      const r = await screen({ "cases.json": text }, "cases.json");
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        /cases\.json: line \d+ \(byte \d+\): the file ends inside this record \(JSON cut off\)/,
      );
      expect(r.stderr).toContain("cases.json: not one record could be read (1 problem, see above)");
    }
  });

  it("an empty file, and one of white space only: exit 2", async () => {
    for (const text of ["", " \n\r\n"]) {
      const r = await screen({ "cases.ndjson": text }, "cases.ndjson");
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("timpora: cases.ndjson: the file is empty; there is no record to read");
    }
  });

  it("binary junk: exit 2 with the byte where it starts", async () => {
    const junk = Buffer.from([0x7b, 0x22, 0x61, 0x00, 0xff, 0xfe, 0x13, 0x37]);
    const r = await screen({ "cases.ndjson": junk }, "cases.ndjson");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "timpora: cases.ndjson: not text (JSON, NDJSON or CSV): binary data at byte 3",
    );
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]);
    const z = await screen({ "cases.json.gz": gzip }, "cases.json.gz");
    expect(z.code).toBe(2);
    expect(z.stderr).toContain("binary data at byte 1");
  });

  it("a UTF-8 byte-order mark and CRLF line ends are read as they are meant", async () => {
    const bom = "\uFEFF";
    const r = await screen({ "cases.ndjson": bom + ndjson(threeCases, "\r\n") }, "cases.ndjson");
    expect(r.code).toBe(0);
    expect(assessedIds(r.stdout)).toEqual(["clean-a", "overstay-b", "clean-c"]);
    const csv = `${bom}${[CSV_HEADER, csvRow("t-1"), csvRow("t-2")].join("\r\n")}\r\n`;
    const s = await screen({ "cases.csv": csv }, "cases.csv", "--date-format", "DD/MM/YYYY");
    expect(s.code).toBe(0);
    expect(assessedIds(s.stdout)).toEqual(["t-1", "t-2"]);
    const array = await screen({ "cases.json": `${bom}[${a},\r\n${c}]\r\n` }, "cases.json");
    expect(assessedIds(array.stdout)).toEqual(["clean-a", "clean-c"]);
  });

  it("CSV rows with missing or extra fields: each reported with its row, the rest screened, exit 1", async () => {
    const short = csvRow("t-2").split(";").slice(0, 5).join(";");
    const long = `${csvRow("t-3")};extra`;
    const csv = [CSV_HEADER, csvRow("t-1"), short, long, csvRow("t-4")].join("\n");
    const r = await screen({ "cases.csv": csv }, "cases.csv", "--date-format", "DD/MM/YYYY");
    expect(r.code).toBe(1);
    expect(assessedIds(r.stdout)).toEqual(["t-1", "t-4"]);
    expect(r.stderr).toContain("cases.csv: row 2 (line 3): 5 fields where the header row has 15");
    expect(r.stderr).toContain("cases.csv: row 3 (line 4): 16 fields where the header row has 15");
    expect(r.stderr).toContain("4 records: 2 screened, 0 not valid cases, 2 unreadable");
  });

  it("CSV: a value not in the date format, and a case that does not parse, are reported with the column", async () => {
    const csv = [
      CSV_HEADER,
      csvRow("t-1").replace("15/06/1990", "1990-06-15"),
      csvRow("t-2").replace("15/06/1990", "31/02/1990"),
    ].join("\n");
    const r = await screen({ "cases.csv": csv }, "cases.csv", "--date-format", "DD/MM/YYYY");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cases.csv: row 1 (line 2): column birth_date: expected DD/MM/YYYY");
    expect(r.stderr).toContain(
      "cases.csv: row 2 (line 3): case t-2 is not a valid case (1 issue), not screened",
    );
    expect(r.stderr).toContain("  column birth_date (person.birthDate): date.invalid");
  });

  it("CSV headers: an unknown column (with a suggestion) or a missing required one, exit 2", async () => {
    const typo = CSV_HEADER.replace("nationality", "nationalty");
    const r = await screen({ "cases.csv": `${typo}\n${csvRow("t-1")}\n` }, "cases.csv");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'cases.csv: unknown column "nationalty" in the header row; did you mean nationality?',
    );
    const missing = await screen({ "cases.csv": "case_id,surname\nx,Y\n" }, "cases.csv");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("the header row lacks the required columns sex, nationality");
  });

  it("a record that is JSON but not a valid case: its path and code, the rest screened, exit 1", async () => {
    const bad = {
      ...threeCases[0]!,
      id: "bad-date",
      person: { ...threeCases[0]!.person, birthDate: "2023-02-30" },
    };
    const r = await screen({ "cases.ndjson": ndjson([threeCases[1], bad, threeCases[2]]) }, "cases.ndjson");
    expect(r.code).toBe(1);
    expect(assessedIds(r.stdout)).toEqual(["overstay-b", "clean-c"]);
    expect(r.stderr).toMatch(
      /cases\.ndjson: line 2 \(byte \d+\): case bad-date is not a valid case \(1 issue\), not screened/,
    );
    expect(r.stderr).toContain("  person.birthDate: date.invalid — Not a valid date");
    expect(r.stderr).not.toContain("2023-02-30");
  });

  it("a 50 MB line is skipped as it streams past, reported with its line; every other record screened, exit 1", async () => {
    const dir = folderWith();
    const path = join(dir, "cases.ndjson");
    await new Promise<void>((done, failed) => {
      const out = createWriteStream(path);
      out.on("error", failed);
      out.write(`${a}\n{"schemaVersion":1,"id":"huge","pad":"`);
      const chunk = "x".repeat(1024 * 1024);
      for (let i = 0; i < 50; i++) out.write(chunk);
      out.write(`"}\n${c}\n`);
      out.end(done);
    });
    const r = await timpora(["screen", "cases.ndjson", "--as-of", AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    expect(assessedIds(r.stdout)).toEqual(["clean-a", "clean-c"]);
    expect(r.stderr).toContain(
      `cases.ndjson: line 2 (byte ${Buffer.byteLength(a) + 1}): record larger than 8 MiB, skipped`,
    );
    expect(r.stderr).toContain("3 records: 2 screened, 0 not valid cases, 1 unreadable");
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

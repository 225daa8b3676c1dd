import { describe, expect, it } from "vitest";
import { parseMrz } from "./mrz.js";
import { MrzCharsetError, mrzCharValue, mrzCheckDigit } from "./mrz-check-digit.js";

// ICAO Doc 9303 specimens. Every check digit below is recomputed by hand in the comments
// (values: 0-9 as is, A=10 … Z=35, < = 0; weights 7,3,1 repeating; sum mod 10).
const td3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];
const td1 = [
  "I<UTOD231458907<<<<<<<<<<<<<<<",
  "7408122F1204159UTO<<<<<<<<<<<6",
  "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
];
const td2 = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"];
const mrvA = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"];
const mrvB = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"];

const checksOf = (lines: string[]) => {
  const r = parseMrz(lines);
  if (!r.ok) throw new Error(`expected ok, got ${r.issues.map((i) => i.code).join(",")}`);
  return Object.fromEntries(r.value.checks.map((c) => [c.name, { expected: c.expected, valid: c.valid }]));
};

describe("mrzCheckDigit", () => {
  it("maps characters per Doc 9303 Part 3 §4.9", () => {
    expect([
      mrzCharValue("0"),
      mrzCharValue("9"),
      mrzCharValue("A"),
      mrzCharValue("Z"),
      mrzCharValue("<"),
    ]).toEqual([0, 9, 10, 35, 0]);
    expect(mrzCharValue("a")).toBeUndefined();
    expect(mrzCharValue(" ")).toBeUndefined();
  });

  it("computes the specimen digits", () => {
    // L898902C3: 21·7+8·3+9·1+8·7+9·3+0·1+2·7+12·3+3·1 = 147+24+9+56+27+0+14+36+3 = 316 → 6
    expect(mrzCheckDigit("L898902C3")).toBe(6);
    // 740812: 7·7+4·3+0·1+8·7+1·3+2·1 = 49+12+0+56+3+2 = 122 → 2
    expect(mrzCheckDigit("740812")).toBe(2);
    // 120415: 7+6+0+28+3+5 = 49 → 9
    expect(mrzCheckDigit("120415")).toBe(9);
    // ZE184226B<<<<<: 35·7+14·3+1+8·7+4·3+2+2·7+6·3+11·1 = 245+42+1+56+12+2+14+18+11 = 401 → 1
    expect(mrzCheckDigit("ZE184226B<<<<<")).toBe(1);
    expect(mrzCheckDigit("")).toBe(0);
  });

  it("throws a coded error outside the alphabet", () => {
    expect(() => mrzCheckDigit("AB c")).toThrow(MrzCharsetError);
    try {
      mrzCheckDigit("AB c");
    } catch (e) {
      expect(e).toMatchObject({ name: "MrzCharsetError", code: "mrz.charset", index: 2 });
    }
  });
});

describe("parseMrz on the ICAO specimens", () => {
  it("reads the TD3 passport specimen with UTO accepted and all five digits valid", () => {
    const r = parseMrz(td3.join("\n"), { referenceDate: "2010-01-01" });
    expect(r).toMatchObject({
      ok: true,
      value: {
        format: "TD3",
        documentCode: "P",
        issuingState: "UTO",
        names: { primary: "ERIKSSON", secondary: "ANNA MARIA" },
        documentNumber: "L898902C3",
        nationality: "UTO",
        birthDate: { raw: "740812", iso: "1974-08-12" },
        sex: "F",
        expiryDate: { raw: "120415", iso: "2012-04-15" },
        optionalData: "ZE184226B",
      },
    });
    // Composite over 1–10, 14–20, 22–43 = "L898902C36"+"7408122"+"1204159ZE184226B<<<<<1":
    // 316 + 6·7 = 358; 7408122 at weights 3,1,7,3,1,7,3 → 21+4+0+24+1+14+6 = 70 → 428;
    // 1204159 at 1,7,3,1,7,3,1 → 1+14+0+4+7+15+9 = 50 → 478; ZE184226B at 7,3,1,… → 401 → 879;
    // five fillers, then 1·1 → 880 → 0 (printed 0).
    expect(checksOf(td3)).toEqual({
      documentNumber: { expected: 6, valid: true },
      birthDate: { expected: 2, valid: true },
      expiryDate: { expected: 9, valid: true },
      optionalData: { expected: 1, valid: true },
      composite: { expected: 0, valid: true },
    });
  });

  it("reads the TD1 card specimen", () => {
    const r = parseMrz(td1);
    expect(r).toMatchObject({
      ok: true,
      value: {
        format: "TD1",
        documentCode: "I",
        documentNumber: "D23145890",
        birthDate: { raw: "740812" },
        expiryDate: { raw: "120415" },
        nationality: "UTO",
        names: { primary: "ERIKSSON", secondary: "ANNA MARIA" },
        optionalData: "",
        optionalData2: "",
      },
    });
    // D23145890: 13·7+2·3+3+7+4·3+5+8·7+9·3+0 = 91+6+3+7+12+5+56+27 = 207 → 7.
    // Composite over L1 6–30, L2 1–7, 9–15, 19–29: 207 + 7·7 = 256; 15 fillers;
    // 7408122 at 3,1,7,3,1,7,3 → 70 → 326; 1204159 at 1,7,3,1,7,3,1 → 50 → 376; fillers → 6.
    expect(checksOf(td1)).toEqual({
      documentNumber: { expected: 7, valid: true },
      birthDate: { expected: 2, valid: true },
      expiryDate: { expected: 9, valid: true },
      composite: { expected: 6, valid: true },
    });
  });

  it("reads the TD2 specimen", () => {
    expect(parseMrz(td2)).toMatchObject({
      ok: true,
      value: { format: "TD2", documentNumber: "D23145890", issuingState: "UTO", optionalData: "" },
    });
    // Composite over 1–10, 14–20, 22–35: 256 + 70 + 50 = 376 → 6.
    expect(checksOf(td2)).toEqual({
      documentNumber: { expected: 7, valid: true },
      birthDate: { expected: 2, valid: true },
      expiryDate: { expected: 9, valid: true },
      composite: { expected: 6, valid: true },
    });
  });

  it("reads the MRV-A visa specimen, which has no composite digit", () => {
    expect(parseMrz(mrvA, { referenceDate: "1995-01-01" })).toMatchObject({
      ok: true,
      value: {
        format: "MRV-A",
        documentCode: "V",
        documentNumber: "L8988901C",
        nationality: "XXX",
        birthDate: { raw: "400907", iso: "1940-09-07" },
        expiryDate: { raw: "961210", iso: "1996-12-10" },
        optionalData: "6ZE184226B",
      },
    });
    // L8988901C: 21·7+8·3+9+8·7+8·3+9+0+1·3+12 = 147+24+9+56+24+9+0+3+12 = 284 → 4
    // 400907: 28+0+0+63+0+7 = 98 → 8;  961210: 63+18+1+14+3+0 = 99 → 9
    expect(checksOf(mrvA)).toEqual({
      documentNumber: { expected: 4, valid: true },
      birthDate: { expected: 8, valid: true },
      expiryDate: { expected: 9, valid: true },
    });
  });

  it("reads the MRV-B visa specimen", () => {
    expect(parseMrz(mrvB)).toMatchObject({ ok: true, value: { format: "MRV-B", optionalData: "" } });
    expect(Object.keys(checksOf(mrvB))).toEqual(["documentNumber", "birthDate", "expiryDate"]);
  });
});

describe("parseMrz rejections", () => {
  const codes = (input: string[] | string) => {
    const r = parseMrz(input);
    return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(":")}`);
  };

  it("flags a wrong document-number digit at line 2 position 10", () => {
    const bad = [td3[0] as string, (td3[1] as string).replace("L898902C36", "L898902C37")];
    // The composite covers position 10 too, so it fails as well.
    expect(codes(bad)).toEqual(["mrz.check-digit@mrz:2:10", "mrz.check-digit@mrz:2:44"]);
  });

  it("flags layouts, characters, states, sex, dates and names", () => {
    expect(codes(["P<UTO", "L898"])).toEqual(["mrz.length@mrz"]);
    expect(codes([td3[0] as string, (td3[1] as string).toLowerCase()])).toEqual(["mrz.charset@mrz:2:1"]);
    expect(codes(["P<XYZERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", td3[1] as string])).toEqual([
      "mrz.issuing-state@mrz:1:3",
    ]);
    expect(codes(["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", td3[1] as string])).toEqual([
      "mrz.document-code@mrz:1:1",
    ]);
    expect(codes(["P<UTO1RIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", td3[1] as string])).toEqual([
      "mrz.name@mrz:1:6",
    ]);
    // Sex Q is not covered by any digit: only the sex issue.
    expect(codes([td3[0] as string, (td3[1] as string).replace("2F12", "2Q12")])).toEqual([
      "mrz.sex@mrz:2:21",
    ]);
  });

  it("flags a date that cannot exist even when its digit matches", () => {
    // 741312 (month 13): 49+12+1+21+3+2 = 88 → 8
    const line2 = "L898902C36UTO7413128F1204159ZE184226B<<<<<1";
    const composite = mrzCheckDigit(`${line2.slice(0, 10)}${line2.slice(13, 20)}${line2.slice(21, 43)}`);
    expect(codes([td3[0] as string, `${line2}${composite}`])).toEqual(["mrz.date@mrz:2:14"]);
  });

  it("never echoes the MRZ text in messages", () => {
    const r = parseMrz([td3[0] as string, (td3[1] as string).replace("L898902C36", "L898902C37")]);
    expect(r.ok).toBe(false);
    const text = JSON.stringify(r);
    for (const secret of ["ERIKSSON", "L898902C3", "740812"]) expect(text).not.toContain(secret);
  });

  it("accepts `<` as the digit of an unused TD3 personal number, and 0", () => {
    const withFiller = "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<<";
    const withZero = "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<0";
    const cmp = (l: string) => mrzCheckDigit(`${l.slice(0, 10)}${l.slice(13, 20)}${l.slice(21, 43)}`);
    expect(parseMrz([td3[0] as string, `${withFiller}${cmp(withFiller)}`]).ok).toBe(true);
    expect(parseMrz([td3[0] as string, `${withZero}${cmp(withZero)}`]).ok).toBe(true);
  });
});

describe("TD1 document-number overflow (Doc 9303 Part 5 §4.2.2 note j)", () => {
  // D23145890123: 207 (first nine) + 1·7 + 2·3 + 3·1 = 223 → 3. Line 1 prints the first nine,
  // `<` instead of the digit, then "123", the digit 3 and a filler in the optional data.
  const line1 = "I<UTOD23145890<1233<<<<<<<<<<<";
  it("reads the full number and its digit from the optional data", () => {
    const line2Head = "7408122F1204159UTO<<<<<<<<<<<";
    const composite = mrzCheckDigit(`${line1.slice(5, 30)}${line2Head.slice(0, 7)}${line2Head.slice(8, 15)}`);
    const r = parseMrz([line1, `${line2Head}${composite}`, td1[2] as string]);
    expect(r).toMatchObject({ ok: true, value: { documentNumber: "D23145890123", optionalData: "" } });
    if (r.ok) {
      expect(r.value.checks.find((c) => c.name === "documentNumber")).toMatchObject({
        expected: 3,
        actual: "3",
        line: 1,
        position: 19,
      });
    }
  });
});

describe("parseMrz: input forms (audit)", () => {
  // ICAO Doc 9303 Part 5 TD1 specimen with a 12-character document number D23145890734:
  // line 1 position 15 is `<` and the number continues in the optional data, followed by its
  // check digit: D=13: 13·7+2·3+3·1+1·7+4·3+5·1+8·7+9·3+0·1+7·7+3·3+4·1 = 269 → 9 (position 19).
  const overflowTd1 = [
    "I<UTOD23145890<7349<<<<<<<<<<<",
    "3407127M9507122UTO<<<<<<<<<<<2",
    "STEVENSON<<PETER<JOHN<<<<<<<<<",
  ];

  it("reads the TD1 overflow specimen with the full document number", () => {
    const r = parseMrz(overflowTd1);
    expect(r.ok && r.value.documentNumber).toBe("D23145890734");
    expect(r.ok && r.value.names).toEqual({ primary: "STEVENSON", secondary: "PETER JOHN" });
    expect(r.ok && r.value.checks.find((c) => c.name === "documentNumber")).toMatchObject({
      valid: true,
      expected: 9,
      line: 1,
      position: 19,
    });
  });

  it("accepts \\n, \\r\\n, trailing whitespace and blank lines alike", () => {
    for (const text of [
      overflowTd1.join("\n"),
      overflowTd1.join("\r\n"),
      `${overflowTd1.join("  \r\n")} \t\n`,
      `\n${overflowTd1.join("\n\n")}\n`,
    ]) {
      expect(parseMrz(text).ok).toBe(true);
    }
    expect(parseMrz(overflowTd1.map((line) => `${line} `)).ok).toBe(true);
  });

  it("rejects lower case with mrz.charset (ICAO 9303 Part 3: upper case only)", () => {
    const r = parseMrz(overflowTd1.join("\n").toLowerCase());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.code)).toContain("mrz.charset");
  });

  it("gives mrz.length, never a throw, for input of the wrong type", () => {
    for (const bad of [null, undefined, 42, {}, [null, null], [1, 2, 3], ["x", undefined]]) {
      const r = parseMrz(bad as unknown as string);
      expect(r).toEqual({
        ok: false,
        issues: [expect.objectContaining({ code: "mrz.length", path: ["mrz"] })],
      });
    }
  });

  it("gives mrz.length for mixed layouts and wrong line counts", () => {
    for (const lines of [
      [td3[0] as string, overflowTd1[1] as string],
      [...td3, td3[1] as string],
      [td3[0] as string],
    ]) {
      const r = parseMrz(lines);
      expect(!r.ok && r.issues[0]?.code).toBe("mrz.length");
    }
  });

  // TD3 with an empty personal number: positions 29–42 all `<`, its check digit 0 or `<` (Part 4).
  // Composite over L898902C36 7408122 1204159 + 15 zero-valued characters:
  // 21·7+8·3+9+8·7+9·3+0+2·7+12·3+3+6·7+7·3+4+0+8·3+1+2·7+2·3+1+2·7+0+4+1·7+5·3+9 = 478 → 8.
  const emptyPersonal = (check: string) => [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    `L898902C36UTO7408122F1204159${"<".repeat(14)}${check}8`,
  ];
  it("accepts an empty TD3 personal number with check digit < or 0, rejects 1", () => {
    expect(parseMrz(emptyPersonal("<")).ok).toBe(true);
    expect(parseMrz(emptyPersonal("0")).ok).toBe(true);
    const r = parseMrz(emptyPersonal("1"));
    expect(!r.ok && r.issues.map((i) => i.path)).toContainEqual(["mrz", 2, 43]);
  });

  it("resolves centuries: birth never after the reference date, expiry within 50 years", () => {
    const r = parseMrz(td3, { referenceDate: "2024-06-01" });
    expect(r.ok && r.value.birthDate.iso).toBe("1974-08-12");
    expect(r.ok && r.value.expiryDate.iso).toBe("2012-04-15");
  });
});

import fc from "fast-check";
import { parse as mrzPackageParse } from "mrz";
import { describe, expect, it } from "vitest";
import { parseMrz } from "./mrz.js";
import { mrzCharValue } from "./mrz-check-digit.js";
import { formatMrz, type MrzFields, MrzFormatError } from "./mrz-format.js";
import { type MrzFieldName, type MrzFormat, mrzLayouts } from "./mrz-layout.js";

const formats: MrzFormat[] = ["TD1", "TD2", "TD3", "MRV-A", "MRV-B"];
const documentCodes: Record<MrzFormat, string[]> = {
  TD1: ["I", "ID", "A", "C"],
  TD2: ["I", "IR", "A", "C"],
  TD3: ["P", "PN", "PD"],
  "MRV-A": ["V", "VA"],
  "MRV-B": ["V", "VB"],
};
const states = ["UTO", "IDN", "D", "GBD", "XXA", "MYS", "PHL"];
const two = (n: number) => String(n).padStart(2, "0");
const mrzDate = fc
  .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${two(y)}${two(m)}${two(d)}`);

/** Fields that fit every layout (TD1 names are 30, TD2 optional data 7 characters). */
const fieldsFor = (format: MrzFormat): fc.Arbitrary<MrzFields> =>
  fc.record({
    documentCode: fc.constantFrom(...documentCodes[format]),
    issuingState: fc.constantFrom(...states),
    names: fc.record(
      {
        primary: fc.stringMatching(/^[A-Z]{1,10}$/),
        secondary: fc
          .array(fc.stringMatching(/^[A-Z]{1,6}$/), { minLength: 1, maxLength: 2 })
          .map((t) => t.join(" ")),
      },
      { requiredKeys: ["primary"] },
    ),
    documentNumber: fc.stringMatching(/^[A-Z0-9]{1,9}$/),
    nationality: fc.constantFrom(...states),
    birthDate: mrzDate,
    sex: fc.constantFrom("F" as const, "M" as const, "X" as const),
    expiryDate: mrzDate,
    optionalData: fc.stringMatching(/^([A-Z0-9]{0,3}<?[A-Z0-9]{1,3})?$/),
    ...(format === "TD1" ? { optionalData2: fc.stringMatching(/^[A-Z0-9]{0,11}$/) } : {}),
  });
const formattedFor = (format: MrzFormat) =>
  fieldsFor(format).map((fields) => ({ format, fields, lines: formatMrz(format, fields) }));
/** One arbitrary per format, built once (a `chain` would rebuild the regex arbitraries on every run). */
const anyFormatted = fc.oneof(...formats.map(formattedFor));

describe("formatMrz", () => {
  it("rebuilds the ICAO TD3 specimen exactly", () => {
    expect(
      formatMrz("TD3", {
        documentCode: "P",
        issuingState: "UTO",
        names: { primary: "ERIKSSON", secondary: "ANNA MARIA" },
        documentNumber: "L898902C3",
        nationality: "UTO",
        birthDate: "740812",
        sex: "F",
        expiryDate: "120415",
        optionalData: "ZE184226B",
      }),
    ).toEqual([
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
      "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]);
  });

  it("rebuilds the TD1 specimen and overflows long document numbers", () => {
    const base = {
      documentCode: "I",
      issuingState: "UTO",
      names: { primary: "ERIKSSON", secondary: "ANNA MARIA" },
      nationality: "UTO",
      birthDate: "740812",
      sex: "F" as const,
      expiryDate: "120415",
    };
    expect(formatMrz("TD1", { ...base, documentNumber: "D23145890" })).toEqual([
      "I<UTOD231458907<<<<<<<<<<<<<<<",
      "7408122F1204159UTO<<<<<<<<<<<6",
      "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ]);
    expect(formatMrz("TD1", { ...base, documentNumber: "D23145890123" })[0]).toBe(
      "I<UTOD23145890<1233<<<<<<<<<<<",
    );
  });

  it("throws coded errors that do not echo the value", () => {
    const fields: MrzFields = {
      documentCode: "P",
      issuingState: "UTO",
      names: { primary: "SYNTHETICSURNAMEWAYTOOLONGFORTHEFIELD", secondary: "GIVENNAME" },
      documentNumber: "X1",
      nationality: "UTO",
      birthDate: "740812",
      sex: "M",
      expiryDate: "300101",
    };
    // Long names are truncated (ICAO 9303 Part 3 §4.6), not refused; an over-long optional data field is.
    const tooLong = { ...fields, optionalData: "SYNTHETICPERSONAL1" }; // 18 > 14 characters
    expect(() => formatMrz("TD3", tooLong)).toThrow(MrzFormatError);
    expect(() => formatMrz("TD3", tooLong)).toThrow(
      expect.objectContaining({ code: "mrz.field-too-long", field: "optionalData" }),
    );
    expect(() => formatMrz("TD3", tooLong)).not.toThrow(/SYNTHETIC/);
    expect(() => formatMrz("TD3", { ...fields, names: { primary: "O'NEIL" } })).toThrow(
      expect.objectContaining({ code: "mrz.field-charset" }),
    );
    expect(() =>
      formatMrz("TD3", { ...fields, names: { primary: "A" }, documentNumber: "1234567890" }),
    ).toThrow(expect.objectContaining({ code: "mrz.field-too-long", field: "documentNumber" }));
  });

  it("round-trips: parse(format(fields)) gives the fields back, and format(parse(lines)) the lines", () => {
    fc.assert(
      fc.property(anyFormatted, ({ format, fields, lines }) => {
        const r = parseMrz(lines);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const v = r.value;
        expect(v.format).toBe(format);
        expect(v.checks.every((c) => c.valid)).toBe(true);
        expect({
          documentCode: v.documentCode,
          issuingState: v.issuingState,
          names: v.names,
          documentNumber: v.documentNumber,
          nationality: v.nationality,
          birthDate: v.birthDate.raw,
          sex: v.sex,
          expiryDate: v.expiryDate.raw,
          optionalData: v.optionalData,
          ...(v.optionalData2 === undefined ? {} : { optionalData2: v.optionalData2 }),
        }).toEqual(fields);
        const again: MrzFields = {
          ...v,
          birthDate: v.birthDate.raw,
          expiryDate: v.expiryDate.raw,
        };
        expect(formatMrz(format, again)).toEqual(lines);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with the independent `mrz` package on TD1/TD2/TD3 with ISO states", () => {
    const iso = fc.constantFrom("IDN", "MYS", "PHL", "AUS", "NLD");
    const arb = fc.oneof(
      ...(["TD1", "TD2", "TD3"] as const).map((format) =>
        fc
          .tuple(fieldsFor(format), iso, iso)
          .map(([f, s, n]) => formatMrz(format, { ...f, issuingState: s, nationality: n, sex: "F" })),
      ),
    );
    fc.assert(
      fc.property(arb, (lines) => {
        const theirs = mrzPackageParse(lines);
        const checkFields = theirs.details.filter((d) => /CheckDigit$/.test(d.field ?? ""));
        expect(checkFields.length).toBeGreaterThan(0);
        expect(checkFields.every((d) => d.valid)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

/** Which field a covered position belongs to, to draw replacements from that field's alphabet. */
function fieldAt(format: MrzFormat, line: number, position: number): MrzFieldName | undefined {
  const fields = mrzLayouts[format].fields;
  for (const [name, s] of Object.entries(fields)) {
    if (s.line === line && position >= s.start && position < s.start + s.length) return name as MrzFieldName;
  }
  return undefined;
}

const digits = "0123456789";
const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

describe("single-character substitution under the 7-3-1 scheme", () => {
  it("fails some check digit exactly when the old and new values differ by a non-multiple of 10", () => {
    const arb = anyFormatted.chain(({ format, lines }) => {
      const layout = mrzLayouts[format];
      const digitsAt = new Set(layout.checks.map((c) => `${c.at.line}:${c.at.position}`));
      const covered = layout.checks
        .flatMap((c) =>
          c.covers.flatMap((s) => Array.from({ length: s.length }, (_, i) => [s.line, s.start + i])),
        )
        .filter(([l, p]) => !digitsAt.has(`${l}:${p}`)) as [number, number][];
      return fc.constantFrom(...covered).chain(([line, position]) => {
        const field = fieldAt(format, line, position);
        const alphabet = field === "birthDate" || field === "expiryDate" ? digits : alnum;
        const old = (lines[line - 1] as string).charAt(position - 1);
        return fc
          .constantFrom(...alphabet.replace(old, ""))
          .map((replacement) => ({ format, lines, line, position, old, replacement }));
      });
    });
    let congruentSeen = 0;
    let differentSeen = 0;
    fc.assert(
      fc.property(arb, ({ lines, line, position, old, replacement }) => {
        const changed = lines.map((l, i) =>
          i === line - 1 ? `${l.slice(0, position - 1)}${replacement}${l.slice(position)}` : l,
        );
        const delta = (mrzCharValue(old) as number) - (mrzCharValue(replacement) as number);
        const r = parseMrz(changed);
        const checkFailed = !r.ok && r.issues.some((i) => i.code === "mrz.check-digit");
        if (delta % 10 === 0) {
          congruentSeen++;
          // e.g. A (10) ↔ 0 ↔ K (20) ↔ U (30) ↔ <: invisible to the 7-3-1 scheme, so everything passes.
          expect(r.ok).toBe(true);
        } else {
          differentSeen++;
          expect(checkFailed).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    expect(congruentSeen).toBeGreaterThan(0);
    expect(differentSeen).toBeGreaterThan(0);
  });
});

describe("formatMrz: ICAO name truncation and layout checks (audit)", () => {
  const fields: MrzFields = {
    documentCode: "P",
    issuingState: "UTO",
    names: { primary: "ERIKSSON", secondary: "ANNA MARIA" },
    documentNumber: "L898902C3",
    nationality: "UTO",
    birthDate: "740812",
    sex: "F",
    expiryDate: "120415",
  };
  // TD3 name field: 39 characters (line 1 positions 6–44).
  it("truncates the secondary identifier first, keeping the field full (Part 3 §4.6)", () => {
    const lines = formatMrz("TD3", {
      ...fields,
      names: { primary: "ABCDEFGHIJKLMNOPQRST", secondary: "UVWXYZ ABCDEFGHIJKLMNOP" },
    });
    // 20 + "<<" + 17 characters of "UVWXYZ<ABCDEFGHIJKLMNOP".
    expect(lines[0]).toBe("P<UTOABCDEFGHIJKLMNOPQRST<<UVWXYZ<ABCDEFGHIJ");
    expect(parseMrz(lines).ok).toBe(true);
  });

  it("does not end a truncated name on a filler run", () => {
    const lines = formatMrz("TD3", {
      ...fields,
      names: { primary: "ABCDEFGHIJKLMNOPQRST", secondary: "UVWXYZABCDEFGHIJ KLM" },
    });
    expect(lines[0]).toBe("P<UTOABCDEFGHIJKLMNOPQRST<<UVWXYZABCDEFGHIJ<");
  });

  it("cuts the primary identifier when it alone fills the field", () => {
    const primary = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"; // 40 letters
    const lines = formatMrz("TD3", { ...fields, names: { primary, secondary: "X" } });
    expect(lines[0]).toBe(`P<UTO${primary.slice(0, 39)}`);
  });

  it("refuses document codes that do not fit the layout, and sex outside F/M/X", () => {
    expect(() => formatMrz("TD3", { ...fields, documentCode: "V" })).toThrow(MrzFormatError);
    expect(() => formatMrz("TD1", { ...fields, documentCode: "P" })).toThrow(MrzFormatError);
    expect(() => formatMrz("MRV-B", { ...fields, documentCode: "I" })).toThrow(MrzFormatError);
    expect(() => formatMrz("TD3", { ...fields, sex: "Q" as "F" })).toThrow(MrzFormatError);
    for (const [format, code] of [
      ["TD1", "AC"],
      ["TD1", "ID"],
      ["TD2", "I"],
      ["TD3", "PD"],
      ["MRV-A", "VA"],
      ["MRV-B", "V"],
    ] as const) {
      expect(parseMrz(formatMrz(format, { ...fields, documentCode: code })).ok).toBe(true);
    }
  });

  it("prints the ICAO TD1 overflow specimen", () => {
    expect(
      formatMrz("TD1", {
        ...fields,
        documentCode: "I",
        names: { primary: "STEVENSON", secondary: "PETER JOHN" },
        documentNumber: "D23145890734",
        birthDate: "340712",
        sex: "M",
        expiryDate: "950712",
      }),
    ).toEqual([
      "I<UTOD23145890<7349<<<<<<<<<<<",
      "3407127M9507122UTO<<<<<<<<<<<2",
      "STEVENSON<<PETER<JOHN<<<<<<<<<",
    ]);
  });
});

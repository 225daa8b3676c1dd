import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NikSchema } from "./fields.js";
import { checkNik } from "./nik.js";
import { regions } from "./regions.js";

// Hand-built synthetic NIKs: PP KK CC DD MM YY SSSS, region 35.10.01 (Pesanggaran, Banyuwangi).
const nik = (dd: string, mm = "08", yy = "90", serial = "0001", region = "351001") =>
  `${region}${dd}${mm}${yy}${serial}`;
const codes = (value: string) => {
  const r = checkNik(value);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe("checkNik", () => {
  it("reads a woman born on the 10th as DD=50", () => {
    expect(checkNik(nik("50"), regions)).toEqual({
      ok: true,
      value: {
        provinceCode: "35",
        regencyCode: "35.10",
        districtCode: "35.10.01",
        regencyKnown: true,
        districtKnown: true,
        birthDay: 10,
        birthMonth: 8,
        birthYearTwoDigits: 90,
        sex: "F",
        serial: 1,
      },
    });
  });

  it("reads a man born on the 10th as DD=10", () => {
    expect(checkNik(nik("10"))).toMatchObject({ ok: true, value: { birthDay: 10, sex: "M" } });
  });

  it("accepts the edges 01, 31, 41 and 71", () => {
    expect(checkNik(nik("01", "01")).ok).toBe(true);
    expect(checkNik(nik("31", "01")).ok).toBe(true);
    expect(checkNik(nik("41", "01"))).toMatchObject({ ok: true, value: { birthDay: 1, sex: "F" } });
    expect(checkNik(nik("71", "12"))).toMatchObject({ ok: true, value: { birthDay: 31, sex: "F" } });
  });

  it.each([
    ["00", "no day 0"],
    ["32", "men stop at 31"],
    ["40", "neither a man's day nor a woman's (40 = 0 + 40)"],
    ["72", "women stop at 71"],
    ["99", "out of range"],
  ])("rejects DD=%s (%s)", (dd) => {
    expect(codes(nik(dd))).toEqual(["nik.day"]);
  });

  it("rejects days that do not exist in the month", () => {
    expect(codes(nik("31", "04"))).toEqual(["nik.day"]); // 31 April
    expect(codes(nik("71", "06"))).toEqual(["nik.day"]); // woman, 31 June
    expect(codes(nik("30", "02"))).toEqual(["nik.day"]);
    expect(codes(nik("29", "02", "01"))).toEqual(["nik.day"]); // neither 1901 nor 2001 is a leap year
    expect(checkNik(nik("29", "02", "96")).ok).toBe(true); // 1996
    expect(checkNik(nik("69", "02", "00")).ok).toBe(true); // woman; 2000 was a leap year (1900 was not)
  });

  it.each(["00", "13", "99"])("rejects MM=%s", (mm) => {
    expect(codes(nik("10", mm))).toEqual(["nik.month"]);
  });

  it("rejects province 99 and other codes that are not provinces", () => {
    expect(codes(nik("10", "08", "90", "0001", "991001"))).toEqual(["nik.province"]);
    expect(codes(nik("10", "08", "90", "0001", "541001"))).toEqual(["nik.province"]); // 54: no province today
    expect(codes(nik("10", "08", "90", "0001", "000101"))).toEqual(["nik.province"]);
  });

  it("rejects regency or district 00", () => {
    expect(codes(nik("10", "08", "90", "0001", "350001"))).toEqual(["nik.regency"]);
    expect(codes(nik("10", "08", "90", "0001", "351000"))).toEqual(["nik.district"]);
  });

  it("reports, without rejecting, codes missing from today's table", () => {
    expect(checkNik(nik("10", "08", "90", "0001", "359901"), regions)).toMatchObject({
      ok: true,
      value: { regencyCode: "35.99", regencyKnown: false, districtKnown: false },
    });
    // 35.10.99: Banyuwangi exists, its district 99 does not (idn-area-data districts.csv).
    expect(checkNik(nik("10", "08", "90", "0001", "351099"), regions)).toMatchObject({
      ok: true,
      value: { regencyKnown: true, districtKnown: false },
    });
  });

  it("reports districtKnown only when the full table is passed", () => {
    const r = checkNik(nik("50"));
    expect(r.ok && r.value.regencyKnown).toBe(true);
    expect(r.ok && "districtKnown" in r.value).toBe(false);
  });

  it("rejects serial 0000 and accepts 9999", () => {
    expect(codes(nik("10", "08", "90", "0000"))).toEqual(["nik.serial"]);
    expect(checkNik(nik("10", "08", "90", "9999"))).toMatchObject({ ok: true, value: { serial: 9999 } });
  });

  it("rejects wrong lengths and non-digits", () => {
    expect(codes("351001500890000")).toEqual(["nik.length"]);
    expect(codes("35100150089000011")).toEqual(["nik.length"]);
    expect(codes("35100150089O0001")).toEqual(["nik.digits"]);
    expect(codes("35.10.01.500890")).toEqual(["nik.length"]);
  });

  it("reports several problems at once and never echoes the NIK", () => {
    const bad = "9910017213900000";
    const r = checkNik(bad);
    expect(codes(bad)).toEqual(["nik.province", "nik.month", "nik.day", "nik.serial"]);
    expect(JSON.stringify(r)).not.toContain(bad);
    expect(JSON.stringify(r)).not.toContain("991001");
  });

  it("round-trips every valid day, month and sex (property)", () => {
    const leap = (yy: number) => yy % 4 === 0;
    const arb = fc
      .record({
        month: fc.integer({ min: 1, max: 12 }),
        yy: fc.integer({ min: 0, max: 99 }),
        sex: fc.constantFrom("F" as const, "M" as const),
        serial: fc.integer({ min: 1, max: 9999 }),
        dayIndex: fc.nat(),
      })
      .map((r) => {
        const days = r.month === 2 ? (leap(r.yy) ? 29 : 28) : [4, 6, 9, 11].includes(r.month) ? 30 : 31;
        return { ...r, day: (r.dayIndex % days) + 1 };
      });
    fc.assert(
      fc.property(arb, ({ month, yy, sex, serial, day }) => {
        const two = (n: number) => String(n).padStart(2, "0");
        const value = `351001${two(sex === "F" ? day + 40 : day)}${two(month)}${two(yy)}${String(serial).padStart(4, "0")}`;
        expect(checkNik(value)).toMatchObject({
          ok: true,
          value: { birthDay: day, birthMonth: month, birthYearTwoDigits: yy, sex, serial },
        });
      }),
    );
  });

  it("never accepts an impossible part (property over 16-digit strings of a real district)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (tail) => {
        const value = `351001${tail}`;
        const r = checkNik(value);
        if (!r.ok) return;
        accepted++;
        const dd = Number(value.slice(6, 8));
        const mm = Number(value.slice(8, 10));
        expect((dd >= 1 && dd <= 31) || (dd >= 41 && dd <= 71)).toBe(true);
        expect(mm >= 1 && mm <= 12).toBe(true);
        expect(value.slice(12)).not.toBe("0000");
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});

describe("NikSchema", () => {
  it("accepts a structurally valid NIK and rejects others with nik.invalid", () => {
    expect(NikSchema.parse(nik("50"))).toBe(nik("50"));
    const r = NikSchema.safeParse(nik("32"));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("nik.invalid");
  });
});

describe("checkNik on run-time garbage (audit)", () => {
  it("gives nik.length, never a throw, for non-strings", () => {
    for (const bad of [null, undefined, 3510015008900001, {}, []]) {
      const r = checkNik(bad as unknown as string);
      expect(!r.ok && r.issues.map((i) => i.code)).toEqual(["nik.length"]);
    }
  });
  it("never echoes the NIK in a message", () => {
    for (const value of [nik("32"), nik("10", "13"), nik("10", "08", "90", "0000"), nik("69", "02", "01")]) {
      const r = checkNik(value);
      expect(r.ok).toBe(false);
      for (const i of r.ok ? [] : r.issues) expect(JSON.stringify(i.message)).not.toContain(value);
    }
  });
});

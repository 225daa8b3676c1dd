import { checkNik } from "@timpora/models";
import { regions } from "@timpora/models/regions";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom } from "./random.js";
import {
  scrambleSerial,
  syntheticEmail,
  syntheticNib,
  syntheticNik,
  syntheticPassportNumber,
  syntheticPhone,
} from "./synthetic-identifiers.js";

describe("syntheticNik", () => {
  it("lays out PP KK CC DD MM YY SSSS with +40 on the day for women (Dukcapil structure)", () => {
    // Badung / Kuta (51.03.01), a woman born 9 July 1985 → DD = 09 + 40 = 49.
    expect(syntheticNik("51.03.01", "1985-07-09", "F", 11)).toBe("5103014907850012");
    // Banyuwangi / Pesanggaran (35.10.01), a man born 31 December 1970.
    expect(syntheticNik("35.10.01", "1970-12-31", "M", 0)).toBe("3510013112700001");
  });

  it("passes the models' structural NIK check for any birth date, sex and serial", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1940-01-01T00:00:00Z"),
          max: new Date("2007-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom("F" as const, "M" as const),
        fc.nat(100_000),
        fc.constantFrom("51.03.01", "35.10.02", "61.71.03", "91.71.04", "73.71.01"),
        (date, sex, serial, district) => {
          const birth = date.toISOString().slice(0, 10);
          const result = checkNik(syntheticNik(district, birth, sex, serial), regions);
          return (
            result.ok &&
            result.value.sex === sex &&
            result.value.districtCode === district &&
            result.value.districtKnown &&
            result.value.birthDay === Number(birth.slice(8, 10)) &&
            result.value.serial >= 1
          );
        },
      ),
    );
  });
});

describe("serial-derived numbers", () => {
  it("scrambleSerial is injective over a range of serials (no accidental shared phones)", () => {
    const seen = new Set<number>();
    for (let s = 0; s < 200_000; s++) seen.add(scrambleSerial(s, 12_345_678));
    expect(seen.size).toBe(200_000);
  });

  it("phones are E.164 Indonesian mobiles and passport numbers two letters and seven digits", () => {
    expect(syntheticPhone(7, 0)).toMatch(/^\+62899\d{8}$/);
    const numbers = new Set<string>();
    for (let s = 0; s < 50_000; s++) {
      const n = syntheticPassportNumber(s, 99);
      expect(n).toMatch(/^[A-Z]{2}\d{7}$/);
      numbers.add(n);
    }
    expect(numbers.size).toBe(50_000);
  });

  it("NIBs have 13 digits and no leading zero; e-mails use the reserved example.org domain", () => {
    const r = createRandom("nib");
    for (let i = 0; i < 200; i++) expect(syntheticNib(r)).toMatch(/^[1-9]\d{12}$/);
    expect(syntheticEmail("Tavo", "Kelunar", 3)).toBe("tavo.kelunar.3@example.org");
  });
});

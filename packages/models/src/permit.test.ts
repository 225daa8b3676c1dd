import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ParseResult, type Permit, PermitSchema, parsePermit, VisaIndexSchema } from "./index.js";
import { itapPermit, itasPermit, itkPermit } from "./valid-records.fixture.js";

function codes(result: ParseResult<unknown>): [string, string][] {
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join(".")]);
}

describe("Permit", () => {
  it("parses each kind and fills absent lists with []", () => {
    const r = parsePermit(itapPermit);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kind).toBe("itap");
    expect(r.value.validUntil).toBeNull();
    expect(r.value.extensions).toEqual([]);
    expect(r.value.reEntryPermits).toEqual([]);
    expect(parsePermit(itkPermit).ok).toBe(true);
    expect(parsePermit(itasPermit).ok).toBe(true);
  });

  it("accepts validUntil null (unlimited) only for an ITAP", () => {
    for (const kind of ["itk", "itas", "diplomatic", "service"] as const) {
      const permit = { ...itkPermit, kind, extensions: [], validUntil: null };
      expect(codes(parsePermit(permit)), kind).toEqual([["type.invalid", "validUntil"]]);
    }
  });

  it("rejects re-entry permits and an exit permit only on an ITK", () => {
    const permit = {
      ...itkPermit,
      reEntryPermits: [{ id: "rp-1", kind: "single", validFrom: "2024-03-01", validUntil: "2024-03-30" }],
      exitPermitOnly: { issuedOn: "2024-03-20" },
    };
    expect(codes(parsePermit(permit))).toEqual([
      ["field.not-allowed", "reEntryPermits"],
      ["field.not-allowed", "exitPermitOnly"],
    ]);
  });

  it("reports validFrom after validUntil as date.order, and accepts a one-day permit", () => {
    expect(codes(parsePermit({ ...itasPermit, validFrom: "2025-04-10" }))).toEqual([
      ["date.order", "validUntil"],
    ]);
    expect(parsePermit({ ...itasPermit, validFrom: "2025-04-09" }).ok).toBe(true);
  });

  it("requires an extension to move the last day later (lastDayBefore < lastDayAfter)", () => {
    const same = { grantedOn: "2024-03-25", lastDayBefore: "2024-03-30", lastDayAfter: "2024-03-30" };
    expect(codes(parsePermit({ ...itkPermit, extensions: [same] }))).toEqual([
      ["date.order", "extensions.0.lastDayAfter"],
    ]);
  });

  it("requires statusFrom exactly when the status is not active", () => {
    const { statusFrom: _, ...noStatusFrom } = itkPermit as Record<string, unknown>;
    expect(codes(parsePermit({ ...noStatusFrom, status: "cancelled" }))).toEqual([
      ["required", "statusFrom"],
    ]);
    expect(codes(parsePermit({ ...itkPermit, status: "active" }))).toEqual([
      ["field.not-allowed", "statusFrom"],
    ]);
    expect(parsePermit({ ...noStatusFrom, status: "active" }).ok).toBe(true);
  });

  it("reports an unknown kind and a missing kind at the discriminator", () => {
    expect(codes(parsePermit({ ...itasPermit, kind: "kitas" }))).toEqual([["enum.unknown", "kind"]]);
    const { kind: _, ...noKind } = itasPermit as Record<string, unknown>;
    expect(codes(parsePermit(noKind))).toEqual([["required", "kind"]]);
  });

  it("checks re-entry permit and EPO dates", () => {
    const rep = { id: "rp-1", kind: "single", validFrom: "2024-06-01", validUntil: "2024-05-01" };
    expect(codes(parsePermit({ ...itasPermit, reEntryPermits: [rep] }))).toEqual([
      ["date.order", "reEntryPermits.0.validUntil"],
    ]);
    const epo = { issuedOn: "2024-05-01", leaveBy: "2024-04-30" };
    expect(codes(parsePermit({ ...itapPermit, exitPermitOnly: epo }))).toEqual([
      ["date.order", "exitPermitOnly.leaveBy"],
    ]);
  });

  it("date order holds for all pairs of real dates", () => {
    const day = fc
      .date({
        min: new Date("1990-01-01T00:00:00Z"),
        max: new Date("2060-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (from, until) => {
        const r = parsePermit({ ...itasPermit, validFrom: from, validUntil: until });
        expect(r.ok).toBe(from <= until);
      }),
    );
  });
});

describe("visa index codes", () => {
  // Codes named in the domain briefs (immigration.md, visas-overstay-delphi.md).
  const briefCodes = [
    "A1",
    "B1",
    "B211A",
    "B211B",
    "B213",
    "C1",
    "C2",
    "C7",
    "C7A",
    "C7C",
    "C10A",
    "C12",
    "C18",
    "C19",
    "C22A",
    "C22B",
    "C312",
    "C317",
    "D1",
    "D2",
    "D12",
    "E23",
    "E23A",
    "E23W",
    "E25F",
    "E28A",
    "E28G",
    "E30F",
    "E31A",
    "E31J",
    "E32H",
    "E33",
    "E33A",
    "E33E",
    "E33F",
    "E33G",
    "E34",
    "E35A",
  ];

  it.each(briefCodes)("accepts %s", (code) => {
    expect(VisaIndexSchema.safeParse(code).success).toBe(true);
    expect(parsePermit({ ...itasPermit, visaIndex: code }).ok).toBe(true);
  });

  it.each(["e33g", "33G", "E", "E33GG", "E1234", "E33-G", ""])("rejects %j with string.pattern", (code) => {
    const r = parsePermit({ ...itasPermit, visaIndex: code });
    expect(codes(r).map(([c]) => c)).toContainEqual(expect.stringMatching(/^string\./));
  });
});

describe("PermitSchema output", () => {
  it("keeps the narrowed shape", () => {
    const permit: Permit = PermitSchema.parse(itapPermit);
    if (permit.kind === "itap") expect(permit.validUntil).toBeNull();
    else expect.unreachable();
  });
});

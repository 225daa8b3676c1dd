import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  Case,
  CaseInput,
  IcaoNationality,
  IsoDate,
  ParseIssue,
  ParseResult,
  Permit,
  PermitKind,
  Person,
  Sponsor,
} from "./index.js";
import { parseCase, parsePermit } from "./index.js";
import type { ItapPermitSchema } from "./permit.js";

describe("types", () => {
  it("Permit narrows on kind; validUntil is nullable only for itap", () => {
    expectTypeOf<Permit["kind"]>().toEqualTypeOf<PermitKind>();
    expectTypeOf<Extract<Permit, { kind: "itap" }>["validUntil"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Extract<Permit, { kind: "itas" }>["validUntil"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Permit, { kind: "itk" }>["validUntil"]>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof ItapPermitSchema>>().toEqualTypeOf<Extract<Permit, { kind: "itap" }>>();
  });

  it("an EPO can only be read on itas and itap", () => {
    expectTypeOf<Extract<Permit, { kind: "itk" }>["exitPermitOnly"]>().toEqualTypeOf<undefined>();
    expectTypeOf<NonNullable<Extract<Permit, { kind: "itas" }>["exitPermitOnly"]>>().toHaveProperty(
      "issuedOn",
    );
  });

  it("lists are optional on input and present on output", () => {
    expectTypeOf<Case["permits"]>().toEqualTypeOf<Permit[]>();
    expectTypeOf<CaseInput>().toHaveProperty("permits").toEqualTypeOf<CaseInput["permits"]>();
    expectTypeOf<undefined>().toExtend<CaseInput["permits"]>();
    expectTypeOf<undefined>().not.toExtend<Case["permits"]>();
  });

  it("schemaVersion is the literal 1; dates are strings; nationality is an ICAO code", () => {
    expectTypeOf<Case["schemaVersion"]>().toEqualTypeOf<1>();
    expectTypeOf<Person["birthDate"]>().toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf<Person["nationality"]>().toEqualTypeOf<IcaoNationality>();
    expectTypeOf<"IDN">().toExtend<IcaoNationality>();
  });

  it("Sponsor narrows on kind: NIK on a person, NIB on a corporation", () => {
    expectTypeOf<Extract<Sponsor, { kind: "person" }>["nik"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<Sponsor, { kind: "person" }>["nib"]>().toEqualTypeOf<undefined>();
    expectTypeOf<Extract<Sponsor, { kind: "corporation" }>["nib"]>().toEqualTypeOf<string | undefined>();
  });

  it("parse functions return a ParseResult", () => {
    expectTypeOf(parseCase).returns.toEqualTypeOf<ParseResult<Case>>();
    expectTypeOf(parsePermit).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<Extract<ParseResult<Case>, { ok: false }>["issues"]>().toEqualTypeOf<ParseIssue[]>();
  });
});

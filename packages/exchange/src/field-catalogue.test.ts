import { describe, expect, it } from "vitest";
import { fieldCatalogue, fieldPaths } from "./field-catalogue.js";
import {
  DIRECT_IDENTIFIER_PATHS,
  isIdentifierPath,
  PROTECTED_PATHS,
  restrictionRules,
} from "./field-classes.js";

describe("the field catalogue", () => {
  it("holds the fields of a case and of an assessment, lists being transparent", () => {
    const paths = fieldPaths();
    for (const p of [
      "case.person.nationality",
      "case.documents.number",
      "case.permits.extensions.grantedOn",
      "case.observations.answers.injuriesVisible",
      "assessment.level",
      "assessment.routes.reasons.citation.article",
    ]) {
      expect(paths, p).toContain(p);
    }
    expect(fieldCatalogue().get("case.person")?.keys).toContain("religion");
  });

  it("treats an explanation tree as one opaque field", () => {
    expect(fieldCatalogue().get("assessment.fired.explanation")).toEqual({
      path: "assessment.fired.explanation",
      keys: [],
      opaque: true,
    });
    expect(fieldPaths().filter((p) => p.startsWith("assessment.fired.explanation."))).toEqual([]);
  });

  it("every protected, direct-identifier and restricted path is in the catalogue", () => {
    const paths = new Set(fieldPaths());
    for (const p of [
      ...PROTECTED_PATHS,
      ...DIRECT_IDENTIFIER_PATHS,
      ...restrictionRules.flatMap((r) => r.paths),
    ]) {
      expect(paths.has(p), p).toBe(true);
    }
  });

  it("record identifiers are ids and references in a case and the assessment's case id, not indicator ids", () => {
    const identifiers = fieldPaths().filter(isIdentifierPath);
    expect(identifiers).toEqual(
      expect.arrayContaining([
        "case.id",
        "case.person.id",
        "case.person.documentIds",
        "case.permits.sponsorId",
        "case.enforcement.subject.ref",
        "assessment.caseId",
      ]),
    );
    expect(identifiers.filter((p) => p.startsWith("assessment."))).toEqual(["assessment.caseId"]);
  });
});

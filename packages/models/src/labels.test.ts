import { describe, expect, it } from "vitest";
import * as models from "./index.js";
import { type Labels, labelsOf } from "./index.js";

// Every exported enum value list `xs` (a readonly string tuple) has a table `xLabels` beside it.
const enumTables: [string, readonly string[], Readonly<Record<string, Labels>>][] = [
  ["sexes", models.sexes, models.sexLabels],
  ["confidences", models.confidences, models.confidenceLabels],
  ["locales", models.locales, models.localeLabels],
  ["contactKinds", models.contactKinds, models.contactKindLabels],
  ["travelDocumentKinds", models.travelDocumentKinds, models.travelDocumentKindLabels],
  ["permitKinds", models.permitKinds, models.permitKindLabels],
  ["permitBases", models.permitBases, models.permitBasisLabels],
  ["permitStatuses", models.permitStatuses, models.permitStatusLabels],
  ["permitPurposes", models.permitPurposes, models.permitPurposeLabels],
  ["pendingApplicationTypes", models.pendingApplicationTypes, models.pendingApplicationTypeLabels],
  ["reEntryPermitKinds", models.reEntryPermitKinds, models.reEntryPermitKindLabels],
  ["sponsorKinds", models.sponsorKinds, models.sponsorKindLabels],
  ["verificationStatuses", models.verificationStatuses, models.verificationStatusLabels],
  ["employerSectors", models.employerSectors, models.employerSectorLabels],
  ["venueTypes", models.venueTypes, models.venueTypeLabels],
  ["lodgingKinds", models.lodgingKinds, models.lodgingKindLabels],
  ["addressUses", models.addressUses, models.addressUseLabels],
  ["movementDirections", models.movementDirections, models.movementDirectionLabels],
  ["conveyanceModes", models.conveyanceModes, models.conveyanceModeLabels],
  ["ticketTypes", models.ticketTypes, models.ticketTypeLabels],
  ["observationModes", models.observationModes, models.observationModeLabels],
  ["documentHolders", models.documentHolders, models.documentHolderLabels],
  ["documentHolderReasons", models.documentHolderReasons, models.documentHolderReasonLabels],
  ["accompaniments", models.accompaniments, models.accompanimentLabels],
  ["debtCreditors", models.debtCreditors, models.debtCreditorLabels],
  ["threatKinds", models.threatKinds, models.threatKindLabels],
  ["payStatuses", models.payStatuses, models.payStatusLabels],
  ["forcedTaskKinds", models.forcedTaskKinds, models.forcedTaskKindLabels],
  ["relationKinds", models.relationKinds, models.relationKindLabels],
  ["enforcementKinds", models.enforcementKinds, models.enforcementKindLabels],
  ["enforcementSubjectTypes", models.enforcementSubjectTypes, models.enforcementSubjectTypeLabels],
  ["vesselRisks", models.vesselRisks, models.vesselRiskLabels],
  ["refugeeRegistrars", models.refugeeRegistrars, models.refugeeRegistrarLabels],
  ["refugeeStatuses", models.refugeeStatuses, models.refugeeStatusLabels],
  ["agencyKinds", models.agencyKinds, models.agencyKindLabels],
  ["immigrationOfficeClasses", models.immigrationOfficeClasses, models.immigrationOfficeClassLabels],
  ["teamTiers", models.teamTiers, models.teamTierLabels],
  ["teamRoles", models.teamRoles, models.teamRoleLabels],
  ["issueCodes", models.issueCodes, models.issueMessages],
];

describe("enum label tables", () => {
  it.each(enumTables)(
    "%s: every value has non-empty id and en labels, and no extra keys",
    (_, values, table) => {
      expect(values.length).toBeGreaterThan(0);
      expect(Object.keys(table).sort()).toEqual([...values].sort());
      for (const value of values) {
        const labels = table[value];
        expect(labels?.id.trim(), `${value}.id`).not.toBe("");
        expect(labels?.en.trim(), `${value}.en`).not.toBe("");
      }
    },
  );

  it("covers every exported label table", () => {
    const exported = Object.keys(models).filter(
      (name) => name.endsWith("Labels") && name !== "icaoNationalityLabels",
    );
    const tested = new Set(enumTables.map(([, , table]) => table));
    for (const name of exported) {
      expect(tested.has((models as Record<string, unknown>)[name] as Record<string, Labels>), name).toBe(
        true,
      );
    }
  });

  it("values have no duplicates", () => {
    for (const [name, values] of enumTables) expect(new Set(values).size, name).toBe(values.length);
  });

  it("labelsOf looks up a value", () => {
    expect(labelsOf(models.permitKindLabels, "itap")).toEqual({
      id: "Izin Tinggal Tetap (ITAP)",
      en: "Permanent stay permit (ITAP)",
    });
  });

  it("Indonesian labels are not just the English ones for most values", () => {
    // A table copied from English by mistake would make every id label equal to its en label.
    for (const [name, values, table] of enumTables) {
      const differing = values.filter((v) => table[v]?.id !== table[v]?.en);
      if (values.length >= 4) expect(differing.length, name).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { Labels } from "./index.js";
import * as models from "./index.js";

// Every exported enum schema `XSchema` (its `.options` are the values) has a table `xLabels` beside it.
const enumTables: [string, readonly string[], Readonly<Record<string, Labels>>][] = [
  ["SexSchema", models.SexSchema.options, models.sexLabels],
  ["ConfidenceSchema", models.ConfidenceSchema.options, models.confidenceLabels],
  ["LocaleSchema", models.LocaleSchema.options, models.localeLabels],
  ["ContactKindSchema", models.ContactKindSchema.options, models.contactKindLabels],
  ["TravelDocumentKindSchema", models.TravelDocumentKindSchema.options, models.travelDocumentKindLabels],
  ["PermitKindSchema", models.PermitKindSchema.options, models.permitKindLabels],
  ["PermitBasisSchema", models.PermitBasisSchema.options, models.permitBasisLabels],
  ["PermitStatusSchema", models.PermitStatusSchema.options, models.permitStatusLabels],
  ["PermitPurposeSchema", models.PermitPurposeSchema.options, models.permitPurposeLabels],
  [
    "PendingApplicationTypeSchema",
    models.PendingApplicationTypeSchema.options,
    models.pendingApplicationTypeLabels,
  ],
  ["ReEntryPermitKindSchema", models.ReEntryPermitKindSchema.options, models.reEntryPermitKindLabels],
  ["SponsorKindSchema", models.SponsorKindSchema.options, models.sponsorKindLabels],
  ["VerificationStatusSchema", models.VerificationStatusSchema.options, models.verificationStatusLabels],
  ["EmployerSectorSchema", models.EmployerSectorSchema.options, models.employerSectorLabels],
  ["VenueTypeSchema", models.VenueTypeSchema.options, models.venueTypeLabels],
  ["LodgingKindSchema", models.LodgingKindSchema.options, models.lodgingKindLabels],
  ["AddressUseSchema", models.AddressUseSchema.options, models.addressUseLabels],
  ["MovementDirectionSchema", models.MovementDirectionSchema.options, models.movementDirectionLabels],
  ["ConveyanceModeSchema", models.ConveyanceModeSchema.options, models.conveyanceModeLabels],
  ["TicketTypeSchema", models.TicketTypeSchema.options, models.ticketTypeLabels],
  ["ObservationModeSchema", models.ObservationModeSchema.options, models.observationModeLabels],
  ["DocumentHolderSchema", models.DocumentHolderSchema.options, models.documentHolderLabels],
  [
    "DocumentHolderReasonSchema",
    models.DocumentHolderReasonSchema.options,
    models.documentHolderReasonLabels,
  ],
  ["AccompanimentSchema", models.AccompanimentSchema.options, models.accompanimentLabels],
  ["DebtCreditorSchema", models.DebtCreditorSchema.options, models.debtCreditorLabels],
  ["ThreatKindSchema", models.ThreatKindSchema.options, models.threatKindLabels],
  ["PayStatusSchema", models.PayStatusSchema.options, models.payStatusLabels],
  ["ForcedTaskKindSchema", models.ForcedTaskKindSchema.options, models.forcedTaskKindLabels],
  ["RelationKindSchema", models.RelationKindSchema.options, models.relationKindLabels],
  ["EnforcementKindSchema", models.EnforcementKindSchema.options, models.enforcementKindLabels],
  [
    "EnforcementSubjectTypeSchema",
    models.EnforcementSubjectTypeSchema.options,
    models.enforcementSubjectTypeLabels,
  ],
  ["VesselRiskSchema", models.VesselRiskSchema.options, models.vesselRiskLabels],
  ["RefugeeRegistrarSchema", models.RefugeeRegistrarSchema.options, models.refugeeRegistrarLabels],
  ["RefugeeStatusSchema", models.RefugeeStatusSchema.options, models.refugeeStatusLabels],
  ["AgencyKindSchema", models.AgencyKindSchema.options, models.agencyKindLabels],
  [
    "ImmigrationOfficeClassSchema",
    models.ImmigrationOfficeClassSchema.options,
    models.immigrationOfficeClassLabels,
  ],
  ["TeamTierSchema", models.TeamTierSchema.options, models.teamTierLabels],
  ["TeamRoleSchema", models.TeamRoleSchema.options, models.teamRoleLabels],
  ["TeamPillarSchema", models.TeamPillarSchema.options, models.teamPillarLabels],
  ["issueMessages", Object.keys(models.issueMessages), models.issueMessages],
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

  it("covers every exported enum schema (IcaoNationalitySchema has icaoNationalityTable instead)", () => {
    const enums = Object.entries(models).filter(
      ([name, value]) => value instanceof z.ZodEnum && name !== "IcaoNationalitySchema",
    );
    expect(enums.length).toBe(enumTables.length - 1); // all but issueMessages
    const tested = new Set(enumTables.map(([name]) => name));
    for (const [name] of enums) expect(tested.has(name), name).toBe(true);
  });

  it("values have no duplicates", () => {
    for (const [name, values] of enumTables) expect(new Set(values).size, name).toBe(values.length);
  });

  it("a label table gives the labels of a value", () => {
    expect(models.permitKindLabels.itap).toEqual({
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

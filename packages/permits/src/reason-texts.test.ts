// Reason texts are built from the row actually used, so a caller's own table (a newer regulation) changes
// them. The "law" below is a hypothetical caller table; the default-table values come from the briefs
// (immigration.md: 10 ASEAN states from 7 June 2023, APOA 1 x 24 hours, ITAP reported every 5 years).
import { PermitSchema } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { entryEligibility } from "./entry-eligibility.js";
import { extensionOptions } from "./extension-options.js";
import { lodgingReportLateness } from "./lodging-report.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { PolicyParameter, PolicyParameters, PolicyTable } from "./policy-types.js";

/** The default table with one parameter's rows replaced by a single row holding `value`. */
function withValue<K extends keyof PolicyParameters>(
  id: K,
  value: PolicyParameters[K]["rows"][number]["value"],
): PolicyTable {
  const parameter = defaultPolicyTable.parameters[id] as PolicyParameter<unknown>;
  const row = parameter.rows.at(-1)!;
  return {
    ...defaultPolicyTable,
    version: "caller-test",
    parameters: {
      ...defaultPolicyTable.parameters,
      [id]: { ...parameter, rows: [{ ...row, value, validFrom: "2015-01-01", validUntil: null }] },
    },
  };
}

describe("entryEligibility reason counts the list in force", () => {
  it("default table: only 10 states listed since 2023-06-07", () => {
    const r = entryEligibility("AUS", "visa-exempt", { on: "2024-02-01" });
    expect(r.reason.message.en).toContain("since 2023-06-07 only 10 states");
    expect(r.reason.message.id).toContain("hanya 10 negara");
  });
  it("a caller's 3-country list says 3", () => {
    const policy = withValue("visaExemptNationalities", ["BRN", "MYS", "SGP"]);
    const r = entryEligibility("THA", "visa-exempt", { on: "2024-02-01", policy });
    expect(r.status).toBe("ineligible");
    expect(r.reason.message.en).toContain("only 3 states");
    expect(r.reason.message.en).not.toContain("10");
  });
});

describe("lodging report reason uses the hours of the row", () => {
  const checkIn = "2024-05-01T10:00:00+07:00";
  it("default: 1 x 24 hours", () => {
    const r = lodgingReportLateness({ checkIn, reportedAt: "2024-05-02T12:00:00+07:00" });
    expect(r.status).toBe("late");
    expect(r.reason.message.en).toBe("Reported after 1 x 24 hours");
    expect(r.reason.message.id).toBe("Dilaporkan lewat 1 x 24 jam");
  });
  it("a caller's 48-hour rule: 26 hours after check-in is on time, and the reason says 48", () => {
    const policy = withValue("lodgingReportHours", 48);
    const r = lodgingReportLateness({ checkIn, reportedAt: "2024-05-02T12:00:00+07:00" }, { policy });
    expect(r.status).toBe("on-time");
    expect(r.reason.message.en).toBe("Reported within 1 x 48 hours");
    const overdue = lodgingReportLateness({ checkIn }, { policy, on: "2024-05-04T10:00:00+07:00" });
    expect(overdue.reason.message.id).toBe("Belum dilaporkan dan sudah lewat 1 x 48 jam");
  });
});

describe("unlimited ITAP reason uses the ITAP validity row", () => {
  const itap = PermitSchema.parse({
    schemaVersion: 1,
    id: "pm-u",
    kind: "itap",
    basis: "conversion",
    validFrom: "2020-06-01",
    validUntil: null,
    status: "active",
    purpose: "family",
  });
  it("default: report every 5 years", () => {
    expect(extensionOptions(itap, { on: "2024-06-01" }).reason.message.en).toBe(
      "Unlimited ITAP: no extension needed (report every 5 years)",
    );
  });
  it("a caller's 10-year rule says 10", () => {
    const policy = withValue("itapValidityYears", 10);
    expect(extensionOptions(itap, { on: "2024-06-01", policy }).reason.message.en).toBe(
      "Unlimited ITAP: no extension needed (report every 10 years)",
    );
  });
});

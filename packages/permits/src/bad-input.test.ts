// Every exported helper given unparsed or garbage input answers with a coded PermitsError (or, for
// checkPolicyTable, coded issues): never a TypeError, never a number or a date made up from garbage.
import { ModelsError, parseMovement, parsePermit, TimporaError } from "@timpora/models";
import { describe, expect, it } from "vitest";
import { assertZone, computeLastDay, inclusiveDays, toCalendarDate, toInstant } from "./calendar-date.js";
import { entryEligibility } from "./entry-eligibility.js";
import { extensionOptions } from "./extension-options.js";
import { extendHolidayCalendar } from "./holiday-calendar.js";
import { defaultHolidayCalendar } from "./holiday-data.js";
import { lodgingReportDeadline, lodgingReportLateness } from "./lodging-report.js";
import { overstayCharge, overstayChargeForDays } from "./overstay-charge.js";
import { permitStatus } from "./permit-status.js";
import { PermitsError, permitsErrorMessages } from "./permits-error.js";
import { lowestConfidence, policyAsOf, rowAsOf } from "./policy-as-of.js";
import { checkPolicyTable } from "./policy-check.js";
import { defaultPolicyTable } from "./policy-table.js";
import type { PolicyTable } from "./policy-types.js";
import { renderRulesDoc } from "./rules-doc.js";
import { stayStatus } from "./stay-status.js";
import { isVisaIndexInForce } from "./visa-index.js";
import { isWorkingDay, lastWorkingDayBefore } from "./working-days.js";
import { zoneOfStay } from "./zone-of-stay.js";

/** The code of the PermitsError thrown, the name of any other error, or "no error". */
function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof PermitsError) return e.code;
    return `not a PermitsError: ${(e as Error)?.name}`;
  }
  return "no error";
}

function errorOf(run: () => unknown): PermitsError {
  try {
    run();
  } catch (e) {
    if (e instanceof PermitsError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

const trap = () => {
  throw new Error("trap");
};
/** A Proxy whose every trap throws. */
const hostile = new Proxy(
  {},
  { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap },
);

/** A valid permit that was never parsed (a plain object literal). */
const plain = {
  schemaVersion: 1,
  id: "pm-x",
  kind: "itk",
  basis: "visa-on-arrival",
  validFrom: "2023-09-29",
  validUntil: "2023-10-28",
  status: "active",
  purpose: "tourism",
};

const garbagePermits: [label: string, value: unknown, firstIssue: string][] = [
  ["null", null, "type.invalid@"],
  ["a number", 42, "type.invalid@"],
  ["{}", {}, "required@kind"],
  ["a permit with extensions: null", { ...plain, extensions: null }, "type.invalid@extensions"],
  [
    "a permit whose validUntil is 2023-02-29",
    { ...plain, validUntil: "2023-02-29" },
    "date.invalid@validUntil",
  ],
  ["a Proxy whose traps throw", hostile, "input.unreadable@"],
];

const permitHelpers: [name: string, run: (permit: unknown) => unknown][] = [
  ["permitStatus", (p) => permitStatus(p as never, { on: "2023-10-20" })],
  ["extensionOptions", (p) => extensionOptions(p as never, { on: "2023-10-20" })],
  ["overstayCharge", (p) => overstayCharge(p as never, { on: "2023-10-20" })],
];

describe("helpers that take a permit refuse anything but a valid permit with permit.invalid", () => {
  for (const [name, run] of permitHelpers) {
    it.each(garbagePermits)(`${name}: %s`, (_label, value, firstIssue) => {
      const error = errorOf(() => run(value));
      expect(error.code).toBe("permit.invalid");
      expect(error).toBeInstanceOf(TimporaError);
      const issue = error.issues[0]!;
      expect(`${issue.code}@${issue.path.join(".")}`).toBe(firstIssue);
    });
    it(`${name}: an unparsed valid permit is validated and answered`, () => {
      expect(codeOf(() => run(plain))).toBe("no error");
    });
    it(`${name}: a record parsed by another models parser is not taken for a permit`, () => {
      const movement = parseMovement({
        schemaVersion: 1,
        id: "m-1",
        direction: "entry",
        date: "2023-09-29",
        tpi: "DPS",
        conveyance: { mode: "air" },
        ticket: "return",
      });
      expect(movement.ok).toBe(true);
      expect(codeOf(() => run(movement.ok && movement.value))).toBe("permit.invalid");
    });
  }
  it("a permit from parsePermit is trusted and gives the law's answer (VoA day 30 is 2023-10-28)", () => {
    const parsed = parsePermit(plain);
    expect(parsed.ok && permitStatus(parsed.value, { on: "2023-10-28" }).daysRemaining).toBe(0);
  });
  it("the parse issues name the field, never the value", () => {
    const error = errorOf(() =>
      permitStatus({ ...plain, id: "SECRET-NAME", validUntil: "2023-02-29" } as never, { on: "2023-10-20" }),
    );
    expect(
      JSON.stringify({ message: error.message, labels: error.labels, issues: error.issues }),
    ).not.toContain("SECRET");
  });
});

describe("stayStatus refuses anything but a case of valid permits with case.invalid", () => {
  it.each([
    ["null", null, "type.invalid@"],
    ["a number", 42, "type.invalid@"],
    ["{}", {}, "required@permits"],
    ["permits: null", { permits: null }, "type.invalid@permits"],
    [
      "a permit with extensions: null",
      { permits: [{ ...plain, extensions: null }] },
      "type.invalid@permits.0.extensions",
    ],
    [
      "a permit whose validUntil is 2023-02-29",
      { permits: [{ ...plain, validUntil: "2023-02-29" }] },
      "date.invalid@permits.0.validUntil",
    ],
    [
      "a movement without a real date",
      { permits: [plain], movements: [{ direction: "entry", date: "2023-02-29" }] },
      "date.invalid@movements.0.date",
    ],
    ["a Proxy whose traps throw", hostile, "input.unreadable@"],
    ["a Proxy as its permit", { permits: [hostile] }, "input.unreadable@"],
  ])("%s", (_label, value, firstIssue) => {
    const error = errorOf(() => stayStatus(value as never, { on: "2023-10-20" }));
    expect(error.code).toBe("case.invalid");
    const issue = error.issues[0]!;
    expect(`${issue.code}@${issue.path.join(".")}`).toBe(firstIssue);
  });
});

describe("options objects", () => {
  const permit = parsePermit(plain);
  if (!permit.ok) throw new Error("fixture");
  it.each([
    ["null", null, "option.invalid"],
    ["a number", 42, "option.invalid"],
    ["{} (no on)", {}, "option.required"],
    ["a Proxy whose traps throw", hostile, "option.invalid"],
    ["on: null", { on: null }, "date.invalid"],
    ["on: a number", { on: 20231020 }, "date.invalid"],
    ["on: 2023-02-29", { on: "2023-02-29" }, "date.invalid"],
    [
      "on: an offset of +25:00",
      { on: "2023-10-20T10:00:00+25:00", zone: "Asia/Makassar" },
      "datetime.invalid",
    ],
    ["zone: a number", { on: "2023-10-20", zone: 8 }, "zone.invalid"],
    ["policy: a number", { on: "2023-10-20", policy: 1 }, "policy.invalid"],
    ["policy: {}", { on: "2023-10-20", policy: {} }, "policy.invalid"],
    ["calendar: {}", { on: "2023-10-20", calendar: {} }, "calendar.invalid"],
    ["expiringSoonDays: -1", { on: "2023-10-20", expiringSoonDays: -1 }, "option.invalid"],
    ["a typo", { on: "2023-10-20", expiringSoon: 3 }, "option.unknown"],
  ])("permitStatus with options %s", (_label, options, code) => {
    expect(codeOf(() => permitStatus(permit.value, options as never))).toBe(code);
  });
  it("a policy row whose value is not a number is refused, never multiplied", () => {
    const rate = defaultPolicyTable.parameters.overstayChargePerDay;
    const policy = {
      ...defaultPolicyTable,
      parameters: {
        ...defaultPolicyTable.parameters,
        overstayChargePerDay: { ...rate, rows: rate.rows.map((r) => ({ ...r, value: "1000000" })) },
      },
    };
    expect(codeOf(() => overstayChargeForDays(3, { on: "2023-10-20", policy } as never))).toBe(
      "policy.invalid",
    );
  });
  it("an unknown option's long name is not echoed", () => {
    const long = "x".repeat(200);
    const error = errorOf(() => permitStatus(permit.value, { on: "2023-10-20", [long]: 1 } as never));
    expect(error.code).toBe("option.unknown");
    expect(error.field).toBe("(long key)");
  });
});

describe("the other helpers", () => {
  it.each<[string, () => unknown, string]>([
    [
      "overstayChargeForDays(null)",
      () => overstayChargeForDays(null as never, { on: "2023-10-20" }),
      "days.invalid",
    ],
    ["overstayChargeForDays(1.5)", () => overstayChargeForDays(1.5, { on: "2023-10-20" }), "days.invalid"],
    [
      "overstayChargeForDays(NaN)",
      () => overstayChargeForDays(Number.NaN, { on: "2023-10-20" }),
      "days.invalid",
    ],
    [
      "overstayChargeForDays(Infinity)",
      () => overstayChargeForDays(Infinity, { on: "2023-10-20" }),
      "days.invalid",
    ],
    ["overstayChargeForDays(3, null)", () => overstayChargeForDays(3, null as never), "option.invalid"],
    [
      "entryEligibility(null)",
      () => entryEligibility(null as never, "visa-exempt", { on: "2024-01-10" }),
      "nationality.invalid",
    ],
    [
      "entryEligibility(42)",
      () => entryEligibility(42 as never, "visa-exempt", { on: "2024-01-10" }),
      "nationality.invalid",
    ],
    [
      "entryEligibility(basis null)",
      () => entryEligibility("MYS", null as never, { on: "2024-01-10" }),
      "basis.invalid",
    ],
    [
      "entryEligibility(options {})",
      () => entryEligibility("MYS", "visa-exempt", {} as never),
      "option.required",
    ],
    [
      "entryEligibility(options Proxy)",
      () => entryEligibility("MYS", "visa-exempt", hostile as never),
      "option.invalid",
    ],
    ["lodgingReportDeadline(null)", () => lodgingReportDeadline(null as never), "datetime.invalid"],
    ["lodgingReportDeadline(42)", () => lodgingReportDeadline(42 as never), "datetime.invalid"],
    [
      "lodgingReportDeadline(+25:00)",
      () => lodgingReportDeadline("2024-05-01T10:00:00+25:00"),
      "datetime.invalid",
    ],
    [
      "lodgingReportDeadline(past 9999)",
      () => lodgingReportDeadline("9999-12-31T12:00:00Z"),
      "date.out-of-range",
    ],
    [
      "lodgingReportDeadline(options 42)",
      () => lodgingReportDeadline("2024-05-01T10:00:00+07:00", 42 as never),
      "option.invalid",
    ],
    ["lodgingReportLateness(null)", () => lodgingReportLateness(null as never), "report.invalid"],
    ["lodgingReportLateness(42)", () => lodgingReportLateness(42 as never), "report.invalid"],
    ["lodgingReportLateness({})", () => lodgingReportLateness({} as never), "report.invalid"],
    ["lodgingReportLateness(Proxy)", () => lodgingReportLateness(hostile as never), "report.invalid"],
    [
      "lodgingReportLateness(checkIn null)",
      () => lodgingReportLateness({ checkIn: null } as never, { on: "2024-05-01T10:00:00+07:00" }),
      "datetime.invalid",
    ],
    ["lowestConfidence(null)", () => lowestConfidence(null as never), "confidence.invalid"],
    ["lowestConfidence(['bogus'])", () => lowestConfidence(["bogus"] as never), "confidence.invalid"],
    ["policyAsOf(null)", () => policyAsOf(null as never), "date.invalid"],
    ["policyAsOf(2023-02-29)", () => policyAsOf("2023-02-29"), "date.invalid"],
    ["policyAsOf(date, null)", () => policyAsOf("2024-01-01", null as never), "policy.invalid"],
    ["policyAsOf(date, {})", () => policyAsOf("2024-01-01", {} as never), "policy.invalid"],
    ["policyAsOf(date, Proxy)", () => policyAsOf("2024-01-01", hostile as never), "policy.invalid"],
    ["rowAsOf(null, date)", () => rowAsOf(null as never, "2024-01-01"), "policy.invalid"],
    [
      "rowAsOf(rows [null], date)",
      () => rowAsOf({ id: "x", label: { id: "x", en: "x" }, rows: [null] } as never, "2024-01-01"),
      "policy.invalid",
    ],
    [
      "rowAsOf(parameter, 42)",
      () => rowAsOf(defaultPolicyTable.parameters.lodgingReportHours, 42 as never),
      "date.invalid",
    ],
    ["renderRulesDoc(null)", () => renderRulesDoc(null as never), "policy.invalid"],
    ["renderRulesDoc(table, 42)", () => renderRulesDoc(defaultPolicyTable, 42 as never), "calendar.invalid"],
    ["isVisaIndexInForce(null)", () => isVisaIndexInForce(null as never, "2024-06-01"), "visa-index.invalid"],
    [
      "isVisaIndexInForce('a name')",
      () => isVisaIndexInForce("Budi Santoso", "2024-06-01"),
      "visa-index.invalid",
    ],
    ["isVisaIndexInForce(code, null)", () => isVisaIndexInForce("C1", null as never), "date.invalid"],
    [
      "isVisaIndexInForce(code, date, {})",
      () => isVisaIndexInForce("C1", "2024-06-01", {} as never),
      "policy.invalid",
    ],
    ["isWorkingDay(null)", () => isWorkingDay(null as never), "date.invalid"],
    ["isWorkingDay(2023-02-29)", () => isWorkingDay("2023-02-29"), "date.invalid"],
    ["isWorkingDay(date, 42)", () => isWorkingDay("2024-04-10", 42 as never), "option.invalid"],
    [
      "isWorkingDay(calendar {})",
      () => isWorkingDay("2024-04-10", { calendar: {} as never }),
      "calendar.invalid",
    ],
    [
      "isWorkingDay(weekend null)",
      () => isWorkingDay("2024-04-10", { weekend: null as never }),
      "option.invalid",
    ],
    [
      "isWorkingDay(extra 2023-02-29)",
      () => isWorkingDay("2024-04-10", { extraNonWorkingDays: ["2023-02-29"] }),
      "date.invalid",
    ],
    ["lastWorkingDayBefore(null)", () => lastWorkingDayBefore(null as never), "date.invalid"],
    ["lastWorkingDayBefore(0000-01-01)", () => lastWorkingDayBefore("0000-01-01"), "date.out-of-range"],
    [
      "lastWorkingDayBefore(Proxy options)",
      () => lastWorkingDayBefore("2024-04-10", hostile as never),
      "option.invalid",
    ],
    ["zoneOfStay(42)", () => zoneOfStay(42 as never, []), "zone.invalid"],
    ["zoneOfStay(undefined, null)", () => zoneOfStay(undefined, null as never), "region.invalid"],
    ["zoneOfStay(undefined, [42])", () => zoneOfStay(undefined, [42 as never]), "region.invalid"],
    [
      "extendHolidayCalendar(null)",
      () => extendHolidayCalendar(null as never, { version: "x", entries: [] }),
      "calendar.invalid",
    ],
    [
      "extendHolidayCalendar(base, null)",
      () => extendHolidayCalendar(defaultHolidayCalendar, null as never),
      "calendar.invalid",
    ],
    [
      "extendHolidayCalendar(base, entries [null])",
      () => extendHolidayCalendar(defaultHolidayCalendar, { version: "x", entries: [null as never] }),
      "calendar.invalid",
    ],
  ])("%s", (_label, run, code) => {
    expect(codeOf(run)).toBe(code);
  });
});

describe("the public date helpers reject garbage with codes", () => {
  it.each<[string, () => unknown, string]>([
    ["toCalendarDate(null)", () => toCalendarDate(null as never), "date.invalid"],
    ["toCalendarDate(42)", () => toCalendarDate(42 as never), "date.invalid"],
    ["toCalendarDate({})", () => toCalendarDate({} as never), "date.invalid"],
    ["toCalendarDate(2023-02-29)", () => toCalendarDate("2023-02-29"), "date.invalid"],
    [
      "toCalendarDate(+25:00)",
      () => toCalendarDate("2024-03-01T10:00:00+25:00", "Asia/Jakarta"),
      "datetime.invalid",
    ],
    [
      "toCalendarDate(an instant that is 10000-01-01 in the zone)",
      () => toCalendarDate("9999-12-31T20:00:00Z", "Asia/Jayapura"),
      "date.out-of-range",
    ],
    ["toInstant(null)", () => toInstant(null as never), "datetime.invalid"],
    ["toInstant(42)", () => toInstant(42 as never), "datetime.invalid"],
    ["toInstant(+25:00)", () => toInstant("2024-05-01T21:30:00+25:00"), "datetime.invalid"],
    ["toInstant(no offset)", () => toInstant("2024-05-01T21:30:00"), "datetime.invalid"],
    [
      "toInstant(an object)",
      () => toInstant({ toISO: () => "2024-05-01T21:30:00Z" } as never),
      "datetime.invalid",
    ],
    ["assertZone(null)", () => assertZone(null as never), "zone.invalid"],
    ["assertZone(42)", () => assertZone(42 as never), "zone.invalid"],
    ["assertZone(Asia/Atlantis)", () => assertZone("Asia/Atlantis"), "zone.invalid"],
    ["inclusiveDays(null, date)", () => inclusiveDays(null as never, "2024-01-01"), "date.invalid"],
    ["inclusiveDays(date, 42)", () => inclusiveDays("2024-01-01", 42 as never), "date.invalid"],
    ["inclusiveDays(2023-02-29, date)", () => inclusiveDays("2023-02-29", "2023-03-01"), "date.invalid"],
    ["computeLastDay(null, 30)", () => computeLastDay(null as never, 30), "date.invalid"],
    ["computeLastDay(2023-02-29, 30)", () => computeLastDay("2023-02-29", 30), "date.invalid"],
    ["computeLastDay(date, null)", () => computeLastDay("2024-01-01", null as never), "days.invalid"],
    ["computeLastDay(date, 30, null)", () => computeLastDay("2024-01-01", 30, null as never), "days.invalid"],
    ["computeLastDay(date, 30, [NaN])", () => computeLastDay("2024-01-01", 30, [Number.NaN]), "days.invalid"],
    ["computeLastDay past 9999-12-31", () => computeLastDay("9999-12-01", 60), "date.out-of-range"],
  ])("%s", (_label, run, code) => {
    expect(codeOf(run)).toBe(code);
  });
  it("a calendar error raised in @timpora/models leaves permits as a PermitsError with the ModelsError as cause", () => {
    const error = errorOf(() => computeLastDay("9999-12-01", 60));
    expect(error.cause).toBeInstanceOf(ModelsError);
    expect(error.labels).toEqual(permitsErrorMessages["date.out-of-range"]);
  });
  it("PermitsError is the package's TimporaError, with its message table in id and en", () => {
    const error = new PermitsError("zone.required", { field: "zone" });
    expect(error).toBeInstanceOf(TimporaError);
    expect(error).toMatchObject({ name: "PermitsError", code: "zone.required", field: "zone", issues: [] });
    expect(error.message).toBe(`${permitsErrorMessages["zone.required"].en} (zone)`);
  });
});

describe("checkPolicyTable answers garbage with issues, never a throw", () => {
  const codes = (table: unknown) =>
    checkPolicyTable(table as PolicyTable).map((i) => `${i.code}@${i.path.join(".")}`);
  it.each([
    ["null", null, ["table.invalid@"]],
    ["a number", 42, ["table.invalid@"]],
    ["{}", {}, ["table.invalid@"]],
    ["a Proxy whose traps throw", hostile, ["table.unreadable@"]],
  ])("%s", (_label, table, expected) => {
    expect(codes(table)).toEqual(expected);
  });
  it("a parameter that is missing, and a row that is null or has a value of the wrong type", () => {
    const rate = defaultPolicyTable.parameters.overstayChargePerDay;
    const { lodgingReportHours: _missing, ...rest } = defaultPolicyTable.parameters;
    const table = {
      ...defaultPolicyTable,
      parameters: {
        ...rest,
        overstayChargePerDay: { ...rate, rows: [null, { ...rate.rows[0]!, value: "300000" }] },
      },
    };
    expect(codes(table)).toEqual([
      "table.invalid@overstayChargePerDay.0",
      "value.invalid@overstayChargePerDay.1",
      "table.invalid@lodgingReportHours",
    ]);
  });
});

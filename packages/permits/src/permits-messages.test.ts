import { describe, expect, it } from "vitest";
import {
  type PermitsMessageCode,
  type PermitsMessageParams,
  permitsMessages,
  reasonOf,
} from "./permits-messages.js";

const label = { id: "Biaya beban per hari", en: "Overstay charge per day" };
/** One set of parameters per code: the type makes the list complete. */
const samples: PermitsMessageParams = {
  "policy.not-covered": { label, date: "2013-06-01" },
  "stay.departed": { exitedOn: "2024-03-01" },
  "stay.departed.no-permit": { exitedOn: "2024-03-01" },
  "stay.departed.overstayed": { exitedOn: "2019-05-10", overstayDays: 10, lastLawfulDay: "2019-04-30" },
  "stay.permit-kept-abroad": {},
  "stay.not-yet-arrived": {},
  "stay.no-record": {},
  "stay.lawful.pending": {},
  "stay.lawful.unlimited": { kind: "itap" },
  "stay.lawful.until": { kind: "itas", lastDay: "2024-12-31" },
  "stay.no-permit-for-presence": {},
  "stay.no-permit-for-entry": { entryDate: "2024-03-10" },
  "stay.overstay": { overstayDays: 3, lastLawfulDay: "2024-05-09" },
  "permit.not-in-force": { statusFrom: "2024-01-20", status: "converted" },
  "permit.not-yet-valid": { validFrom: "2024-01-01" },
  "permit.unlimited": {},
  "permit.valid-until": { lastDay: "2024-01-30" },
  "permit.exit-permit-only": { lastDay: "2024-05-04" },
  "permit.application-pending": {},
  "permit.pending": {},
  "permit.expired": { lastDay: "2024-01-30", overstayDays: 2 },
  "permit.application-late": {},
  "extensions.chain-broken": {},
  "valid-until.chain-mismatch": {},
  "valid-until.law-unknown": { label, date: "2019-04-01" },
  "extensions.exceed-rule": { count: 2, allowed: 1 },
  "valid-until.mismatch": { initialDays: 30, extensions: 1, daysPerExtension: 30 },
  "exit-permit-only.unknown-leave-day": { label, date: "2010-01-01" },
  "extension.diplomatic": {},
  "extension.vitas-on-arrival": {},
  "extension.itap-unlimited": { reportEveryYears: 5 },
  "extension.window-not-open": { opensOn: "2024-01-15" },
  "extension.window-closed": { closesOn: "2024-04-05" },
  "extension.window-open": { opensOn: "2024-01-15", closesOn: "2024-04-05" },
  "extension.no-rule": {},
  "extension.index-unconfirmed": { visaIndex: "C12" },
  "extension.not-extendable": {},
  "extension.limit-reached": {},
  "extension.possible": { remaining: 1, daysPerExtension: 30 },
  "conversion.not-decided": {},
  "conversion.possible": {},
  "conversion.not-possible": { basis: "visa-on-arrival" },
  "overstay.none": {},
  "overstay.deportation": { limit: 60 },
  "overstay.charge": { days: 10, ratePerDay: 1_000_000, instrument: "PP 28/2019" },
  "overstay.threshold-unsettled": { limit: 60 },
  "entry.citizen": {},
  "entry.no-list": {},
  "entry.listed": {},
  "entry.not-listed": { since: "2023-06-07", count: 10 },
  "lodging.on-time": { hours: 24 },
  "lodging.late": { hours: 24 },
  "lodging.overdue": { hours: 24 },
  "lodging.not-yet-due": {},
  "working-day.weekend": {},
  "working-day.office-closed": {},
  "working-day.holiday": { name: { id: "Hari Raya Idul Fitri", en: "Eid al-Fitr" } },
  "calendar.year-not-covered": { year: 2027 },
  "visa-index.not-covered": { code: "C1", on: "2023-06-01" },
  "visa-index.not-in-force": { code: "E23B", on: "2025-07-01" },
  "citation.missing": {},
  "confidence.invalid": {},
  "date.invalid": {},
  "date.order": {},
  "rows.overlap": {},
  "table.invalid": {},
  "table.unreadable": {},
  "value.invalid": {},
};

describe("the message table of @timpora/permits", () => {
  const codes = Object.keys(permitsMessages) as PermitsMessageCode[];
  it("holds a text in Indonesian and English for every code, each different and fully filled in", () => {
    expect(codes.sort()).toEqual((Object.keys(samples) as PermitsMessageCode[]).sort());
    for (const code of codes) {
      const { message } = reasonOf(code, samples[code] as never);
      expect(message.id.length, code).toBeGreaterThan(0);
      expect(message.en.length, code).toBeGreaterThan(0);
      expect(message.id, code).not.toBe(message.en);
      for (const text of [message.id, message.en])
        expect(text, code).not.toMatch(/undefined|NaN|\[object|null/);
    }
  });
  it("fills amounts in each language's style (Rp 1.000.000 in id, Rp 1,000,000 in en)", () => {
    expect(reasonOf("overstay.charge", samples["overstay.charge"]).message).toEqual({
      id: "10 hari x Rp 1.000.000 (PP 28/2019)",
      en: "10 day(s) x Rp 1,000,000 (PP 28/2019)",
    });
  });
  it("an ITAP without a validity row says no more than that no extension is needed", () => {
    expect(permitsMessages["extension.itap-unlimited"].en({ reportEveryYears: undefined })).toBe(
      "Unlimited ITAP: no extension needed",
    );
  });
});

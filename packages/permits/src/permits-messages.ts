import {
  type IsoDate,
  type Labels,
  type Locale,
  type PermitKind,
  type PermitStatus,
  permitStatusLabels,
  type Reason,
} from "@timpora/models";

/**
 * The parameters each message of {@link permitsMessages} fills into its text, by code. Parameters are dates,
 * counts, enum values and labels of the law tables: never a name, a document number or a birth date.
 *
 * @example
 * ```ts
 * const params: PermitsMessageParams["permit.expired"] = { lastDay: "2024-03-30", overstayDays: 3 };
 * permitsMessages["permit.expired"].en(params); // "Permit ended 2024-03-30; 3 day(s) overstay"
 * ```
 */
export interface PermitsMessageParams {
  /** The law tables hold no row of a parameter on a date. */
  "policy.not-covered": { label: Labels; date: IsoDate };

  /** Left Indonesia while a permit was in force. */
  "stay.departed": { exitedOn: IsoDate };
  /** Left Indonesia with no permit on record before the exit. */
  "stay.departed.no-permit": { exitedOn: IsoDate };
  /** Left Indonesia after overstaying. */
  "stay.departed.overstayed": { exitedOn: IsoDate; overstayDays: number; lastLawfulDay: IsoDate };
  /** A resident permit still holds while the person is abroad. */
  "stay.permit-kept-abroad": Record<string, never>;
  /** Permits on record, none started, no entry. */
  "stay.not-yet-arrived": Record<string, never>;
  /** No permit and no entry on record. */
  "stay.no-record": Record<string, never>;
  /** Lawful: a timely application is pending after the last day. */
  "stay.lawful.pending": Record<string, never>;
  /** Lawful under a permit without an end. */
  "stay.lawful.unlimited": { kind: PermitKind };
  /** Lawful under a permit until a day. */
  "stay.lawful.until": { kind: PermitKind; lastDay: IsoDate };
  /** Present, but no permit covers the presence. */
  "stay.no-permit-for-presence": Record<string, never>;
  /** Entered again, but no permit covers the new entry. */
  "stay.no-permit-for-entry": { entryDate: IsoDate };
  /** Overstaying. */
  "stay.overstay": { overstayDays: number; lastLawfulDay: IsoDate };

  /** The permit's status (converted, cancelled, ended) holds from a day. */
  "permit.not-in-force": { statusFrom: IsoDate; status: PermitStatus };
  /** The permit has not started. */
  "permit.not-yet-valid": { validFrom: IsoDate };
  /** An ITAP without an end. */
  "permit.unlimited": Record<string, never>;
  /** Valid until its last day. */
  "permit.valid-until": { lastDay: IsoDate };
  /** The last day is set by an exit permit only. */
  "permit.exit-permit-only": { lastDay: IsoDate };
  /** An application is pending while the permit is valid. */
  "permit.application-pending": Record<string, never>;
  /** After the last day, a timely application is pending. */
  "permit.pending": Record<string, never>;
  /** Expired, with the overstay. */
  "permit.expired": { lastDay: IsoDate; overstayDays: number };
  /** The pending application came too late to stop the overstay. */
  "permit.application-late": Record<string, never>;

  /** Warning: an extension does not start from the previous last day. */
  "extensions.chain-broken": Record<string, never>;
  /** Warning: validUntil differs from the last extension's last day. */
  "valid-until.chain-mismatch": Record<string, never>;
  /** Warning: the tables do not cover the regime at entry. */
  "valid-until.law-unknown": { label: Labels; date: IsoDate };
  /** Warning: more extensions than the rule allows. */
  "extensions.exceed-rule": { count: number; allowed: number };
  /** Warning: validUntil differs from what the law gives. */
  "valid-until.mismatch": { initialDays: number; extensions: number; daysPerExtension: number };
  /** Warning: the tables do not give the EPO's leave-by day. */
  "exit-permit-only.unknown-leave-day": { label: Labels; date: IsoDate };

  /** Diplomatic and service permits are the Foreign Minister's. */
  "extension.diplomatic": Record<string, never>;
  /** An ITAS from a VITAS on arrival cannot be extended. */
  "extension.vitas-on-arrival": Record<string, never>;
  /** An unlimited ITAP needs no extension. */
  "extension.itap-unlimited": { reportEveryYears: number | undefined };
  /** The filing window has not opened. */
  "extension.window-not-open": { opensOn: IsoDate };
  /** The filing window has closed. */
  "extension.window-closed": { closesOn: IsoDate };
  /** The filing window is open. */
  "extension.window-open": { opensOn: IsoDate; closesOn: IsoDate };
  /** No extension rule for the basis. */
  "extension.no-rule": Record<string, never>;
  /** The rule excludes the visa index. */
  "extension.index-unconfirmed": { visaIndex: string };
  /** The rule allows no extension. */
  "extension.not-extendable": Record<string, never>;
  /** The extensions are used up. */
  "extension.limit-reached": Record<string, never>;
  /** Extensions left. */
  "extension.possible": { remaining: number; daysPerExtension: number };

  /** Conversion depends on purpose and sponsor. */
  "conversion.not-decided": Record<string, never>;
  /** Conversion possible. */
  "conversion.possible": Record<string, never>;
  /** A visit permit of this basis cannot be converted. */
  "conversion.not-possible": { basis: "visa-exempt" | "visa-on-arrival" };

  /** No overstay. */
  "overstay.none": Record<string, never>;
  /** Over the threshold: deportation and an entry ban. */
  "overstay.deportation": { limit: number };
  /** A charge: days times the rate. */
  "overstay.charge": { days: number; ratePerDay: number; instrument: string };
  /** The tables do not settle whether exactly the threshold is charged. */
  "overstay.threshold-unsettled": { limit: number };

  /** An Indonesian citizen is no foreigner. */
  "entry.citizen": Record<string, never>;
  /** No nationality list for the basis. */
  "entry.no-list": Record<string, never>;
  /** On the visa-exempt list. */
  "entry.listed": Record<string, never>;
  /** Not on the visa-exempt list. */
  "entry.not-listed": { since: IsoDate; count: number };

  /** A lodging report on time. */
  "lodging.on-time": { hours: number };
  /** A lodging report late. */
  "lodging.late": { hours: number };
  /** Not reported, past the deadline. */
  "lodging.overdue": { hours: number };
  /** Not reported, deadline not passed. */
  "lodging.not-yet-due": Record<string, never>;

  /** A weekend day. */
  "working-day.weekend": Record<string, never>;
  /** An office-specific non-working day. */
  "working-day.office-closed": Record<string, never>;
  /** A national holiday or cuti bersama. */
  "working-day.holiday": { name: Labels };
  /** The holiday calendar does not cover a year. */
  "calendar.year-not-covered": { year: number };

  /** The visa index table does not cover a code on a day. */
  "visa-index.not-covered": { code: string; on: IsoDate };
  /** A visa index code not in the classification in force. */
  "visa-index.not-in-force": { code: string; on: IsoDate };

  /** Policy table issue: a row without a complete citation. */
  "citation.missing": Record<string, never>;
  /** Policy table issue: an unknown confidence. */
  "confidence.invalid": Record<string, never>;
  /** Policy table issue: a date that is not an ISO date. */
  "date.invalid": Record<string, never>;
  /** Policy table issue: validUntil before validFrom. */
  "date.order": Record<string, never>;
  /** Policy table issue: overlapping rows. */
  "rows.overlap": Record<string, never>;
  /** Policy table issue: the table, a parameter or a row is not an object of the expected shape. */
  "table.invalid": Record<string, never>;
  /** Policy table issue: the table could not be read (a throwing getter or Proxy). */
  "table.unreadable": Record<string, never>;
  /** Policy table issue: a row's value does not fit its parameter (e.g. a rate that is not a whole number). */
  "value.invalid": Record<string, never>;
}

/**
 * Every code of {@link permitsMessages}.
 *
 * @example
 * ```ts
 * const codes = Object.keys(permitsMessages) as PermitsMessageCode[];
 * codes.filter((c) => c.startsWith("overstay.")); // ["overstay.none", "overstay.deportation", "overstay.charge", "overstay.threshold-unsettled"]
 * ```
 */
export type PermitsMessageCode = keyof PermitsMessageParams;

/**
 * Codes of the reasons of `stayStatus`: one for each of its answers.
 *
 * @example
 * ```ts
 * const code: StayReasonCode | undefined = stayStatus({ permits: [] }, { on: "2024-03-01" }).reasons[0]?.code;
 * code; // "stay.no-record"
 * ```
 */
export type StayReasonCode = Extract<PermitsMessageCode, `stay.${string}`>;
/**
 * Codes of the reasons of `permitStatus`.
 *
 * @example
 * ```ts
 * const nextStep = (code: PermitStatusReasonCode): string =>
 *   code === "permit.expired" ? "compute the overstay charge" : code === "permit.pending" ? "await the decision" : "none";
 * nextStep("permit.valid-until"); // "none"
 * ```
 */
export type PermitStatusReasonCode = Extract<PermitsMessageCode, `permit.${string}`>;
/**
 * Codes of the warnings of `permitStatus`.
 *
 * @example
 * ```ts
 * const code: PermitWarningCode = "extensions.exceed-rule";
 * permitsMessages[code].en({ count: 2, allowed: 1 }); // "More extensions (2) than the rule in force at entry allows (1)"
 * ```
 */
export type PermitWarningCode = Extract<
  PermitsMessageCode,
  `valid-until.${string}` | `extensions.${string}` | `exit-permit-only.${string}`
>;
/**
 * Code of the reason given when the law tables hold no row for a date.
 *
 * @example
 * ```ts
 * const r = rowAsOf(defaultPolicyTable.parameters.visaExemptNationalities, "2020-01-01");
 * const code: PolicyReasonCode | undefined = r.status === "unknown" ? r.reason.code : undefined; // "policy.not-covered"
 * r.status === "unknown" && r.reason.message.en; // 'The law tables do not cover "Nationalities eligible for visa-exempt entry" on 2020-01-01'
 * ```
 */
export type PolicyReasonCode = "policy.not-covered";
/**
 * Codes of working-day reasons (why a day is not a working day, or unknown).
 *
 * @example
 * ```ts
 * const code: WorkingDayReasonCode | undefined = isWorkingDay("2024-04-13").reason?.code;
 * code; // "working-day.weekend" (a Saturday)
 * isWorkingDay("2027-01-04").reason?.code; // "calendar.year-not-covered"
 * ```
 */
export type WorkingDayReasonCode =
  | Extract<PermitsMessageCode, `working-day.${string}`>
  | "calendar.year-not-covered";
/**
 * Codes of the `reason` of `extensionOptions`: its own, a permit-status reason when the permit is not valid,
 * `policy.not-covered`, or `calendar.year-not-covered` when the filing window leaves the holiday calendar.
 *
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * const voa = PermitSchema.parse({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival",
 *   validFrom: "2023-09-29", validUntil: "2023-10-28", status: "active", purpose: "tourism" });
 * const code: ExtensionReasonCode = extensionOptions(voa, { on: "2023-11-05" }).reason.code;
 * code; // "permit.expired" (too late to extend)
 * ```
 */
export type ExtensionReasonCode =
  | Extract<PermitsMessageCode, `extension.${string}`>
  | PermitStatusReasonCode
  | PolicyReasonCode
  | "calendar.year-not-covered";
/**
 * Codes of the `conversionReason` of `extensionOptions`.
 *
 * @example
 * ```ts
 * import { PermitSchema } from "@timpora/models";
 * const bvk = PermitSchema.parse({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-exempt",
 *   validFrom: "2024-03-01", validUntil: "2024-03-30", status: "active", purpose: "tourism" });
 * const code: ConversionReasonCode = extensionOptions(bvk, { on: "2024-03-10" }).conversionReason.code;
 * code; // "conversion.not-possible" (Perpres 21/2016 Pasal 4 ayat (2))
 * ```
 */
export type ConversionReasonCode =
  | Extract<PermitsMessageCode, `conversion.${string}`>
  | PermitStatusReasonCode
  | PolicyReasonCode;
/**
 * Codes of the reasons of `overstayCharge` and `overstayChargeForDays`.
 *
 * @example
 * ```ts
 * const codes: OverstayReasonCode[] = [0, 10].map((days) => overstayChargeForDays(days, { on: "2024-01-10" }).reasons[0]!.code);
 * codes; // ["overstay.none", "overstay.charge"]
 * overstayChargeForDays(10, { on: "2014-06-01" }).reasons[0]?.code; // "policy.not-covered" (before the first rate row)
 * ```
 */
export type OverstayReasonCode = Extract<PermitsMessageCode, `overstay.${string}`> | PolicyReasonCode;
/**
 * Codes of the reason of `entryEligibility`.
 *
 * @example
 * ```ts
 * const code: EntryReasonCode = entryEligibility("IDN", "visa-exempt", { on: "2024-01-10" }).reason.code;
 * code; // "entry.citizen"
 * entryEligibility("JPN", "visit-visa-single", { on: "2024-01-10" }).reason.code; // "entry.no-list"
 * ```
 */
export type EntryReasonCode = Extract<PermitsMessageCode, `entry.${string}`> | PolicyReasonCode;
/**
 * Codes of the reasons of the lodging-report checks.
 *
 * @example
 * ```ts
 * const r = lodgingReportLateness({ checkIn: "2024-05-01T10:00:00+07:00", reportedAt: "2024-05-01T18:00:00+07:00" });
 * const code: LodgingReasonCode = r.reason.code;
 * code; // "lodging.on-time"
 * ```
 */
export type LodgingReasonCode = Extract<PermitsMessageCode, `lodging.${string}`> | PolicyReasonCode;
/**
 * Codes of the reasons of `isVisaIndexInForce`.
 *
 * @example
 * ```ts
 * const r = isVisaIndexInForce("B211A", "2023-06-01");
 * const code: VisaIndexReasonCode | undefined = r.status === "in-force" ? undefined : r.reason.code;
 * code; // "visa-index.not-covered" (before the January 2024 index system)
 * ```
 */
export type VisaIndexReasonCode = Extract<PermitsMessageCode, `visa-index.${string}`>;
/**
 * Codes of the issues of `checkPolicyTable`.
 *
 * @example
 * ```ts
 * const codes: PolicyTableIssueCode[] = checkPolicyTable(JSON.parse('{"version":"x"}')).map((i) => i.code);
 * codes; // ["table.invalid"]
 * ```
 */
export type PolicyTableIssueCode =
  | "citation.missing"
  | "confidence.invalid"
  | "date.invalid"
  | "date.order"
  | "rows.overlap"
  | "table.invalid"
  | "table.unreadable"
  | "value.invalid";

/**
 * The text of one message in one language, with its parameters filled in.
 *
 * @example
 * ```ts
 * const text: MessageText<{ lastDay: string }> = permitsMessages["permit.valid-until"].id;
 * text({ lastDay: "2024-01-30" }); // "Berlaku sampai 2024-01-30"
 * ```
 */
export type MessageText<P> = (params: P) => string;

/**
 * The message table: for each code, its text in every {@link Locale}.
 *
 * @example
 * ```ts
 * const table: PermitsMessageTable = permitsMessages;
 * table["overstay.deportation"].en({ limit: 60 }); // "Overstay of more than 60 days: deportation and an entry ban"
 * ```
 */
export type PermitsMessageTable = {
  readonly [C in PermitsMessageCode]: { readonly [L in Locale]: MessageText<PermitsMessageParams[C]> };
};

const groupThousands = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const upper = (kind: string) => kind.toUpperCase();

/**
 * The one message table of @timpora/permits: the text of every reason, warning and table issue the package
 * returns, in Indonesian and English, keyed by its stable code (as zod keeps its locales apart from the code).
 * Dates and counts of the answer are filled in; nothing of a person is.
 *
 * @example
 * ```ts
 * permitsMessages["stay.overstay"].en({ overstayDays: 3, lastLawfulDay: "2024-05-09" });
 * // "Overstay of 3 day(s) (last lawful day 2024-05-09)"
 * ```
 */
export const permitsMessages: PermitsMessageTable = {
  "policy.not-covered": {
    id: (p) => `Tabel hukum tidak mencakup "${p.label.id}" pada ${p.date}`,
    en: (p) => `The law tables do not cover "${p.label.en}" on ${p.date}`,
  },

  "stay.departed": {
    id: (p) => `Keluar wilayah Indonesia pada ${p.exitedOn}`,
    en: (p) => `Left Indonesia on ${p.exitedOn}`,
  },
  "stay.departed.no-permit": {
    id: (p) => `Keluar wilayah Indonesia pada ${p.exitedOn}; tidak ada izin tinggal tercatat sebelum keluar`,
    en: (p) => `Left Indonesia on ${p.exitedOn}; no permit on record before the exit`,
  },
  "stay.departed.overstayed": {
    id: (p) =>
      `Keluar wilayah Indonesia pada ${p.exitedOn} setelah melebihi izin tinggal ${p.overstayDays} hari (hari sah terakhir ${p.lastLawfulDay})`,
    en: (p) =>
      `Left Indonesia on ${p.exitedOn} after an overstay of ${p.overstayDays} day(s) (last lawful day ${p.lastLawfulDay})`,
  },
  "stay.permit-kept-abroad": {
    id: () => "Izin tinggal tetap berlaku selama di luar negeri",
    en: () => "Stay permit still valid while abroad",
  },
  "stay.not-yet-arrived": {
    id: () => "Izin tinggal belum mulai berlaku dan belum ada kedatangan",
    en: () => "No permit has started and no entry is recorded",
  },
  "stay.no-record": {
    id: () => "Tidak ada izin tinggal maupun kedatangan tercatat",
    en: () => "No permit and no entry on record",
  },
  "stay.lawful.pending": {
    id: () => "Permohonan diajukan dan dibayar sebelum izin berakhir: tidak dihitung overstay",
    en: () => "Application filed and paid before expiry: no overstay while pending",
  },
  "stay.lawful.unlimited": {
    id: (p) => `${upper(p.kind)} berlaku tanpa batas`,
    en: (p) => `${upper(p.kind)} valid without limit`,
  },
  "stay.lawful.until": {
    id: (p) => `${upper(p.kind)} berlaku sampai ${p.lastDay}`,
    en: (p) => `${upper(p.kind)} valid until ${p.lastDay}`,
  },
  "stay.no-permit-for-presence": {
    id: () => "Tidak ada izin tinggal tercatat untuk kehadiran ini",
    en: () => "No permit on record for this presence",
  },
  "stay.no-permit-for-entry": {
    id: (p) => `Tidak ada izin tinggal tercatat untuk kedatangan ${p.entryDate}`,
    en: (p) => `No permit on record for the entry of ${p.entryDate}`,
  },
  "stay.overstay": {
    id: (p) => `Melebihi izin tinggal ${p.overstayDays} hari (hari sah terakhir ${p.lastLawfulDay})`,
    en: (p) => `Overstay of ${p.overstayDays} day(s) (last lawful day ${p.lastLawfulDay})`,
  },

  "permit.not-in-force": {
    id: (p) => `Izin tidak berlaku lagi sejak ${p.statusFrom} (${permitStatusLabels[p.status].id})`,
    en: (p) => `Permit no longer holds from ${p.statusFrom} (${permitStatusLabels[p.status].en})`,
  },
  "permit.not-yet-valid": {
    id: (p) => `Izin berlaku mulai ${p.validFrom}`,
    en: (p) => `Permit valid from ${p.validFrom}`,
  },
  "permit.unlimited": { id: () => "ITAP tanpa batas waktu", en: () => "Unlimited ITAP" },
  "permit.valid-until": { id: (p) => `Berlaku sampai ${p.lastDay}`, en: (p) => `Valid until ${p.lastDay}` },
  "permit.exit-permit-only": {
    id: (p) => `EPO: wajib keluar paling lambat ${p.lastDay}`,
    en: (p) => `EPO: must leave by ${p.lastDay}`,
  },
  "permit.application-pending": {
    id: () => "Ada permohonan yang sedang diproses",
    en: () => "An application is pending",
  },
  "permit.pending": {
    id: () =>
      "Permohonan perpanjangan/alih status diajukan dan dibayar sebelum izin berakhir: tidak dihitung overstay",
    en: () => "Extension/conversion filed and paid before expiry: no overstay accrues while pending",
  },
  "permit.expired": {
    id: (p) => `Izin berakhir ${p.lastDay}; melebihi izin tinggal ${p.overstayDays} hari`,
    en: (p) => `Permit ended ${p.lastDay}; ${p.overstayDays} day(s) overstay`,
  },
  "permit.application-late": {
    id: () => "Permohonan diajukan atau dibayar setelah izin berakhir",
    en: () => "The application was filed or paid after the permit ended",
  },

  "extensions.chain-broken": {
    id: () => "Perpanjangan tidak bersambung dengan hari terakhir sebelumnya",
    en: () => "An extension does not start from the previous last day",
  },
  "valid-until.chain-mismatch": {
    id: () => "validUntil berbeda dengan hari terakhir perpanjangan terakhir",
    en: () => "validUntil differs from the last extension's last day",
  },
  "valid-until.law-unknown": {
    id: (p) => `Tabel hukum tidak mencakup "${p.label.id}" pada ${p.date}: validUntil tidak diperiksa`,
    en: (p) => `The law tables do not cover "${p.label.en}" on ${p.date}: validUntil not checked`,
  },
  "extensions.exceed-rule": {
    id: (p) => `Jumlah perpanjangan (${p.count}) melebihi aturan yang berlaku saat masuk (${p.allowed})`,
    en: (p) => `More extensions (${p.count}) than the rule in force at entry allows (${p.allowed})`,
  },
  "valid-until.mismatch": {
    id: (p) =>
      `validUntil berbeda dengan hasil hitung menurut aturan saat masuk (${p.initialDays} + ${p.extensions} x ${p.daysPerExtension} hari; hari masuk = hari ke-1)`,
    en: (p) =>
      `validUntil differs from what the rule in force at entry gives (${p.initialDays} + ${p.extensions} x ${p.daysPerExtension} days; entry day = day 1)`,
  },
  "exit-permit-only.unknown-leave-day": {
    id: (p) => `Tabel hukum tidak mencakup "${p.label.id}" pada ${p.date}: batas keluar EPO tidak diketahui`,
    en: (p) => `The law tables do not cover "${p.label.en}" on ${p.date}: the EPO's leave-by day is unknown`,
  },

  "extension.diplomatic": {
    id: () => "Izin tinggal diplomatik/dinas diberikan dan diperpanjang oleh Menteri Luar Negeri",
    en: () =>
      "Diplomatic and service stay permits are granted and extended by the Minister of Foreign Affairs",
  },
  "extension.vitas-on-arrival": {
    id: () => "ITAS dari Visa Tinggal Terbatas Saat Kedatangan tidak dapat diperpanjang",
    en: () => "An ITAS from a limited-stay visa on arrival cannot be extended",
  },
  "extension.itap-unlimited": {
    id: (p) =>
      `ITAP tanpa batas waktu: tidak perlu diperpanjang${p.reportEveryYears === undefined ? "" : ` (lapor setiap ${p.reportEveryYears} tahun)`}`,
    en: (p) =>
      `Unlimited ITAP: no extension needed${p.reportEveryYears === undefined ? "" : ` (report every ${p.reportEveryYears} years)`}`,
  },
  "extension.window-not-open": {
    id: (p) => `Permohonan perpanjangan dibuka ${p.opensOn}`,
    en: (p) => `Extension window opens ${p.opensOn}`,
  },
  "extension.window-closed": {
    id: (p) => `Batas akhir permohonan (hari kerja terakhir sebelum berakhir) adalah ${p.closesOn}`,
    en: (p) => `The last filing day (last working day before expiry) was ${p.closesOn}`,
  },
  "extension.window-open": {
    id: (p) => `Dapat diajukan ${p.opensOn} s.d. ${p.closesOn}`,
    en: (p) => `Can be filed from ${p.opensOn} to ${p.closesOn}`,
  },
  "extension.no-rule": {
    id: () => "Tabel tidak memuat aturan perpanjangan untuk dasar izin ini",
    en: () => "The tables hold no extension rule for this permit basis",
  },
  "extension.index-unconfirmed": {
    id: (p) => `Aturan perpanjangan indeks ${p.visaIndex} tidak terkonfirmasi`,
    en: (p) => `The extension rule for index ${p.visaIndex} is unconfirmed`,
  },
  "extension.not-extendable": {
    id: () => "Izin tinggal ini tidak dapat diperpanjang",
    en: () => "This stay permit cannot be extended",
  },
  "extension.limit-reached": {
    id: () => "Batas perpanjangan sudah tercapai",
    en: () => "The extension limit has been reached",
  },
  "extension.possible": {
    id: (p) => `Dapat diperpanjang ${p.remaining} kali lagi, masing-masing ${p.daysPerExtension} hari`,
    en: (p) => `Can be extended ${p.remaining} more time(s), ${p.daysPerExtension} days each`,
  },

  "conversion.not-decided": {
    id: () => "Alih status bergantung pada tujuan dan penjamin; tabel tidak menentukannya",
    en: () => "Conversion depends on purpose and sponsor; the tables do not decide it",
  },
  "conversion.possible": { id: () => "Dapat dialihstatuskan", en: () => "Can be converted" },
  "conversion.not-possible": {
    id: (p) =>
      `ITK dari ${p.basis === "visa-exempt" ? "Bebas Visa" : "Visa on Arrival"} tidak dapat dialihstatuskan`,
    en: (p) =>
      `A visit permit from ${p.basis === "visa-exempt" ? "visa exemption" : "a visa on arrival"} cannot be converted`,
  },

  "overstay.none": { id: () => "Tidak melebihi izin tinggal", en: () => "No overstay" },
  "overstay.deportation": {
    id: (p) => `Melebihi izin tinggal lebih dari ${p.limit} hari: deportasi dan penangkalan`,
    en: (p) => `Overstay of more than ${p.limit} days: deportation and an entry ban`,
  },
  "overstay.charge": {
    id: (p) => `${p.days} hari x Rp ${groupThousands(p.ratePerDay, ".")} (${p.instrument})`,
    en: (p) => `${p.days} day(s) x Rp ${groupThousands(p.ratePerDay, ",")} (${p.instrument})`,
  },
  "overstay.threshold-unsettled": {
    id: (p) => `Tabel tidak menentukan apakah tepat ${p.limit} hari dikenai biaya beban`,
    en: (p) => `The tables do not settle whether exactly ${p.limit} days is charged`,
  },

  "entry.citizen": {
    id: () => "Warga negara Indonesia bukan orang asing: tidak memerlukan izin masuk orang asing",
    en: () => "Indonesian citizens are not foreigners: no foreigner entry basis applies",
  },
  "entry.no-list": {
    id: () => "Tabel hukum tidak memuat daftar negara untuk dasar masuk ini",
    en: () => "The law tables hold no nationality list for this entry basis",
  },
  "entry.listed": {
    id: () => "Termasuk negara penerima Bebas Visa Kunjungan",
    en: () => "On the visa-exempt list",
  },
  "entry.not-listed": {
    id: (p) =>
      `Tidak termasuk negara penerima Bebas Visa Kunjungan (sejak ${p.since} hanya ${p.count} negara dalam daftar)`,
    en: (p) => `Not on the visa-exempt list (since ${p.since} only ${p.count} states are listed)`,
  },

  "lodging.on-time": {
    id: (p) => `Dilaporkan dalam 1 x ${p.hours} jam`,
    en: (p) => `Reported within 1 x ${p.hours} hours`,
  },
  "lodging.late": {
    id: (p) => `Dilaporkan lewat 1 x ${p.hours} jam`,
    en: (p) => `Reported after 1 x ${p.hours} hours`,
  },
  "lodging.overdue": {
    id: (p) => `Belum dilaporkan dan sudah lewat 1 x ${p.hours} jam`,
    en: (p) => `Not reported and past 1 x ${p.hours} hours`,
  },
  "lodging.not-yet-due": {
    id: () => "Belum dilaporkan, batas waktu belum lewat",
    en: () => "Not reported yet; deadline not passed",
  },

  "working-day.weekend": { id: () => "Akhir pekan", en: () => "Weekend" },
  "working-day.office-closed": { id: () => "Hari libur kantor", en: () => "Office non-working day" },
  "working-day.holiday": { id: (p) => p.name.id, en: (p) => p.name.en },
  "calendar.year-not-covered": {
    id: (p) => `Kalender hari libur tidak memuat tahun ${p.year}`,
    en: (p) => `The holiday calendar does not cover ${p.year}`,
  },

  "visa-index.not-covered": {
    id: (p) => `Tabel indeks visa tidak mencakup ${p.code} pada ${p.on}`,
    en: (p) => `The visa index table does not cover ${p.code} on ${p.on}`,
  },
  "visa-index.not-in-force": {
    id: (p) => `Indeks ${p.code} tidak ada dalam klasifikasi visa yang berlaku pada ${p.on}`,
    en: (p) => `Index ${p.code} is not in the classification in force on ${p.on}`,
  },

  "citation.missing": {
    id: () => "Baris tanpa sitasi lengkap",
    en: () => "Row without a complete citation (instrument, article, url)",
  },
  "confidence.invalid": { id: () => "Tingkat keyakinan tidak valid", en: () => "Invalid confidence" },
  "date.invalid": { id: () => "Tanggal tidak valid", en: () => "Invalid date" },
  "date.order": { id: () => "Akhir sebelum awal", en: () => "validUntil before validFrom" },
  "rows.overlap": { id: () => "Baris tumpang tindih", en: () => "Rows of one parameter overlap" },
  "table.invalid": {
    id: () => "Tabel, parameter atau baris tidak berbentuk yang diharapkan",
    en: () => "The table, a parameter or a row does not have the expected shape",
  },
  "table.unreadable": { id: () => "Tabel tidak dapat dibaca", en: () => "The table could not be read" },
  "value.invalid": {
    id: () => "Nilai baris tidak sesuai dengan parameternya",
    en: () => "The row's value does not fit its parameter",
  },
};

/**
 * The {@link Labels} of one message, its parameters filled in.
 *
 * @example
 * ```ts
 * messageOf("permit.valid-until", { lastDay: "2024-01-30" }).en; // "Valid until 2024-01-30"
 * ```
 */
export function messageOf<C extends PermitsMessageCode>(code: C, params: PermitsMessageParams[C]): Labels {
  const texts = permitsMessages[code] as { readonly [L in Locale]: MessageText<PermitsMessageParams[C]> };
  return { id: texts.id(params), en: texts.en(params) };
}

/**
 * A coded reason: its code, and its text from {@link permitsMessages} with the parameters filled in.
 *
 * @example
 * ```ts
 * reasonOf("overstay.none", {}); // { code: "overstay.none", message: { id: "Tidak melebihi izin tinggal", en: "No overstay" } }
 * ```
 */
export function reasonOf<C extends PermitsMessageCode>(code: C, params: PermitsMessageParams[C]): Reason<C> {
  return { code, message: messageOf(code, params) };
}

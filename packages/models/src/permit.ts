import * as z from "zod";
import { checkDateOrder } from "./date-order.js";
import { IsoDateSchema } from "./dates.js";
import { IdSchema, issue, listOf, SchemaVersionSchema } from "./fields.js";
import {
  PendingApplicationTypeSchema,
  PermitBasisSchema,
  PermitPurposeSchema,
  PermitStatusSchema,
  ReEntryPermitKindSchema,
} from "./permit-enums.js";
import { RegionCodeSchema } from "./region-code.js";

/**
 * A visa index code such as `C1`, `D1`, `D12`, `E28A`, `E31A`, `E33G`, `C22A` or the older `B211A`:
 * a capital letter, 1 to 3 digits and an optional capital letter.
 *
 * @example
 * ```ts
 * VisaIndexSchema.safeParse("E33G").success; // true
 * VisaIndexSchema.safeParse("B211A").success; // true
 * VisaIndexSchema.safeParse("e33g").success; // false (a parse function reports "string.pattern")
 * ```
 */
export const VisaIndexSchema = z
  .string()
  .max(5)
  .regex(/^[A-Z][0-9]{1,3}[A-Z]?$/);

/**
 * Zod schema of a {@link PermitExtension}. Refinement, checked by {@link PermitSchema} (not by this schema
 * alone): `lastDayBefore` < `lastDayAfter` (`date.order`).
 *
 * @example
 * ```ts
 * const extension = { grantedOn: "2024-03-25", lastDayBefore: "2024-03-30", lastDayAfter: "2024-03-30" };
 * PermitExtensionSchema.safeParse(extension).success; // true: the order is checked with the permit
 * const r = parsePermit({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival", validFrom: "2024-03-01",
 *   validUntil: "2024-03-30", status: "active", purpose: "tourism", extensions: [extension] });
 * r.ok === false && r.issues[0]?.path; // ["extensions", 0, "lastDayAfter"] ("date.order")
 * ```
 */
export const PermitExtensionSchema = z.strictObject({
  grantedOn: IsoDateSchema,
  lastDayBefore: IsoDateSchema,
  lastDayAfter: IsoDateSchema,
});
/**
 * One granted extension: when it was granted, and the last day of stay before and after it.
 *
 * @example
 * ```ts
 * const extension: PermitExtension = { grantedOn: "2024-03-25", lastDayBefore: "2024-03-30",
 *   lastDayAfter: "2024-04-29" };
 * daysBetween(extension.lastDayBefore, extension.lastDayAfter); // 30 (days added)
 * ```
 */
export type PermitExtension = z.output<typeof PermitExtensionSchema>;

/**
 * Zod schema of a {@link PendingApplication}.
 *
 * @example
 * ```ts
 * const application = { type: "extension", filedOn: "2024-03-20", paidOn: "2024-03-21" };
 * PendingApplicationSchema.safeParse(application).success; // true
 * PendingApplicationSchema.safeParse({ ...application, paidOn: undefined }).success; // false (paidOn is required)
 * ```
 */
export const PendingApplicationSchema = z.strictObject({
  type: PendingApplicationTypeSchema,
  filedOn: IsoDateSchema,
  paidOn: IsoDateSchema,
});
/**
 * An extension or conversion application filed and paid, not yet decided.
 *
 * @example
 * ```ts
 * const pending: PendingApplication = { type: "conversion", filedOn: "2024-03-20", paidOn: "2024-03-21" };
 * pendingApplicationTypeLabels[pending.type].id; // "Alih status"
 * ```
 */
export type PendingApplication = z.output<typeof PendingApplicationSchema>;

/**
 * Zod schema of a {@link ReEntryPermit}. Refinement, checked by {@link PermitSchema} (not by this schema
 * alone): `validFrom` <= `validUntil` (`date.order`).
 *
 * @example
 * ```ts
 * const merp = { id: "re-1", kind: "multiple", validFrom: "2024-05-01", validUntil: "2025-04-30" };
 * ReEntryPermitSchema.safeParse(merp).success; // true
 * ReEntryPermitSchema.safeParse({ ...merp, kind: "double" }).success; // false
 * ReEntryPermitSchema.safeParse({ ...merp, validUntil: "2024-04-30" }).success; // true: the order is checked with the permit
 * ```
 */
export const ReEntryPermitSchema = z.strictObject({
  id: IdSchema,
  kind: ReEntryPermitKindSchema,
  validFrom: IsoDateSchema,
  validUntil: IsoDateSchema,
});
/**
 * A re-entry permit (IMK single, MERP multiple) attached to an ITAS or ITAP.
 *
 * @example
 * ```ts
 * const covers = (rep: ReEntryPermit, day: IsoDate): boolean =>
 *   compareDates(rep.validFrom, day) <= 0 && compareDates(day, rep.validUntil) <= 0;
 * covers({ id: "re-1", kind: "multiple", validFrom: "2024-05-01", validUntil: "2025-04-30" }, "2025-04-30"); // true
 * ```
 */
export type ReEntryPermit = z.output<typeof ReEntryPermitSchema>;

/**
 * Zod schema of an {@link ExitPermitOnly}. Refinement, checked by {@link PermitSchema} (not by this schema
 * alone): `issuedOn` <= `leaveBy` (`date.order`). Only an ITAS or ITAP may carry one.
 *
 * @example
 * ```ts
 * const exitPermitOnly = { issuedOn: "2024-03-20", leaveBy: "2024-03-27" };
 * ExitPermitOnlySchema.safeParse(exitPermitOnly).success; // true
 * const r = parsePermit({ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival", validFrom: "2024-03-01",
 *   validUntil: "2024-03-30", status: "active", purpose: "tourism", exitPermitOnly });
 * r.ok === false && r.issues[0]?.code; // "field.not-allowed" (path ["exitPermitOnly"]): not on an ITK
 * ```
 */
export const ExitPermitOnlySchema = z.strictObject({
  issuedOn: IsoDateSchema,
  leaveBy: IsoDateSchema.optional(),
});
/**
 * An exit permit only (EPO) issued on an ITAS or ITAP: the holder must leave, by `leaveBy` if given.
 *
 * @example
 * ```ts
 * const epo: ExitPermitOnly = { issuedOn: "2024-03-20", leaveBy: "2024-03-27" };
 * daysBetween(epo.issuedOn, epo.leaveBy ?? epo.issuedOn); // 7
 * ```
 */
export type ExitPermitOnly = z.output<typeof ExitPermitOnlySchema>;

const commonFields = {
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  basis: PermitBasisSchema,
  visaIndex: VisaIndexSchema.optional(),
  validFrom: IsoDateSchema,
  validUntil: IsoDateSchema,
  extensions: listOf(PermitExtensionSchema),
  pendingApplication: PendingApplicationSchema.optional(),
  status: PermitStatusSchema,
  statusFrom: IsoDateSchema.optional(),
  purpose: PermitPurposeSchema,
  sponsorId: IdSchema.optional(),
  employerId: IdSchema.optional(),
  regionCode: RegionCodeSchema.optional(),
  previousPermitId: IdSchema.optional(),
};

/** Fields only ITAS and ITAP may carry: re-entry permits and an exit permit only. */
const residentFields = {
  reEntryPermits: listOf(ReEntryPermitSchema),
  exitPermitOnly: ExitPermitOnlySchema.optional(),
};

/** Other kinds: re-entry permits must be empty, an exit permit only absent (`field.not-allowed`). */
const nonResidentFields = {
  reEntryPermits: z.array(ReEntryPermitSchema).max(0, issue("field.not-allowed")).default([]),
  exitPermitOnly: z.never(issue("field.not-allowed")).optional(),
};

/** Zod schema of an ITK (visit stay permit). */
export const ItkPermitSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("itk"),
  ...nonResidentFields,
});
/** Zod schema of an ITAS (limited stay permit). */
export const ItasPermitSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("itas"),
  ...residentFields,
});
/** Zod schema of an ITAP (permanent stay permit); `validUntil: null` means unlimited. */
export const ItapPermitSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("itap"),
  validUntil: IsoDateSchema.nullable(),
  ...residentFields,
});
/** Zod schema of a diplomatic stay permit. */
export const DiplomaticPermitSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("diplomatic"),
  ...nonResidentFields,
});
/** Zod schema of a service stay permit. */
export const ServicePermitSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("service"),
  ...nonResidentFields,
});

/**
 * Zod schema of a {@link Permit}: a union discriminated on `kind`. Refinements JSON Schema cannot
 * express: `validFrom` <= `validUntil`, each extension's `lastDayBefore` < `lastDayAfter`, each re-entry
 * permit's `validFrom` <= `validUntil`, exit permit `issuedOn` <= `leaveBy` (all `date.order`);
 * `statusFrom` required when `status` is not `active` (`required`) and absent when it is
 * (`field.not-allowed`).
 *
 * @example
 * ```ts
 * const permit = PermitSchema.parse({
 *   schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival", validFrom: "2024-03-01",
 *   validUntil: "2024-03-30", status: "active", purpose: "tourism",
 * });
 * permit.extensions; // []
 * ```
 */
export const PermitSchema = z
  .discriminatedUnion("kind", [
    ItkPermitSchema,
    ItasPermitSchema,
    ItapPermitSchema,
    DiplomaticPermitSchema,
    ServicePermitSchema,
  ])
  .superRefine((permit, ctx) => {
    if (permit.validUntil !== null) checkDateOrder(ctx, permit.validFrom, permit.validUntil, ["validUntil"]);
    permit.extensions.forEach((ext, i) => {
      checkDateOrder(ctx, ext.lastDayBefore, ext.lastDayAfter, ["extensions", i, "lastDayAfter"], true);
    });
    permit.reEntryPermits.forEach((rep, i) => {
      checkDateOrder(ctx, rep.validFrom, rep.validUntil, ["reEntryPermits", i, "validUntil"]);
    });
    if (permit.exitPermitOnly) {
      checkDateOrder(ctx, permit.exitPermitOnly.issuedOn, permit.exitPermitOnly.leaveBy, [
        "exitPermitOnly",
        "leaveBy",
      ]);
    }
    if (permit.status !== "active" && permit.statusFrom === undefined) {
      ctx.addIssue({ code: "custom", message: "required", path: ["statusFrom"] });
    }
    if (permit.status === "active" && permit.statusFrom !== undefined) {
      ctx.addIssue({ code: "custom", message: "field.not-allowed", path: ["statusFrom"] });
    }
  });

/**
 * A stay permit (output type of {@link PermitSchema}). Narrow on `kind`: `validUntil` is `string | null`
 * only for `itap` (null = unlimited), and only `itas`/`itap` may carry re-entry permits or an EPO.
 *
 * @example
 * ```ts
 * const lastDay = (p: Permit): IsoDate | "unlimited" => p.validUntil ?? "unlimited"; // null only on an ITAP
 * const r = parsePermit({ schemaVersion: 1, id: "pm-2", kind: "itap", basis: "conversion", validFrom: "2024-05-01",
 *   validUntil: null, status: "active", purpose: "family" });
 * r.ok && lastDay(r.value); // "unlimited"
 * ```
 */
export type Permit = z.output<typeof PermitSchema>;
/** What {@link PermitSchema} accepts. */
export type PermitInput = z.input<typeof PermitSchema>;

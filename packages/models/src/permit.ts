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
 */
export const VisaIndexSchema = z
  .string()
  .max(5)
  .regex(/^[A-Z][0-9]{1,3}[A-Z]?$/);

/** Zod schema of a {@link PermitExtension}. Refinement: `lastDayBefore` < `lastDayAfter` (`date.order`). */
export const PermitExtensionSchema = z.strictObject({
  grantedOn: IsoDateSchema,
  lastDayBefore: IsoDateSchema,
  lastDayAfter: IsoDateSchema,
});
/** One granted extension: when it was granted, and the last day of stay before and after it. */
export type PermitExtension = z.output<typeof PermitExtensionSchema>;

/** Zod schema of a {@link PendingApplication}. */
export const PendingApplicationSchema = z.strictObject({
  type: PendingApplicationTypeSchema,
  filedOn: IsoDateSchema,
  paidOn: IsoDateSchema,
});
/** An extension or conversion application filed and paid, not yet decided. */
export type PendingApplication = z.output<typeof PendingApplicationSchema>;

/** Zod schema of a {@link ReEntryPermit}. Refinement: `validFrom` <= `validUntil` (`date.order`). */
export const ReEntryPermitSchema = z.strictObject({
  id: IdSchema,
  kind: ReEntryPermitKindSchema,
  validFrom: IsoDateSchema,
  validUntil: IsoDateSchema,
});
/** A re-entry permit (IMK single, MERP multiple) attached to an ITAS or ITAP. */
export type ReEntryPermit = z.output<typeof ReEntryPermitSchema>;

/** Zod schema of an {@link ExitPermitOnly}. Refinement: `issuedOn` <= `leaveBy` (`date.order`). */
export const ExitPermitOnlySchema = z.strictObject({
  issuedOn: IsoDateSchema,
  leaveBy: IsoDateSchema.optional(),
});
/** An exit permit only (EPO) issued on an ITAS or ITAP: the holder must leave, by `leaveBy` if given. */
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
 */
export type Permit = z.output<typeof PermitSchema>;
/** What {@link PermitSchema} accepts. */
export type PermitInput = z.input<typeof PermitSchema>;
